/** The sentences the plan file screens say, kept apart so they read the same everywhere and are tested. */
import type { Person } from '../../../main/domain/people';
import { formatDate, localToday } from '../../../main/domain/time';
import { personWords } from '../../../main/domain/pronouns';

const quoted = (s: string) => `“${s}”`;

/** "“A”", "“A” and “B”", "“A”, “B” and “C”". */
export function listOfNames(names: readonly string[]): string {
  const q = names.map(quoted);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/** What the toast says once plans are in. */
export function importedMessage(titles: readonly string[]): string {
  if (titles.length === 1) return `Imported ${quoted(titles[0]!)}.`;
  return `Imported ${titles.length} plans: ${listOfNames(titles)}.`;
}

/**
 * Said after importing files made without people's details, so nobody wonders where they went;
 * null when every file had them.
 */
export function withoutPersonalNote(imported: readonly { title: string; includesPersonal: boolean }[]): string | null {
  const without = imported.filter((p) => !p.includesPersonal).map((p) => p.title);
  if (without.length === 0) return null;
  const where = imported.length === 1 ? '' : `In ${listOfNames(without)}, p`;
  return `${where || 'P'}eople are listed by their role; their names, contact details and access needs were not in the file.`;
}

/** The service's reason, then (unless it said so already) that nothing changed. */
export function rejectionText(message: string): string {
  const trimmed = message.trim();
  if (/nothing (was|has been) imported/i.test(trimmed)) return trimmed;
  return `${trimmed}${/[.!?]$/.test(trimmed) ? '' : '.'} Nothing was imported.`;
}

/** "12 March 2027 at 10:30", in the facilitator's own time zone. */
export function formatChangedAt(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const hh = String(when.getHours()).padStart(2, '0');
  const mm = String(when.getMinutes()).padStart(2, '0');
  return `${formatDate(localToday(when))} at ${hh}:${mm}`;
}

/** For the files Kindred leaves alone: dropped photos, Word documents and the like. */
export function notPlanFilesMessage(names: readonly string[]): string {
  const which = names.length === 1 ? `${listOfNames(names)} isn’t a Kindred plan file` : `${listOfNames(names)} aren’t Kindred plan files`;
  return `${which}, so Kindred left ${names.length === 1 ? 'it' : 'them'} alone. Plan files end in .kindred.`;
}

/**
 * When people's details are about to go into a file: who has access needs recorded but has not
 * agreed to them being shared, by name (so the facilitator can ask them, or leave the box unticked).
 */
export function notAgreedToShare(people: readonly Pick<Person, 'name' | 'pronouns' | 'consent' | 'accessNeeds'>[]): string | null {
  const notAgreed = people.filter((p) => p.accessNeeds.length > 0 && !p.consent.share);
  const names = notAgreed.map((p) => p.name.trim() || 'Someone without a name yet');
  if (names.length === 0) return null;
  const their = names.length === 1 ? personWords(notAgreed[0]!).their : 'their';
  const who = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `${who} ${names.length === 1 ? 'has' : 'have'} not agreed to ${their} access needs being shared. Ask first, or leave this unticked.`;
}
