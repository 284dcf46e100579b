/**
 * Backups, as a facilitator meets them: the screen from the main navigation, where the copies are,
 * "Back up now", then a change and a restore of the earlier backup, asked first with the counts on
 * both sides (cancelling changes nothing), and the plans as they were before kept in a backup of
 * their own. Also: a copy Kindred cannot read is shown but cannot be restored, and deleting a plan
 * says that older backups keep a copy.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BackupList, BackupSummary } from '../../main/contract/contract';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function dispatch<T>(app: KindredApp, method: string, input: unknown = {}): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

/** Some methods answer with a promise (a backup is made with SQLite's online backup). */
async function dispatchAsync<T>(app: KindredApp, method: 'backupNow' | 'restoreBackup', input: unknown = {}): Promise<T> {
  const res = await app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

const planTitles = (app: KindredApp) => dispatch<{ title: string }[]>(app, 'listPlans').map((p) => p.title);
const backupKinds = (app: KindredApp) => dispatch<BackupList>(app, 'listBackups').backups.map((b) => b.kind);

async function openBackups(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeFocused();
  await expect(page).toHaveTitle('Backups – Kindred');
}

test('back up now, change something, then restore the earlier backup (cancelling changes nothing)', async ({ page, app }) => {
  test.slow(); // a restore and several accessibility checks, on a machine that may be busy
  await openBackups(page);
  await expect(page.getByRole('link', { name: 'Backups' })).toHaveAttribute('aria-current', 'page');

  // Where the copies are, as text to select; browser mode has no folder to show.
  await expect(page.getByTestId('backups-folder')).toHaveText(dispatch<BackupList>(app, 'listBackups').folder);
  await expect(page.getByRole('button', { name: 'Show folder' })).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Your backups' });
  const before = dispatch<BackupList>(app, 'listBackups').backups.length;
  if (before === 0) await expect(page.getByText('There are no backups yet.')).toBeVisible();
  else await expect(table.getByRole('row')).toHaveCount(before + 1);
  await expectNoAxeViolations(page, 'backups screen');

  // Back up now: the new backup is at the top, made by you, with the one plan there is (the sample).
  expect(planTitles(app)).toEqual(['Shaping our next study together']);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Backed up at \d\d:\d\d\.$/ })).toBeVisible();
  const mine = table.getByRole('row').filter({ hasText: 'Made by you' });
  await expect(mine).toHaveCount(1);
  await expect(table.getByRole('row').nth(1)).toContainText('Made by you');
  await expect(mine).toContainText('1 plan');
  await expect(mine).toContainText(/\d+ KB|\d(\.\d)? MB/);
  const when = (await mine.getByRole('rowheader').textContent())!;
  expect(when).toMatch(/^Today at \d\d:\d\d$/);
  const fromWhen = when.replace('Today', 'today');

  // A change: a new plan, made the usual way.
  await page.getByRole('link', { name: 'Plans', exact: true }).click();
  await page.getByRole('button', { name: 'New plan' }).click();
  const newPlan = page.getByRole('dialog', { name: 'Start a new plan' });
  await newPlan.getByLabel('What shall we call it?').fill('Young carers’ afternoon');
  await newPlan.getByLabel('What shall we call it?').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Young carers’ afternoon' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await openBackups(page);

  // Restore…, then Cancel: the question names what is replaced, and nothing changes.
  const restoreMine = mine.getByRole('button', { name: `Restore the backup from ${when}…` });
  await restoreMine.click();
  const ask = page.getByRole('alertdialog', { name: `Restore the backup from ${fromWhen}?` });
  await expect(ask).toContainText(
    `All your plans now (2 plans) will be replaced with the 1 plan from ${fromWhen}. ` +
      'Kindred backs up your plans as they are now first, so you can go back.',
  );
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page, 'restore, asked first');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await expect(restoreMine).toBeFocused();
  // Escape keeps things as they are too.
  await page.keyboard.press('Enter');
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  expect(planTitles(app).sort()).toEqual(['Shaping our next study together', 'Young carers’ afternoon']);
  expect(backupKinds(app)).not.toContain('restore');

  // Restore: the earlier plans come back, and the plans from just before are kept in a backup.
  await restoreMine.click();
  await ask.getByRole('button', { name: 'Restore' }).click();
  await expect(ask).toHaveCount(0);
  const outcome = page.getByRole('status').filter({ hasText: 'Restored the 1 plan from' });
  await expect(outcome).toContainText(
    new RegExp(
      `^Restored the 1 plan from ${fromWhen}\\. Your plans as they were just before are kept in a backup made today at \\d\\d:\\d\\d, marked “Before a restore”\\.`,
    ),
  );
  const safety = table.getByRole('row').filter({ hasText: 'Before a restore' });
  await expect(safety).toHaveCount(1);
  await expect(safety).toContainText('2 plans');
  expect(planTitles(app)).toEqual(['Shaping our next study together']);
  await expectNoAxeViolations(page, 'backups screen after a restore');

  // The plans list shows the restored plans.
  await outcome.getByRole('link', { name: 'Go to your plans' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your plans' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Shaping our next study together' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Young carers’ afternoon' })).toHaveCount(0);
});

test('a backup Kindred cannot read is listed, kindly, without a way to restore it', async ({ page, app }) => {
  test.slow(); // a backup and an accessibility check
  const made = await dispatchAsync<BackupSummary>(app, 'backupNow');
  const { folder } = dispatch<BackupList>(app, 'listBackups');
  await writeFile(join(folder, made.id), 'This is not a database any more.');
  expect(dispatch<BackupList>(app, 'listBackups').backups.find((b) => b.id === made.id)?.planCount).toBeNull();

  await openBackups(page);
  const row = page.getByRole('table', { name: 'Your backups' }).locator(`[data-backup-id="${made.id}"]`);
  await expect(row).toContainText('Made by you');
  await expect(row).toContainText('Not known');
  await expect(row).toContainText('Kindred can’t read this copy, so it can’t be restored.');
  await expect(row.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page, 'backups screen with an unreadable backup');
});

test('deleting a plan says it goes at once and that older backups keep a copy for a while', async ({ page, app }) => {
  dispatch(app, 'createPlan', { details: { title: 'Autumn listening event' } });
  await page.reload();
  await page.getByRole('button', { name: 'Actions for “Autumn listening event”' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.locator('.toast')).toContainText(
    'Deleted “Autumn listening event”. You can undo this for 10 seconds. Older backups keep a copy until they are replaced, within about 5 weeks.',
  );
  expect(planTitles(app)).not.toContain('Autumn listening event');

  // The Backups screen says the same, in its own words.
  await openBackups(page);
  await expect(page.getByText('When you delete a plan or forget someone, they go from Kindred straight away.')).toBeVisible();
});
