/**
 * Zod schemas for everything that crosses the API boundary, with the kind, plain messages the
 * facilitator sees next to the field. The renderer checks with the same schemas before sending;
 * the service checks again, because the bridge and IPC must never trust their callers.
 */
import { z } from 'zod';
import {
  ARRANGEMENT_STATUSES,
  CHECK_ANSWERS,
  NEED_TYPE_IDS,
  ONLINE_CHECKS,
  PACK_DELIVERIES,
  PACK_FORMATS,
  VENUE_CHECKS,
  type PackFormat,
} from './access';
import { BLOCK_KINDS } from './blockKinds';
import { CLOCK_STYLES, DATE_LOCALES } from './locale';
import { EXPENSE_KINDS, PAYMENT_METHODS, PAYMENT_STATUSES, PERSON_ROLES, RATE_UNITS, TAKES_PART } from './people';
import {
  AUDIENCE_KINDS,
  FOLLOW_UP_FORMATS,
  GIVE_BACK_KINDS,
  LIMITS,
  MOTION,
  PLAN_FORMATS,
  PLAN_SORTS,
  PLAN_STATUSES,
  TEXT_SIZES,
  THEMES,
} from './plan';
import { isClockTime, isIsoDate } from './time';

// Zod would otherwise probe `new Function` to speed up parsing, which a strict CSP (rightly) refuses
// and reports as a violation in the renderer. Plans are small; the interpreted path is plenty fast.
z.config({ jitless: true });

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Half of a surrogate pair without the other half: not a character, and SQLite would store it as
 * bytes that are not UTF-8 (read back as three replacement characters).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text with a kind message when it grows past the limit. What SQLite cannot store as it is
 * (a null byte, a lone surrogate half) is refused; everything else is kept exactly as typed.
 */
export function text(max: number, what = 'This') {
  return z
    .string({ error: `${what} needs to be text.` })
    .max(max, {
      // Read the length only from text: anything else sent through the bridge (an object with its own
      // "length", one with no prototype) must never turn into a crash while the message is worded.
      error: (issue) =>
        typeof issue.input === 'string'
          ? `${what} can be up to ${count(max)} characters; it has ${count(issue.input.length)}. Could some of it go somewhere else?`
          : `${what} needs to be text.`,
    })
    .refine((s) => !s.includes('\u0000') && !LONE_SURROGATE.test(s), { error: `${what} contains a character that cannot be stored.` });
}

/** The app sends ids it was given, so a bad one is a glitch worth retrying (plan files word it their own way). */
export const ID_MESSAGE = 'Something went wrong finding that item. Please try again.';

export const idSchema = z.string({ error: ID_MESSAGE }).uuid({ error: ID_MESSAGE });
/** Starter templates have slugs ("sandpit"); the facilitator's own have uuids. */
export const templateId = z
  .string({ error: 'We couldn’t find that template.' })
  .min(1)
  .max(100)
  .regex(/^[a-z0-9-]+$/, { error: 'We couldn’t find that template.' });

export const planTitle = text(LIMITS.title, 'A plan name').refine((s) => s.trim().length > 0, {
  error: 'Give the plan a name so you can find it later.',
});

export const blockTitle = text(LIMITS.title, 'A block name').refine((s) => s.trim().length > 0, {
  error: 'Give this block a short name, like “Welcome” or “Lunch”.',
});

const CLOCK_TIME_MESSAGE = 'Use a 24-hour time, like 09:30.';
export const clockTime = z.string({ error: CLOCK_TIME_MESSAGE }).refine(isClockTime, { error: CLOCK_TIME_MESSAGE });

export const isoDate = z.string({ error: 'Choose a date, like 12 March 2027.' }).refine(isIsoDate, { error: 'Choose a date, like 12 March 2027.' });

export const durationMinutes = z
  .number({ error: 'A block needs a length between 1 minute and 24 hours.' })
  .refine(Number.isFinite, { error: 'A block needs a length between 1 minute and 24 hours.', abort: true })
  .refine(Number.isInteger, { error: 'Use whole minutes, like 15 or 90.', abort: true })
  .refine((n) => n >= LIMITS.minutesMin && n <= LIMITS.minutesMax, {
    error: 'A block needs a length between 1 minute and 24 hours.',
  });

export const planFormat = z.enum(PLAN_FORMATS, { error: 'Choose in person, online or hybrid.' });
export const planStatus = z.enum(PLAN_STATUSES, { error: 'Choose draft, ready or delivered.' });
export const blockKind = z.enum(BLOCK_KINDS, { error: 'Choose what kind of block this is.' });

