/**
 * In Chromium, through the web bridge and the built renderer, at two plan sizes (a realistic plan
 * and the stress plan of issue #20, main/testing/stressPlan.ts): opening the Review tab, opening
 * the Access tab, marking a need arranged, and the pack preview after choosing a format.
 *
 * Each is timed inside the page from the input event (a click, as a person's would be) to the frame
 * that shows the result: a MutationObserver waits for the result to be in the DOM, then a task
 * queued from requestAnimationFrame runs after the frame that paints it. The preview's figure is
 * what it takes beyond its own 250 ms rest (PacksScreen's PREVIEW_DELAY_MS), which is on purpose.
 *
 * Run directly with `npx tsx e2e/bench/ui-tabs-bench.ts [renderer folder]` (after `npx electron-vite build`;
 * give another build's out/renderer to measure that one instead, for a before and after).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { serialisePlanFile } from '../../main/domain/planFile';
import { REALISTIC_SIZE, STRESS_SIZE, sizedPlan, type PlanSize } from '../../main/testing/stressPlan';
import { startBridge } from '../../main/bridge/server';
import { chromiumLaunchOptions } from '../../main/testing/chromium';
import { summarise, unwrap, type BenchResult } from './results';

const WARM_UP = 3;
const RUNS = 15;
const PREVIEW_DELAY_MS = 250;

/** What shows the result: an element appearing, its text changing, or an attribute taking a value. */
type Done = { appears: string } | { textChanges: string } | { attr: string; name: string; value: string };

interface Step {
  /** Untimed, before each run: go to this hash and wait for `ready` to be there. */
  reset?: { hash: string; ready: string };
  /** What to click (found afresh each run); `alternate` swaps in the second selector on odd runs. */
  click: string | [string, string];
  done: Done | [Done, Done];
  runs: number;
  warmUp: number;
}

/**
 * Runs in the page; returns one duration (ms) per timed run. No named inner functions: tsx
 * (esbuild keepNames) wraps them in a `__name` helper the page lacks.
 */
async function timeSteps(step: Step): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < step.warmUp + step.runs; i++) {
    if (step.reset) {
      location.hash = step.reset.hash;
      while (!document.querySelector(step.reset.ready)) await new Promise((r) => requestAnimationFrame(r));
    }
    // A quiet moment first, as between a person's actions (autosaves, deferred renders).
    await new Promise((r) => setTimeout(r, 150));
    const selector = Array.isArray(step.click) ? step.click[i % 2]! : step.click;
    const done = Array.isArray(step.done) ? step.done[i % 2]! : step.done;
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) throw new Error(`Nothing to click at ${selector}.`);
    const before = 'textChanges' in done ? document.querySelector(done.textChanges)?.textContent : null;
    const shown = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Clicked ${selector}, but the page never showed ${JSON.stringify(done)}.`)), 10_000);
      const observer = new MutationObserver(() => {
        let ok: boolean;
        if ('appears' in done) ok = document.querySelector(done.appears) !== null;
        else if ('textChanges' in done) ok = document.querySelector(done.textChanges)?.textContent !== before;
        else ok = document.querySelector(done.attr)?.getAttribute(done.name) === done.value;
        if (!ok) return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const t0 = performance.now();
    target.click();
    const t1 = await shown;
    if (i >= step.warmUp) samples.push(t1 - t0);
  }
  return samples;
}

const time = (page: Page, step: Omit<Step, 'runs' | 'warmUp'>, runs = RUNS) => page.evaluate(timeSteps, { ...step, runs, warmUp: WARM_UP });

async function benchSize(page: Page, planId: string, size: PlanSize, label: string): Promise<BenchResult[]> {
  const tab = (name: string) => `#/plan/${planId}/${name}`;
  const link = (name: string) => `nav.plan-tabs a[href$="/${name}"]`;
  await page.goto(`${page.url().split('#')[0]}${tab('details')}`);
  await page.locator('.details-form').waitFor();

  const review = await time(page, {
    reset: { hash: tab('details'), ready: '.details-form' },
    click: link('review'),
    done: { appears: 'section.review' },
  });
  const access = await time(page, {
    reset: { hash: tab('details'), ready: '.details-form' },
    click: link('access'),
    done: { appears: 'section.access' },
  });

  // Each run marks the first card still to arrange; the stress plan has enough for every run.
  await page.goto(`${page.url().split('#')[0]}${tab('access')}`);
  await page.locator('section.access').waitFor();
  const arrange = await time(page, {
    click: '.board-to_arrange .need-card:first-child .need-actions .button-primary',
    done: { textChanges: '#board-arranged' },
  });

  await page.goto(`${page.url().split('#')[0]}${tab('packs')}`);
  await page.locator('[data-testid="pack-preview"]').waitFor();
  const formats = ['large_print', 'standard'] as const;
  const preview = (
    await time(
      page,
      {
        click: [`.packs-options input[type="radio"][value="${formats[0]}"]`, `.packs-options input[type="radio"][value="${formats[1]}"]`],
        done: [
          { attr: '[data-testid="pack-preview"]', name: 'data-format', value: formats[0] },
          { attr: '[data-testid="pack-preview"]', name: 'data-format', value: formats[1] },
        ],
      },
      10,
    )
  ).map((ms) => ms - PREVIEW_DELAY_MS);

  const needs = size.needsEach ? `, ${size.needsEach} needs each` : '';
  const at = `${label} (${size.blocks} blocks, 60 people${needs})`;
  return [
    summarise(`${at}: open the Review tab`, 100, review),
    summarise(`${at}: open the Access tab`, 100, access),
    summarise(`${at}: mark a need arranged`, 16, arrange),
    summarise(`${at}: pack preview after choosing a format, beyond its 250 ms rest`, 30, preview),
  ];
}

/** `rendererDir`: another build of the renderer, to compare one with another on the same machine. */
export async function runUiTabsBench({ rendererDir = resolve(import.meta.dirname, '../../out/renderer') } = {}): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kindred-bench-'));
  const bridge = await startBridge({ dataDir, staticDir: rendererDir });
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    const results: BenchResult[] = [];
    for (const [size, label] of [
      [REALISTIC_SIZE, 'Realistic plan'],
      [STRESS_SIZE, 'Stress plan'],
    ] as const) {
      const plan = sizedPlan(size);
      const base64 = Buffer.from(serialisePlanFile(plan, new Date().toISOString())).toString('base64');
      unwrap(bridge.kindred.dispatch('importPlanFile', { base64 }), 'importPlanFile');
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(bridge.openUrl);
      results.push(...(await benchSize(page, plan.id, size, label)));
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
    await bridge.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rendererDir = process.argv[2] ? resolve(process.argv[2]) : undefined;
  for (const r of await runUiTabsBench({ rendererDir })) console.log(`${r.name}: median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms`);
}
