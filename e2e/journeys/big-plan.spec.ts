/**
 * A very big plan (300 blocks, 60 people with 5 access needs each): the Review and Access tabs draw
 * the first 20 of each list, say how many there are, and the rest is reached from the keyboard, a
 * "Show 20 more" at a time, with focus carrying on from the first one drawn. Far down the review a
 * finding is set aside; on Access a need is marked arranged; both screens axe-clean.
 */
import type { Page } from '@playwright/test';
import { serialisePlanFile } from '../../main/domain/planFile';
import { SHOW_STEP } from '../../renderer/src/lib/shownCount';
import { STRESS_SIZE, sizedPlan } from '../../main/testing/stressPlan';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function seedStressPlan(app: KindredApp): string {
  const plan = sizedPlan(STRESS_SIZE);
  const base64 = Buffer.from(serialisePlanFile(plan, '2027-03-01T10:00:00.000Z')).toString('base64');
  const res = app.bridge.kindred.dispatch('importPlanFile', { base64 });
  if (!res.ok) throw new Error(res.error.message);
  return plan.id;
}

/** Presses Tab until the focused element matches `selector` (at most `limit` times). */
async function tabTo(page: Page, selector: string, limit = 150): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}.`);
}

// Hundreds of key presses on a shared machine: these journeys get the longer timeout.
test.slow();

const focusedFindingId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-finding-id]')?.getAttribute('data-finding-id') ?? null);

test('a finding far down a big review is reached and set aside from the keyboard', async ({ page, app }) => {
  const planId = seedStressPlan(app);
  await page.goto(`${app.url}/#/plan/${planId}/review`);
  const important = page.locator('.review-group').first();
  const heading = await important.getByRole('heading', { level: 3 }).textContent();
  const total = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
  expect(total).toBeGreaterThan(5 * SHOW_STEP);
  await expect(important.locator('.finding')).toHaveCount(SHOW_STEP);
  await expect(important.getByTestId('show-more')).toContainText(`Showing ${SHOW_STEP} of ${total}.`);
  await important.getByTestId('show-more').screenshot({ path: test.info().outputPath('big-review-show-more.png') });
  await expectNoAxeViolations(page, 'a big review, first findings drawn');

  // Five presses of "Show 20 more", each reached with Tab from where focus landed.
  await page.getByRole('radio', { name: 'By importance' }).focus();
  for (let shown = SHOW_STEP; shown < 6 * SHOW_STEP; shown += SHOW_STEP) {
    await tabTo(page, '.review-group:first-of-type .show-more button');
    await page.keyboard.press('Enter');
    // Focus carries on from the first finding just drawn.
    await expect(page.locator(':focus')).toHaveClass(/finding-message/);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('.review-group:first-of-type .finding')].indexOf(document.activeElement!.closest('.finding')!),
      ),
    ).toBe(shown);
  }
  await expect(important.locator('.finding')).toHaveCount(6 * SHOW_STEP);
  await expect(important.getByTestId('show-more')).toContainText(`Showing ${6 * SHOW_STEP} of ${total}.`);
  await page.screenshot({ path: test.info().outputPath('big-review-far-down.png') });

  // Set the 101st finding aside, by the keyboard; the next one takes focus.
  const farId = await focusedFindingId(page);
  await tabTo(page, '.finding-set-aside', 10);
  expect(await focusedFindingId(page)).toBe(farId);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await page.keyboard.type('Talked it through.');
  await dialog.getByRole('button', { name: /Set aside/ }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator(`.review-open [data-finding-id="${farId}"]`)).toHaveCount(0);
  await expect(page.locator('.review-considered')).toContainText('Talked it through.');
  await expect.poll(() => focusedFindingId(page)).not.toBeNull();
  expect(await focusedFindingId(page)).not.toBe(farId);
  await expect(important.getByRole('heading', { level: 3 })).toContainText(`(${total - 1})`);
  await expectNoAxeViolations(page, 'a big review, far down');
});

