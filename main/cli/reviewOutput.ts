/**
 * How `kindred review` prints a review: plain text for people, JSON for scripts. The review is run
 * as of `today` (an ISO date), which the reminders about arrangements and packs count from.
 */
import type { Plan } from '../domain/plan';
import { applySetAsides, reviewPlan } from '../domain/review';
import { formatDate } from '../domain/time';
import { PRINCIPLE_LABELS, SOURCES, WEIGHT_LABELS, type Finding, type ReviewResult } from '../domain/review/types';
import { terminalSafe } from './terminalText';

export interface ReviewJson {
  plan: { id: string; title: string };
  /** The day the review was run as of (ISO date). */
  today: string;
  counts: { open: number; important: number; consider: number; considered: number };
  open: Finding[];
  considered: ReviewResult['considered'];
}

export function reviewAsJson(plan: Plan, today: string): ReviewJson {
  const result = applySetAsides(reviewPlan(plan, { today }), plan.setAsides);
  const important = result.open.filter((f) => f.weight === 'important').length;
  return {
    plan: { id: plan.id, title: plan.title },
    today,
    counts: { open: result.open.length, important, consider: result.open.length - important, considered: result.considered.length },
    open: result.open,
    considered: result.considered,
  };
}

const things = (n: number) => (n === 1 ? '1 thing' : `${n} things`);

// Findings quote the plan (names, titles, reasons), so every piece of text is made terminal-safe.
function findingLines(f: Finding): string[] {
  return [
    `  • ${terminalSafe(f.message)}`,
    `    ${PRINCIPLE_LABELS[f.principle]} · ${SOURCES[f.source]}`,
    `    Why: ${terminalSafe(f.why)}`,
    `    How to act: ${terminalSafe(f.howToAct)}`,
    `    (${terminalSafe(f.id)})`,
  ];
}

export function formatReview(plan: Plan, today: string): string {
  const { counts, open, considered } = reviewAsJson(plan, today);
  const lines = [`Review of “${terminalSafe(plan.title)}”, as of ${formatDate(today)}`, ''];
  if (counts.open === 0) lines.push('Nothing to look at: this plan looks kind and well thought through.');
  else lines.push(`${things(counts.open)} worth a look (${counts.important} important).`);
  for (const weight of ['important', 'consider'] as const) {
    const group = open.filter((f) => f.weight === weight);
    if (group.length === 0) continue;
    lines.push('', `${WEIGHT_LABELS[weight]}:`);
    for (const f of group) lines.push(...findingLines(f));
  }
  if (considered.length > 0) {
    lines.push('', 'Considered and set aside:');
    for (const c of considered) lines.push(`  • ${terminalSafe(c.finding.message)}`, `    Your reason: ${terminalSafe(c.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}
