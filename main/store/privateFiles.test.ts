import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempStore';
import { keepDataPrivate, makePrivateFolder } from './privateFiles';

const mode = (path: string) => statSync(path).mode & 0o777;

/** A data folder as an older Kindred left it: everything readable by everyone on the computer. */
function openToAll(): { dataDir: string; backups: string; files: string[]; other: string } {
  const dataDir = join(tempDir(), 'Kindred');
  const backups = join(dataDir, 'backups');
  mkdirSync(backups, { recursive: true });
  const files = ['kindred.db', 'kindred.db-wal', 'kindred.db-shm', 'kindred-damaged-20270301t090000z.db'].map((n) => join(dataDir, n));
  files.push(join(backups, 'kindred-daily-20270301t090000000z.db'));
  // Electron keeps its own files in the same folder: they are not Kindred's to change.
  const other = join(dataDir, 'Preferences');
  for (const f of [...files, other]) writeFileSync(f, 'x');
  for (const f of [dataDir, backups]) chmodSync(f, 0o755);
  for (const f of [...files, other]) chmodSync(f, 0o644);
  return { dataDir, backups, files, other };
}

describe('keepDataPrivate', () => {
  it('on macOS and Linux, makes the folders 0700 and Kindred’s files 0600, leaving other files alone', () => {
    const { dataDir, backups, files, other } = openToAll();
    keepDataPrivate(dataDir, backups, 'linux');
    expect([dataDir, backups].map(mode)).toEqual([0o700, 0o700]);
    expect(files.map(mode)).toEqual(files.map(() => 0o600));
    expect(mode(other)).toBe(0o644);
  });

  it('creates a missing kindred.db empty and private, so SQLite writes into a file nobody else can read', () => {
    const dataDir = join(tempDir(), 'new', 'Kindred');
    keepDataPrivate(dataDir, join(dataDir, 'backups'), 'darwin');
    expect(mode(dataDir)).toBe(0o700);
    expect(statSync(join(dataDir, 'kindred.db')).size).toBe(0);
    expect(mode(join(dataDir, 'kindred.db'))).toBe(0o600);
  });

  it('changes no modes on Windows, where the user profile’s ACLs already keep the folder private', () => {
    const { dataDir, backups, files } = openToAll();
    keepDataPrivate(dataDir, backups, 'win32');
    expect([dataDir, backups].map(mode)).toEqual([0o755, 0o755]);
    expect(files.map(mode)).toEqual(files.map(() => 0o644));
  });

  it('makes a new folder private whatever the umask allows', () => {
    const folder = join(tempDir(), 'a', 'b');
    makePrivateFolder(folder, 'linux');
    expect(mode(folder)).toBe(0o700);
  });
});
