/**
 * The live plan review. It runs on the deferred plan, so typing never waits for it (it takes a few
 * milliseconds, under 20 ms for very large plans), and each plan object is reviewed once however
 * many components ask (the Review tab's label and the Review screen both do).
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Plan, SetAside } from '../../../main/domain/plan';
import { applySetAsides, reviewCounts, reviewPlan, type Finding, type ReviewCounts, type ReviewResult } from '../../../main/domain/review';

const reviewed = new WeakMap<Plan, Finding[]>();

export function findingsFor(plan: Plan): Finding[] {
  let findings = reviewed.get(plan);
  if (!findings) {
    findings = reviewPlan(plan);
    reviewed.set(plan, findings);
  }
  return findings;
}

const NOTHING: Finding[] = [];

export interface LiveReview {
  result: ReviewResult;
  counts: ReviewCounts;
  /** The plan the result describes (it can be a keystroke behind the screen). */
  plan: Plan | null;
}

/** `value`, once it has stayed the same for `ms` (the first value at once). */
function useSettledValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}

/**
 * The review of `plan`. By default it follows every edit (deferred, so typing comes first); with
 * `settleMs`, only once edits pause for that long, for small summaries that need not keep up with
 * every keystroke (the tab's count).
 */
export function useReview(plan: Plan | null, setAsides: readonly SetAside[], settleMs = 0): LiveReview {
  const settled = useSettledValue(plan, settleMs);
  const deferred = useDeferredValue(settleMs > 0 ? settled : plan);
  const findings = useMemo(() => (deferred ? findingsFor(deferred) : NOTHING), [deferred]);
  return useMemo(() => {
    const result = applySetAsides(findings, setAsides);
    return { result, counts: reviewCounts(result), plan: deferred };
  }, [findings, setAsides, deferred]);
}

/** "1 thing worth a look", "3 things worth a look". */
export function thingsWorthALook(n: number): string {
  return n === 1 ? '1 thing worth a look' : `${n} things worth a look`;
}

/** The whole tally in one plain sentence, for the live region: "3 things worth a look, 2 important." */
export function tallySentence(c: ReviewCounts): string {
  if (c.open === 0) return c.considered > 0 ? 'Nothing left to look at: you have considered the rest.' : 'Nothing to look at just now.';
  return c.important === 0 ? `${thingsWorthALook(c.open)}.` : `${thingsWorthALook(c.open)}, ${c.important} important.`;
}
