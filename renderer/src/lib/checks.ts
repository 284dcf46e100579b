/**
 * Field checks for the forms, built on the same zod schemas the service validates with, so the
 * message next to a field is the message the service would give.
 */
import { LIMITS } from '../../../main/domain/plan';
import { blockTitle, checkField, durationMinutes, planTitle, text } from '../../../main/domain/validation';
import type { Check } from '../components/DraftField';

function fromSchema<T>(schema: Parameters<typeof checkField>[0], parse: (draft: string) => T): Check<T> {
  return (draft) => {
    const value = parse(draft);
    const message = checkField(schema, value);
    return message === null ? { ok: true, value } : { ok: false, message };
  };
}

export const planTitleCheck: Check<string> = fromSchema(planTitle, (d) => d);
export const blockTitleCheck: Check<string> = fromSchema(blockTitle, (d) => d);

export const longTextCheck = (what: string): Check<string> => fromSchema(text(LIMITS.longText, what), (d) => d);
export const shortTextCheck = (what: string): Check<string> => fromSchema(text(LIMITS.shortText, what), (d) => d);
export const addressCheck: Check<string> = fromSchema(text(LIMITS.address, 'The address'), (d) => d);

/** Minutes as typed: "45" → 45; "1.5", "-5", "abc", "1e2", "" are explained, never saved. */
export const minutesCheck: Check<number> = (draft) => {
  const t = draft.trim();
  if (/^\d*[.,]\d+$/.test(t)) return { ok: false, message: 'Use whole minutes, like 15 or 90.' };
  // Digits only: Number() would also take "0x3C" or "1e2", which nobody means as minutes.
  const n = /^\d{1,5}$/.test(t) ? Number(t) : Number.NaN;
  const message = checkField(durationMinutes, n);
  return message === null ? { ok: true, value: n } : { ok: false, message };
};
