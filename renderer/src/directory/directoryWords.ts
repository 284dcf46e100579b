/** The People screen's sentences, kept apart from the components so they can be tested as words. */
import type { DirectorySummary } from '../../../main/domain/directory';
import { PERSON_ROLE_LABELS } from '../../../main/domain/people';
import { formatDate } from '../../../main/domain/time';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "Showing 12 of 2,000 people" when searching; "2,000 people" otherwise; `toCheck` when only those with consent to check are listed. */
export function countSentence(shown: number, total: number, searching: boolean, toCheck = false): string {
  if (toCheck && !searching)
    return total === 0 ? 'Nobody’s consent needs checking just now.' : `${plural(total, 'person', 'people')} to check consent with.`;
  if (!searching) return total === 0 ? 'Nobody here yet.' : plural(total, 'person', 'people');
  if (shown === 0) return `Nobody matches that search, out of ${plural(total, 'person', 'people')}.`;
  return `Showing ${shown.toLocaleString('en-GB')} of ${plural(total, 'person', 'people')}.`;
}

/** The second line of a row: roles, organisation and when they were last involved. */
export function summaryLine(p: DirectorySummary): string {
  const parts = [p.roles.map((r) => PERSON_ROLE_LABELS[r]).join(', '), p.organisation.trim()].filter(Boolean);
  parts.push(
    p.planCount === 0
      ? 'Not in a plan yet'
      : p.lastInvolved
        ? `Last involved ${formatDate(p.lastInvolved)}`
        : plural(p.planCount, 'plan', 'plans') + ', not dated yet',
  );
  return parts.join(' · ');
}

/** After a profile is saved: where it went, and where it did not. */
export function flowSentence(name: string, plansUpdated: number, plansKept: number): string {
  const updated = plansUpdated > 0 ? `, and updated it in ${plural(plansUpdated, 'open plan', 'open plans')}` : '';
  const kept = plansKept > 0 ? ` ${plural(plansKept, 'delivered plan keeps', 'delivered plans keep')} what was true on the day.` : '';
  return `Saved ${name}’s profile${updated}.${kept}`;
}

/** After a merge: what was combined, in words. */
export function mergedSentence(name: string, combined: readonly string[], plansRelinked: number): string {
  const what = combined.length === 0 ? 'Nothing needed adding from the other entry.' : `Added ${joinWords(combined)}.`;
  const plans =
    plansRelinked === 0
      ? ''
      : plansRelinked === 1
        ? ' The other entry’s plan now points to this profile.'
        : ` The other entry’s ${plansRelinked.toLocaleString('en-GB')} plans now point to this profile.`;
  return `Merged into one profile for ${name}. ${what}${plans}`;
}

export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
