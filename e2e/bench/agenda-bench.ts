/**
 * The Agenda tab in Chromium, through the web bridge and the built renderer, at two sizes: a
 * realistic plan (40 blocks) and a stress plan (300 blocks), each with 60 people with 5 access
 * needs each. Figures, each from the input event to the frame that shows its result:
 *
 * - open the Agenda tab (from the Details tab): budget 100 ms;
 * - type one character in a block's description: budget 16 ms (one frame);
 * - change the first block's length → the day's last clock time updated: budget 16 ms;
 * - and, as before, at 300 blocks: change one length → every clock time drawn below it repainted
 *   (budget 50 ms).
 *
 * Timed inside the page, so Playwright's round trips are not counted: the change is made as the
 * browser would (a hash change, or an input event through the value setter React listens to), a
 * MutationObserver waits for the element that shows the result, and a task queued from
 * requestAnimationFrame marks the frame that paints it (it runs after that paint).
 *
 * Run directly with `npx tsx e2e/bench/agenda-bench.ts` (after `npx electron-vite build`), or
 * through `npm run bench`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type ElementHandle, type Page } from '@playwright/test';
import type { Plan } from '../../main/domain/plan';
import type { Person } from '../../main/domain/people';
import { NEED_TYPE_IDS } from '../../main/domain/access';
import { startBridge } from '../../main/bridge/server';
import { chromiumLaunchOptions } from '../../main/testing/chromium';
import { CONSENT_GIVEN, largePlan, makeNeed } from '../../main/testing/testPlan';
import { summarise, unwrap, type BenchResult } from './results';

const SIZES = [40, 300] as const;
const PEOPLE = 60;
const NEEDS_EACH = 5;
const WARM_UP = 5;
const RUNS = 40;
const OPEN_RUNS = 20;
const FRAME_MS = 16;
const OPEN_BUDGET_MS = 100;
const REPAINT_BUDGET_MS = 50;

/*
 * The functions below run in the page. No named inner functions: tsx (esbuild keepNames) wraps
 * them in a `__name` helper the page lacks.
 */

/** Opens the Agenda tab from the Details tab `runs` times; one duration (ms) per opening. */
async function timeOpenings({ agendaHash, detailsHash, runs, warmUp }: { agendaHash: string; detailsHash: string; runs: number; warmUp: number }) {
  const samples: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    location.hash = detailsHash;
    for (let waited = 0; document.querySelector('.agenda'); waited += 10) {
      if (waited > 5_000) throw new Error('The Details tab did not open.');
      await new Promise((r) => setTimeout(r, 10));
    }
    // A moment on the other tab, as a person would spend.
    await new Promise((r) => setTimeout(r, 150));
    const shown = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The Agenda tab did not show its blocks.')), 5_000);
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.agenda-list [data-block-id] [data-testid="block-start"]')) return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const t0 = performance.now();
    location.hash = agendaHash;
    const t1 = await shown;
    if (i >= warmUp) samples.push(t1 - t0);
  }
  return samples;
}

/** Types one character at a time at the end of a text box; one duration (ms) per keystroke. */
async function timeKeystrokes({ field, runs, warmUp }: { field: HTMLTextAreaElement; runs: number; warmUp: number }) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  if (!setValue) throw new Error('Cannot set the text box value.');
  const samples: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const next = `${field.value}${i % 2 === 0 ? 'a' : ' '}`;
    const t0 = performance.now();
    setValue.call(field, next);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    // React handles an input event at once, so the character is in the box once it returns;
    // the next frame is the one that shows it.
    const t1 = await new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
    if (field.value !== next) throw new Error(`The description did not keep the typed character (it says “${field.value.slice(-20)}”).`);
    if (i >= warmUp) samples.push(t1 - t0);
    // About the gap between two keystrokes of a steady typist.
    await new Promise((r) => setTimeout(r, 120));
  }
  return samples;
}

/**
 * Changes a block's length back and forth; one duration (ms) per change, to the frame that paints
 * the change in `watched` (its text must change every time).
 */
async function timeLengthChanges({ input, watched, runs, warmUp }: { input: HTMLInputElement; watched: Element; runs: number; warmUp: number }) {
  // React tracks an input's value; going through the prototype's setter is what typing looks like to it.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (!setValue) throw new Error('Cannot set the input value.');
  const samples: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const before = watched.textContent;
    const repainted = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`“${before}” stayed the same after changing a length.`)), 5_000);
      const observer = new MutationObserver(() => {
        if (watched.textContent === before) return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe(watched, { characterData: true, childList: true, subtree: true });
    });
    const t0 = performance.now();
    setValue.call(input, input.value === '3' ? '2' : '3');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = await repainted;
    if (i >= warmUp) samples.push(t1 - t0);
    // Give the autosave its moment, as the gap between keystrokes would.
    await new Promise((r) => setTimeout(r, 50));
  }
  return samples;
}

