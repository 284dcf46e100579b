import { NO_CONSENT, type AccessNeed, type Consent, type PackDelivery, type PackFormat } from './access';

/**
 * The people in a plan and what each brings: who they are, how they share the planning and the
 * running of the day, and (for people giving their time as public contributors) how they are paid.
 */

export const PERSON_ROLES = [
  'public_contributor',
  'carer',
  'researcher',
  'practitioner',
  'funder',
  'community_organisation',
  'facilitator',
  'other',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  public_contributor: 'Public contributor',
  carer: 'Carer',
  researcher: 'Researcher',
  practitioner: 'Practitioner',
  funder: 'Funder or commissioner',
  community_organisation: 'Community organisation',
  facilitator: 'Facilitator',
  other: 'Other',
};

/** People who bring lived experience: the voices co-production exists to share power with. */
export const LIVED_EXPERIENCE_ROLES: ReadonlySet<PersonRole> = new Set<PersonRole>(['public_contributor', 'carer']);

/** People there in a professional or paid capacity. */
export const PROFESSIONAL_ROLES: ReadonlySet<PersonRole> = new Set<PersonRole>(['researcher', 'practitioner', 'funder', 'facilitator']);

export const PAYMENT_STATUSES = ['to_agree', 'agreed', 'declined'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, string> = {
  to_agree: 'Still to agree',
  agreed: 'Agreed',
  declined: 'They would rather not be paid',
};

/** How someone takes part in the day: each needs its own practical text in their pack. */
export const TAKES_PART = ['in_room', 'online', 'phone'] as const;
export type TakesPart = (typeof TAKES_PART)[number];
export const TAKES_PART_LABELS: Record<TakesPart, string> = {
  in_room: 'In the room',
  online: 'Online',
  phone: 'By phone',
};

export const RATE_UNITS = ['hour', 'day'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];
export const RATE_UNIT_LABELS: Record<RateUnit, string> = { hour: 'per hour', day: 'per day' };

export const PAYMENT_METHODS = ['bank_transfer', 'voucher', 'payroll', 'cheque', 'cash', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  bank_transfer: 'Bank transfer',
  voucher: 'Vouchers',
  payroll: 'Through payroll',
  cheque: 'Cheque',
  cash: 'Cash',
  other: 'Another way',
};

export const EXPENSE_KINDS = ['travel', 'carer_cover', 'childcare', 'subsistence', 'other'] as const;
export type ExpenseKind = (typeof EXPENSE_KINDS)[number];
export const EXPENSE_KIND_LABELS: Record<ExpenseKind, string> = {
  travel: 'Travel',
  carer_cover: 'Carer cover',
  childcare: 'Childcare',
  subsistence: 'Food and drink',
  other: 'Other',
};

/**
 * A rate the facilitator uses, kept in settings. Rates change, so each carries where it came from
 * and when; Kindred never ships an amount of its own.
 */
export interface Rate {
  id: string;
  name: string;
  amountPence: number;
  unit: RateUnit;
  /** Where the figure comes from, e.g. "Our organisation's involvement policy". */
  source: string;
  /** ISO date the figure was checked. */
  asOf: string;
}

/** A rate as agreed with one person: copied from settings so a later change does not rewrite it. */
export type AgreedRate = Omit<Rate, 'id'>;

export interface Expense {
  id: string;
  kind: ExpenseKind;
  note: string;
  amountPence: number;
}

export interface Payment {
  status: PaymentStatus;
  prepHours: number;
  sessionHours: number;
  followUpHours: number;
  rate: AgreedRate | null;
  method: PaymentMethod | null;
  expenses: Expense[];
  /** Payment can affect welfare benefits; has the person been pointed to benefits advice? */
  benefitsAdviceOffered: boolean;
  notes: string;
}

export interface Person {
  id: string;
  name: string;
  role: PersonRole;
  organisation: string;
  pronouns: string;
  /** The name they like to be called, for "Dear Zara,"; empty when it is simply their name. */
  knownAs: string;
  email: string;
  phone: string;
  /** Any other way to reach them (an address, "ask via her daughter"), as typed. */
  contact: string;
  /** Plans the workshop with the team. */
  coPlans: boolean;
  /** Helps run the day. */
  coFacilitates: boolean;
  /** Looks after the people joining online (hybrid and online sessions). */
  hostsOnline: boolean;
  /** In the room, online or by phone (only plans with an online side offer the last two). */
  takesPart: TakesPart;
  payment: Payment;
  /** What they have agreed we may do with their access needs. */
  consent: Consent;
  /** Kept only while `consent.store` is true. */
  accessNeeds: AccessNeed[];
  /** The format their pack is made in. */
  packFormat: PackFormat;
  /** How their pack reaches them. */
  packDelivery: PackDelivery;
  /** ISO date their pack was sent; null when not yet. */
  materialsSentOn: string | null;
}

export const EMPTY_PAYMENT: Payment = {
  status: 'to_agree',
  prepHours: 0,
  sessionHours: 0,
  followUpHours: 0,
  rate: null,
  method: null,
  expenses: [],
  benefitsAdviceOffered: false,
  notes: '',
};

/** A new person: a name and role, the rest from `fields` where given, otherwise friendly defaults. */
export function newPersonWithDefaults(
  id: string,
  fields: Pick<Person, 'name' | 'role'> & { [K in keyof Omit<Person, 'id' | 'name' | 'role'>]?: Person[K] | undefined },
): Person {
  return {
    id,
    name: fields.name,
    role: fields.role,
    organisation: fields.organisation ?? '',
    pronouns: fields.pronouns ?? '',
    knownAs: fields.knownAs ?? '',
    email: fields.email ?? '',
    phone: fields.phone ?? '',
    contact: fields.contact ?? '',
    coPlans: fields.coPlans ?? false,
    coFacilitates: fields.coFacilitates ?? false,
    hostsOnline: fields.hostsOnline ?? false,
    takesPart: fields.takesPart ?? 'in_room',
    payment: fields.payment ?? { ...EMPTY_PAYMENT, expenses: [] },
    consent: fields.consent ?? { ...NO_CONSENT },
    accessNeeds: fields.accessNeeds ?? [],
    packFormat: fields.packFormat ?? 'standard',
    packDelivery: fields.packDelivery ?? 'email',
    materialsSentOn: fields.materialsSentOn ?? null,
  };
}

/** A day rate covers this many hours; longer is paid in further half days. */
export const HOURS_PER_DAY = 7;

export function totalHours(payment: Payment): number {
  return payment.prepHours + payment.sessionHours + payment.followUpHours;
}

/**
 * The fee for one person in pence: hours × an hourly rate, or a day rate counted in half days
 * (rounded up, so nobody is short-changed for running a little over). Nothing when they decline.
 */
export function feePence(payment: Payment): number {
  if (payment.status === 'declined' || payment.rate === null) return 0;
  const hours = totalHours(payment);
  if (payment.rate.unit === 'hour') return Math.round(hours * payment.rate.amountPence);
  const halfDays = Math.ceil((hours / HOURS_PER_DAY) * 2 - 1e-9);
  return Math.round((halfDays / 2) * payment.rate.amountPence);
}

export function expensesPence(payment: Payment): number {
  return payment.expenses.reduce((sum, e) => sum + e.amountPence, 0);
}

/** True when something has been recorded for paying this person back: a fee, expenses, or a choice not to be paid. */
export function hasPaymentRecorded(payment: Payment): boolean {
  return payment.status === 'declined' || feePence(payment) > 0 || payment.expenses.length > 0;
}

export interface BudgetLine {
  personId: string;
  name: string;
  feePence: number;
  expensesPence: number;
}

export interface Budget {
  lines: BudgetLine[];
  feesPence: number;
  expensesPence: number;
  totalPence: number;
  byExpenseKind: Record<ExpenseKind, number>;
}

/** The plan's reciprocity budget: everyone with a fee or expenses recorded. */
export function budget(people: readonly Person[]): Budget {
  const byExpenseKind = Object.fromEntries(EXPENSE_KINDS.map((k) => [k, 0])) as Record<ExpenseKind, number>;
  const lines: BudgetLine[] = [];
  for (const person of people) {
    const fee = feePence(person.payment);
    const expenses = expensesPence(person.payment);
    for (const e of person.payment.expenses) byExpenseKind[e.kind] += e.amountPence;
    if (fee > 0 || expenses > 0) lines.push({ personId: person.id, name: person.name, feePence: fee, expensesPence: expenses });
  }
  const feesPence = lines.reduce((s, l) => s + l.feePence, 0);
  const expenses = lines.reduce((s, l) => s + l.expensesPence, 0);
  return { lines, feesPence, expensesPence: expenses, totalPence: feesPence + expenses, byExpenseKind };
}

/** "£1,234.50" from pence; whole pounds drop the pence ("£25"). */
export function formatPence(pence: number): string {
  const pounds = pence / 100;
  return pounds.toLocaleString('en-GB', {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: Number.isInteger(pounds) ? 0 : 2,
  });
}

/** The name to greet them by: what they like to be called, else their name. */
export function greetingName(person: Pick<Person, 'name' | 'knownAs'>): string {
  return person.knownAs.trim() || person.name.trim();
}

/** True when there is a way to reach them: an email, a phone number or another contact. */
export function canBeReached(person: Pick<Person, 'email' | 'phone' | 'contact'>): boolean {
  return [person.email, person.phone, person.contact].some((v) => v.trim() !== '');
}

/** Online or by phone: somewhere other than the room (they need no travel or venue text). */
export function joinsRemotely(person: Pick<Person, 'takesPart'>): boolean {
  return person.takesPart !== 'in_room';
}

const EMAIL_LINE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_LINE = /^\+?[\d\s()-]{7,}$/;

/**
 * One free "contact" text split into an email, a phone number and whatever else was typed, for
 * data from before Kindred kept them apart. Only a whole line that is plainly an email or a phone
 * number moves (the first of each); every other line stays in `rest`, so nothing typed is lost.
 */
export function splitContact(contact: string): { email: string; phone: string; rest: string } {
  let email = '';
  let phone = '';
  const rest: string[] = [];
  for (const raw of contact.split(/\r?\n/)) {
    const line = raw.trim();
    if (!email && EMAIL_LINE.test(line)) email = line;
    else if (!phone && PHONE_LINE.test(line) && line.replace(/\D/g, '').length >= 7) phone = line;
    else rest.push(raw);
  }
  // Nothing moved: the text stays exactly as typed.
  if (!email && !phone) return { email, phone, rest: contact };
  return { email, phone, rest: rest.join('\n').trim() };
}
