/**
 * Getting around long screens from the keyboard: Ctrl+1…7 to the plan's tabs (listed in Settings),
 * the skip link and the "Back to the plan's sections" link, and a person's card read part by part,
 * its parts staying open or closed as the facilitator left them, even after a restart.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures/app';

async function openSample(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(page.locator('[data-block-id]').first()).toBeVisible();
  return /#\/plan\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

const tabsNav = (page: Page) => page.getByRole('navigation', { name: 'Plan sections' });

test('Ctrl+1 to Ctrl+7 go to the plan’s tabs, even from a text box, but never from behind a dialog', async ({ page }) => {
  const planId = await openSample(page);
  const heading = page.getByRole('heading', { level: 1 });

  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'People', level: 2 })).toBeVisible();
  expect(page.url()).toContain(`#/plan/${planId}/people`);
  // As a click on the tab does, the screen's heading takes focus.
  await expect(heading).toBeFocused();

  await page.keyboard.press('Control+7');
  expect(page.url()).toContain(`#/plan/${planId}/after`);
  await page.keyboard.press('Control+1');
  await expect(page.getByLabel('Plan name')).toBeVisible();

  // From inside the plan name box: the keys move on, and type nothing into it.
  const name = page.getByLabel('Plan name');
  const before = await name.inputValue();
  await name.focus();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Access', level: 2 })).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(page.getByLabel('Plan name')).toHaveValue(before);

  // Keys past the last tab, or with Shift, do nothing.
  await page.keyboard.press('Control+8');
  await page.keyboard.press('Control+Shift+4');
  expect(page.url()).toMatch(new RegExp(`#/plan/${planId}$`));

  // The tabs announce their keys; Settings lists them.
  await expect(tabsNav(page).getByRole('link', { name: 'Agenda' })).toHaveAttribute('aria-keyshortcuts', 'Control+4');
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const shortcuts = settings.getByRole('region', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('definition')).toHaveText(['Ctrl+1', 'Ctrl+2', 'Ctrl+3', 'Ctrl+4', 'Ctrl+5', 'Ctrl+6', 'Ctrl+7']);
  await expect(shortcuts.getByRole('term')).toHaveText(['Details', 'People', 'Access', 'Agenda', 'Review', 'Packs', 'After the workshop']);
  // Settings' headings run h2, then h3 for each part: no level skipped.
  await expect(settings.getByRole('heading', { level: 2 })).toHaveText('Settings');
  expect(await settings.getByRole('heading', { level: 4 }).count()).toBe(0);
  await expect(settings.getByRole('heading', { level: 3, name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoAxeViolations(page, 'settings with keyboard shortcuts');
  // Payment rates, opened from Settings, starts at h2 too, its form at h3.
  await settings.getByRole('button', { name: 'Payment rates…' }).click();
  const rates = page.getByRole('dialog', { name: 'Payment rates' });
  await expect(rates.getByRole('heading', { level: 2 })).toHaveText('Payment rates');
  expect(await rates.getByRole('heading', { level: 4 }).count()).toBe(0);
  await expect(rates.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await rates.getByRole('button', { name: 'Done' }).click();
  await expect(rates).toBeHidden();

  // Behind the open dialog the plan stays where it is.
  await page.keyboard.press('Control+4');
  await expect(settings).toBeVisible();
  expect(page.url()).toMatch(new RegExp(`#/plan/${planId}$`));
  await settings.getByRole('button', { name: 'Done' }).click();
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { name: 'Agenda', level: 2 })).toBeVisible();
});

test('a skip link at the top and a link at the bottom of each tab go straight to the plan’s sections', async ({ page }) => {
  await openSample(page);
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { name: 'Agenda', level: 2 })).toBeVisible();

  // From the top of the page: the second skip link, right after the first.
  await page.getByRole('link', { name: 'Skip to main content' }).focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the plan’s sections' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const agendaTab = tabsNav(page).getByRole('link', { name: 'Agenda' });
  await expect(agendaTab).toBeFocused();
  // Still the agenda: the link moves focus, not the screen.
  await expect(page.getByRole('heading', { name: 'Agenda', level: 2 })).toBeVisible();

  // From the bottom of a long screen: one link back up, on every tab.
  for (const [key, tab] of [
    ['Control+4', 'Agenda'],
    ['Control+2', 'People'],
    ['Control+5', 'Review'],
  ] as const) {
    await page.keyboard.press(key);
    const back = page.getByRole('link', { name: 'Back to the plan’s sections' });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(tabsNav(page).getByRole('link', { name: tab, exact: true })).toBeFocused();
    await expect(tabsNav(page)).toBeInViewport();
  }
  await expectNoAxeViolations(page, 'review, after going back to the tabs');
  // The skip link is only for plans: the plans list has none.
  await page.getByRole('link', { name: 'Your plans' }).click();
  await expect(page.getByRole('link', { name: 'Skip to the plan’s sections' })).toHaveCount(0);
});

test('a person’s card opens part by part, and each part stays as it was left, after a restart too', async ({ page, restartApp }) => {
  await openSample(page);
  await page.keyboard.press('Control+2');
  const amara = page.locator('.person-card').filter({ has: page.getByRole('heading', { level: 3, name: 'Amara', exact: true }) });
  await amara.getByRole('button', { name: 'Amara', exact: true }).click();

  const parts = ['About Amara', 'How Amara takes part', 'Access needs for Amara', 'Paying Amara back', 'Amara’s pack'];
  for (const part of parts) {
    await expect(amara.getByRole('button', { name: part, exact: true })).toHaveAttribute('aria-expanded', 'true');
    await expect(amara.getByRole('region', { name: part, exact: true })).toBeVisible();
  }
  await expect(
    amara.getByRole('region', { name: 'How Amara takes part' }).getByRole('checkbox', { name: 'Plans the workshop with us' }),
  ).toBeVisible();

  // Close two parts from the keyboard.
  for (const part of ['Paying Amara back', 'Access needs for Amara']) {
    await amara.getByRole('button', { name: part, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(amara.getByRole('button', { name: part, exact: true })).toHaveAttribute('aria-expanded', 'false');
    await expect(amara.getByRole('region', { name: part, exact: true })).toBeHidden();
  }
  await expectNoAxeViolations(page, 'person card with parts closed');

  // At the end of the card, one step back to its top.
  const back = amara.getByRole('link', { name: 'Back to the top of Amara’s card' });
  await back.focus();
  await page.keyboard.press('Enter');
  await expect(amara.getByRole('button', { name: 'Amara', exact: true })).toBeFocused();

  const expectAsLeft = async () => {
    const card = page.locator('.person-card').filter({ has: page.getByRole('heading', { level: 3, name: 'Amara', exact: true }) });
    const toggle = card.getByRole('button', { name: 'Amara', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await expect(card.getByRole('button', { name: 'Paying Amara back' })).toHaveAttribute('aria-expanded', 'false');
    await expect(card.getByRole('button', { name: 'Access needs for Amara' })).toHaveAttribute('aria-expanded', 'false');
    await expect(card.getByRole('button', { name: 'About Amara' })).toHaveAttribute('aria-expanded', 'true');
    await expect(card.getByRole('region', { name: 'Amara’s pack' })).toBeVisible();
  };
  // Another tab and back, then a restart.
  await page.keyboard.press('Control+4');
  await page.keyboard.press('Control+2');
  await expectAsLeft();
  await restartApp();
  await expectAsLeft();

  // Someone else's card is not affected, and opening a part again is remembered too.
  const sam = page.locator('.person-card').filter({ has: page.getByRole('heading', { level: 3, name: 'Sam', exact: true }) });
  await sam.getByRole('button', { name: 'Sam', exact: true }).click();
  await expect(sam.getByRole('button', { name: 'Paying Sam back' })).toHaveAttribute('aria-expanded', 'true');
  const card = page.locator('.person-card').filter({ has: page.getByRole('heading', { level: 3, name: 'Amara', exact: true }) });
  await card.getByRole('button', { name: 'Paying Amara back' }).click();
  await expect(card.getByRole('region', { name: 'Paying Amara back' })).toBeVisible();
  await page.reload();
  const again = page.locator('.person-card').filter({ has: page.getByRole('heading', { level: 3, name: 'Amara', exact: true }) });
  await again.getByRole('button', { name: 'Amara', exact: true }).click();
  await expect(again.getByRole('button', { name: 'Paying Amara back' })).toHaveAttribute('aria-expanded', 'true');
});
