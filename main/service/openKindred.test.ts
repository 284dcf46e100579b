import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { DatabaseDamagedError } from '../store/integrity';
import { currentVersion, MIGRATIONS, runMigrations } from '../store/migrations';
import { tempDir } from '../testing/tempStore';
import { BACKUP_CHECK_MS, openKindred, recoverFromBackup, resolveDataDir, startAfresh } from './openKindred';

describe('openKindred', () => {
  it('creates the data folder, opens kindred.db in it and seeds the sample plan', () => {
    const dataDir = join(tempDir(), 'not', 'yet', 'there');
    const kindred = openKindred({ dataDir });
    expect(kindred.dbPath).toBe(join(dataDir, 'kindred.db'));
    expect(existsSync(kindred.dbPath)).toBe(true);
    const list = kindred.service.listPlans(undefined);
    expect(list.map((p) => p.title)).toEqual(['Shaping our next study together']);
    expect(kindred.dispatch('getPlan', { planId: list[0]!.id })).toMatchObject({ ok: true });
    kindred.close();
    kindred.close();
    expect(kindred.db.open).toBe(false);
  });

  it('seeds the sample only once: deleting it is respected on the next start', () => {
    const dataDir = tempDir();
    const first = openKindred({ dataDir });
    const [sample] = first.service.listPlans(undefined);
    first.service.deletePlan({ planId: sample!.id });
    first.close();

    const second = openKindred({ dataDir });
    expect(second.service.listPlans(undefined)).toEqual([]);
    second.close();
  });

  it('deletes a plan for good: after a restart there is no row and nothing to undo', () => {
    const dataDir = tempDir();
    const first = openKindred({ dataDir });
    const keep = first.service.createPlan({ details: { title: 'Keep' } });
    const gone = first.service.createPlan({ details: { title: 'Gone' } });
    first.service.deletePlan({ planId: gone.id });
    first.close();

    const second = openKindred({ dataDir });
    const ids = second.db
      .prepare<[], { id: string }>('SELECT id FROM plans')
      .all()
      .map((r) => r.id);
    expect(ids).toContain(keep.id);
    expect(ids).not.toContain(gone.id);
    expect(second.dispatch('restorePlan', { planId: gone.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    second.close();
  });

  it('keeps everything across restarts', () => {
    const dataDir = tempDir();
    const first = openKindred({ dataDir });
    const plan = first.service.createPlan({ details: { title: 'Autosaved' } });
    first.dispatch('addBlock', { planId: plan.id, block: { kind: 'discussion', description: 'What matters most?' } });
    const saved = first.service.getPlan({ planId: plan.id });
    first.close();

    const second = openKindred({ dataDir });
    expect(second.service.getPlan({ planId: plan.id })).toEqual(saved);
    second.close();
  });
});

describe('resolveDataDir', () => {
  it('uses KINDRED_DATA_DIR when it is set', () => {
    expect(resolveDataDir('/home/amara/.config/Kindred', { KINDRED_DATA_DIR: '/tmp/kindred-e2e' })).toBe('/tmp/kindred-e2e');
  });

  it('falls back to the app folder when it is unset or empty', () => {
    expect(resolveDataDir('/default', {})).toBe('/default');
    expect(resolveDataDir('/default', { KINDRED_DATA_DIR: '' })).toBe('/default');
    expect(resolveDataDir('/default', { KINDRED_DATA_DIR: '   ' })).toBe('/default');
  });
});

describe('backups while Kindred runs', () => {
  it('makes a daily backup at start-up, and no second one until a day has passed', async () => {
    const dataDir = tempDir();
    const first = openKindred({ dataDir });
    await first.service.backupsIdle();
    const [daily] = first.service.listBackups(undefined).backups;
    expect(daily).toMatchObject({ kind: 'daily', planCount: 1 });
    expect(existsSync(join(dataDir, 'backups', daily!.id))).toBe(true);
    first.close();

    const second = openKindred({ dataDir });
    await second.service.backupsIdle();
    expect(second.service.listBackups(undefined).backups.map((b) => b.id)).toEqual([daily!.id]);
    second.close();
  });

  it('checks every hour while open, makes the daily backup once a day is up, and stops checking on close', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    onTestFinished(() => void vi.useRealTimers());
    const kindred = openKindred({ dataDir: tempDir() });
    await kindred.service.backupsIdle();
    expect(kindred.service.listBackups(undefined).backups).toHaveLength(1);

    vi.advanceTimersByTime(23 * BACKUP_CHECK_MS);
    await kindred.service.backupsIdle();
    expect(kindred.service.listBackups(undefined).backups).toHaveLength(1);

    vi.advanceTimersByTime(2 * BACKUP_CHECK_MS);
    await kindred.service.backupsIdle();
    const kinds = kindred.service.listBackups(undefined).backups.map((b) => b.kind);
    expect(kinds).toEqual(['daily', 'daily']);

    expect(vi.getTimerCount()).toBe(1);
    kindred.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('backs up an existing database before migrating it, as it was', () => {
    const dataDir = tempDir();
    const dbPath = join(dataDir, 'kindred.db');
    const old = new BetterSqlite3(dbPath);
    runMigrations(
      old,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    old.exec(`INSERT INTO plans (id, title, start_time, format, status, created_at, updated_at, deleted_at)
      VALUES ('p1', 'Before the update', '10:00', 'in_person', 'draft', '2027-01-01', '2027-01-01', NULL),
             ('p2', 'Marked deleted', '10:00', 'in_person', 'draft', '2027-01-01', '2027-01-01', '2027-01-02')`);
    old.close();

    const kindred = openKindred({ dataDir });
    const migration = kindred.service.listBackups(undefined).backups.find((b) => b.kind === 'migration');
    expect(migration).toMatchObject({ planCount: 1 });
    const copy = new BetterSqlite3(join(dataDir, 'backups', migration!.id), { readonly: true });
    expect(currentVersion(copy)).toBe(3);
    expect(copy.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 2 });
    copy.close();
    const titles = kindred.service.listPlans(undefined).map((p) => p.title);
    expect(titles).toContain('Before the update');
    expect(titles).not.toContain('Marked deleted');
    kindred.close();
  });

  it('makes no migration backup of a new, empty database', async () => {
    const dataDir = tempDir();
    const kindred = openKindred({ dataDir });
    await kindred.service.backupsIdle();
    expect(kindred.service.listBackups(undefined).backups.map((b) => b.kind)).toEqual(['daily']);
    kindred.close();
  });
});

const sortedTitles = (kindred: { service: { listPlans(x: undefined): { title: string }[] } }) =>
  kindred.service
    .listPlans(undefined)
    .map((p) => p.title)
    .sort();

/** What opening the store threw, or null when it opened. */
function opened(dataDir: string): unknown {
  try {
    openKindred({ dataDir }).close();
    return null;
  } catch (err) {
    return err;
  }
}

describe('a damaged kindred.db', () => {
  /** A store with one plan and its daily backup, closed; returns its folder. */
  async function storeWithBackup(): Promise<{ dataDir: string; dbPath: string; backupId: string }> {
    const dataDir = tempDir();
    const kindred = openKindred({ dataDir });
    kindred.service.createPlan({ details: { title: 'Worth keeping' } });
    const made = await kindred.service.backupNow(undefined);
    kindred.close();
    return { dataDir, dbPath: kindred.dbPath, backupId: made.id };
  }

  /** Scribbles over the pages after the first two, as a failing disk might. */
  function scribble(dbPath: string): Buffer {
    const bytes = readFileSync(dbPath);
    for (let i = 8192; i < bytes.length; i++) bytes[i] = (i * 31) % 251;
    writeFileSync(dbPath, bytes);
    return bytes;
  }

  it('is reported with the newest good backup, and never written to or replaced by an empty store', async () => {
    const { dataDir, dbPath, backupId } = await storeWithBackup();
    const damaged = scribble(dbPath);

    const err = opened(dataDir);
    expect(err).toBeInstanceOf(DatabaseDamagedError);
    expect((err as DatabaseDamagedError).message).toBe('Kindred could not open your plans: the file looks damaged.');
    expect((err as DatabaseDamagedError).newestBackup).toMatchObject({ id: backupId, kind: 'manual', planCount: 2 });
    expect(readFileSync(dbPath).equals(damaged)).toBe(true);
  });

  it('passes over a damaged backup to the newest one in good order', async () => {
    const { dataDir, dbPath, backupId } = await storeWithBackup();
    const newer = join(dataDir, 'backups', 'kindred-manual-20990101t000000000z.db');
    writeFileSync(newer, 'not a database');
    scribble(dbPath);
    expect((opened(dataDir) as DatabaseDamagedError).newestBackup?.id).toBe(backupId);
  });

  it('says so when a file that is not a database at all is there, with no backup to offer', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'kindred.db'), 'These are my notes, saved over the plans by mistake.');
    const err = opened(dataDir) as DatabaseDamagedError;
    expect(err).toBeInstanceOf(DatabaseDamagedError);
    expect(err.newestBackup).toBeNull();
    expect(readFileSync(join(dataDir, 'kindred.db'), 'utf8')).toBe('These are my notes, saved over the plans by mistake.');
  });

  it('recovers from the backup, keeping the damaged file aside', async () => {
    const { dataDir, dbPath, backupId } = await storeWithBackup();
    const damaged = scribble(dbPath);

    const kindred = recoverFromBackup({ dataDir, backupId });
    expect(sortedTitles(kindred)).toEqual(['Shaping our next study together', 'Worth keeping']);
    kindred.close();
    const aside = readdirSync(dataDir).filter((n) => /^kindred-damaged-\d{8}t\d{6}z\.db$/.test(n));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!)).equals(damaged)).toBe(true);
  });

  it('starts with no plans when asked, keeping the damaged file and its log aside, byte for byte', async () => {
    const { dataDir, dbPath } = await storeWithBackup();
    const damaged = scribble(dbPath);
    const log = Buffer.from('the log that belongs to the damaged file');
    writeFileSync(`${dbPath}-wal`, log);
    const backupsBefore = readdirSync(join(dataDir, 'backups')).sort();

    const kindred = startAfresh({ dataDir });
    // A new store, seeded as a new install is, that takes and keeps new work.
    expect(kindred.service.listPlans(undefined).map((p) => p.title)).toEqual(['Shaping our next study together']);
    const made = kindred.service.createPlan({ details: { title: 'A fresh start' } });
    kindred.close();
    const again = openKindred({ dataDir });
    expect(again.service.listPlans(undefined).map((p) => p.id)).toContain(made.id);
    again.close();

    const aside = readdirSync(dataDir).filter((n) => /^kindred-damaged-\d{8}t\d{6}z\.db$/.test(n));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!)).equals(damaged)).toBe(true);
    expect(readFileSync(join(dataDir, `${aside[0]!}-wal`)).equals(log)).toBe(true);
    expect(readdirSync(join(dataDir, 'backups')).sort()).toEqual(expect.arrayContaining(backupsBefore));
  });

  it('never overwrites a file set aside earlier', async () => {
    const { dataDir, dbPath } = await storeWithBackup();
    const first = scribble(dbPath);
    startAfresh({ dataDir }).close();
    const second = Buffer.from('damaged again, differently');
    writeFileSync(dbPath, second);
    for (const f of ['-wal', '-shm']) rmSync(`${dbPath}${f}`, { force: true });

    startAfresh({ dataDir }).close();
    const kept = readdirSync(dataDir)
      .filter((n) => /^kindred-damaged-.*\.db$/.test(n))
      .map((n) => readFileSync(join(dataDir, n)));
    expect(kept).toHaveLength(2);
    expect(kept.some((b) => b.equals(first))).toBe(true);
    expect(kept.some((b) => b.equals(second))).toBe(true);
  });
});

