/**
 * Consent is not for ever (UK GDPR: consent records, storage limitation): each profile can carry a
 * date to check with the person again. The People screen reminds the facilitator as that date
 * comes near and once it has passed, in kind words, and can show just those people.
 */
import type { DirectorySummary } from './directory';
import { addDays, formatDate } from './time';

/** How far ahead a check counts as coming up: time to arrange a conversation. */
export const CONSENT_DUE_DAYS = 30;

export type ConsentReminder = 'overdue' | 'due';

/** Whether consent should be checked again: past its date, due within the month, or not yet. */
export function consentReminder(askAgainOn: string | null, today: string): ConsentReminder | null {
  if (askAgainOn === null) return null;
  if (askAgainOn < today) return 'overdue';
  return askAgainOn <= addDays(today, CONSENT_DUE_DAYS) ? 'due' : null;
}

/** The words on someone's row, never scolding. */
export function consentReminderWords(askAgainOn: string, reminder: ConsentReminder): string {
  return reminder === 'overdue' ? `Time to check consent again (it was due ${formatDate(askAgainOn)})` : `Check consent by ${formatDate(askAgainOn)}`;
}

/** Those whose consent is due or overdue a check, soonest (longest overdue) first. */
export function consentToCheck<T extends Pick<DirectorySummary, 'askAgainOn'>>(people: readonly T[], today: string): T[] {
  return people
    .filter((p) => consentReminder(p.askAgainOn, today) !== null)
    .sort((a, b) => (a.askAgainOn! < b.askAgainOn! ? -1 : a.askAgainOn! > b.askAgainOn! ? 1 : 0));
}

/** The People screen's reminder: how many to check, and how many of them are past their date. */
export function consentReminderSentence(due: number, overdue: number): string {
  const who = (n: number) => (n === 1 ? 'one person' : `${n.toLocaleString('en-GB')} people`);
  const total = due + overdue;
  if (total === 0) return '';
  const past =
    overdue === 0
      ? ''
      : overdue === total
        ? total === 1
          ? ' Their date has passed.'
          : ' Their dates have passed.'
        : ` For ${who(overdue)}, the date has passed.`;
  return `It is time to check consent with ${who(total)}: ask whether they are still happy for you to keep their details.${past}`;
}