export const expectedParticipants = z
  .number({ error: 'Use a whole number of people, like 12.' })
  .int({ error: 'Use a whole number of people, like 12.' })
  .min(1, { error: 'Use a whole number of people, like 12, or leave it empty.' })
  .max(LIMITS.participants, { error: `Kindred can plan for up to ${count(LIMITS.participants)} people.` });

export const giveBackKind = z.enum(GIVE_BACK_KINDS, { error: 'Choose one of the options Kindred offers.' });
export const audienceKind = z.enum(AUDIENCE_KINDS, { error: 'Choose one of the options Kindred offers.' });

const checkItem = z
  .object({
    answer: z.enum(CHECK_ANSWERS, { error: 'Choose yes, no, not sure yet or not needed.' }),
    note: text(LIMITS.shortText, 'The note'),
  })
  .strict();
/** Answers keyed by check; only the checks answered so far are present. */
const checksOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, checkItem.optional()])) as Record<K, z.ZodOptional<typeof checkItem>>).strict();
export const venueChecks = checksOf(VENUE_CHECKS);
export const onlineChecks = checksOf(ONLINE_CHECKS);

/** An email address, or nothing yet. */
export const emailAddress = text(LIMITS.shortText, 'The email address').refine(
  (s) => s.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim()),
  {
    error: 'That doesn’t look like an email address yet: it needs an @ and a dot, like name@example.org.',
  },
);
/** A phone number as people write them (spaces, brackets, a leading +), or nothing yet. */
export function phoneNumber(what: string) {
  return text(60, what).refine((s) => s.trim() === '' || (/^[+\d\s()\-.]+$/.test(s.trim()) && s.replace(/\D/g, '').length >= 7), {
    error: `${what} can have digits, spaces, brackets and a + at the start, like 029 2074 7747.`,
  });
}

export const planDetailsPatch = z
  .object({
    title: planTitle,
    purpose: text(LIMITS.longText, 'Why we are meeting'),
    whatCouldChange: text(LIMITS.longText, 'What could change'),
    date: isoDate.nullable(),
    startTime: clockTime,
    endTime: clockTime.nullable(),
    format: planFormat,
    venueName: text(LIMITS.shortText, 'The venue name'),
    venueAddress: text(LIMITS.address, 'The address'),
    status: planStatus,
    expectedParticipants: expectedParticipants.nullable(),
    givesBack: z
      .array(giveBackKind)
      .max(GIVE_BACK_KINDS.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, { error: 'Each option can be chosen once.' }),
    givesBackNote: text(LIMITS.longText, 'What people get back'),
    audience: z
      .array(audienceKind)
      .max(AUDIENCE_KINDS.length)
      .refine((kinds) => new Set(kinds).size === kinds.length, { error: 'Each option can be chosen once.' }),
    followUp: text(LIMITS.longText, 'How we will tell people what changed'),
    followUpBy: isoDate.nullable(),
    followUpFormat: z.enum(FOLLOW_UP_FORMATS, { error: 'Choose how the follow-up reaches people.' }).nullable(),
    contactPersonId: idSchema.nullable(),
    dialInNumber: phoneNumber('The number to ring'),
    dialInHow: text(LIMITS.shortText * 2, 'How to join by phone'),
    feesPaidMethod: z.enum(PAYMENT_METHODS, { error: 'Choose how fees are paid.' }).nullable(),
    feesPaidWhen: text(LIMITS.shortText, 'When fees are paid'),
    venueChecks,
    onlineChecks,
  })
  .partial()
  .strict();
export type PlanDetailsPatch = z.infer<typeof planDetailsPatch>;

export const blockFields = z
  .object({
    title: blockTitle,
    kind: blockKind,
    durationMinutes,
    description: text(LIMITS.longText, 'The description'),
    easyRead: text(LIMITS.longText, 'The Easy Read description'),
    facilitatorNotes: text(LIMITS.longText, 'Facilitator notes'),
    materials: text(LIMITS.longText, 'Materials'),
    leadBy: text(LIMITS.shortText, 'Who leads'),
    leadPersonId: idSchema.nullable(),
    decision: text(LIMITS.longText, 'What is being decided'),
    deciderIds: z
      .array(idSchema)
      .max(LIMITS.peoplePerPlan)
      .refine((ids) => new Set(ids).size === ids.length, { error: 'Each person can be named once.' }),
    decidedByAll: z.boolean({ error: 'This needs to be yes or no.' }),
    pinnedTime: clockTime.nullable(),
    flexible: z.boolean({ error: 'This needs to be yes or no.' }),
    minMinutes: durationMinutes.nullable(),
    leadInRoom: z.boolean({ error: 'This needs to be yes or no.' }),
  })
  .strict();

