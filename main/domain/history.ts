/**
 * One person's history with you, across plans: the workshops they were part of (through their
 * directory link), the part they played, their hours and money, the "you said, we did" items that
 * came from them, and their payments totalled per UK tax year. Pure: the store reads the rows, this
 * works out what they mean, so the CLI, the service and tests all get the same answer.
 */
import type { AccessNeed } from './access';
import { expensesPence, feePence, totalHours, type Person, type PersonRole } from './people';
import type { Change, PlanStatus } from './plan';

/** One plan a person was part of, as the store reads it. */
export interface HistorySession {
  planId: string;
  title: string;
  date: string | null;
  status: PlanStatus;
  /** Plan-level "you said, we did": how and when people hear what changed. */
  followUp: string;
  followUpBy: string | null;
  /** The plan's person, as much as the history reads: role, co-planning, payment and needs as the plan keeps them. */
  person: Pick<Person, 'id' | 'role' | 'coPlans' | 'coFacilitates' | 'payment' | 'accessNeeds'>;
  /** Titles of the blocks they lead, in agenda order. */
  ledBlocks: string[];
  /** Every "you said, we did" item of the plan (the history keeps those that came from them). */
  changes: Change[];
  /** Whether they came on the day, as attendance was taken; null when it was not. */
  attended: boolean | null;
}

/** The amount above which the facilitator wants a gentle nudge to check benefits advice is current. */
export interface BenefitsCheck {
  amountPence: number;
  /** Where the figure comes from, e.g. "Our welfare rights adviser"; Kindred ships no amount. */
  source: string;
  /** ISO date the figure was checked. */
  asOf: string;
}

/** One workshop in a person's history. */
export interface HistoryEntry {
  planId: string;
  title: string;
  date: string | null;
  delivered: boolean;
  role: PersonRole;
  /** Titles of the blocks they led. */
  led: string[];
  coPlanned: boolean;
  /** Helped run (co-chaired) the day. */
  coChaired: boolean;
  hours: number;
  feePence: number;
  expensesPence: number;
  /** They would rather not be paid for this one. */
  declined: boolean;
  /** "You said, we did" items that came from them, with their agreement to be named. */
  changes: Change[];
  /** Whether they came on the day; null when attendance was not taken. */
  attended: boolean | null;
}

export interface TaxYearTotal {
  /** The year the tax year starts in: 2026 for 6 April 2026 to 5 April 2027. */
  startYear: number;
  /** "2026 to 2027". */
  label: string;
  sessions: number;
  feesPence: number;
  expensesPence: number;
  totalPence: number;
  /** Payments this year pass the facilitator's benefits check amount. */
  passesBenefitsCheck: boolean;
}

export interface PersonHistory {
  /** Newest first; plans with no date yet come first (they are still ahead). */
  entries: HistoryEntry[];
  /** Payments of delivered, dated workshops per UK tax year, newest first. */
  taxYears: TaxYearTotal[];
  benefitsCheck: BenefitsCheck | null;
}

/** The UK tax year runs from 6 April to 5 April: the year it starts in. */
export function taxYearStart(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  return isoDate.slice(5) >= '04-06' ? year : year - 1;
}

export function taxYearLabel(startYear: number): string {
  return `${startYear} to ${startYear + 1}`;
}

/** Items that came from this person and that they agreed to be named for. */
export function changesFrom(changes: readonly Change[], planPersonId: string): Change[] {
  return changes.filter((c) => c.fromPersonId === planPersonId && c.fromAgreed === true);
}

export function historyEntry(s: HistorySession): HistoryEntry {
  const declined = s.person.payment.status === 'declined';
  // A fee is for taking part: someone marked as not able to come is owed none (their expenses
  // stay, as they may already have paid out).
  const cameOrUnknown = s.attended !== false;
  return {
    planId: s.planId,
    title: s.title,
    date: s.date,
    delivered: s.status === 'delivered',
    role: s.person.role,
    led: s.ledBlocks,
    coPlanned: s.person.coPlans,
    coChaired: s.person.coFacilitates,
    hours: totalHours(s.person.payment),
    feePence: declined || !cameOrUnknown ? 0 : feePence(s.person.payment),
    expensesPence: expensesPence(s.person.payment),
    declined,
    changes: changesFrom(s.changes, s.person.id),
    attended: s.attended,
  };
}

