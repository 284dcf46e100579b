/**
 * A very long agenda (300 blocks): only the blocks near the screen are drawn, yet the list still
 * says how long it is, Tab walks through every block in order, Shift+Tab from below the list
 * reaches the last blocks, and a block far down moves by keyboard, announced, staying in view
 * with focus on its handle.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { newBlockWithDefaults } from '../../main/domain/blockKinds';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

const COUNT = 300;

function longPlan(app: KindredApp): string {
  const { dispatch } = app.bridge.kindred;
  const created = dispatch('createPlan', { details: { title: 'A long day', startTime: '09:00' } });
  if (!created.ok) throw new Error(created.error.message);
  const planId = (created.value as { id: string }).id;
  const blocks = Array.from({ length: COUNT }, (_, i) =>
    newBlockWithDefaults(randomUUID(), 'discussion', { title: `Block ${i + 1}`, durationMinutes: 2 }),
  );

  const set = dispatch('setAgenda', { planId, blocks });
  if (!set.ok) throw new Error(set.error.message);
  return planId;
}

const rows = (page: Page) => page.locator('[data-block-id]');
/** The row (list item) that holds the focused element: its place in the whole agenda. */
const focusedPlace = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-block-id]')?.getAttribute('aria-posinset') ?? null);

function savedTitles(app: KindredApp, planId: string): string[] {
  const res = app.bridge.kindred.dispatch('getPlan', { planId });
  if (!res.ok) throw new Error(res.error.message);
  return (res.value as { blocks: { title: string }[] }).blocks.map((b) => b.title);
}

test('a 300-block agenda: every block within reach of the keyboard, and one far down moved by keyboard', async ({ page, app }) => {
  test.setTimeout(180_000);
  const planId = longPlan(app);
  await page.goto(`${app.url}/#/plan/${planId}/agenda`);
  const list = page.getByRole('list', { name: /^Agenda, 300 blocks, from 09:00 to 19:00/ });
  await expect(list).toBeVisible();

  // Only some rows are in the page, and each says where it stands in the whole list.
  const drawn = await rows(page).count();
  expect(drawn).toBeLessThan(COUNT);
  await expect(rows(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(COUNT));
  // The last block is always in the page, so Shift+Tab from below the list lands in it.
  await expect(rows(page).last()).toHaveAttribute('aria-posinset', String(COUNT));
  await expectNoAxeViolations(page, 'agenda of 300 blocks');

  // Tab walks block after block, well past the rows first drawn (four stops a row).
  await page.getByRole('button', { name: 'Move “Block 1”, block 1 of 300' }).focus();
  const steps = 4 * (drawn + 5);
  for (let i = 0; i < steps; i++) await page.keyboard.press('Tab');
  expect(Number(await focusedPlace(page))).toBe(drawn + 6);
  await expect(page.locator(':focus')).toBeInViewport();

  // From below the list, Shift+Tab reaches the last blocks: here the handle of block 298.
  await page.getByRole('link', { name: 'Back to the plan’s sections' }).focus();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedPlace(page)).toBe('300');
  for (let i = 0; i < 11; i++) await page.keyboard.press('Shift+Tab');
  const handle = page.getByRole('button', { name: 'Move “Block 298”, block 298 of 300' });
  await expect(handle).toBeFocused();

  // Moved by keyboard 20 places up: far beyond the rows drawn around it when it was picked up.
  await page.keyboard.press('Space');
  await expect(page.getByText('Picked up “Block 298”, at position 298 of 300.')).toBeAttached();
  // Each step is announced, as a screen-reader user hears it before the next key.
  for (let to = 297; to >= 278; to--) {
    await page.keyboard.press('ArrowUp');
    await expect(page.getByText(`“Block 298” would move to position ${to} of 300.`)).toBeAttached();
  }
  await page.keyboard.press('Space');
  await expect(page.getByText('Dropped “Block 298” at position 278 of 300.')).toBeAttached();

  const moved = page.getByRole('button', { name: 'Move “Block 298”, block 278 of 300' });
  await expect(moved).toBeFocused();
  await expect(moved).toBeInViewport();
  await expect(page.locator('[data-block-id]', { has: moved })).toHaveAttribute('aria-posinset', '278');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const titles = savedTitles(app, planId);
  expect(titles[277]).toBe('Block 298');
  expect(titles[278]).toBe('Block 278');
  expect(titles).toHaveLength(COUNT);
  await expectNoAxeViolations(page, 'agenda of 300 blocks, after a keyboard move far down');
});
