/**
 * How many key presses a keyboard user needs to get from the bottom of each plan screen back to the
 * plan's tabs: Tab forwards (round through the page's start) and Shift+Tab backwards, pressing Enter
 * on any link that jumps to the tabs on the way, as a user would. Run with `npx tsx
 * e2e/tools/tabPresses.ts` after `npx electron-vite build`; it prints one table row per screen.
 * The figures are recorded in docs/keyboard.md; they are a measure, not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startBridge } from '../../main/bridge/server';
import { chromiumLaunchOptions } from '../../main/testing/chromium';

const TABS = ['details', 'people', 'access', 'agenda', 'review', 'packs', 'after'] as const;
const LIMIT = 500;

const inTabs = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('nav.plan-tabs')));
const onJumpLink = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-jump') === 'plan-tabs');

async function presses(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<number> {
  // The bottom of the screen: focus on its last focusable control, as after working down the page
  // (not counting a jump link: those are what is being measured).
  await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
      (el) => el.tabIndex >= 0 && !el.hasAttribute('disabled') && !el.hasAttribute('data-jump') && el.getClientRects().length > 0,
    );
    const last = all.at(-1);
    last?.focus();
    last?.scrollIntoView();
  });
  for (let n = 1; n <= LIMIT; n++) {
    if (await onJumpLink(page)) await page.keyboard.press('Enter');
    else await page.keyboard.press(key);
    if (await inTabs(page)) return n;
  }
  return Infinity;
}

const work = mkdtempSync(join(tmpdir(), 'kindred-tab-presses-'));
const bridge = await startBridge({ dataDir: join(work, 'data'), staticDir: resolve(import.meta.dirname, '../../out/renderer'), port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const sample = bridge.kindred.dispatch('addSamplePlan', undefined);
  if (!sample.ok) throw new Error(sample.error.message);
  const planId = (sample.value as { id: string }).id;
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  console.log('| screen | Tab | Shift+Tab |\n|---|---|---|');
  for (const tab of TABS) {
    await page.goto(`${bridge.openUrl}#/plan/${planId}/${tab}`);
    await page.locator('nav.plan-tabs').waitFor();
    await page.waitForTimeout(500);
    console.log(`| ${tab} | ${await presses(page, 'Tab')} | ${await presses(page, 'Shift+Tab')} |`);
  }
  // The longest screen there is: People with every person's card open.
  await page.goto(`${bridge.url}/#/plan/${planId}/people`);
  await page.locator('.person-toggle').first().waitFor();
  const closed = page.locator('.person-toggle[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  await page.waitForTimeout(500);
  console.log(`| people, every card open | ${await presses(page, 'Tab')} | ${await presses(page, 'Shift+Tab')} |`);
} finally {
  await browser.close();
  await bridge.close();
  rmSync(work, { recursive: true, force: true });
}