/** Blocks saved (in plan files and templates) before blocks could be flexible were not. */
export const blockRunFieldDefaults = {
  flexible: blockFields.shape.flexible.default(false),
  minMinutes: blockFields.shape.minMinutes.default(null),
  // Nor was anyone's name ever on a room screen before they could choose it.
  leadInRoom: blockFields.shape.leadInRoom.default(false),
};

export const blockPatch = blockFields.partial().strict();
export type BlockPatch = z.infer<typeof blockPatch>;

/** A new block: only its kind is needed, the rest has friendly defaults. */
export const newBlock = blockFields.partial().extend({ id: idSchema.optional(), kind: blockKind }).strict();
export type NewBlock = z.infer<typeof newBlock>;

/**
 * A whole block as sent back by undo/redo or a whole agenda. A caller written before blocks could be
 * flexible (a script, an older window still open) sends none of those fields: not flexible.
 */
export const fullBlock = blockFields.extend({ id: idSchema, ...blockRunFieldDefaults }).strict();

export const planSort = z.enum(PLAN_SORTS);

/** Money in whole pence, so sums are exact. */
export const pence = (what: string) =>
  z
    .number({ error: `${what} needs to be an amount, like 12.50.` })
    .int({ error: `${what} needs to be in whole pence.` })
    .min(0, { error: `${what} cannot be less than nothing.` })
    .max(LIMITS.pence, { error: `${what} is larger than Kindred can add up.` });

export const hours = (what: string) =>
  z
    .number({ error: `${what} needs to be a number of hours, like 1.5.` })
    .refine(Number.isFinite, { error: `${what} needs to be a number of hours, like 1.5.`, abort: true })
    .min(0, { error: `${what} cannot be less than nothing.` })
    .max(LIMITS.hours, { error: `${what} can be up to ${count(LIMITS.hours)} hours.` });

const rateFields = {
  name: text(LIMITS.shortText, 'The rate name').refine((s) => s.trim().length > 0, {
    error: 'Give the rate a name, like “Involvement, half day”.',
  }),
  amountPence: pence('The rate'),
  unit: z.enum(RATE_UNITS, { error: 'Choose per hour or per day.' }),
  source: text(LIMITS.shortText, 'Where the rate comes from').refine((s) => s.trim().length > 0, {
    error: 'Say where this rate comes from, so anyone can check it later.',
  }),
  asOf: isoDate,
};
export const rateSchema = z.object({ id: idSchema, ...rateFields }).strict();
export const agreedRate = z.object(rateFields).strict();

export const expenseSchema = z
  .object({
    id: idSchema,
    kind: z.enum(EXPENSE_KINDS, { error: 'Choose what kind of expense this is.' }),
    note: text(LIMITS.shortText, 'The note'),
    amountPence: pence('The expense'),
  })
  .strict();

export const paymentSchema = z
  .object({
    status: z.enum(PAYMENT_STATUSES, { error: 'Choose one of the options Kindred offers.' }),
    prepHours: hours('Preparation time'),
    sessionHours: hours('Session time'),
    followUpHours: hours('Follow-up time'),
    rate: agreedRate.nullable(),
    method: z.enum(PAYMENT_METHODS, { error: 'Choose how they will be paid.' }).nullable(),
    expenses: z.array(expenseSchema).max(LIMITS.expensesPerPerson, {
      error: `A person can have up to ${LIMITS.expensesPerPerson} expenses.`,
    }),
    benefitsAdviceOffered: z.boolean({ error: 'This needs to be yes or no.' }),
    notes: text(LIMITS.longText, 'Notes'),
  })
  .strict();

export const personName = text(LIMITS.shortText, 'A name').refine((s) => s.trim().length > 0, {
  error: 'Add a name, or a first name, so you can tell people apart.',
});

