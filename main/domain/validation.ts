/**
 * Zod schemas for everything that crosses the API boundary, with the kind, plain messages the
 * facilitator sees next to the field. The renderer checks with the same schemas before sending;
 * the service checks again, because the bridge and IPC must never trust their callers.
 */
import { z } from 'zod';
import { BLOCK_KINDS } from './blockKinds';
import { LIMITS, MOTION, PLAN_FORMATS, PLAN_SORTS, PLAN_STATUSES, TEXT_SIZES, THEMES } from './plan';
import { isClockTime, isIsoDate } from './time';

// Zod would otherwise probe `new Function` to speed up parsing, which a strict CSP (rightly) refuses
// and reports as a violation in the renderer. Plans are small; the interpreted path is plenty fast.
z.config({ jitless: true });

const count = (n: number) => n.toLocaleString('en-GB');

/** Free text with a kind message when it grows past the limit. Null bytes are refused. */
export function text(max: number, what = 'This') {
  return z
    .string({ error: `${what} needs to be text.` })
    .max(max, {
      error: (issue) =>
        `${what} can be up to ${count(max)} characters; it has ${count(String(issue.input ?? '').length)}. Could some of it go somewhere else?`,
    })
    .refine((s) => !s.includes('\u0000'), { error: `${what} contains a character that cannot be stored.` });
}

export const idSchema = z.string({ error: 'Something went wrong finding that item. Please try again.' }).uuid({
  error: 'Something went wrong finding that item. Please try again.',
});

export const planTitle = text(LIMITS.title, 'A plan name').refine((s) => s.trim().length > 0, {
  error: 'Give the plan a name so you can find it later.',
});

export const blockTitle = text(LIMITS.title, 'A block name').refine((s) => s.trim().length > 0, {
  error: 'Give this block a short name, like “Welcome” or “Lunch”.',
});

export const clockTime = z
  .string({ error: 'Use a 24-hour time, like 09:30.' })
  .refine(isClockTime, { error: 'Use a 24-hour time, like 09:30.' });

export const isoDate = z
  .string({ error: 'Choose a date, like 12 March 2027.' })
  .refine(isIsoDate, { error: 'Choose a date, like 12 March 2027.' });

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
    facilitatorNotes: text(LIMITS.longText, 'Facilitator notes'),
    materials: text(LIMITS.longText, 'Materials'),
    leadBy: text(LIMITS.shortText, 'Who leads'),
    pinnedTime: clockTime.nullable(),
  })
  .strict();

export const blockPatch = blockFields.partial().strict();
export type BlockPatch = z.infer<typeof blockPatch>;

/** A new block: only its kind is needed, the rest has friendly defaults. */
export const newBlock = blockFields.partial().extend({ id: idSchema.optional(), kind: blockKind }).strict();
export type NewBlock = z.infer<typeof newBlock>;

/** A whole block as sent back by undo/redo. */
export const fullBlock = blockFields.extend({ id: idSchema }).strict();

export const planSort = z.enum(PLAN_SORTS);
export const settingsPatch = z
  .object({
    textSize: z.enum(TEXT_SIZES),
    theme: z.enum(THEMES),
    motion: z.enum(MOTION),
    welcomeDismissed: z.boolean(),
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
