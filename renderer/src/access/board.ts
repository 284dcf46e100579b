/**
 * The Access tab's arithmetic, kept pure so it can be tested and memoised: every access need as a
 * card sorted into its arrangement's status, the plain summary line, the due-date words, and which
 * people each venue or online check matters to.
 */
import {
  ARRANGEMENT_STATUSES,
  NEED_TYPE_BY_ID,
  type AccessNeed,
  type ArrangementStatus,
  type CheckItem,
  type OnlineCheck,
  type VenueCheck,
} from '../../../main/domain/access';
import type { Person } from '../../../main/domain/people';
import { takesPartIn, type PlanFormat } from '../../../main/domain/plan';
import { daysBetween, formatDate, isIsoDate } from '../../../main/domain/time';

/** What the board shows everywhere a person has no name (names are required, but be kind to old data). */
export const NO_NAME = 'Someone without a name';

export const displayName = (person: Pick<Person, 'name'>): string => person.name.trim() || NO_NAME;

/** One need on the board, with what the card needs to know about its person. */
export interface NeedCard {
  need: AccessNeed;
  personId: string;
  personName: string;
  /** The person agreed their needs may be shared with the venue and co-facilitators. */
  shared: boolean;
  /** The need type's label, "A hearing loop". */
  label: string;
}

export type Columns = Record<ArrangementStatus, NeedCard[]>;

export interface Board {
  columns: Columns;
  /** Every card, in people order then each person's own order. */
  cards: NeedCard[];
  /** People with at least one need, in people order. */
  people: { id: string; name: string; count: number }[];
}

export const needLabel = (need: Pick<AccessNeed, 'type'>): string => NEED_TYPE_BY_ID.get(need.type)?.label ?? 'Something else';

/**
 * Every need of every person, in three columns by status. `only` narrows the columns and cards to
 * one person (the per-person view); `people` always lists everyone with needs, for the filter.
 * Only people who agreed we may store their needs have any (the store refuses the rest).
 */
export function buildBoard(people: readonly Person[], only: string | null = null): Board {
  const columns: Columns = { to_arrange: [], arranged: [], cannot_meet: [] };
  const cards: NeedCard[] = [];
  const withNeeds: Board['people'] = [];
  for (const person of people) {
    if (!person.consent.store || person.accessNeeds.length === 0) continue;
    const name = displayName(person);
    withNeeds.push({ id: person.id, name, count: person.accessNeeds.length });
    if (only !== null && person.id !== only) continue;
    for (const need of person.accessNeeds) {
      const card: NeedCard = { need, personId: person.id, personName: name, shared: person.consent.share, label: needLabel(need) };
      cards.push(card);
      columns[need.arrangement.status].push(card);
    }
  }
  return { columns, cards, people: withNeeds };
}

/** Names this long are shortened in the filter, so its list fits the window. */
const FILTER_NAME_MAX = 60;

/**
 * What the "Show" filter offers for each person: "Amara (2 needs)". Very long names are shortened,
 * and two people with one name are told apart: "Sam, 1 of 2 called Sam (1 need)".
 */