export const arrangementSchema = z
  .object({
    how: text(LIMITS.longText, 'How it will be met'),
    owner: text(LIMITS.shortText, 'Who is arranging it'),
    dueDate: isoDate.nullable(),
    status: z.enum(ARRANGEMENT_STATUSES, { error: 'Choose to arrange, arranged or cannot meet.' }),
    personTold: z.boolean({ error: 'This needs to be yes or no.' }),
  })
  .strict();

export const accessNeedSchema = z
  .object({
    id: idSchema,
    type: z.enum(NEED_TYPE_IDS, { error: 'Choose the need from the list; “Something else” is fine.' }),
    detail: text(LIMITS.longText, 'The detail'),
    arrangement: arrangementSchema,
  })
  .strict();

export const consentSchema = z
  .object({
    store: z.boolean({ error: 'This needs to be yes or no.' }),
    share: z.boolean({ error: 'This needs to be yes or no.' }),
    recordedOn: isoDate.nullable(),
  })
  .strict();

export const accessNeeds = z
  .array(accessNeedSchema)
  .max(LIMITS.needsPerPerson, { error: `A person can have up to ${LIMITS.needsPerPerson} access needs.` })
  .refine((needs) => new Set(needs.map((n) => n.id)).size === needs.length, { error: 'The same need appears twice.' });

/** The message when needs arrive for someone who has not agreed we may keep them. */
export const NEEDS_WITHOUT_CONSENT = 'Access needs can only be kept when the person has agreed we may store them. Record their consent first.';

export const personFields = z
  .object({
    name: personName,
    role: z.enum(PERSON_ROLES, { error: 'Choose the role that fits best; “Other” is fine.' }),
    organisation: text(LIMITS.shortText, 'The organisation'),
    pronouns: text(100, 'Pronouns'),
    knownAs: text(100, 'The name they use'),
    email: emailAddress,
    phone: phoneNumber('The phone number'),
    contact: text(LIMITS.shortText, 'Other contact details'),
    coPlans: z.boolean({ error: 'This needs to be yes or no.' }),
    coFacilitates: z.boolean({ error: 'This needs to be yes or no.' }),
    hostsOnline: z.boolean({ error: 'This needs to be yes or no.' }),
    takesPart: z.enum(TAKES_PART, { error: 'Choose in the room, online or by phone.' }),
    payment: paymentSchema,
    consent: consentSchema,
    accessNeeds,
    packFormat: z.enum(PACK_FORMATS, { error: 'Choose one of the pack formats.' }),
    packDelivery: z.enum(PACK_DELIVERIES, { error: 'Choose how they get their pack.' }),
    materialsSentOn: isoDate.nullable(),
  })
  .strict();
export const personPatch = personFields.partial().strict();
export type PersonPatch = z.infer<typeof personPatch>;
/** A new person: a name and role are enough. */
export const newPerson = personFields.partial().extend({ id: idSchema.optional(), name: personName, role: personFields.shape.role }).strict();
export type NewPerson = z.infer<typeof newPerson>;
export const fullPerson = personFields
  .extend({ id: idSchema })
  .strict()
  .refine((p) => p.consent.store || p.accessNeeds.length === 0, { error: NEEDS_WITHOUT_CONSENT, path: ['accessNeeds'] });

export const setAsideReason = text(LIMITS.longText, 'The reason').refine((s) => s.trim().length > 0, {
  error: 'Add a few words about why, so you (and others) remember later.',
});
/** Finding ids are rule ids with the ids of what they are about, e.g. "decision-unnamed:<uuid>". */
export const findingId = z
  .string({ error: 'Kindred could not read this, so nothing was saved.' })
  .min(1)
  .max(300)
  .regex(/^[a-z0-9][a-z0-9:_.-]*$/i, { error: 'Kindred could not read this, so nothing was saved.' });

export const debriefPatch = z
  .object({
    aim: text(LIMITS.longText, 'Aim'),
    methods: text(LIMITS.longText, 'Methods'),
    results: text(LIMITS.longText, 'Results'),
    outcomes: text(LIMITS.longText, 'Outcomes'),
    reflections: text(LIMITS.longText, 'Reflections'),
  })
  .partial()
  .strict();

export const changeSchema = z
  .object({
    id: idSchema,
    youSaid: text(LIMITS.longText, 'What people said'),
    weDid: text(LIMITS.longText, 'What we did'),
    fromPersonId: idSchema.nullable().optional(),
    fromAgreed: z.boolean({ error: 'Choose whether they agreed to be named, yes or no.' }).optional(),
  })
  .strict();

