/**
 * A facilitator with years of plans: the list draws only what is on screen, yet every plan is
 * reachable by keyboard and by search, screen readers hear the list's size and each card's place,
 * and axe finds nothing.
 */
import type { Page } from '@playwright/test';
import { seedPlans } from '../bench/uiSeed';
import { expect, expectNoAxeViolations, test } from '../fixtures/app';

const MANY = 200;
/** The sample plan is there too. */
const ALL = MANY + 1;

/** The plan card holding keyboard focus, and its place in the list. */
const focusedPlace = (page: Page) =>
  page.evaluate(() => {
    const card = document.activeElement?.closest('[aria-posinset]');
    return card
      ? {
          pos: Number(card.getAttribute('aria-posinset')),
          size: Number(card.getAttribute('aria-setsize')),
          title: card.querySelector('h2')?.textContent ?? '',
        }
      : null;
  });

test.beforeEach(async ({ page, app }) => {
  seedPlans(app.bridge.kindred, MANY, (i) => `Listening day ${i + 1}`);
  app.bridge.kindred.dispatch('updateSettings', { welcomeDismissed: true });
  await page.reload();
  await expect(page.getByText(`${ALL} plans`, { exact: true })).toBeVisible();
});

test('the list tells its size and each card its place, drawing only what is on screen', async ({ page }) => {
  const list = page.getByRole('list', { name: 'Plans' });
  const cards = list.getByRole('listitem');
  await expect(cards.first()).toHaveAttribute('aria-posinset', '1');
  await expect(cards.first()).toHaveAttribute('aria-setsize', String(ALL));
  const drawn = await cards.count();
  expect(drawn).toBeGreaterThan(3);
  expect(drawn).toBeLessThan(60);
  // The page is as tall as every card, so the scroll bar tells the truth about the list's length.
  const height = await list.evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(ALL * 60);
  await expectNoAxeViolations(page, 'plans list with 201 plans');
  await page.screenshot({ path: test.info().outputPath('plans-many-top.png') });

  // Scrolled to the end, the last cards are drawn, in their places.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(list.locator(`[aria-posinset="${ALL}"]`)).toBeInViewport();
  await expectNoAxeViolations(page, 'plans list scrolled to the end');
  await page.screenshot({ path: test.info().outputPath('plans-many-end.png') });
});

test('Tab reaches the last plan, scrolling each into view; Shift+Tab wakes a card’s menu', async ({ page }) => {
  // About 400 key presses, each checked.
  test.setTimeout(240_000);
  const firstLink = page.getByRole('list', { name: 'Plans' }).getByRole('link').first();
  await firstLink.focus();
  let place = await focusedPlace(page);
  expect(place?.pos).toBe(1);
  // Each card has its name and its actions (and sometimes a privacy link): well under 4 stops a card.
  for (let presses = 0; place?.pos !== ALL && presses < ALL * 4; presses++) {
    await page.keyboard.press('Tab');
    const next = await focusedPlace(page);
    expect(next, 'focus stays in the list until its end').not.toBeNull();
    expect(next!.pos - place!.pos).toBeGreaterThanOrEqual(0);
    expect(next!.pos - place!.pos).toBeLessThanOrEqual(1);
    place = next;
  }
  expect(place).toMatchObject({ pos: ALL, size: ALL });
  await expect(page.locator(':focus')).toBeInViewport();

  // Back one card: its actions button takes focus and opens its menu from the keyboard.
  await page.keyboard.press('Shift+Tab');
  const actions = page.locator(':focus');
  await expect(actions).toHaveAccessibleName(/^Actions for “/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoAxeViolations(page, 'actions menu of a plan far down the list');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(actions).toBeFocused();
});

test('focus stays on its card when the list is scrolled far away from it', async ({ page }) => {
  const firstLink = page.getByRole('list', { name: 'Plans' }).getByRole('link').first();
  await firstLink.focus();
  const title = await firstLink.textContent();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole('list', { name: 'Plans' }).locator(`[aria-posinset="${ALL}"]`)).toBeInViewport();
  const focused = await focusedPlace(page);
  expect(focused).toMatchObject({ pos: 1, title });
  // And Tab carries on from there, to the next plan's actions.
  await page.keyboard.press('Tab');
  expect((await focusedPlace(page))?.pos).toBe(1);
  await expect(page.locator(':focus')).toHaveAccessibleName(`Actions for “${title}”`);
});

test('search reaches a plan far down the list, which find-in-page could not', async ({ page }) => {
  // Dated in May, so about 120 cards down a list sorted latest first: not drawn until scrolled to.
  const target = 'Listening day 137';
  const list = page.getByRole('list', { name: 'Plans' });
  await expect(list.getByRole('link', { name: target, exact: true })).toHaveCount(0);
  await page.getByLabel('Search by name').fill(target);
  await expect(page.getByText(`1 plan matches “${target}”.`)).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toHaveAttribute('aria-setsize', '1');
  await list.getByRole('link', { name: target, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: target })).toBeVisible();

  // Back to the list: shown at once, the whole list again, focus on its heading.
  await page.getByRole('link', { name: 'Your plans' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your plans' })).toBeFocused();
  await expect(page.getByText(`${ALL} plans`, { exact: true })).toBeVisible();
});

test('a copy made far down the list is brought into view with focus on it', async ({ page }) => {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = page.getByRole('list', { name: 'Plans' }).locator(`[aria-posinset="${ALL}"]`);
  const title = (await last.locator('h2').textContent())!;
  await last.getByRole('button', { name: `Actions for “${title}”` }).click();
  await page.getByRole('menuitem', { name: 'Make a copy' }).click();
  const copyLink = page.getByRole('link', { name: `Copy of ${title}`, exact: true });
  await expect(copyLink).toBeFocused();
  await expect(copyLink).toBeInViewport();
  await expect(page.getByText(`${ALL + 1} plans`, { exact: true })).toBeVisible();
});

test('a click with no pointer before it (voice control) opens a card’s menu at once', async ({ page }) => {
  const first = page.getByRole('list', { name: 'Plans' }).getByRole('listitem').first();
  const title = (await first.locator('h2').textContent())!;
  // Only a click event, as voice control sends: no pointer moved over the card, no focus.
  await first.getByRole('button', { name: `Actions for “${title}”` }).dispatchEvent('click');
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeVisible();
});
