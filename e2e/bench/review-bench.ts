/**
 * The plan review on a very large plan: 300 blocks and 60 people, with realistic participant text
 * (some of it jargon-heavy and long-winded, so the plain-English rules have work to do) and access
 * needs in every state of arranging, reviewed three days before the workshop with two years of
 * history behind everyone in it. The review
 * runs on every keystroke in the renderer, so its budget is 20 ms. Also times the jargon scan of
 * one long field, which runs as the facilitator types in it.
 *
 * Run directly with `npx tsx e2e/bench/review-bench.ts`, or through `npm run bench`.
 */
import { pathToFileURL } from 'node:url';
import { findJargon } from '../../main/domain/plainEnglish';
import type { PersonPast, ReviewHistory } from '../../main/domain/history';
import type { Plan } from '../../main/domain/plan';
import { applySetAsides, reviewPlan, type ReviewOptions } from '../../main/domain/review';
import { largePlan } from '../../main/testing/testPlan';
import { addDays } from '../../main/domain/time';
import { measure, type BenchResult } from './results';

/** 24 monthly sessions before the workshop for everyone in the plan, their needs not arranged on the day of the last. */
function pastFor(plan: Plan): ReviewHistory {
  const history: Record<string, PersonPast> = {};
  for (const person of plan.people) {
    const sessions = Array.from({ length: 24 }, (_, i) => ({
      planId: `past-${i}`,
      date: addDays(plan.date!, -30 * (24 - i)),
      delivered: true,
      sharedPower: false,
      toldWhatChanged: i % 2 === 0,
      needs: person.accessNeeds.map(({ type, arrangement }) => ({ type, arrangement: { ...arrangement, status: 'to_arrange' as const } })),
    }));
    history[person.id] = { sessions, consentAskAgainOn: addDays(plan.date!, -10) };
  }
  return history;
}

export async function runReviewBench(): Promise<BenchResult[]> {
  const plan = largePlan();
  // A few days before the workshop, so the rules about dates (arrangements, packs) run too; with two
  // years of monthly sessions behind everyone, so the rules that need history have work to do.
  const options: ReviewOptions = { today: addDays(plan.date!, -3), history: pastFor(plan) };
  const JARGON = plan.purpose;
  let findings = 0;
  let keystroke = 0;
  const review = measure('Review a 300-block plan with 60 people, after a keystroke', 20, 200, () => {
    // As in the renderer: a new plan object on every edit, with one description just typed into
    // (so its plain-English checks cannot come from the review's cache of unchanged texts).
    const blocks = [...plan.blocks];
    blocks[0] = { ...blocks[0]!, description: `${JARGON} ${keystroke++}` };
    const result = applySetAsides(reviewPlan({ ...plan, blocks }, options), plan.setAsides);
    findings = result.open.length;
  });
  // Opening a plan: every text is new to the review (its cache is cleared by changing every one).
  let opening = 0;
  const cold = measure('Review a 300-block plan with 60 people, first time', 50, 50, () => {
    const n = opening++;
    const blocks = plan.blocks.map((b) => ({ ...b, description: `${b.description} (${n})` }));
    applySetAsides(reviewPlan({ ...plan, blocks }, options), plan.setAsides);
  });
  if (findings === 0) throw new Error('The review bench plan raised no findings: it is not exercising the rules.');
  const long = `${JARGON} ${plan.whatCouldChange} `.repeat(40);
  const jargon = measure('Jargon scan of a 1,600-word field', 5, 200, () => findJargon(long));
  return [review, cold, jargon];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runReviewBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms`);
}
