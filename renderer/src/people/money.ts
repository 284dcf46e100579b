/**
 * Reading money and hours the way people type them, and the field checks built on that: "12.50",
 * "£12.50", "£1,234" and "12" are all amounts; "1.5" and "1,5" are hours. Each check answers with
 * the service's own kind message, so nothing it would refuse is ever sent.
 */
import { checkField, hours as hoursSchema, pence as penceSchema } from '../../../main/domain/validation';
import type { Check } from '../components/DraftField';

/** Pence from "12.50", "£12.50", "£1,234.5" or "12"; null when it is not an amount. */
export function parsePounds(text: string): number | null {
  const t = text
    .trim()
    .replace(/^£\s*/, '')
    .replace(/\s*(gbp|pounds?)$/i, '');
  // Thousands separators only in their proper places, so "1,5" is not read as fifteen pounds.
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(t) && !/^\.\d{1,2}$/.test(t)) return null;
  const [whole = '0', fraction = ''] = t.replace(/,/g, '').split('.');
  return Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
}

/** Pounds as typed back into a field: "12.50", "12" (no symbol, no separators). */
export function poundsText(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

/** Hours from "1.5", "1,5", "2" or ".5"; null when it is not a number of hours. */
export function parseHours(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  return Number(t);
}

export function hoursText(n: number): string {
  return String(n);
}

/** An amount of money; an empty box is no money at all. */
export const poundsCheck =
  (what: string): Check<number> =>
  (draft) => {
    if (draft.trim() === '') return { ok: true, value: 0 };
    const value = parsePounds(draft);
    if (value === null) return { ok: false, message: `${what} needs to be an amount in pounds, like 12.50.` };
    const message = checkField(penceSchema(what), value);
    return message === null ? { ok: true, value } : { ok: false, message };
  };

/** An amount that has to be there (a rate): empty is explained rather than read as nothing. */
export const requiredPoundsCheck =
  (what: string): Check<number> =>
  (draft) =>
    draft.trim() === '' ? { ok: false, message: `Add the amount, like 20 or 12.50.` } : poundsCheck(what)(draft);

/** A number of hours; an empty box is none. */
export const hoursCheck =
  (what: string): Check<number> =>
  (draft) => {
    if (draft.trim() === '') return { ok: true, value: 0 };
    const value = parseHours(draft);
    if (value === null) return { ok: false, message: `${what} needs to be a number of hours, like 1.5.` };
    const message = checkField(hoursSchema(what), value);
    return message === null ? { ok: true, value } : { ok: false, message };
  };

/** "7 hours", "1 hour", "1.5 hours". */
export function formatHours(n: number): string {
  const text = n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return `${text} ${n === 1 ? 'hour' : 'hours'}`;
}
