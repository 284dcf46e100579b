import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempStore';
import { openDatabase } from './database';
import { backupLabel, isDamage, quickCheck } from './integrity';

function caughtError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

describe('opening a damaged file', () => {
  it('is refused as damage, before anything is written, when the file is not a database', () => {
    const file = join(tempDir(), 'kindred.db');
    writeFileSync(file, 'Dear diary, '.repeat(500));
    const err = caughtError(() => openDatabase(file));
    expect(isDamage(err)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('Dear diary, '.repeat(500));
  });

  it('is refused as damage when pages are scrambled, and quick_check names the problem', () => {
    const file = join(tempDir(), 'kindred.db');
    const db = openDatabase(file);
    db.exec(`CREATE TABLE filler (x TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT printf('row %d', i) FROM n`);
    db.close();
    const bytes = readFileSync(file);
    for (let i = 3 * 4096; i < bytes.length - 4096; i++) bytes[i] = (i * 7) % 256;
    writeFileSync(file, bytes);

    expect(isDamage(caughtError(() => openDatabase(file)))).toBe(true);
    const raw = new BetterSqlite3(file);
    const problems = (() => {
      try {
        return quickCheck(raw);
      } catch (err) {
        return isDamage(err) ? ['unreadable'] : [];
      } finally {
        raw.close();
      }
    })();
    expect(problems.length).toBeGreaterThan(0);
  });

  it('passes a database in good order', () => {
    const db = openDatabase(join(tempDir(), 'kindred.db'));
    expect(quickCheck(db)).toEqual([]);
    db.close();
  });
});

describe('isDamage', () => {
  it('is true only for damaged content, never for a locked, missing or read-only file', () => {
    expect(isDamage(Object.assign(new Error('x'), { code: 'SQLITE_NOTADB' }))).toBe(true);
    expect(isDamage(Object.assign(new Error('x'), { code: 'SQLITE_CORRUPT' }))).toBe(true);
    expect(isDamage(Object.assign(new Error('x'), { code: 'SQLITE_CORRUPT_INDEX' }))).toBe(true);
    for (const code of ['SQLITE_BUSY', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_FULL', 'EACCES']) {
      expect(isDamage(Object.assign(new Error('x'), { code }))).toBe(false);
    }
    expect(isDamage(new Error('no code'))).toBe(false);
    expect(isDamage(null)).toBe(false);
  });
});

describe('backupLabel', () => {
  it('names a backup by its local date and time, in the house style', () => {
    expect(backupLabel(new Date(2027, 2, 12, 10, 15).toISOString())).toBe('12 March 2027 at 10:15');
    expect(backupLabel(new Date(2027, 0, 1, 9, 5).toISOString())).toBe('1 January 2027 at 09:05');
  });
});
