/**
 * Building a timed agenda: clock times from the start time, the intended end, pinned blocks and
 * their conflicts, reordering by keyboard and by mouse, undo/redo, copy and delete.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/app';
import { dateTimeField, expectShows, typeTime } from '../support/dateTimeFields';
import type { KindredApp } from '../fixtures/app';

async function openEmptyPlan(page: Page, app: KindredApp, details: Record<string, unknown> = {}) {
  const res = app.bridge.kindred.dispatch('createPlan', { details: { title: 'Agenda test', startTime: '10:00', ...details } });
  if (!res.ok) throw new Error(res.error.message);
  const id = (res.value as { id: string }).id;
  await page.goto(`${app.url}/#/plan/${id}/agenda`);
  await expect(page.getByRole('heading', { name: 'Agenda', level: 2 })).toBeVisible();
  return id;
}

async function addBlock(page: Page, kind: string) {
  await page.getByRole('button', { name: 'Add a block' }).click();
  await page.getByRole('menuitem', { name: kind, exact: true }).click();
}

const rows = (page: Page) => page.locator('[data-block-id]');
const startOf = (page: Page, i: number) => rows(page).nth(i).getByTestId('block-start');
const endOf = (page: Page, i: number) => rows(page).nth(i).getByTestId('block-end');

async function savedPlan(app: KindredApp, id: string) {
  const res = app.bridge.kindred.dispatch('getPlan', { planId: id });
  if (!res.ok) throw new Error(res.error.message);
  return res.value as { blocks: { title: string; durationMinutes: number; pinnedTime: string | null }[] };
}

test('clock times follow the start time and every length, live', async ({ page, app }) => {
  const id = await openEmptyPlan(page, app, { endTime: '11:00' });
  await expect(page.getByText('The agenda is empty.')).toBeVisible();
  await addBlock(page, 'Welcome');
  // A new block opens ready to name.
  await expect(page.getByLabel('Block name')).toBeFocused();
  await page.getByLabel('Block name').fill('Welcome and tea');
  await addBlock(page, 'Check-in');
  await addBlock(page, 'Discussion');

  await expect(startOf(page, 0)).toHaveText('10:00');
  await expect(endOf(page, 0)).toHaveText('10:10');
  await expect(startOf(page, 1)).toHaveText('10:10');
  await expect(startOf(page, 2)).toHaveText('10:25');
  await expect(endOf(page, 2)).toHaveText('10:55');
  await expect(page.getByTestId('end-note')).toContainText('The last block ends at 10:55, 5 min before your intended end of 11:00: time in hand');

  await page.getByLabel('Length in minutes for “Check-in”').fill('25');
  await expect(startOf(page, 2)).toHaveText('10:35');
  await expect(page.getByTestId('agenda-total')).toHaveText('1 hr 5 min');
  await expect(page.getByTestId('overrun')).toContainText('5 min');
  await expect(page.getByTestId('end-line')).toContainText('Intended end, 11:00');
  await expectNoAxeViolations(page, 'agenda with an overrun and an open block');

  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const plan = await savedPlan(app, id);
  expect(plan.blocks.map((b) => [b.title, b.durationMinutes])).toEqual([
    ['Welcome and tea', 10],
    ['Check-in', 25],
    ['Discussion', 30],
  ]);

  // Changing the start time moves the whole day.
  await page.getByRole('link', { name: 'Details' }).click();
  await typeTime(dateTimeField(page, 'Start time'), '09:30');
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(startOf(page, 0)).toHaveText('09:30');
  await expect(endOf(page, 2)).toHaveText('10:35');
});

test('a pinned lunch waits for its time, and a late one is shown where it happens', async ({ page, app }) => {
  const id = await openEmptyPlan(page, app, { startTime: '11:00' });
  await addBlock(page, 'Discussion');
  await addBlock(page, 'Meal');
  const lunch = rows(page).nth(1);
  await lunch.locator('label', { hasText: 'Pin to a clock time' }).click();
  await expect(lunch.getByRole('checkbox', { name: /Pin to a clock time/ })).toBeChecked();
  await typeTime(dateTimeField(lunch, 'Pinned time'), '12:30');
  await expect(startOf(page, 1)).toHaveText('12:30');
  await expect(page.getByTestId('gap-row')).toContainText('Unplanned gap, 1 hr.');

  await page.getByLabel('Length in minutes for “Discussion”').fill('100');
  await expect(page.getByTestId('pin-conflict')).toContainText('run 10 min over, so it starts at 12:40');
  await expect(startOf(page, 1)).toHaveText('12:40');
  await expect(page.getByText('One pinned block starts later than its pinned time.')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await savedPlan(app, id)).blocks[1]!.pinnedTime).toBe('12:30');
});

test('reorder by keyboard with the move announced, and by mouse', async ({ page, app }) => {
  const id = await openEmptyPlan(page, app);
  for (const kind of ['Welcome', 'Presentation', 'Break']) await addBlock(page, kind);
  await page.keyboard.press('Escape');

  const handle = page.getByRole('button', { name: /Move “Break”, block 3 of 3/ });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Picked up “Break”, at position 3 of 3.')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('“Break” would move to position 2 of 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Dropped “Break” at position 2 of 3.')).toBeAttached();
  await expect(rows(page).nth(1)).toContainText('Break');
  await expect(startOf(page, 2)).toHaveText('10:25');

  // Mouse: drag Welcome below Presentation.
  const from = await rows(page).nth(0).locator('.drag-handle').boundingBox();
  const to = await rows(page).nth(2).boundingBox();
  if (!from || !to) throw new Error('rows not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + 20, { steps: 4 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height - 5, { steps: 12 });
  await page.mouse.up();
  await expect(rows(page).last()).toContainText('Welcome');

  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await savedPlan(app, id)).blocks.map((b) => b.title)).toEqual(['Break', 'Presentation', 'Welcome']);
});

test('undo and redo agenda edits from the keyboard, copy and delete with undo', async ({ page, app }) => {
  const id = await openEmptyPlan(page, app);
  await addBlock(page, 'Welcome');
  await addBlock(page, 'Activity');
  await page.getByLabel('Length in minutes for “Activity”').fill('40');
  await page.getByRole('heading', { name: 'Agenda', level: 2 }).click();

  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Length in minutes for “Activity”')).toHaveValue('20');
  await page.keyboard.press('Control+z');
  await expect(rows(page)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(rows(page)).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByLabel('Length in minutes for “Activity”')).toHaveValue('40');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await savedPlan(app, id)).blocks.map((b) => b.durationMinutes)).toEqual([10, 40]);

  await page.getByRole('button', { name: 'Actions for “Welcome”' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(1)).toContainText('Welcome');

  await page.getByRole('button', { name: 'Actions for “Activity”' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(2)).toContainText('Activity');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await savedPlan(app, id)).blocks.map((b) => b.title)).toEqual(['Welcome', 'Welcome', 'Activity']);
});

test('a deleted block brought back by Ctrl+Z is not added twice by the message’s Undo', async ({ page, app }) => {
  const id = await openEmptyPlan(page, app);
  await addBlock(page, 'Welcome');
  await addBlock(page, 'Break');
  await page.getByRole('button', { name: 'Actions for “Break”' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('heading', { name: 'Agenda', level: 2 }).click();
  await page.keyboard.press('Control+z');
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await savedPlan(app, id)).blocks.map((b) => b.title)).toEqual(['Welcome', 'Break']);
});

test('pinning a block pins it where it starts now, so nothing moves', async ({ page, app }) => {
  const id = await openEmptyPlan(page, app, { startTime: '09:30' });
  await addBlock(page, 'Welcome');
  await addBlock(page, 'Discussion');
  await page.getByLabel('Length in minutes for “Discussion”').fill('50');
  await addBlock(page, 'Meal');
  const lunch = rows(page).nth(2);
  const startBefore = await startOf(page, 2).textContent();
  expect(startBefore).not.toBe('12:30');
  await lunch.locator('label', { hasText: 'Pin to a clock time' }).click();
  await expectShows(dateTimeField(lunch, 'Pinned time'), startBefore!);
  await expect(lunch.locator('.pin-tag')).toHaveText(`Pinned to ${startBefore}`);
  await expect(startOf(page, 2)).toHaveText(startBefore!);
  await expect(page.getByTestId('gap-row')).toHaveCount(0);
  await expect(page.getByTestId('pin-conflict')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await savedPlan(app, id)).blocks[2]!.pinnedTime).toBe(startBefore);
});

test('a gap before a pinned block is its own row with its times and length, and counts in the totals', async ({ page, app }) => {
  await openEmptyPlan(page, app, { startTime: '11:00', endTime: '14:00' });
  await addBlock(page, 'Discussion');
  await page.getByLabel('Length in minutes for “Discussion”').fill('60');
  await addBlock(page, 'Meal');
  await page.getByLabel('Length in minutes for “Meal”').fill('45');
  const lunch = rows(page).nth(1);
  await lunch.locator('label', { hasText: 'Pin to a clock time' }).click();
  await typeTime(dateTimeField(lunch, 'Pinned time'), '12:30');

  const gap = page.getByTestId('gap-row');
  await expect(gap).toHaveCount(1);
  await expect(page.getByText('There is now an unplanned gap before a pinned block.')).toBeAttached();
  await expect(gap).toContainText('12:00');
  await expect(gap).toContainText('12:30');
  await expect(gap).toContainText('Unplanned gap, 30 min.');
  await expect(page.getByTestId('agenda-gaps')).toHaveText('30 min');
  await expect(page.getByTestId('agenda-total')).toHaveText('2 hr 15 min');
  await expect(page.getByTestId('agenda-end')).toHaveText('13:15');
  await expect(page.getByTestId('gap-note')).toHaveText(
    'There is an unplanned gap of 30 min before a pinned block. It is marked below, and counts in the total length.',
  );
  // 45 minutes before the intended end, but with an unplanned gap inside the day that is not "time in hand".
  await expect(page.getByTestId('end-note')).toContainText('The last block ends at 13:15, 45 min before your intended end of 14:00.');
  await expect(page.getByTestId('end-note')).not.toContainText('time in hand');
  await expect(page.getByRole('list', { name: 'Agenda, 2 blocks, from 11:00 to 13:15' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expectNoAxeViolations(page, 'agenda with an unplanned gap');
  await page.screenshot({ path: test.info().outputPath('agenda-gap.png'), fullPage: true });

  // Filling the gap takes the row away, and the spare time is time in hand again.
  await page.getByLabel('Length in minutes for “Discussion”').fill('90');
  await expect(gap).toHaveCount(0);
  await expect(page.getByTestId('agenda-gaps')).toHaveCount(0);
  await expect(page.getByTestId('end-note')).toContainText('time in hand');
});

test('when Undo or Redo greys itself out, focus moves to the other button', async ({ page, app }) => {
  await openEmptyPlan(page, app);
  await addBlock(page, 'Welcome');
  await expect(page.getByRole('list', { name: /^Agenda, 1 block, from/ })).toBeVisible();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(0);
  await expect(undo).toBeDisabled();
  await expect(redo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(1);
  await expect(redo).toBeDisabled();
  await expect(undo).toBeFocused();
  // A step that leaves the button usable keeps focus where it is.
  await addBlock(page, 'Break');
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(rows(page)).toHaveCount(1);
  await expect(undo).toBeEnabled();
  await expect(undo).toBeFocused();
});

test('a length longer than the whole day asks "Did you mean 60 minutes?", and one click fixes it', async ({ page, app }) => {
  const id = await openEmptyPlan(page, app, { startTime: '10:00', endTime: '16:00' });
  await addBlock(page, 'Discussion');
  const length = page.getByLabel('Length in minutes for “Discussion”');
  await length.fill('600');
  const nudge = page.getByTestId('duration-nudge');
  await expect(nudge).toContainText('That is longer than the whole day. Did you mean 60 minutes?');
  // A question, not a refusal: the length is kept as typed until the facilitator chooses.
  await expect(length).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await savedPlan(app, id)).blocks[0]!.durationMinutes).toBe(600);
  await expectNoAxeViolations(page, 'agenda asking about a long block');
  await page.screenshot({ path: test.info().outputPath('agenda-did-you-mean.png'), fullPage: true });

  await nudge.getByRole('button', { name: 'Make it 60 minutes' }).click();
  await expect(length).toHaveValue('60');
  await expect(length).toBeFocused();
  await expect(nudge).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await savedPlan(app, id)).blocks[0]!.durationMinutes).toBe(60);
});

test('when the agenda runs past the intended end, the summary gives the real end and says the packs do too', async ({ page, app }) => {
  await openEmptyPlan(page, app, { startTime: '10:00', endTime: '10:30' });
  await addBlock(page, 'Discussion');
  await page.getByLabel('Length in minutes for “Discussion”').fill('45');
  await expect(page.getByTestId('overrun')).toContainText('past your intended end of 10:30, so it ends at 10:45, and the packs say so.');
});
