/**
 * The payments list a finance team is sent: one line per person per session with something to pay
 * (a fee or expenses), from any set of plans. The caller chooses the plans (every plan in a date
 * range today; a project's plans once projects exist), so this never reads the store itself.
 *
 * Only people whose recorded consent allows their details to be shared are named; everyone else's
 * amounts stay in (so the totals are true) under their role, and the list says how many that is.
 */
import type { Plan } from '../plan';
import {
  EXPENSE_KINDS,
  PAYMENT_METHOD_LABELS,
  PERSON_ROLE_LABELS,
  expensesPence,
  feePence,
  totalHours,
  type ExpenseKind,
  type Person,
} from '../people';

/** What of a plan the list reads. */
export type PaymentsPlan = Pick<Plan, 'id' | 'title' | 'date' | 'people'>;

export interface PaymentLine {
  /** Their name, or "Not named (Carer)" when they have not agreed to it being shared. */
  person: string;
  named: boolean;
  session: string;
  /** ISO date of the session; null for an undated plan (only when no date range is asked for). */
  date: string | null;
  hours: number;
  feePence: number;
  /** Each kind of expense, summed, in pence. */
  expenses: Record<ExpenseKind, number>;
  /** What each expense was for, as typed ("Train from Leeds"), so finance can match receipts. */
  expenseNotes: string;
  totalPence: number;
  /** How they are paid, in words; empty when not recorded. */
  method: string;
  status: string;
}

export interface PaymentsList {
  lines: PaymentLine[];
  totals: { feePence: number; expenses: Record<ExpenseKind, number>; totalPence: number; hours: number };
  /** Plans that had someone to pay. */
  sessions: number;
  /** Lines whose person is not named, for want of consent to share. */
  notNamed: number;
  /** Plans in the set left out because they have no date, when a date range was asked for. */
  undatedPlans: number;
}

export interface PaymentsRange {
  /** ISO dates, both included. */
  from: string;
  to: string;
}

/**
 * May this person be named to a finance team? Their consent to share (recorded, and given) is the
 * only sharing consent a person has; kept in this one place so a finer consent can replace it.
 */
export function mayNameToFinance(person: Pick<Person, 'consent'>): boolean {
  return person.consent.share && person.consent.recordedOn !== null;
}

/** What the finance team reads for the status: plainer than the app's own labels. */
const STATUS_WORDS = { agreed: 'Agreed', to_agree: 'Still to agree', declined: 'Fee declined (expenses only)' } as const;

const noExpenses = (): Record<ExpenseKind, number> => Object.fromEntries(EXPENSE_KINDS.map((k) => [k, 0])) as Record<ExpenseKind, number>;

function lineFor(plan: PaymentsPlan, person: Person): PaymentLine | null {
  const fee = feePence(person.payment);
  const spent = expensesPence(person.payment);
  if (fee === 0 && spent === 0) return null;
  const expenses = noExpenses();
  for (const e of person.payment.expenses) expenses[e.kind] += e.amountPence;
  const named = mayNameToFinance(person);
  return {
    person: named ? person.name.trim() : `Not named (${PERSON_ROLE_LABELS[person.role]})`,
    named,
    session: plan.title.trim() || 'Untitled plan',
    date: plan.date,
    hours: totalHours(person.payment),
    feePence: fee,
    expenses,
    expenseNotes: person.payment.expenses
      .map((e) => e.note.trim().replace(/\s+/g, ' '))
      .filter((n) => n !== '')
      .join('; '),
    totalPence: fee + spent,
    method: person.payment.method ? PAYMENT_METHOD_LABELS[person.payment.method] : '',
    status: STATUS_WORDS[person.payment.status],
  };
}

/**
 * The list for `plans`, oldest session first (then by name), limited to sessions within `range`
 * when one is given (undated plans are then left out and counted).
 */
export function paymentsList(plans: readonly PaymentsPlan[], range?: PaymentsRange): PaymentsList {
  const inRange = range ? plans.filter((p) => p.date !== null && p.date >= range.from && p.date <= range.to) : [...plans];
  const undatedPlans = range ? plans.filter((p) => p.date === null).length : 0;
  inRange.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title, 'en-GB'));
  const lines: PaymentLine[] = [];
  let sessions = 0;
  for (const plan of inRange) {
    const planLines = plan.people.map((person) => lineFor(plan, person)).filter((l): l is PaymentLine => l !== null);
    planLines.sort((a, b) => Number(b.named) - Number(a.named) || a.person.localeCompare(b.person, 'en-GB'));
    if (planLines.length > 0) sessions++;
    lines.push(...planLines);
  }
  const totals = { feePence: 0, expenses: noExpenses(), totalPence: 0, hours: 0 };
  for (const l of lines) {
    totals.feePence += l.feePence;
    totals.totalPence += l.totalPence;
    totals.hours += l.hours;
    for (const k of EXPENSE_KINDS) totals.expenses[k] += l.expenses[k];
  }
  return { lines, totals, sessions, notNamed: lines.filter((l) => !l.named).length, undatedPlans };
}

/** What the list leaves out, in words, for its own notes and for the app to say. */
export function leftOutSentences(list: Pick<PaymentsList, 'notNamed' | 'undatedPlans'>): string[] {
  const said: string[] = [];
  if (list.notNamed > 0) {
    said.push(
      `${list.notNamed === 1 ? '1 line does' : `${list.notNamed} lines do`} not name the person, because they have not agreed to their details being shared. Their amounts are included, so the totals are complete.`,
    );
  }
  if (list.undatedPlans > 0) {
    said.push(
      `${list.undatedPlans === 1 ? '1 plan has' : `${list.undatedPlans} plans have`} no date yet, so ${list.undatedPlans === 1 ? 'it is' : 'they are'} not in this list.`,
    );
  }
  return said;
}

/** The first day of the UK tax year (6 April) that `today` (ISO) falls in: where a finance range usually starts. */
export function taxYearStart(today: string): string {
  const year = Number(today.slice(0, 4));
  return today.slice(5) >= '04-06' ? `${year}-04-06` : `${year - 1}-04-06`;
}
