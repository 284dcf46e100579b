/**
 * Deleting a plan or a person removes their rows, and no copy is left on disk: not in the database
 * file, not in its write-ahead log, and, once rotation has moved past them, not in any backup.
 * Checked in the files' bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../testing/tempStore';

const DAY = 24 * 60 * 60 * 1000;

/** Whether the text is in any of these files (UTF-8, as SQLite stores text here). */
function inFiles(files: string[], text: string): boolean {
  return files.filter((f) => existsSync(f)).some((f) => readFileSync(f).includes(Buffer.from(text, 'utf8')));
}

const dbFiles = (dbPath: string) => [dbPath, `${dbPath}-wal`];
const backupFiles = (dbPath: string) => {
  const folder = join(dirname(dbPath), 'backups');
  return existsSync(folder) ? readdirSync(folder).map((n) => join(folder, n)) : [];
};

describe('nothing deleted stays on disk', () => {
  it('a deleted plan: its title, purpose and agenda leave the database file and its log at once', () => {
    const { service, dbPath } = openTestStore();
    const plan = service.createPlan({ details: { title: 'Marigold Quarterly Retreat', purpose: 'Talk about Zephyrine' } });
    service.addBlock({ planId: plan.id, block: { kind: 'welcome', description: 'Larkspur welcome circle' } });
    const texts = ['Marigold Quarterly Retreat', 'Zephyrine', 'Larkspur welcome circle'];
    expect(texts.every((t) => inFiles(dbFiles(dbPath), t))).toBe(true);

    service.deletePlan({ planId: plan.id });
    for (const text of texts) expect(inFiles(dbFiles(dbPath), text)).toBe(false);
  });

  it('a person taken out of a plan and then the directory: their name and contact details leave the database file and its log once checkpointed', () => {
    const { service, db, dbPath } = openTestStore();
    const plan = service.createPlan({ details: { title: 'Carers’ voices' } });
    const person = service.addPerson({ planId: plan.id, person: { name: 'Perpetua Quillfeather', role: 'carer', contact: 'perpetua@example.org' } });
    expect(inFiles(dbFiles(dbPath), 'Perpetua Quillfeather')).toBe(true);

    service.deletePerson({ planId: plan.id, personId: person.id });
    // Taken out of the plan, they are still someone you know, on the People screen...
    const [entry] = service.listDirectory({ search: 'Perpetua' });
    expect(entry).toMatchObject({ name: 'Perpetua Quillfeather', planCount: 0 });
    // ...until they are removed from it too.
    service.deleteDirectoryPerson({ directoryPersonId: entry!.id });
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(inFiles(dbFiles(dbPath), 'Perpetua Quillfeather')).toBe(false);
    expect(inFiles(dbFiles(dbPath), 'perpetua@example.org')).toBe(false);
  });

  it('a deleted plan leaves the backups as they rotate out: dailies after a week, others after 28 days', async () => {
    const { service, dbPath, advance } = openTestStore();
    const plan = service.createPlan({ details: { title: 'Hollyhock Listening Day' } });
    await service.dailyBackupIfDue();
    await service.backupNow(undefined);
    service.deletePlan({ planId: plan.id });
    expect(inFiles(backupFiles(dbPath), 'Hollyhock Listening Day')).toBe(true);

    for (let day = 1; day <= 30; day++) {
      advance(DAY);
      await service.dailyBackupIfDue();
    }
    expect(backupFiles(dbPath).length).toBeGreaterThan(7);
    expect(inFiles(backupFiles(dbPath), 'Hollyhock Listening Day')).toBe(false);
    expect(inFiles(dbFiles(dbPath), 'Hollyhock Listening Day')).toBe(false);
  });
});
