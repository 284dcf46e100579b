/**
 * The plan review: every rule run over one plan, with the shared facts worked out once. Pure and
 * deterministic: the same plan always gives the same findings in the same order, the plan is never
 * changed, and nothing depends on the machine it runs on. Rules about dates (arrangements due,
 * packs to send) run only when the caller says what day it is, so the same plan and the same
 * `today` always give the same findings.
 */
import type { Plan, SetAside } from '../plan';
import { buildContext, type ReviewOptions } from './context';
import { RULES } from './rules';
import type { Finding, ReviewResult, Weight } from './types';

const WEIGHT_RANK: Record<Weight, number> = { important: 0, consider: 1 };

/** Everything the review notices about a plan: important first, then in rule order. */
export function reviewPlan(plan: Plan, options: ReviewOptions = {}): Finding[] {
  const ctx = buildContext(plan, options);
  const ranked: { finding: Finding; rank: number; order: number }[] = [];
  let order = 0;
  for (let r = 0; r < RULES.length; r++) {
    for (const finding of RULES[r]!.run(ctx)) ranked.push({ finding, rank: WEIGHT_RANK[finding.weight] * RULES.length + r, order: order++ });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.map((x) => x.finding);
}

/**
 * Splits findings into those still open and those the facilitator has set aside, keeping the
 * review's order in both. A set-aside whose finding no longer fires is simply left out: if the
 * finding comes back later, so does its reason.
 */
export function applySetAsides(findings: readonly Finding[], setAsides: readonly SetAside[]): ReviewResult {
  const byId = new Map<string, SetAside>();
  for (const s of setAsides) byId.set(s.findingId, s);
  const result: ReviewResult = { open: [], considered: [] };
  for (const finding of findings) {
    const setAside = byId.get(finding.id);
    if (setAside) result.considered.push({ finding, reason: setAside.reason, setAt: setAside.setAt });
    else result.open.push(finding);
  }
  return result;
}

export interface ReviewCounts {
  open: number;
  important: number;
  consider: number;
  considered: number;
}

/** How many findings are open (and how many of those are important) and how many are set aside. */
export function reviewCounts(result: ReviewResult): ReviewCounts {
  let important = 0;
  for (const f of result.open) if (f.weight === 'important') important++;
  return { open: result.open.length, important, consider: result.open.length - important, considered: result.considered.length };
}
