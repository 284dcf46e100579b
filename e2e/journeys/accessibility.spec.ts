/**
 * The app for people who use a keyboard only, magnification, dark or high-contrast colours, or
 * reduced motion: every screen axe-clean in each, and the core journey done without a mouse.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/app';

test('keyboard only: create a plan, add and reorder blocks, undo', async ({ page }) => {
  // Skip link first, then the main landmark.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  const newPlan = page.getByRole('button', { name: 'New plan' });
  for (let i = 0; i < 10 && !(await newPlan.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(newPlan).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What shall we call it?')).toBeFocused();
  await page.keyboard.type('Keyboard workshop');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard workshop' })).toBeFocused();

  // To the agenda tab and the add menu, all by keyboard.
  const agendaTab = page.getByRole('link', { name: 'Agenda' });
  for (let i = 0; i < 20 && !(await agendaTab.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(agendaTab).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Agenda', level: 2 })).toBeVisible();

  const add = page.getByRole('button', { name: 'Add a block' });
  for (const kind of ['Welcome', 'Break']) {
    for (let i = 0; i < 40 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(add).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu')).toBeVisible();
    await page.keyboard.type(kind.slice(0, 3));
    await expect(page.getByRole('menuitem', { name: kind, exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Block name')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
  }

  // Move "Break" up with the actions menu.
  const actions = page.getByRole('button', { name: 'Actions for “Break”' });
  await actions.focus();
  await expect(actions).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Move up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-block-id]').first()).toContainText('Break');
  await expect(page.getByTestId('announcer')).toHaveText('Moved “Break” up. It is now block 1 of 2.');

  // Undo from the keyboard (focus is on a button, not in a text box).
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-block-id]').first()).toContainText('Welcome');
});

test('200% zoom: the agenda reflows without sideways scrolling', async ({ page, app }) => {
  // A 1280×800 window at 200% zoom lays out like a 640×400 viewport.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(page.locator('[data-block-id]').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'agenda at 200% zoom');
  void app;
});

// One test per screen and colour scheme: axe's contrast checks are thorough, and slow on two cores.
const screens: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'plans list', open: async () => {} },
  {
    name: 'agenda with an open block',
    open: async (page) => {
      await page.getByRole('button', { name: 'Open the sample plan' }).click();
      await expect(page.locator('[data-block-id]').first()).toBeVisible();
      await page.locator('.block-toggle').first().click();
      await expect(page.getByLabel('Block name')).toBeVisible();
    },
  },
  {
    name: 'plan details',
    open: async (page) => {
      await page.getByRole('button', { name: 'Open the sample plan' }).click();
      await page.getByRole('link', { name: 'Details' }).click();
      await expect(page.getByLabel('Why are we meeting?')).toBeVisible();
    },
  },
  {
    name: 'display settings',
    open: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const screen of screens) {
    test(`${screen.name} is axe-clean in ${scheme} colours`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await screen.open(page);
      await expectNoAxeViolations(page, `${screen.name} (${scheme})`);
    });
  }
}

test('display settings: text size, high contrast and reduced motion are applied and remembered', async ({ page, restartApp }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(await rootSize()).toBe(16);
  await dialog.locator('label', { hasText: 'Larger' }).click();
  expect(await rootSize()).toBe(24);
  await dialog.locator('label', { hasText: 'High contrast' }).click();
  await dialog.locator('label', { hasText: 'Keep movement to a minimum' }).click();
  await expectNoAxeViolations(page, 'display settings in high contrast, larger text');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high_contrast');
  await expectNoAxeViolations(page, 'plans list in high contrast, larger text');

  await restartApp();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high_contrast');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  expect(await rootSize()).toBe(24);
});

test('forced colours (Windows high contrast) and reduced motion from the computer', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(page.locator('[data-block-id]').first()).toBeVisible();
  const transition = await page
    .locator('.button')
    .first()
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(transition)).toBeLessThan(0.02);
  await expectNoAxeViolations(page, 'agenda in forced colours');
});
