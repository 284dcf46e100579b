/**
 * In Chromium, on a 300-block agenda: how long from changing one block's length to every clock time
 * below it being repainted. Budget 50 ms; the aim is one frame (16 ms).
 *
 * Timed inside the page, so Playwright's round trips are not counted: set the first block's length
 * as typing would (the input event React listens to), wait for the last block's start time to change
 * (a MutationObserver), then for the frame that paints it (a task queued from requestAnimationFrame
 * runs after that paint). React commits a render at once, so the last row changing means all have.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type ElementHandle } from '@playwright/test';
import type { Block, Plan } from '../../main/domain/plan';
import { startBridge } from '../../main/bridge/server';
import { chromiumLaunchOptions } from '../../main/testing/chromium';
import { summarise, unwrap, type BenchResult } from './results';

const BLOCKS = 300;
const WARM_UP = 5;
const RUNS = 40;
const BUDGET_MS = 50;

/**
 * Runs in the page. Returns one duration (ms) per change, after `warmUp` untimed ones.
 * No named inner functions: tsx (esbuild keepNames) wraps them in a `__name` helper the page lacks.
 */
async function timeRepaints({ input, runs, warmUp }: { input: HTMLInputElement; runs: number; warmUp: number }): Promise<number[]> {
  const starts = document.querySelectorAll('[data-block-id] [data-testid="block-start"]');
  const lastStart = starts[starts.length - 1];
  if (!lastStart) throw new Error('No block start times on the page.');
  // React tracks an input's value; going through the prototype's setter is what typing looks like to it.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (!setValue) throw new Error('Cannot set the input value.');
  const samples: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const before = lastStart.textContent;
    const repainted = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The last start time stayed at ${before} after changing a length.`)), 5_000);
      const observer = new MutationObserver(() => {
        if (lastStart.textContent === before) return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe(lastStart, { characterData: true, childList: true, subtree: true });
    });
    const t0 = performance.now();
    setValue.call(input, i % 2 === 0 ? '3' : '2');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = await repainted;
    if (i >= warmUp) samples.push(t1 - t0);
    // Give the autosave its moment, as the gap between keystrokes would.
    await new Promise((r) => setTimeout(r, 50));
  }
  return samples;
}

export async function runAgendaBench(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kindred-bench-'));
  const bridge = await startBridge({ dataDir, staticDir: resolve(import.meta.dirname, '../../out/renderer') });
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    const { dispatch } = bridge.kindred;
    const plan = unwrap<Plan>(dispatch('createPlan', { details: { title: 'A 300-block agenda', startTime: '09:00' } }), 'createPlan');
    const blocks: Block[] = Array.from({ length: BLOCKS }, (_, i) => ({
      id: randomUUID(),
      title: `Block ${i + 1}`,
      kind: 'discussion',
      durationMinutes: 2,
      description: '',
      easyRead: '',
      facilitatorNotes: '',
      materials: '',
      leadBy: '',
      leadPersonId: null,
      decision: '',
      deciderIds: [],
      decidedByAll: false,
      pinnedTime: null,
      flexible: false,
      minMinutes: null,
    }));
    unwrap(dispatch('setAgenda', { planId: plan.id, blocks }), 'setAgenda');

    const page = await browser.newPage();
    await page.goto(`${bridge.openUrl}#/plan/${plan.id}/agenda`);
    await page
      .locator('[data-block-id]')
      .nth(BLOCKS - 1)
      .waitFor();
    const input = (await page
      .getByLabel(/^Length in minutes/)
      .first()
      .elementHandle()) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('The first block has no "Length in minutes" field.');

    const samples = await page.evaluate(timeRepaints, { input, runs: RUNS, warmUp: WARM_UP });
    return [summarise(`Agenda of ${BLOCKS} blocks: change one length → all clock times repainted`, BUDGET_MS, samples)];
  } finally {
    await browser.close();
    await bridge.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
