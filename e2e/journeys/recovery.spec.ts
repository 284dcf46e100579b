/**
 * A damaged kindred.db in browser mode: the bridge starts again through the service's recovery, as
 * `npm run serve:web -- --restore-newest-backup` or `--start-afresh` does, and the facilitator finds
 * their plans (or a clean start) with the damaged file kept beside the new one, byte for byte.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BackupSummary } from '../../main/contract/contract';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

const DAMAGE = 'These are my notes, saved over the plans by mistake.';

/** A plan worth keeping and a backup holding it; returns the backup's id. */
async function planAndBackup(app: KindredApp): Promise<string> {
  const made = app.bridge.kindred.dispatch('createPlan', { details: { title: 'Carers’ voices' } });
  expect(made.ok).toBe(true);
  const backup = await app.bridge.kindred.dispatch('backupNow', {});
  if (!backup.ok) throw new Error(backup.error.message);
  return (backup.value as BackupSummary).id;
}

/** Quits the page and the bridge, damages kindred.db, then starts again recovering as asked. */
async function damageAndRestart(page: Page, app: KindredApp, recover: { backupId: string } | 'afresh'): Promise<void> {
  await page.goto('about:blank');
  await app.restart({ whileClosed: () => writeFile(join(app.dataDir, 'kindred.db'), DAMAGE), recover });
  await page.goto(app.url);
}

async function keptDamagedFile(app: KindredApp): Promise<string> {
  const kept = (await readdir(app.dataDir)).filter((n) => /^kindred-damaged-\d{8}t\d{6}z\.db$/.test(n));
  expect(kept).toHaveLength(1);
  return readFile(join(app.dataDir, kept[0]!), 'utf8');
}

test('a damaged database: restoring the newest backup brings the plans back', async ({ page, app }) => {
  const backupId = await planAndBackup(app);
  await damageAndRestart(page, app, { backupId });

  const plans = page.getByRole('main');
  await expect(plans.getByRole('listitem').filter({ hasText: 'Carers’ voices' })).toBeVisible();
  await expect(plans.getByRole('listitem').filter({ hasText: 'Shaping our next study together' })).toBeVisible();
  await expectNoAxeViolations(page, 'plans, restored from a backup');
  expect(await keptDamagedFile(app)).toBe(DAMAGE);
});

test('a damaged database: starting afresh gives a clean start and keeps the damaged file', async ({ page, app }) => {
  await planAndBackup(app);
  await damageAndRestart(page, app, 'afresh');

  const plans = page.getByRole('main');
  await expect(plans.getByRole('listitem').filter({ hasText: 'Shaping our next study together' })).toBeVisible();
  await expect(plans.getByText('Carers’ voices')).toHaveCount(0);
  await expectNoAxeViolations(page, 'plans, started afresh');
  expect(await keptDamagedFile(app)).toBe(DAMAGE);
});

test('a missing database beside backups: restoring the newest backup brings the plans back', async ({ page, app }) => {
  const backupId = await planAndBackup(app);
  await page.goto('about:blank');
  // Deleted (by a sync tool, say) while Kindred was closed: the backups are all that is left.
  const gone = () => Promise.all(['', '-wal', '-shm'].map((f) => rm(join(app.dataDir, `kindred.db${f}`), { force: true }))).then(() => undefined);
  await app.restart({ whileClosed: gone, recover: { backupId } });
  await page.goto(app.url);

  const plans = page.getByRole('main');
  await expect(plans.getByRole('listitem').filter({ hasText: 'Carers’ voices' })).toBeVisible();
  await expectNoAxeViolations(page, 'plans, restored after the database went missing');
  // There was no file to keep aside.
  expect((await readdir(app.dataDir)).filter((n) => n.startsWith('kindred-damaged-'))).toEqual([]);
});