describe('a missing or empty kindred.db while backups exist', () => {
  /** A store with one plan and two good backups (the daily one at start and a manual one), closed. */
  async function storeWithBackups(): Promise<{ dataDir: string; dbPath: string; backupId: string }> {
    const dataDir = tempDir();
    const kindred = openKindred({ dataDir });
    kindred.service.createPlan({ details: { title: 'Worth keeping' } });
    await kindred.service.backupsIdle();
    const made = await kindred.service.backupNow(undefined);
    kindred.close();
    return { dataDir, dbPath: kindred.dbPath, backupId: made.id };
  }

  const removeStore = (dbPath: string) => ['', '-wal', '-shm'].forEach((f) => rmSync(`${dbPath}${f}`, { force: true }));

  it.each([
    ['missing', (dbPath: string) => removeStore(dbPath)],
    [
      'empty (0 bytes)',
      (dbPath: string) => {
        removeStore(dbPath);
        writeFileSync(dbPath, '');
      },
    ],
  ])('is %s: reported as damage with the newest good backup, and no empty store is made', async (_how, lose) => {
    const { dataDir, dbPath, backupId } = await storeWithBackups();
    lose(dbPath);
    const before = existsSync(dbPath) ? readFileSync(dbPath) : null;

    const err = opened(dataDir) as DatabaseDamagedError;
    expect(err).toBeInstanceOf(DatabaseDamagedError);
    expect(err.message).toBe('Kindred could not open your plans: the file looks damaged.');
    expect(err.newestBackup).toMatchObject({ id: backupId, planCount: 2 });
    // Nothing was written: no new store, no daily backup of one.
    expect(existsSync(dbPath) ? readFileSync(dbPath) : null).toEqual(before);
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(2);
  });

  it('restores the backup offered, with every plan back', async () => {
    const { dataDir, dbPath, backupId } = await storeWithBackups();
    removeStore(dbPath);
    const kindred = recoverFromBackup({ dataDir, backupId });
    expect(sortedTitles(kindred)).toEqual(['Shaping our next study together', 'Worth keeping']);
    kindred.close();
  });

  it('starts with no plans only when asked, and then keeps every older backup through its first day', async () => {
    const { dataDir, dbPath } = await storeWithBackups();
    const folder = join(dataDir, 'backups');
    // A full week of good dailies, each a copy of a real backup: one more would push the oldest out.
    const good = readdirSync(folder).find((n) => n.includes('-manual-'))!;
    const dailies = Array.from({ length: 7 }, (_, i) => `kindred-daily-2020010${i + 1}t090000000z.db`);
    for (const name of dailies) writeFileSync(join(folder, name), readFileSync(join(folder, good)));
    for (const name of readdirSync(folder)) if (!dailies.includes(name) && name !== good) rmSync(join(folder, name));
    removeStore(dbPath);

    const kindred = startAfresh({ dataDir });
    await kindred.service.backupsIdle();
    expect(kindred.service.listPlans(undefined).map((p) => p.title)).toEqual(['Shaping our next study together']);
    await kindred.service.backupNow(undefined);
    kindred.close();
    // The daily backup of the new, nearly empty store was made, and no good backup went.
    const after = readdirSync(folder);
    expect(after).toEqual(expect.arrayContaining([...dailies, good]));
    expect(after.filter((n) => n.includes('-daily-'))).toHaveLength(8);
    // And the next start opens the new store as it is: it is no longer missing.
    const again = openKindred({ dataDir });
    expect(again.service.listPlans(undefined)).toHaveLength(1);
    again.close();
  });

  it('is a first run when there are no backups: a new store with the sample plan', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'kindred.db'), '');
    const kindred = openKindred({ dataDir });
    expect(kindred.service.listPlans(undefined).map((p) => p.title)).toEqual(['Shaping our next study together']);
    kindred.close();
  });
});

