/** The words the history on a profile uses: the part someone played, their hours, the gentle benefits prompt. */
import type { HistoryEntry, PersonHistory, TaxYearTotal } from '../../../main/domain/history';
import { formatPence } from '../../../main/domain/people';
import { formatDate } from '../../../main/domain/time';

/** "Led “Welcome”, co-planned and co-chaired"; "Took part" when they did none of these. */
export function partWords(e: Pick<HistoryEntry, 'led' | 'coPlanned' | 'coChaired'>): string {
  const parts: string[] = [];
  if (e.led.length > 0) parts.push(`led ${e.led.map((t) => `“${t.trim() || 'a part of the day'}”`).join(', ')}`);
  if (e.coPlanned) parts.push('co-planned');
  if (e.coChaired) parts.push('co-chaired');
  if (parts.length === 0) return 'Took part';
  const text = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 hour", "2.5 hours", "None recorded". */
export function hoursWords(hours: number): string {
  if (hours === 0) return 'None recorded';
  const n = Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '');
  return `${n} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** The tax years whose payments pass the facilitator's benefits check amount, newest first. */
export function yearsPassing(history: PersonHistory): TaxYearTotal[] {
  return history.taxYears.filter((t) => t.passesBenefitsCheck);
}

/**
 * A gentle nudge, never a warning: passing the amount is not a problem in itself, it is a reason to
 * check the advice they have is still right for them.
 */
export function benefitsPromptWords(name: string, history: PersonHistory): string | null {
  const years = yearsPassing(history);
  const check = history.benefitsCheck;
  if (years.length === 0 || check === null) return null;
  const year = years[0]!;
  return (
    `${name}’s payments in the ${year.label} tax year come to ${formatPence(year.totalPence)}, more than the ` +
    `${formatPence(check.amountPence)} you set (${check.source.trim()}, checked ${formatDate(check.asOf)}). ` +
    `It may be a good moment to check their benefits advice is current.`
  );
}
