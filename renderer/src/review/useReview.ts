/**
 * The live plan review. It runs on the deferred plan, so typing never waits for it (it takes a few
 * milliseconds, under 20 ms for very large plans), and each plan object is reviewed once however
 * many components ask (the Review tab's label and the Review screen both do). It is reviewed as of
 * today, where the facilitator is, with their reminder settings, so arrangements still open close
 * to the day and packs still to send are noticed; the day moves on at midnight by itself.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { DEFAULT_REMINDERS, type ReminderSettings } from '../../../main/domain/access';
import { DEFAULT_PACK_SEND_DAYS, type PackSendDays } from '../../../main/domain/packSchedule';
import type { Plan, SetAside } from '../../../main/domain/plan';
import { applySetAsides, reviewCounts, reviewPlan, type Finding, type ReviewCounts, type ReviewResult } from '../../../main/domain/review';
import { localToday } from '../../../main/domain/time';
import type { KindOverrun } from '../../../main/domain/runDay/overrunHistory';
import { useSettings } from '../settings/useSettings';
import { useOverruns } from './useOverruns';
import type { ReviewHistory } from '../../../main/domain/history';
import { useReviewHistory } from './useReviewHistory';

export interface ReviewDay {
  /** Today, as an ISO date. */
  today: string;
  reminders: ReminderSettings;
  /** When each kind of pack should be sent, so a pack past its planned date is noticed. */
  packSendDays: PackSendDays;
  /** Kinds of block that ran over in other recent workshops (the service's history); none until read. */
  overruns?: readonly KindOverrun[];
  /** Everyone's past with you, for the rules that need history. */
  history?: ReviewHistory;
}

const reviewed = new WeakMap<Plan, { day: ReviewDay; findings: Finding[] }>();

const sameDay = (a: ReviewDay, b: ReviewDay) =>
  a.today === b.today &&
  a.reminders.arrangementsDaysBefore === b.reminders.arrangementsDaysBefore &&
  a.reminders.materialsDaysBefore === b.reminders.materialsDaysBefore &&
  a.reminders.personalDataDays === b.reminders.personalDataDays &&
  // Settings are replaced whole when saved, so the same table is the same object; so are the histories.
  a.packSendDays === b.packSendDays &&
  a.overruns === b.overruns &&
  a.history === b.history;

export function findingsFor(plan: Plan, day: ReviewDay): Finding[] {
  const cached = reviewed.get(plan);
  if (cached && sameDay(cached.day, day)) return cached.findings;
  const findings = reviewPlan(plan, day);
  reviewed.set(plan, { day, findings });
  return findings;
}

const NOTHING: Finding[] = [];

/** Milliseconds until just after the next local midnight. */
function untilTomorrow(now = new Date()): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
  return Math.max(1_000, midnight.getTime() - now.getTime());
}

/**
 * Today's local date, moving on at midnight. Timers can sleep with the computer, so it is checked
 * again whenever the window comes back into view too.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localToday());
  useEffect(() => {
    const check = () => setToday(localToday());
    const timer = setTimeout(check, untilTomorrow());
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', check);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', check);
    };
  }, [today]);
  return today;
}

/** The day to review as of: today, and the facilitator's reminders (Kindred's own while settings load). */
function useReviewDay(plan: Plan | null): ReviewDay {
  const today = useToday();
  const history = useReviewHistory(plan);
  const { settings, ready } = useSettings();
  const reminders = ready ? settings.reminders : DEFAULT_REMINDERS;
  const packSendDays = ready ? settings.packSendDays : DEFAULT_PACK_SEND_DAYS;
  return useMemo(() => ({ today, reminders, packSendDays, history }), [today, reminders, packSendDays, history]);
}

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
  const today = useReviewDay(plan);
  const overruns = useOverruns(plan?.id ?? null);
  const day = useMemo(() => (overruns.length > 0 ? { ...today, overruns } : today), [today, overruns]);
  const settled = useSettledValue(plan, settleMs);
  const deferred = useDeferredValue(settleMs > 0 ? settled : plan);
  const findings = useMemo(() => (deferred ? findingsFor(deferred, day) : NOTHING), [deferred, day]);
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
