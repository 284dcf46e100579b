/**
 * In Chromium, with a facilitator's years of work in the store (1,000 plans, plus a realistic and a
 * stress-size plan): how long the plans list takes to appear when Kindred starts, and when coming
 * back to it from an open plan. Budgets: 1 s for the cold start, 100 ms for coming back.
 *
 * Timed inside the page, so Playwright's round trips are not counted. The list counts as drawn at
 * the frame after a plan card is in the list (a MutationObserver sees it, then a task queued from
 * requestAnimationFrame runs after that paint). The cold start is timed from the page's navigation
 * start (performance.now() counts from there), in a fresh browser context each time, so it
 * includes loading the script, fetching settings and the plans, and drawing them.
 *
 * Run directly with `npx tsx e2e/bench/ui-start-bench.ts` (after `npx electron-vite build`), or
 * through `npm run bench`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { startBridge } from '../../main/bridge/server';
import { chromiumLaunchOptions } from '../../main/testing/chromium';
import { summarise, type BenchResult } from './results';
import { realisticPlan, seedPlan, seedPlans, stressPlan } from './uiSeed';

const PLANS = 1_000;
const COLD_WARM_UP = 2;
const COLD_RUNS = 12;
const BACK_WARM_UP = 3;
const BACK_RUNS = 20;
const COLD_BUDGET_MS = 1_000;
const BACK_BUDGET_MS = 100;
/** A plan card inside the plans list: what the facilitator is waiting to see. */
const LIST_DRAWN = '.plan-list [data-plan-id]';

/**
 * Added to every page before its own script: records when the list is first drawn. A string, not a
 * function, because tsx names inner functions with a helper the page does not have.
 */
const WATCH_COLD_START = `(() => {
  const seen = () => {
    if (!document.querySelector(${JSON.stringify(LIST_DRAWN)})) return false;
    requestAnimationFrame(() => setTimeout(() => { window.__listDrawnAt = performance.now(); }));
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function coldStart(page: Page, url: string): Promise<number> {
  await page.addInitScript(WATCH_COLD_START);
  await page.goto(`${url}#/`);
  const handle = await page.waitForFunction(() => (window as unknown as { __listDrawnAt?: number }).__listDrawnAt, undefined, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

/** Runs in the page: from the click on "Your plans" to the frame that shows the list. */
async function timeBack(selector: string): Promise<number> {
  const link = document.querySelector<HTMLAnchorElement>('.breadcrumb a[href="#/"]');
  if (!link) throw new Error('The plan has no link back to the plans list.');
  const drawn = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The plans list did not appear within 10 seconds.')), 10_000);
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  const t0 = performance.now();
  link.click();
  return (await drawn) - t0;
}

async function backToList(page: Page, planId: string, title: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < BACK_WARM_UP + BACK_RUNS; i++) {
    await page.evaluate((hash) => (location.hash = hash), `#/plan/${planId}/agenda`);
    await page.locator('h1#page-title', { hasText: title }).waitFor();
    await page.locator('[data-block-id]').first().waitFor();
    const ms = await page.evaluate(timeBack, LIST_DRAWN);
    if (i >= BACK_WARM_UP) samples.push(ms);
  }
  return samples;
}

export async function runUiStartBench(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kindred-bench-'));
  // KINDRED_BENCH_RENDERER: another build of the renderer, to compare before and after a change.
  const staticDir = process.env.KINDRED_BENCH_RENDERER ?? resolve(import.meta.dirname, '../../out/renderer');
  const bridge = await startBridge({ dataDir, staticDir });
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    seedPlans(bridge.kindred, PLANS);
    const realistic = realisticPlan();
    const stress = stressPlan();
    const realisticId = seedPlan(bridge.kindred, realistic);
    const stressId = seedPlan(bridge.kindred, stress);
    // The welcome would sit above the list on a first run; a facilitator with 1,000 plans has closed it.
    bridge.kindred.dispatch('updateSettings', { welcomeDismissed: true });

    const cold: number[] = [];
    for (let i = 0; i < COLD_WARM_UP + COLD_RUNS; i++) {
      const context = await browser.newContext();
      try {
        const ms = await coldStart(await context.newPage(), bridge.openUrl);
        if (i >= COLD_WARM_UP) cold.push(ms);
      } finally {
        await context.close();
      }
    }

    const page = await browser.newPage();
    await page.goto(`${bridge.openUrl}#/`);
    await page.locator(LIST_DRAWN).first().waitFor();
    const backRealistic = await backToList(page, realisticId, realistic.title);
    const backStress = await backToList(page, stressId, stress.title);

    const list = `${PLANS.toLocaleString('en-GB')} plans`;
    return [
      summarise(`Cold start to the plans list drawn (${list})`, COLD_BUDGET_MS, cold),
      summarise(`Back to the plans list from a 40-block plan (${list})`, BACK_BUDGET_MS, backRealistic),
      summarise(`Back to the plans list from a 300-block plan (${list})`, BACK_BUDGET_MS, backStress),
    ];
  } finally {
    await browser.close();
    await bridge.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await runUiStartBench())
    console.log(`${r.name}: median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms (${r.runs} runs)`);
}
