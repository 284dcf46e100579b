/**
 * Where a person's name is still written in the plan's free text. Forgetting someone, deleting
 * personal data and exporting without it take names out of the structured fields, but the
 * facilitator's own words (block notes, "you said, we did", the write-up, set-aside reasons) are
 * theirs: Kindred does not rewrite them on its own. It lists each place that still names someone,
 * so the facilitator can look, and offers to put "a participant" there, one place at a time.
 *
 * Notes on the day ("what we heard", "what we will do") are kept beside the plan, not in it, so the
 * functions here take them alongside the plan, as data: the domain never reads the store.
 */
import type { Person } from './people';
import { DEBRIEF_FIELDS, type Block, type Change, type Debrief, type Plan, type PlanDetails } from './plan';
import type { DayNote, RunNote } from './runDay/notes';

/** Free text in the plan's details that can name someone. */
export const DETAILS_TEXT_FIELDS = ['title', 'purpose', 'whatCouldChange', 'givesBackNote', 'followUp', 'dialInHow', 'feesPaidWhen'] as const;
/** Free text in an agenda block that can name someone. */
export const BLOCK_TEXT_FIELDS = ['title', 'description', 'easyRead', 'facilitatorNotes', 'materials', 'leadBy', 'decision'] as const;
/** Free text about another person that can name someone ("ring Joe's sister"). */
export const PERSON_TEXT_FIELDS = ['contact', 'paymentNotes'] as const;
export const CHANGE_TEXT_FIELDS = ['youSaid', 'weDid'] as const;
/** The two halves of a note on the day. */
export const RUN_NOTE_TEXT_FIELDS = ['heard', 'willDo'] as const;

export type DetailsTextField = (typeof DETAILS_TEXT_FIELDS)[number];
export type BlockTextField = (typeof BLOCK_TEXT_FIELDS)[number];
export type PersonTextField = (typeof PERSON_TEXT_FIELDS)[number];
export type ChangeTextField = (typeof CHANGE_TEXT_FIELDS)[number];
export type RunNoteTextField = (typeof RUN_NOTE_TEXT_FIELDS)[number];

/** One place of free text in a plan, by the ids that find it again after other edits. */
export type TextPlace =
  | { in: 'details'; field: DetailsTextField }
  | { in: 'block'; blockId: string; field: BlockTextField }
  | { in: 'setAside'; findingId: string }
  | { in: 'change'; changeId: string; field: ChangeTextField }
  | { in: 'runNote'; runId: string; blockId: string; field: RunNoteTextField }
  | { in: 'debrief'; field: keyof Debrief }
  | { in: 'person'; personId: string; field: PersonTextField };

/** A place that names someone: where it is, in words, and what it says now. */
export interface NameMention {
  place: TextPlace;
  /** Stable across renders, for React keys and ids. */
  key: string;
  /** Where it is, as the facilitator knows it: "Agenda, “Welcome”: notes for facilitators". */
  where: string;
  text: string;
}

/** What a name is replaced with: no one in particular. */
export const NO_ONE_IN_PARTICULAR = 'a participant';

/** The names a person can be recognised by: their name and the name they like to be called. */
export function namesOf(person: Pick<Person, 'name' | 'knownAs'>): string[] {
  return [person.name, person.knownAs].map((n) => n.trim()).filter((n, i, all) => n !== '' && all.indexOf(n) === i);
}

/**
 * Whole words only, any case: "Jo" finds "jo" and "Jo's" but not "Joanna" or "Jones". Longest
 * names first, so "Jo Bloggs" is replaced whole before "Jo" could be.
 */