export const libraryItemFields = z
  .object({
    title: blockTitle,
    kind: blockKind,
    durationMinutes,
    description: text(LIMITS.longText, 'The description'),
    easyRead: text(LIMITS.longText, 'The Easy Read description').default(''),
    facilitatorNotes: text(LIMITS.longText, 'Facilitator notes'),
    materials: text(LIMITS.longText, 'Materials'),
  })
  .strict();

export const templateName = text(LIMITS.title, 'A template name').refine((s) => s.trim().length > 0, {
  error: 'Give the template a name so you can find it later.',
});

const reminderDays = z
  .number({ error: 'Use a whole number of days, like 7.' })
  .int({ error: 'Use a whole number of days, like 7.' })
  .min(0, { error: 'Use a whole number of days, like 7.' })
  .max(LIMITS.reminderDays, { error: `Use up to ${LIMITS.reminderDays} days.` });

/** Days before the workshop to send a pack, for every format. */
const packDaysByFormat = z.object(Object.fromEntries(PACK_FORMATS.map((f) => [f, reminderDays])) as Record<PackFormat, typeof reminderDays>).strict();

export const settingsPatch = z
  .object({
    textSize: z.enum(TEXT_SIZES),
    theme: z.enum(THEMES),
    motion: z.enum(MOTION),
    welcomeDismissed: z.boolean(),
    locale: z.enum(DATE_LOCALES, { error: 'Choose one of the places Kindred offers for dates.' }),
    clock: z.enum(CLOCK_STYLES, { error: 'Choose the 24-hour or the 12-hour clock.' }),
    rates: z
      .array(rateSchema)
      .max(LIMITS.rates, { error: `Kindred can keep up to ${LIMITS.rates} rates.` })
      .refine((rates) => new Set(rates.map((r) => r.id)).size === rates.length, {
        error: 'Each rate needs its own id.',
      }),
    reminders: z
      .object({
        arrangementsDaysBefore: reminderDays,
        materialsDaysBefore: reminderDays,
        personalDataDays: reminderDays,
      })
      .strict(),
    packSendDays: z.object({ email: packDaysByFormat, post: packDaysByFormat }).strict(),
    organisationName: text(LIMITS.shortText, 'The organisation name'),
    creamPaper: z.boolean({ error: 'Choose whether to print on cream, yes or no.' }),
    benefitsCheck: z
      .object({
        amountPence: pence('The benefits check amount'),
        source: text(LIMITS.shortText, 'Where the amount comes from').refine((s) => s.trim().length > 0, {
          error: 'Say where this amount comes from, so anyone can check it later.',
        }),
        asOf: isoDate,
      })
      .strict()
      .nullable(),
  })
  .partial()
  .strict();

/**
 * Plain messages for the problems the schemas above do not word themselves (unknown keys, wrong
 * types sent through the bridge, out-of-range indexes), so no raw zod English ever reaches a
 * person. Pass it as the parse-time `error` map: a schema's own message still wins.
 */
export const kindIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'unrecognized_keys':
      return 'Kindred did not recognise this, so nothing was saved.';
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return 'This needs to be a number.';
      if (issue.expected === 'string') return 'This needs to be text.';
      if (issue.expected === 'boolean') return 'This needs to be yes or no.';
      return 'Kindred could not read this, so nothing was saved.';
    case 'too_small':
    case 'too_big':
      return 'This is outside what Kindred can accept here.';
    case 'invalid_value':
      return 'Choose one of the options Kindred offers.';
    default:
      return 'Kindred could not read this, so nothing was saved.';
  }
};

/**
 * Turns zod issues into one message per field, the first (most basic) problem winning. An unknown
 * key is reported under its own path, so the caller sees which key was not expected.
 */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  // A Map, so a key such as "__proto__" sent through the bridge is reported like any other.
  const out = new Map<string, string>();
  for (const issue of error.issues) {
    const base = issue.path.filter((p) => typeof p !== 'symbol');
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...base, k]) : [base];
    for (const path of paths) {
      const key = path.join('.') || '_';
      if (!out.has(key)) out.set(key, issue.message);
    }
  }
  return Object.fromEntries(out);
}

/** Validate one field's value for the renderer's inline messages; null when it is fine. */
export function checkField<S extends z.ZodType>(schema: S, value: unknown): string | null {
  const r = schema.safeParse(value, { error: kindIssueMessage });
  return r.success ? null : (r.error.issues[0]?.message ?? 'Please check this.');
}