export function filterLabels(people: Board['people']): Map<string, string> {
  const short = (name: string) => (name.length > FILTER_NAME_MAX ? `${name.slice(0, FILTER_NAME_MAX - 1).trimEnd()}…` : name);
  const total = new Map<string, number>();
  for (const p of people) total.set(p.name, (total.get(p.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const p of people) {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    const of = total.get(p.name)!;
    const who = of > 1 ? `${short(p.name)}, ${n} of ${of} called ${short(p.name)}` : short(p.name);
    labels.set(p.id, `${who} (${p.count === 1 ? '1 need' : `${p.count} needs`})`);
  }
  return labels;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const STATUS_WORDS: Record<ArrangementStatus, string> = {
  arranged: 'arranged',
  to_arrange: 'to arrange',
  cannot_meet: 'cannot be met',
};
/** The order the summary line tells them in: the good news first. */
const SUMMARY_ORDER: readonly ArrangementStatus[] = ['arranged', 'to_arrange', 'cannot_meet'];

/**
 * "5 needs for 3 people: 3 arranged, 1 to arrange, 1 cannot be met"; "2 needs for Amara: both
 * arranged". `forName` words it for the per-person view.
 */
export function summaryLine(board: Pick<Board, 'columns' | 'cards'>, forName?: string): string {
  const total = board.cards.length;
  const who = forName ?? plural(new Set(board.cards.map((c) => c.personId)).size, 'person', 'people');
  const head = `${plural(total, 'need', 'needs')} for ${who}`;
  if (total === 0) return head;
  const only = ARRANGEMENT_STATUSES.find((s) => board.columns[s].length === total);
  if (only) return `${head}: ${total === 1 ? '' : total === 2 ? 'both ' : 'all '}${STATUS_WORDS[only]}`;
  const parts = SUMMARY_ORDER.filter((s) => board.columns[s].length > 0).map((s) => `${board.columns[s].length} ${STATUS_WORDS[s]}`);
  return `${head}: ${parts.join(', ')}`;
}

/** "Amara", "Amara and Joe", "Amara, Joe and Priya"; long lists end "and 4 others". */
export function namesList(names: readonly string[], max = 5): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0]!;
  if (names.length > max) {
    const rest = names.length - (max - 1);
    return `${names.slice(0, max - 1).join(', ')} and ${rest} others`;
  }
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export interface DueWords {
  /** "by 12 March 2027", or null when there is no date. */
  text: string | null;
  /** The date has passed and the need is still to arrange. */
  overdue: boolean;
}

/** The due date in words, and whether it has passed while the need is still to arrange. */
export function dueWords(dueDate: string | null, status: ArrangementStatus, today: string): DueWords {
  if (dueDate === null || !isIsoDate(dueDate)) return { text: null, overdue: false };
  return { text: formatDate(dueDate), overdue: status === 'to_arrange' && daysBetween(today, dueDate) < 0 };
}

/** "A hearing loop" → "Hearing loop", for sentences like "Hearing loop for Amara is now arranged." */
export function needPhrase(label: string): string {
  const bare = label.replace(/^(a|an)\s+/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** What the live region says when a card moves. */
export function statusSentence(card: Pick<NeedCard, 'label' | 'personName'>, status: ArrangementStatus): string {
  const what = `${needPhrase(card.label)} for ${card.personName}`;
  if (status === 'arranged') return `${what} is now arranged.`;
  if (status === 'cannot_meet') return `${what} cannot be met. Remember to tell ${card.personName}, and ask what might work instead.`;
  return `${what} is back to arrange.`;
}

/** Who a check matters to: the people (by id, in people order) whose needs depend on it. */
/** Someone whose needs depend on a check: their name, and their pronouns for the sentence about them. */
export interface Dependent {
  id: string;
  name: string;
  pronouns: string;
}

export interface CheckDependents {
  venue: Partial<Record<VenueCheck, Dependent[]>>;
  online: Partial<Record<OnlineCheck, Dependent[]>>;
}

function addOnce(list: Dependent[] | undefined, person: Person) {
  const l = list ?? [];
  if (!l.some((p) => p.id === person.id)) l.push({ id: person.id, name: displayName(person), pronouns: person.pronouns });
  return l;
}

/**
 * Which people's needs depend on each venue and online check. In a hybrid plan the venue matters to
 * the people in the room and the online checks to the people joining online, except live captions,
 * which help people in the room too (shown on the shared screen).
 */
export function checkDependents(people: readonly Person[], format: PlanFormat): CheckDependents {
  const result: CheckDependents = { venue: {}, online: {} };
  for (const person of people) {
    if (!person.consent.store) continue;
    const inRoom = takesPartIn({ format }, person) === 'in_room';
    const online = !inRoom;
    for (const need of person.accessNeeds) {
      const type = NEED_TYPE_BY_ID.get(need.type);
      if (!type) continue;
      if (type.venueCheck && inRoom) result.venue[type.venueCheck] = addOnce(result.venue[type.venueCheck], person);
      if (type.onlineCheck && (online || (format === 'hybrid' && type.onlineCheck === 'captions'))) {
        result.online[type.onlineCheck] = addOnce(result.online[type.onlineCheck], person);
      }
    }
  }
  return result;
}

/** "7 of 11 checked": a check counts once it is answered yes, no or not needed ("not sure yet" is not checked). */
export function checkProgress<K extends string>(ids: readonly K[], answers: Partial<Record<K, CheckItem>>): string {
  const done = ids.filter((id) => {
    const a = answers[id]?.answer;
    return a !== undefined && a !== 'unsure';
  }).length;
  return `${done} of ${ids.length} checked`;
}

/** The whole checks object with one item changed; a note typed before any answer counts as "not sure yet". */
export function withCheck<K extends string>(
  answers: Partial<Record<K, CheckItem>>,
  id: K,
  change: Partial<CheckItem>,
): Partial<Record<K, CheckItem>> {
  const current = answers[id] ?? { answer: 'unsure' as const, note: '' };
  return { ...answers, [id]: { ...current, ...change } };
}