function namePattern(names: readonly string[]): RegExp | null {
  const usable = names
    .map((n) => n.trim())
    .filter((n) => n !== '')
    .sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  const escaped = usable.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

export function namesAppearIn(text: string, names: readonly string[]): boolean {
  const pattern = namePattern(names);
  return pattern !== null && pattern.test(text);
}

/** The text with each whole-word name as "a participant" ("A participant" where a sentence starts). */
export function withNamesReplaced(text: string, names: readonly string[]): string {
  const pattern = namePattern(names);
  if (pattern === null) return text;
  return text.replace(pattern, (_match, offset: number) => {
    const before = text.slice(0, offset);
    const startsSentence = /(^|[.!?]\s+|\n\s*)$/u.test(before);
    return startsSentence ? 'A participant' : NO_ONE_IN_PARTICULAR;
  });
}

const DETAILS_LABELS: Record<DetailsTextField, string> = {
  title: 'The plan’s name',
  purpose: 'What the session is for',
  whatCouldChange: 'What could change',
  givesBackNote: 'What people get back',
  followUp: 'How people hear what changed',
  dialInHow: 'How to join by phone',
  feesPaidWhen: 'When fees are paid',
};
const BLOCK_LABELS: Record<BlockTextField, string> = {
  title: 'title',
  description: 'description for participants',
  easyRead: 'Easy Read description',
  facilitatorNotes: 'notes for facilitators',
  materials: 'materials',
  leadBy: 'who leads',
  decision: 'what is being decided',
};
const DEBRIEF_LABELS: Record<keyof Debrief, string> = {
  aim: 'Aim',
  methods: 'Methods',
  results: 'Results',
  outcomes: 'Outcomes',
  reflections: 'Reflections',
};
const PERSON_LABELS: Record<PersonTextField, string> = { contact: 'contact details', paymentNotes: 'payment notes' };
const CHANGE_LABELS: Record<ChangeTextField, string> = { youSaid: '“You said”', weDid: '“We did”' };
const RUN_NOTE_LABELS: Record<RunNoteTextField, string> = { heard: 'what we heard', willDo: 'what we will do' };

const personText = (person: Person, field: PersonTextField) => (field === 'contact' ? person.contact : person.payment.notes);
const blockName = (block: Block, i: number) => (block.title.trim() ? `“${block.title.trim()}”` : `item ${i + 1}`);
/** A note keeps its words when its block is deleted after the day, so it may have no block to name. */
const noteBlockName = (plan: Plan, blockId: string) => {
  const i = plan.blocks.findIndex((b) => b.id === blockId);
  return i < 0 ? 'an item no longer on the agenda' : blockName(plan.blocks[i]!, i);
};

/** Every free-text place in the plan and its notes on the day, with where it is and what it says (empty ones included). */
function allPlaces(plan: Plan, notes: readonly DayNote[]): NameMention[] {
  const out: NameMention[] = [];
  const add = (place: TextPlace, key: string, where: string, text: string) => out.push({ place, key, where, text });
  for (const field of DETAILS_TEXT_FIELDS) add({ in: 'details', field }, `details:${field}`, DETAILS_LABELS[field], plan[field]);
  plan.blocks.forEach((block, i) => {
    for (const field of BLOCK_TEXT_FIELDS)
      add(
        { in: 'block', blockId: block.id, field },
        `block:${block.id}:${field}`,
        `Agenda, ${blockName(block, i)}: ${BLOCK_LABELS[field]}`,
        block[field],
      );
  });
  for (const person of plan.people) {
    const name = person.name.trim() || 'someone without a name';
    for (const field of PERSON_TEXT_FIELDS)
      add(
        { in: 'person', personId: person.id, field },
        `person:${person.id}:${field}`,
        `${name}’s ${PERSON_LABELS[field]}`,
        personText(person, field),
      );
  }
  for (const s of plan.setAsides)
    add({ in: 'setAside', findingId: s.findingId }, `setAside:${s.findingId}`, 'Why a review suggestion was set aside', s.reason);
  plan.changes.forEach((change, i) => {
    for (const field of CHANGE_TEXT_FIELDS)
      add(
        { in: 'change', changeId: change.id, field },
        `change:${change.id}:${field}`,
        `You said, we did, line ${i + 1}: ${CHANGE_LABELS[field]}`,
        change[field],
      );
  });
  for (const note of notes) {
    for (const field of RUN_NOTE_TEXT_FIELDS)
      add(
        { in: 'runNote', runId: note.runId, blockId: note.blockId, field },
        `runNote:${note.runId}:${note.blockId}:${field}`,
        `Notes on the day: ${noteBlockName(plan, note.blockId)}, ${RUN_NOTE_LABELS[field]}`,
        note[field],
      );
  }
  for (const field of DEBRIEF_FIELDS)
    add({ in: 'debrief', field }, `debrief:${field}`, `What happened: ${DEBRIEF_LABELS[field]}`, plan.debrief[field]);
  return out;
}

/**
 * The places whose free text names any of `names` (whole words, any case), in the order the plan
 * shows them, with the plan's notes on the day (every run's, as `DayNote`s) among them.
 * `skipPeople` leaves out those people's own fields (they go with the person anyway).
 */
export function placesNaming(plan: Plan, notes: readonly DayNote[], names: readonly string[], skipPeople: readonly string[] = []): NameMention[] {
  const pattern = namePattern(names);
  if (pattern === null) return [];
  return allPlaces(plan, notes).filter((m) => {
    if (m.place.in === 'person' && skipPeople.includes(m.place.personId)) return false;
    pattern.lastIndex = 0;
    return pattern.test(m.text);
  });
}

/** What the place says now; undefined when it is no longer in the plan (its block, line or note has gone). */
export function textAt(plan: Plan, notes: readonly DayNote[], place: TextPlace): string | undefined {
  return allPlaces(plan, notes).find((m) => sameTextPlace(m.place, place))?.text;
}

export function sameTextPlace(a: TextPlace, b: TextPlace): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The one part of the plan that changes when `place` gets `text`, ready to store. */
export type PlacePart =
  | { in: 'details'; details: Pick<PlanDetails, DetailsTextField> }
  | { in: 'block'; block: Block }
  | { in: 'setAside'; reason: string; findingId: string }
  | { in: 'change'; changes: Change[] }
  | { in: 'runNote'; runId: string; note: RunNote }
  | { in: 'debrief'; debrief: Debrief }
  | { in: 'person'; person: Person };

/** The part of the plan holding `place`, with `text` written there; undefined when the place has gone. */
export function partWithText(plan: Plan, notes: readonly DayNote[], place: TextPlace, text: string): PlacePart | undefined {
  switch (place.in) {
    case 'details':
      return { in: 'details', details: { ...pickDetails(plan), [place.field]: text } };
    case 'block': {
      const block = plan.blocks.find((b) => b.id === place.blockId);
      return block && { in: 'block', block: { ...block, [place.field]: text } };
    }
    case 'setAside':
      return plan.setAsides.some((s) => s.findingId === place.findingId) ? { in: 'setAside', findingId: place.findingId, reason: text } : undefined;
    case 'change':
      return plan.changes.some((c) => c.id === place.changeId)
        ? { in: 'change', changes: plan.changes.map((c) => (c.id === place.changeId ? { ...c, [place.field]: text } : c)) }
        : undefined;
    case 'runNote': {
      const found = notes.find((n) => n.runId === place.runId && n.blockId === place.blockId);
      if (!found) return undefined;
      const { runId, ...note } = found;
      return { in: 'runNote', runId, note: { ...note, [place.field]: text } };
    }
    case 'debrief':
      return { in: 'debrief', debrief: { ...plan.debrief, [place.field]: text } };
    case 'person': {
      const person = plan.people.find((p) => p.id === place.personId);
      if (!person) return undefined;
      const changed = place.field === 'contact' ? { ...person, contact: text } : { ...person, payment: { ...person.payment, notes: text } };
      return { in: 'person', person: changed };
    }
  }
}

function pickDetails(plan: Plan): Pick<PlanDetails, DetailsTextField> {
  return Object.fromEntries(DETAILS_TEXT_FIELDS.map((f) => [f, plan[f]])) as Pick<PlanDetails, DetailsTextField>;
}

/** A piece of a place's text, marked when it is one of the names (for highlighting). */
export interface TextSpan {
  text: string;
  isName: boolean;
}

/**
 * A short extract of `text` around the first name, cut at about `max` characters with "…" where
 * it is cut, in spans so the screen can mark each name.
 */
export function excerptNaming(text: string, names: readonly string[], max = 160): TextSpan[] {
  const pattern = namePattern(names);
  const first = pattern?.exec(text)?.index ?? 0;
  const start = text.length <= max || first < max / 2 ? 0 : Math.max(0, first - Math.floor(max / 2));
  const end = Math.min(text.length, start + max);
  const cut = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  if (pattern === null) return [{ text: cut, isName: false }];
  const spans: TextSpan[] = [];
  let last = 0;
  pattern.lastIndex = 0; // exec above moved it on
  for (const match of cut.matchAll(pattern)) {
    if (match.index > last) spans.push({ text: cut.slice(last, match.index), isName: false });
    spans.push({ text: match[0], isName: true });
    last = match.index + match[0].length;
  }
  if (last < cut.length) spans.push({ text: cut.slice(last), isName: false });
  return spans;
}
