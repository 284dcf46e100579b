/**
 * Word packs: one participant pack for a full-day plan, and a pack for each of 40 people in their
 * own formats (the "one per person" export), built with the same code as the app and the CLI:
 * content, then the docx renderer with the Easy Read pictures read from resources/pictograms.
 * Budgets from issue #5: one pack under 300 ms; 40 packs under 3 s on a 2-core machine.
 *
 * And "a pack for each of 60 people" as the app makes them (issue #20): the plan in the store, 60
 * people with 5 access needs each in the four formats, every pack asked of the service's dispatch a
 * few at a time and taken in order, as the dialog does, so the worker threads share the work. At a
 * realistic 40 blocks (budget 3 s) and at 300 blocks (budget 6 s).
 *
 * Run directly with `npx tsx e2e/bench/pack-bench.ts`, or through `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { NEED_TYPE_IDS, PACK_FORMATS } from '../../main/domain/access';
import { inOrder } from '../../main/domain/pack/inOrder';
import { templateAsPlan } from '../../main/domain/library/templatePlan';
import { STARTER_TEMPLATES } from '../../main/domain/library/templates';
import { participantPack } from '../../main/domain/pack/participant';
import { renderPack } from '../../main/domain/pack/render';
import { newPersonWithDefaults } from '../../main/domain/people';
import type { Plan } from '../../main/domain/plan';
import { serialisePlanFile } from '../../main/domain/planFile';
import { CONSENT_GIVEN, largePlan, makeNeed } from '../../main/testing/testPlan';
import { createPackAssets } from '../../main/service/packAssets';
import { openKindred } from '../../main/service/openKindred';
import { summarise, unwrap, type BenchResult } from './results';

/** The roundtable starter (a full day), dated, with 40 people spread over the four formats. */
function fullDayPlan(): Plan {
  const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
  plan.date = '2027-05-12';
  plan.people = Array.from({ length: 40 }, (_, i) =>
    newPersonWithDefaults(crypto.randomUUID(), {
      name: `Person ${i + 1}`,
      role: i % 2 === 0 ? 'public_contributor' : 'carer',
      packFormat: PACK_FORMATS[i % PACK_FORMATS.length]!,
    }),
  );
  for (const block of plan.blocks) block.easyRead = 'We talk together. You can say pass.';
  return plan;
}

/** The stress plan cut to `blocks`, with 60 people taking part, 5 access needs each, in all four formats. */
function everyonePlan(blocks: number): Plan {
  const plan = largePlan();
  plan.blocks = plan.blocks.slice(0, blocks);
  plan.people = plan.people.map((person, i) => ({
    ...person,
    role: person.role === 'facilitator' ? 'public_contributor' : person.role,
    packFormat: PACK_FORMATS[i % PACK_FORMATS.length]!,
    consent: CONSENT_GIVEN,
    accessNeeds: Array.from({ length: 5 }, (_, j) => ({ ...makeNeed(NEED_TYPE_IDS[(i + j * 7) % NEED_TYPE_IDS.length]!), id: crypto.randomUUID() })),
  }));
  return plan;
}

/** Packs the app's dialog asks for at once (renderer/src/packs/PerPersonDialog.tsx). */
const PACKS_AT_ONCE = 4;

/** A pack for each of the 60 people, through the service's dispatch as the app asks for them. */
async function everyoneThroughTheService(blocks: number, runs: number): Promise<number[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-bench-'));
  const kindred = openKindred({ dataDir });
  try {
    const plan = everyonePlan(blocks);
    const base64 = Buffer.from(serialisePlanFile(plan, plan.updatedAt)).toString('base64');
    const imported = unwrap<{ plan: { id: string } }>(kindred.dispatch('importPlanFile', { base64 }), 'importPlanFile');
    const planId = imported.plan.id;
    // As stored: the store gives people ids of its own.
    const { people } = unwrap<Plan>(kindred.dispatch('getPlan', { planId }), 'getPlan');
    const everyone = async () => {
      const made = inOrder(people.length, PACKS_AT_ONCE, async (i) => {
        const person = people[i]!;
        const res = await kindred.dispatch('packFile', { planId, pack: 'participant', format: person.packFormat, personId: person.id });
        if (!res.ok) throw new Error(`packFile failed: ${res.error.message}`);
        return res.value;
      });
      for (const next of made) await next();
    };
    await everyone(); // Warm: the workers start and read the pictures.
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await everyone();
      samples.push(performance.now() - t0);
    }
    return samples;
  } finally {
    kindred.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runPackBench(): Promise<BenchResult[]> {
  const plan = fullDayPlan();
  const assets = createPackAssets();
  const one = async () => renderPack(participantPack(plan, 'standard'), assets);
  for (let i = 0; i < 5; i++) await one();
  const single: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    await one();
    single.push(performance.now() - t0);
  }
  const everyone: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    for (const person of plan.people) await renderPack(participantPack(plan, person.packFormat, { person }), assets);
    everyone.push(performance.now() - t0);
  }
  return [
    summarise('One participant pack, full-day plan (standard)', 300, single),
    summarise('40 personalised participant packs, mixed formats', 3000, everyone),
    summarise('A pack for each of 60 people, 40-block plan (as the app asks)', 3000, await everyoneThroughTheService(40, 5)),
    summarise('A pack for each of 60 people, 300-block plan (as the app asks)', 6000, await everyoneThroughTheService(300, 3)),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runPackBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms`);
}
