/**
 * The plan review on a very large plan: 300 blocks and 60 people, with realistic participant text
 * (some of it jargon-heavy and long-winded, so the plain-English rules have work to do). The review
 * runs on every keystroke in the renderer, so its budget is 20 ms. Also times the jargon scan of
 * one long field, which runs as the facilitator types in it.
 *
 * Run directly with `npx tsx e2e/bench/review-bench.ts`, or through `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { BLOCK_KINDS } from '../../main/domain/blockKinds';
import { EMPTY_PAYMENT, PERSON_ROLES, type Person } from '../../main/domain/people';
import { EMPTY_DEBRIEF, type Block, type Plan } from '../../main/domain/plan';
import { findJargon } from '../../main/domain/plainEnglish';
import { applySetAsides, reviewPlan } from '../../main/domain/review';
import { summarise, type BenchResult } from './results';

const PLAIN = 'We talk together about what matters most to you. You can speak, write or draw, and you can pass.';
const JARGON =
  'In order to facilitate the dissemination of our qualitative findings to stakeholders, we will utilise a ' +
  'co-design methodology with the PPI cohort and consider the implementation of the intervention going forward.';

const id = (prefix: number, n: number) => `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function bigPlan(): Plan {
  const people: Person[] = Array.from({ length: 60 }, (_, i) => ({
    id: id(1, i),
    name: `Person ${i + 1}`,
    role: PERSON_ROLES[i % PERSON_ROLES.length]!,
    organisation: '',
    pronouns: '',
    contact: '',
    coPlans: i % 5 === 0,
    coFacilitates: i % 7 === 0,
    hostsOnline: false,
    payment: { ...EMPTY_PAYMENT, sessionHours: i % 3, expenses: [] },
  }));
  const blocks: Block[] = Array.from({ length: 300 }, (_, i) => ({
    id: id(2, i),
    title: `Session ${i + 1}`,
    kind: BLOCK_KINDS[i % BLOCK_KINDS.length]!,
    durationMinutes: 5 + ((i * 7) % 40),
    description: i % 4 === 0 ? JARGON : PLAIN,
    facilitatorNotes: 'Mix public contributors and researchers.',
    materials: 'Sticky notes, pens',
    leadBy: '',
    leadPersonId: people[i % people.length]!.id,
    decision: i % 14 === 8 ? 'What we do next' : '',
    deciderIds: i % 14 === 8 ? people.slice(0, 6).map((p) => p.id) : [],
    decidedByAll: false,
    pinnedTime: i === 12 ? '12:30' : null,
  }));
  return {
    id: id(3, 0),
    title: 'A very long series of workshops',
    purpose: JARGON,
    whatCouldChange: PLAIN,
    date: '2027-05-04',
    startTime: '09:00',
    endTime: '17:00',
    format: 'hybrid',
    venueName: 'Library',
    venueAddress: '',
    status: 'draft',
    expectedParticipants: 60,
    givesBack: ['feedback'],
    givesBackNote: '',
    followUp: PLAIN,
    createdAt: '2027-01-01T09:00:00.000Z',
    updatedAt: '2027-01-01T09:00:00.000Z',
    blocks,
    people,
    setAsides: [{ findingId: 'early-start', reason: 'The venue is only free in the morning', setAt: '2027-01-01T09:00:00.000Z' }],
    debrief: { ...EMPTY_DEBRIEF },
    changes: [],
  };
}

function measure(name: string, budgetMs: number, runs: number, fn: () => unknown): BenchResult {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return summarise(name, budgetMs, samples);
}

export async function runReviewBench(): Promise<BenchResult[]> {
  const plan = bigPlan();
  let findings = 0;
  let keystroke = 0;
  const review = measure('Review a 300-block plan with 60 people, after a keystroke', 20, 200, () => {
    // As in the renderer: a new plan object on every edit, with one description just typed into
    // (so its plain-English checks cannot come from the review's cache of unchanged texts).
    const blocks = [...plan.blocks];
    blocks[0] = { ...blocks[0]!, description: `${JARGON} ${keystroke++}` };
    const result = applySetAsides(reviewPlan({ ...plan, blocks }), plan.setAsides);
    findings = result.open.length;
  });
  // Opening a plan: every text is new to the review (its cache is cleared by changing every one).
  let opening = 0;
  const cold = measure('Review a 300-block plan with 60 people, first time', 50, 50, () => {
    const n = opening++;
    const blocks = plan.blocks.map((b) => ({ ...b, description: `${b.description} (${n})` }));
    applySetAsides(reviewPlan({ ...plan, blocks }), plan.setAsides);
  });
  if (findings === 0) throw new Error('The review bench plan raised no findings: it is not exercising the rules.');
  const long = `${JARGON} ${PLAIN} `.repeat(40);
  const jargon = measure('Jargon scan of a 1,600-word field', 5, 200, () => findJargon(long));
  return [review, cold, jargon];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runReviewBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms`);
}