/** 60 people with 5 access needs each, in every state of arranging (from the review bench's plan). */
function peopleWithNeeds(people: readonly Person[]): Person[] {
  return people.slice(0, PEOPLE).map((p, i) => ({
    ...p,
    consent: CONSENT_GIVEN,
    accessNeeds: Array.from({ length: NEEDS_EACH }, (_, j) =>
      makeNeed(NEED_TYPE_IDS[(i + j * 3) % NEED_TYPE_IDS.length]!, p.accessNeeds[0]?.arrangement ?? {}),
    ),
  }));
}

type Dispatch = Awaited<ReturnType<typeof startBridge>>['kindred']['dispatch'];

/** A plan of `blocks` blocks, each 2 minutes long so that every length change moves the end. */
export function seedPlan(dispatch: Dispatch, blocks: number): Plan {
  const big = largePlan();
  const plan = unwrap<Plan>(dispatch('createPlan', { details: { title: `A ${blocks}-block agenda`, startTime: '09:00' } }), 'createPlan');
  // Ids are unique across the whole store, so each plan's people and blocks get their own.
  const newIds = new Map(big.people.map((p) => [p.id, randomUUID()]));
  const renamed = (id: string) => newIds.get(id) ?? id;
  for (const person of peopleWithNeeds(big.people))
    unwrap(dispatch('addPerson', { planId: plan.id, person: { ...person, id: renamed(person.id) } }), 'addPerson');
  const agenda = big.blocks.slice(0, blocks).map((b) => ({
    ...b,
    id: randomUUID(),
    leadPersonId: b.leadPersonId && renamed(b.leadPersonId),
    deciderIds: b.deciderIds.map(renamed),
    durationMinutes: 2,
    pinnedTime: null,
  }));
  unwrap(dispatch('setAgenda', { planId: plan.id, blocks: agenda }), 'setAgenda');
  return plan;
}

async function handle<T extends Node>(page: Page, selector: string, what: string): Promise<ElementHandle<T>> {
  const found = (await page.locator(selector).first().elementHandle()) as unknown as ElementHandle<T> | null;
  if (!found) throw new Error(`${what} is not on the page.`);
  return found;
}

async function measureSize(page: Page, baseUrl: string, plan: Plan, blocks: number): Promise<BenchResult[]> {
  const agendaHash = `#/plan/${plan.id}/agenda`;
  await page.goto(`${baseUrl}${agendaHash}`);
  await page.locator('.agenda-list [data-block-id]').first().waitFor();
  const opened = await page.evaluate(timeOpenings, { agendaHash, detailsHash: `#/plan/${plan.id}/details`, runs: OPEN_RUNS, warmUp: 3 });

  const lengthInput = (await page
    .getByLabel(/^Length in minutes/)
    .first()
    .elementHandle()) as ElementHandle<HTMLInputElement> | null;
  if (!lengthInput) throw new Error('The first block has no “Length in minutes” field.');
  const dayEnd = await handle<Element>(page, '[data-testid="agenda-end"]', 'The day’s end time');
  const lastDrawnStart = await handle<Element>(
    page,
    '.agenda-list [data-block-id]:last-child [data-testid="block-start"]',
    'The last drawn start time',
  );
  const toLastTime = await page.evaluate(timeLengthChanges, { input: lengthInput, watched: dayEnd, runs: RUNS, warmUp: WARM_UP });
  const repainted =
    blocks === 300 ? await page.evaluate(timeLengthChanges, { input: lengthInput, watched: lastDrawnStart, runs: RUNS, warmUp: WARM_UP }) : null;

  await page.locator('.agenda-list .block-toggle').first().click();
  const description = await handle<HTMLTextAreaElement>(page, '.block-editor textarea', 'The first block’s description');
  const typed = await page.evaluate(timeKeystrokes, { field: description, runs: RUNS, warmUp: WARM_UP });

  const size = `Agenda of ${blocks} blocks, 60 people`;
  return [
    summarise(`${size}: open the Agenda tab`, OPEN_BUDGET_MS, opened),
    summarise(`${size}: type a character in a description`, FRAME_MS, typed),
    summarise(`${size}: change the first length → last clock time shown`, FRAME_MS, toLastTime),
    ...(repainted ? [summarise(`Agenda of ${blocks} blocks: change one length → all clock times repainted`, REPAINT_BUDGET_MS, repainted)] : []),
  ];
}

export async function runAgendaBench(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kindred-bench-'));
  const bridge = await startBridge({ dataDir, staticDir: resolve(import.meta.dirname, '../../out/renderer') });
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    const results: BenchResult[] = [];
    for (const blocks of SIZES) {
      const plan = seedPlan(bridge.kindred.dispatch, blocks);
      const page = await browser.newPage();
      results.push(...(await measureSize(page, bridge.openUrl, plan, blocks)));
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
  for (const r of await runAgendaBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms`);
}
