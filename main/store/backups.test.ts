import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempStore';
import {
  backupName,
  backupsFolder,
  isoWeek,
  makeBackup,
  makeBackupSync,
  parseBackupName,
  planRotation,
  rotateBackups,
  type BackupFile,
} from './backups';
import { openDatabase } from './database';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2027-03-01T09:00:00.000Z'); // a Monday

const file = (kind: BackupFile['kind'], daysAfterStart: number): BackupFile => {
  const at = new Date(START + daysAfterStart * DAY);
  return { id: backupName(kind, at, new Set()), kind, at, seq: 1 };
};

describe('backup names', () => {
  it('say the kind and the UTC time to the millisecond, and read back the same', () => {
    const at = new Date('2027-03-12T10:15:00.123Z');
    const name = backupName('daily', at, new Set());
    expect(name).toBe('kindred-daily-20270312t101500123z.db');
    expect(name).toMatch(/^kindred-[a-z0-9-]+\.db$/);
    expect(parseBackupName(name)).toEqual({ id: name, kind: 'daily', at, seq: 1 });
  });

  it('never repeat a name already taken', () => {
    const at = new Date('2027-03-12T10:15:00.000Z');
    const taken = new Set(['kindred-manual-20270312t101500000z.db', 'kindred-manual-20270312t101500000z-2.db']);
    const name = backupName('manual', at, taken);
    expect(name).toBe('kindred-manual-20270312t101500000z-3.db');
    expect(parseBackupName(name)?.seq).toBe(3);
  });

  it('are the only files taken for backups', () => {
    for (const name of [
      'kindred.db',
      'kindred-daily-20270312t101500000z.db.partial',
      'kindred-nightly-20270312t101500000z.db',
      'kindred-damaged-20270312t101500z.db',
      'kindred-daily-20271312t101500000z.db',
    ]) {
      expect(parseBackupName(name)).toBeNull();
    }
  });
});

describe('isoWeek', () => {
  it('runs Monday to Sunday, and gives the first days of January to the year their Thursday is in', () => {
    expect(isoWeek(new Date('2027-03-01T00:00:00Z'))).toBe('2027-W09');
    expect(isoWeek(new Date('2027-03-07T23:59:59Z'))).toBe('2027-W09');
    expect(isoWeek(new Date('2027-03-08T00:00:00Z'))).toBe('2027-W10');
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2025-12-29T12:00:00Z'))).toBe('2026-W01');
  });
});

describe('planRotation', () => {
  it('keeps the 7 newest dailies, and the newest backup of each of the 4 newest weeks as a weekly', () => {
    // A daily every day for 5 weeks, Monday 1 March to Sunday 4 April.
    const files = Array.from({ length: 35 }, (_, d) => file('daily', d)).reverse();
    const { remove, promote } = planRotation(files, new Date(START + 35 * DAY));
    const kept = files.filter((f) => !remove.includes(f));
    expect(kept.map((f) => f.at.toISOString().slice(0, 10))).toEqual([
      '2027-04-04',
      '2027-04-03',
      '2027-04-02',
      '2027-04-01',
      '2027-03-31',
      '2027-03-30',
      '2027-03-29',
      '2027-03-28',
      '2027-03-21',
      '2027-03-14',
    ]);
    expect(promote.map((f) => f.at.toISOString().slice(0, 10))).toEqual(['2027-03-28', '2027-03-21', '2027-03-14']);
  });

  it('counts only weeks with a backup, so time away from Kindred does not empty the folder', () => {
    const files = [file('daily', 100), file('weekly', 30), file('weekly', 20), file('weekly', 10), file('weekly', 0)];
    const { remove, promote } = planRotation(files, new Date(START + 100 * DAY));
    expect(remove.map((f) => f.id)).toEqual([file('weekly', 0).id]);
    expect(promote).toEqual([]);
  });

  it('keeps migration, manual and restore backups for 28 days, at most 10 of each', () => {
    const manual = Array.from({ length: 12 }, (_, i) => file('manual', 40 - i));
    const migration = [file('migration', 40), file('migration', 11)];
    const { remove } = planRotation([...manual, ...migration], new Date(START + 40 * DAY));
    expect(remove.map((f) => f.id).sort()).toEqual([manual[10]!.id, manual[11]!.id, migration[1]!.id].sort());
  });
});

describe('making and rotating backups on disk', () => {
  it('makes online and VACUUM INTO backups that open on their own, and leaves no partial file behind', async () => {
    const dataDir = tempDir();
    const db = openDatabase(join(dataDir, 'kindred.db'));
    const folder = backupsFolder(dataDir);
    const online = await makeBackup(db, folder, 'manual', new Date(START));
    const sync = makeBackupSync(db, folder, 'restore', new Date(START));
    db.close();
    expect([online.planCount, sync.planCount]).toEqual([0, 0]);
    expect(readdirSync(folder).sort()).toEqual([online.id, sync.id].sort());
  });

  it('removes a partial copy when the backup fails', async () => {
    const dataDir = tempDir();
    const db = openDatabase(join(dataDir, 'kindred.db'));
    const folder = backupsFolder(dataDir);
    const pending = makeBackup(db, folder, 'daily', new Date(START));
    db.close();
    await expect(pending).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('deletes rotated files and partial copies a crash left, and renames promoted dailies', () => {
    const folder = tempDir();
    // Monday to Wednesday of one week, then every day of the next.
    const files = [0, 1, 2, 7, 8, 9, 10, 11, 12, 13].map((d) => file('daily', d));
    for (const f of files) writeFileSync(join(folder, f.id), '');
    const leftover = join(folder, 'kindred-daily-20270301t090000000z.db.partial');
    writeFileSync(leftover, '');
    utimesSync(leftover, new Date(START - DAY), new Date(START - DAY));

    const { removed, promoted } = rotateBackups(folder, new Date(START + 13 * DAY));
    // The 7 dailies are the second week; the first week keeps its newest, Wednesday, as a weekly.
    expect(promoted).toEqual([backupName('weekly', files[2]!.at, new Set())]);
    expect(removed.sort()).toEqual([files[0]!.id, files[1]!.id].sort());
    expect(readdirSync(folder).sort()).toEqual([...promoted, ...files.slice(3).map((f) => f.id)].sort());
    expect(existsSync(leftover)).toBe(false);
  });
});
