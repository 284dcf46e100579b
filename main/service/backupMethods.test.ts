/**
 * Backups through the service: made with SQLite's online backup, checked, listed newest first, and
 * restored in one transaction on the live connection, so what was restored shows on the next call
 * and a restore that cannot finish leaves the plans exactly as they were.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from '../store/migrations';
import { openTestStore, type TestStore } from '../testing/tempStore';
import type { ApiResponse, BackupSummary } from '../contract/contract';
import { KindredError } from './errors';

const DAY = 24 * 60 * 60 * 1000;
const folderOf = (store: TestStore) => join(dirname(store.dbPath), 'backups');

async function rejection(promise: Promise<unknown>): Promise<KindredError> {
  const err = await promise.then(
    () => new Error('expected the promise to be rejected'),
    (e: unknown) => e,
  );
  if (err instanceof KindredError) return err;
  throw err;
}

const titles = (store: TestStore) => store.service.listPlans({ sort: 'title_asc' }).map((p) => p.title);

describe('backupNow and listBackups', () => {
  it('makes a checked, self-contained copy named for its kind and time', async () => {
    const store = openTestStore();
    store.service.createPlan({ details: { title: 'Carers’ voices' } });
    const made = await store.service.backupNow(undefined);

    expect(made).toMatchObject({ id: 'kindred-manual-20270301t090000000z.db', kind: 'manual', createdAt: '2027-03-01T09:00:00.000Z', planCount: 1 });
    expect(made.sizeBytes).toBeGreaterThan(4096);
    // One file, no log beside it, nothing half-written left over.
    expect(readdirSync(folderOf(store))).toEqual([made.id]);
    const copy = new BetterSqlite3(join(folderOf(store), made.id), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT title FROM plans').all()).toEqual([{ title: 'Carers’ voices' }]);
    copy.close();
  });

  it('lists newest first, shows a backup it cannot read without a plan count, and ignores other files', async () => {
    const store = openTestStore();
    const first = await store.service.backupNow(undefined);
    store.service.createPlan(undefined);
    store.advance(1000);
    const second = await store.service.backupNow(undefined);
    writeFileSync(join(folderOf(store), 'kindred-manual-20270301t095959000z.db'), 'scrambled');
    writeFileSync(join(folderOf(store), 'holiday photo.jpg'), 'not ours');

    const list = store.service.listBackups(undefined);
    expect(list.folder).toBe(folderOf(store));
    expect(list.backups.map((b) => [b.id, b.planCount])).toEqual([
      ['kindred-manual-20270301t095959000z.db', null],
      [second.id, 1],
      [first.id, 0],
    ]);
  });

  it('answers a backup that cannot be made kindly, leaving nothing behind', async () => {
    const store = openTestStore();
    // A file where the backups folder should be: nothing can be written there.
    writeFileSync(folderOf(store), 'in the way');
    const err = await rejection(store.service.backupNow(undefined));
    expect(err.message).toBe('Kindred could not make the backup. There may not be enough space on the disk. Your plans are just as they were.');
  });
});

describe('restoreBackup', () => {
  it('replaces the plans with the backup’s, through the same dispatch, after a safety backup of what was there', async () => {
    const store = openTestStore();
    const { service, dispatch } = store;
    const kept = service.createPlan({ details: { title: 'Before' } });
    service.addPerson({ planId: kept.id, person: { name: 'Amara', role: 'carer' } });
    service.addBlock({ planId: kept.id, block: { kind: 'welcome' } });
    const asBackedUp = service.getPlan({ planId: kept.id });
    const backup = await service.backupNow(undefined);

    store.advance(60_000);
    service.updatePlan({ planId: kept.id, patch: { title: 'After' } });
    service.createPlan({ details: { title: 'Added later' } });
    service.updateSettings({ theme: 'high_contrast' });
    const settings = service.getSettings(undefined);

    const answer = (await dispatch('restoreBackup', { backupId: backup.id })) as ApiResponse<{
      restored: BackupSummary;
      safetyBackup: BackupSummary;
    }>;
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.restored).toEqual(backup);
    expect(answer.value.safetyBackup).toMatchObject({ kind: 'restore', planCount: 2 });

    expect(dispatch('getPlan', { planId: kept.id })).toEqual({ ok: true, value: asBackedUp });
    expect(titles(store)).toEqual(['Before']);
    expect(service.getSettings(undefined)).toEqual(settings);
    // What was replaced is in the safety backup.
    const safety = new BetterSqlite3(join(folderOf(store), answer.value.safetyBackup.id), { readonly: true });
    expect(safety.prepare('SELECT title FROM plans ORDER BY title').all()).toEqual([{ title: 'Added later' }, { title: 'After' }]);
    safety.close();
  });

  it('restores a backup from an older Kindred, bringing it up to date first', async () => {
    const store = openTestStore();
    store.service.createPlan({ details: { title: 'Now' } });
    const old = new BetterSqlite3(join(store.dbPath, '..', 'old.db'));
    runMigrations(
      old,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    old.exec(`INSERT INTO plans (id, title, start_time, format, status, created_at, updated_at, deleted_at)
      VALUES ('11111111-1111-4111-8111-111111111111', 'From the old days', '09:30', 'online', 'ready', '2026-01-01', '2026-01-02', NULL),
             ('22222222-2222-4222-8222-222222222222', 'Deleted long ago', '09:30', 'online', 'ready', '2026-01-01', '2026-01-02', '2026-01-03')`);
    mkdirSync(folderOf(store), { recursive: true });
    await old.backup(join(folderOf(store), 'kindred-migration-20260105t100000000z.db'));
    old.close();

    await store.service.restoreBackup({ backupId: 'kindred-migration-20260105t100000000z.db' });
    expect(titles(store)).toEqual(['From the old days']);
    expect(store.service.getPlan({ planId: '11111111-1111-4111-8111-111111111111' })).toMatchObject({
      startTime: '09:30',
      format: 'online',
      venueChecks: {},
    });
  });

  it('refuses a damaged backup and leaves everything as it was, with no safety copy needed', async () => {
    const store = openTestStore();
    store.service.createPlan({ details: { title: 'Untouched' } });
    const backup = await store.service.backupNow(undefined);
    writeFileSync(join(folderOf(store), backup.id), 'SQLite format 3\0 but then nothing sensible at all'.repeat(200));

    const err = await rejection(store.service.restoreBackup({ backupId: backup.id }));
    expect(err.code).toBe('invalid');
    expect(err.message).toBe('This backup looks damaged, so Kindred can’t restore it. Your plans are just as they were.');
    expect(titles(store)).toEqual(['Untouched']);
    expect(store.service.listBackups(undefined).backups.map((b) => b.kind)).toEqual(['manual']);
  });

  it('rolls back completely when the backup’s rows do not fit together', async () => {
    const store = openTestStore();
    const plan = store.service.createPlan({ details: { title: 'Still here' } });
    store.service.addBlock({ planId: plan.id, block: { kind: 'discussion', description: 'Keep me' } });
    const before = store.service.getPlan({ planId: plan.id });
    const backup = await store.service.backupNow(undefined);
    // A block whose plan is missing: every page reads fine, but the rows break a link.
    const broken = new BetterSqlite3(join(folderOf(store), backup.id));
    broken.pragma('foreign_keys = OFF');
    broken.exec("INSERT INTO blocks (id, plan_id, position, title, kind, duration_minutes) VALUES ('b', 'no-such-plan', 0, 'Orphan', 'welcome', 5)");
    broken.close();

    const err = await rejection(store.service.restoreBackup({ backupId: backup.id }));
    expect(err.message).toBe('Kindred could not restore that backup. Your plans are just as they were.');
    expect(store.service.getPlan({ planId: plan.id })).toEqual(before);
    expect(existsSync(join(folderOf(store), 'kindred-restoring.db.partial'))).toBe(false);
  });

  it('says when a backup is no longer there', async () => {
    const store = openTestStore();
    const err = await rejection(store.service.restoreBackup({ backupId: 'kindred-daily-20270101t000000000z.db' }));
    expect(err.code).toBe('not_found');
  });

  it('forgets Undo for plans deleted before the restore', async () => {
    const store = openTestStore();
    const backup = await store.service.backupNow(undefined);
    const plan = store.service.createPlan({ details: { title: 'Deleted, then restored over' } });
    store.service.deletePlan({ planId: plan.id });
    await store.service.restoreBackup({ backupId: backup.id });
    expect(store.dispatch('restorePlan', { planId: plan.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('the daily backup and rotation', () => {
  it('keeps 7 dailies, and the newest of each of the 4 newest weeks as a weekly, deleting the rest from disk', async () => {
    const store = openTestStore();
    for (let day = 0; day < 45; day++) {
      await store.service.dailyBackupIfDue();
      // Twice a day: the second check finds the day's backup already made.
      store.advance(DAY / 2);
      expect(await store.service.dailyBackupIfDue()).toBeNull();
      store.advance(DAY / 2);
    }
    // 1 March 2027 (a Monday) to 14 April (a Wednesday): the dailies are 8 to 14 April; of the 4
    // newest weeks, the two before those end with Sunday 4 April and Sunday 28 March.
    const backups = store.service.listBackups(undefined).backups;
    const days = (kind: string) => backups.filter((b) => b.kind === kind).map((b) => b.createdAt.slice(0, 10));
    expect(days('daily')).toEqual(['2027-04-14', '2027-04-13', '2027-04-12', '2027-04-11', '2027-04-10', '2027-04-09', '2027-04-08']);
    expect(days('weekly')).toEqual(['2027-04-04', '2027-03-28']);
    expect(readdirSync(folderOf(store)).sort()).toEqual(backups.map((b) => b.id).sort());
  });
});