describe('half-made copies a crash left', () => {
  it('are removed at start-up, however new, with their side files; real backups stay', async () => {
    const dataDir = tempDir();
    const first = openKindred({ dataDir });
    await first.service.backupsIdle();
    first.close();
    const folder = join(dataDir, 'backups');
    const real = readdirSync(folder);
    const leftovers = [
      join(folder, 'kindred-daily-20270301t090000000z.db.partial'),
      join(folder, 'kindred-restoring.db.partial'),
      join(folder, 'kindred-restoring.db.partial-wal'),
      join(dataDir, 'kindred.db.restoring'),
    ];
    for (const f of leftovers) writeFileSync(f, 'Alex Smith uses a wheelchair');

    openKindred({ dataDir }).close();
    expect(leftovers.filter((f) => existsSync(f))).toEqual([]);
    expect(readdirSync(folder)).toEqual(expect.arrayContaining(real));
  });
});

describe.skipIf(process.platform === 'win32')('who can read the data, on macOS and Linux', () => {
  const mode = (path: string) => statSync(path).mode & 0o777;

  it('keeps the folder, the database with its log, and every backup to the user alone', async () => {
    const dataDir = join(tempDir(), 'Kindred');
    const kindred = openKindred({ dataDir });
    kindred.service.createPlan({ details: { title: 'Private' } });
    await kindred.service.backupsIdle();
    const manual = await kindred.service.backupNow(undefined);
    const folder = join(dataDir, 'backups');
    const files = ['kindred.db', 'kindred.db-wal', 'kindred.db-shm'].map((n) => join(dataDir, n));
    // While open, the log files exist too.
    expect(files.map(mode)).toEqual([0o600, 0o600, 0o600]);
    kindred.close();
    expect([dataDir, folder].map(mode)).toEqual([0o700, 0o700]);
    const backups = readdirSync(folder).map((n) => join(folder, n));
    expect(backups).toContain(join(folder, manual.id));
    expect(backups.map(mode)).toEqual(backups.map(() => 0o600));
  });
});
