/**
 * Word packs: one participant pack for a full-day plan, and a pack for each of 40 people in their
 * own formats (the "one per person" export), built with the same code as the app and the CLI:
 * content, then the docx renderer with the Easy Read pictures read from resources/pictograms.
 * Budgets from issue #5: one pack under 300 ms; 40 packs under 3 s on a 2-core machine.
 *
 * Run directly with `npx tsx e2e/bench/pack-bench.ts`, or through `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { PACK_FORMATS } from '../../main/domain/access';
import { templateAsPlan } from '../../main/domain/library/templatePlan';
import { STARTER_TEMPLATES } from '../../main/domain/library/templates';
import { participantPack } from '../../main/domain/pack/participant';
import { renderPack } from '../../main/domain/pack/render';
import { newPersonWithDefaults } from '../../main/domain/people';
import type { Plan } from '../../main/domain/plan';
import { createPackAssets } from '../../main/service/packAssets';
import { summarise, type BenchResult } from './results';

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
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runPackBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms`);
}