test('on a big Access board, a need is marked arranged from the keyboard and the lists grow on request', async ({ page, app }) => {
  const planId = seedStressPlan(app);
  await page.goto(`${app.url}/#/plan/${planId}/access`);
  const toArrange = page.locator('.board-to_arrange');
  const count = async (status: string) => Number(/\((\d+)\)/.exec((await page.locator(`#board-${status}`).textContent()) ?? '')?.[1]);
  const before = { to: await count('to_arrange'), done: await count('arranged') };
  expect(before.to).toBeGreaterThan(SHOW_STEP);
  await expect(toArrange.locator('.need-card')).toHaveCount(SHOW_STEP);
  await expect(toArrange.getByTestId('show-more')).toContainText(`Showing ${SHOW_STEP} of ${before.to}.`);
  await expectNoAxeViolations(page, 'a big access board');

  await page.getByRole('heading', { name: /^Arrangements$/ }).click();
  await tabTo(page, '.board-to_arrange .need-card:first-child .need-actions .button-primary');
  const first = await toArrange.locator('.need-card').first().getAttribute('data-need-id');
  const second = await toArrange.locator('.need-card').nth(1).getAttribute('data-need-id');
  await page.keyboard.press('Enter');
  await expect(page.locator('#board-arranged')).toContainText(`(${before.done + 1})`);
  await expect(page.locator('#board-to_arrange')).toContainText(`(${before.to - 1})`);
  await expect(page.locator(`.board-to_arrange [data-need-id="${first}"]`)).toHaveCount(0);
  // Focus stays in the list being worked through, on the card that was next; the list still shows 20.
  await expect(page.locator(`[data-need-id="${second}"] .need-toggle`)).toBeFocused();
  await expect(toArrange.locator('.need-card')).toHaveCount(SHOW_STEP);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const saved = app.bridge.kindred.dispatch('getPlan', { planId });
  if (!saved.ok) throw new Error(saved.error.message);
  const needs = (saved.value as { people: { accessNeeds: { id: string; arrangement: { status: string } }[] }[] }).people.flatMap(
    (p) => p.accessNeeds,
  );
  expect(needs.find((n) => n.id === first)?.arrangement.status).toBe('arranged');

  // The next 20, from the keyboard: focus lands on the first card just drawn.
  await tabTo(page, '.board-to_arrange .show-more button', 200);
  await page.keyboard.press('Enter');
  await expect(toArrange.locator('.need-card')).toHaveCount(2 * SHOW_STEP);
  await expect(page.locator(':focus')).toHaveClass(/need-toggle/);
  expect(
    await page.evaluate(() => [...document.querySelectorAll('.board-to_arrange .need-card')].indexOf(document.activeElement!.closest('.need-card')!)),
  ).toBe(SHOW_STEP);
  await page.screenshot({ path: test.info().outputPath('big-access-more.png') });
  await expectNoAxeViolations(page, 'a big access board, more drawn');
});

test('a finding about a need far down the Access board opens the board with that need drawn and focused', async ({ page, app }) => {
  const planId = seedStressPlan(app);
  await page.goto(`${app.url}/#/plan/${planId}/review`);
  const important = page.locator('.review-group').first();
  const plan = page.getByRole('button', { name: 'Plan this for Person 60' });
  while ((await plan.count()) === 0) await important.getByTestId('show-more').getByRole('button').click();
  await plan.click();
  await expect(page.locator('section.access')).toBeVisible();
  // Focus lands in one of Person 60's cards, which sits past the first 20 of its list.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-need-id]')?.textContent ?? '')).toContain('For Person 60');
  const index = await page.evaluate(() => {
    const card = document.activeElement!.closest('.need-card')!;
    return [...card.parentElement!.children].indexOf(card);
  });
  expect(index).toBeGreaterThanOrEqual(SHOW_STEP);
});