/** Newest first, undated (still being planned) before any date. */
function byDateDesc(a: { date: string | null }, b: { date: string | null }): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return -1;
  if (b.date === null) return 1;
  return a.date < b.date ? 1 : -1;
}

export function personHistory(sessions: readonly HistorySession[], benefitsCheck: BenefitsCheck | null): PersonHistory {
  const entries = sessions.map(historyEntry).sort(byDateDesc);
  const years = new Map<number, TaxYearTotal>();
  for (const e of entries) {
    // Only what was paid counts: a workshop still ahead has paid nothing yet.
    if (!e.delivered || e.date === null) continue;
    const startYear = taxYearStart(e.date);
    let t = years.get(startYear);
    if (!t) {
      t = { startYear, label: taxYearLabel(startYear), sessions: 0, feesPence: 0, expensesPence: 0, totalPence: 0, passesBenefitsCheck: false };
      years.set(startYear, t);
    }
    t.sessions++;
    t.feesPence += e.feePence;
    t.expensesPence += e.expensesPence;
  }
  const taxYears = [...years.values()].sort((a, b) => b.startYear - a.startYear);
  for (const t of taxYears) {
    t.totalPence = t.feesPence + t.expensesPence;
    // Expenses pay people back rather than pay them, but a welfare adviser may still ask about
    // them, so the whole sum is compared and the prompt only asks the facilitator to check.
    t.passesBenefitsCheck = benefitsCheck !== null && benefitsCheck.amountPence > 0 && t.totalPence > benefitsCheck.amountPence;
  }
  return { entries, taxYears, benefitsCheck };
}

// ─── What the review needs to know about each person's past ─────────────────────────────────

/** One earlier workshop, as the review sees it. */
export interface PastSession {
  planId: string;
  date: string;
  delivered: boolean;
  /** They led a block, co-planned or co-chaired. */
  sharedPower: boolean;
  /** Any "you said, we did" item recorded, or a follow-up planned to tell people what changed. */
  toldWhatChanged: boolean;
  /** Their needs as the plan kept them on the day. */
  needs: Pick<AccessNeed, 'type' | 'arrangement'>[];
}

/** One plan person's past with you, for the review: their earlier sessions (oldest first) and profile dates. */
export interface PersonPast {
  sessions: PastSession[];
  /** ISO date their consent should be checked again; null when none is set. */
  consentAskAgainOn: string | null;
}

/** Plan person id → their past; people not in the directory are simply not there. */
export type ReviewHistory = Readonly<Record<string, PersonPast>>;

/** A session as the review needs it (dated sessions only: an undated plan has no place in time). */
export function pastSession(s: HistorySession): PastSession | null {
  if (s.date === null) return null;
  const p = s.person;
  return {
    planId: s.planId,
    date: s.date,
    delivered: s.status === 'delivered',
    sharedPower: s.ledBlocks.length > 0 || p.coPlans || p.coFacilitates,
    toldWhatChanged: s.changes.length > 0 || s.followUp.trim() !== '' || s.followUpBy !== null,
    needs: p.accessNeeds.map(({ type, arrangement }) => ({ type, arrangement })),
  };
}

/**
 * Sessions before `planDate` (or every other dated one when the plan has no date), oldest first.
 * The plan under review is left out: its own facts come from the plan itself.
 */
export function pastBefore(sessions: readonly HistorySession[], planId: string, planDate: string | null): PastSession[] {
  const past: PastSession[] = [];
  for (const s of sessions) {
    if (s.planId === planId) continue;
    const p = pastSession(s);
    if (p && (planDate === null || p.date < planDate)) past.push(p);
  }
  return past.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
