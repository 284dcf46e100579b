/**
 * The facts every rule shares, worked out once per review: the agenda on the clock, who is who,
 * minutes by kind of block, where to put a suggested block, the participant-facing text with
 * its jargon and long sentences, who joins online and the access needs kept with consent. Rules read
 * these and stay cheap.
 */
import { BLOCK_KINDS, REST_KINDS, type BlockKind } from '../blockKinds';
import { LIVED_EXPERIENCE_ROLES, type Person } from '../people';
import type { Block, Plan } from '../plan';
import { EASY_READ_SENTENCE_WORDS, findJargon, splitSentences, STANDARD_SENTENCE_WORDS, type JargonMatch } from '../plainEnglish';
import { canKeepNeeds, DEFAULT_REMINDERS, NEED_TYPE_BY_ID, needType, type AccessNeed, type NeedType, type ReminderSettings } from '../access';
import type { KindOverrun } from '../runDay/overrunHistory';
import { DEFAULT_PACK_SEND_DAYS, type PackSendDays } from '../packSchedule';
import { daysBetween, isClockTime, isIsoDate } from '../time';
import { computeSchedule, type BlockTiming, type Schedule } from '../timing';
import type { ReviewHistory } from '../history';
import { participantTexts, type ParticipantText } from './participantText';
import { takesPartOnline } from './takesPart';

export interface LongSentence {
  text: string;
  words: number;
  index: number;
}

export interface ReviewedText extends ParticipantText {
  jargon: readonly JargonMatch[];
  /**
   * The most words a sentence in this text should have: EASY_READ_SENTENCE_WORDS for an Easy Read
   * description, STANDARD_SENTENCE_WORDS for everything else (PRODUCT.md: "split above 25 words",
   * Easy Read "15 words or fewer").
   */
  sentenceLimit: number;
  /** Sentences over `sentenceLimit` words. */
  longSentences: readonly LongSentence[];
}

/** One access need, of someone who agreed to their needs being kept, with what the review needs to know. */
export interface NeedFact {
  person: Person;
  need: AccessNeed;
  type: NeedType;
  /** The person joins online: everyone in an online plan, people marked as joining online in a hybrid one. */
  online: boolean;
}

export interface ReviewOptions {
  /** Today as an ISO date, for the rules about dates; without it they stay quiet. */
  today?: string | null;
  /** The facilitator's reminder settings; Kindred's defaults when left out. */
  reminders?: ReminderSettings;
  /** The facilitator's days before the workshop to send each kind of pack; Kindred's defaults when left out. */
  packSendDays?: PackSendDays;
  /** Kinds of block that ran over in the facilitator's recent workshops (the service works them out); none when left out. */
  overruns?: readonly KindOverrun[];
  /**
   * Each plan person's earlier sessions, worked out by the service from the directory; the rules
   * that need history stay quiet without it (a plan file on the command line has no past).
   */
  history?: ReviewHistory;
}

export interface ReviewContext {
  readonly plan: Plan;
  /** Today as an ISO date, or null when the caller did not say (date rules then stay quiet). */
  readonly today: string | null;
  readonly reminders: ReminderSettings;
  readonly packSendDays: PackSendDays;
  readonly overruns: readonly KindOverrun[];
  /** Plan person id → their past with you; empty when the caller gave none. */
  readonly history: ReviewHistory;
  /** The day the history rules measure from: the workshop's date, or today when it has none; null without either. */
  readonly onDate: string | null;
  /** Days from today to the workshop: 0 on the day, negative after it; null without both dates. */
  readonly daysToWorkshop: number | null;
  readonly blocks: readonly Block[];
  readonly hasBlocks: boolean;
  readonly blockById: ReadonlyMap<string, Block>;
  /** The agenda on the clock; `rows[i]` is `blocks[i]`. */
  readonly schedule: Schedule;
  readonly rows: readonly BlockTiming[];
  /** The intended end, in the schedule's minutes (past midnight goes beyond 24:00), or null. */
  readonly intendedEnd: number | null;

  readonly people: readonly Person[];
  readonly hasPeople: boolean;
  readonly peopleById: ReadonlyMap<string, Person>;
  /** Public contributors and carers: the people co-production shares power with. */
  readonly livedExperience: readonly Person[];
  readonly livedExperienceIds: ReadonlySet<string>;
  /** The expected number of participants, or the number of people in the plan when not known. */
  readonly expectedParticipants: number;
  /** People joining online: everyone in an online plan, those marked as joining online in a hybrid one. */
  readonly onlinePeople: readonly Person[];
  /** Every access need kept with consent, in the order of people and then of their needs. */
  readonly needs: readonly NeedFact[];

  readonly minutesByKind: Readonly<Record<BlockKind, number>>;
  readonly countByKind: Readonly<Record<BlockKind, number>>;
  /** Minutes of agenda that are not breaks or meals. */
  readonly nonRestMinutes: number;
  /** Indices of the break and meal blocks, in order. */
  readonly restIndices: readonly number[];

  /** Where to add a block just after the welcome (0 when the agenda does not start with one). */
  readonly afterWelcome: number;
  /** Just after the opening: welcome, check-ins and getting to know each other. */
  readonly afterGreeting: number;
  /** Just after the whole opening, ground rules included. */
  readonly afterOpening: number;
  /** Just before a closing block at the very end, or the end. */
  readonly beforeClose: number;

  /** Participant-facing text, with its jargon and long sentences. */
  readonly texts: readonly ReviewedText[];
  /** The ids of the findings the facilitator has set aside, so grouped findings can leave out one person. */
  readonly setAsideIds: ReadonlySet<string>;
}

const NO_HISTORY: ReviewHistory = {};

const GREETING: ReadonlySet<BlockKind> = new Set<BlockKind>(['welcome', 'check_in', 'relationship_building']);
const WELCOME: ReadonlySet<BlockKind> = new Set<BlockKind>(['welcome']);
const OPENING: ReadonlySet<BlockKind> = new Set<BlockKind>(['welcome', 'check_in', 'relationship_building', 'ground_rules']);

// The renderer reviews the plan on every edit, and nearly all of its text is the same as last time,
// so each text's plain-English results are kept by its exact wording. The results depend only on the
// text, so the review stays pure and deterministic; the cache only saves repeated work.
const TEXT_CACHE_SIZE = 4_000;
type PlainEnglishResult = { jargon: readonly JargonMatch[]; sentenceLimit: number; longSentences: readonly LongSentence[] };
// One cache per sentence limit, so a text is its own key (no joined keys to hash on every review).
const textCaches = new Map<number, Map<string, PlainEnglishResult>>();

function plainEnglishOf(text: string, sentenceLimit: number): PlainEnglishResult {
  let cache = textCaches.get(sentenceLimit);
  if (!cache) textCaches.set(sentenceLimit, (cache = new Map()));
  let result = cache.get(text);
  if (!result) {
    const longSentences: LongSentence[] = [];
    // More than `sentenceLimit` words need at least that many characters and gaps between them, so a
    // short text such as a block title cannot hold a long sentence and is not split.
    if (text.length > 2 * sentenceLimit) {
      for (const s of splitSentences(text)) if (s.words > sentenceLimit) longSentences.push(s);
    }
    result = { jargon: findJargon(text), sentenceLimit, longSentences };
    if (cache.size >= TEXT_CACHE_SIZE) cache.clear();
    cache.set(text, result);
  }
  return result;
}

const sentenceLimitOf = (t: ParticipantText) =>
  t.target.kind === 'block' && t.target.field === 'easyRead' ? EASY_READ_SENTENCE_WORDS : STANDARD_SENTENCE_WORDS;

/** Who joins online, and every need kept with consent (a need of a type Kindred no longer knows counts as "something else"). */
function accessFacts(plan: Plan): { onlinePeople: Person[]; needs: NeedFact[] } {
  const onlinePeople: Person[] = [];
  const needs: NeedFact[] = [];
  for (const person of plan.people) {
    // Joining by phone is remote too: the venue's checks do not reach them, the online side's do.
    const online = takesPartOnline(plan, person);
    if (online) onlinePeople.push(person);
    // Needs are kept only with consent; any found without it (an old file, say) are not acted on.
    if (!canKeepNeeds(person.consent)) continue;
    for (const need of person.accessNeeds) needs.push({ person, need, type: NEED_TYPE_BY_ID.get(need.type) ?? needType('other'), online });
  }
  return { onlinePeople, needs };
}

function leadingRun(blocks: readonly Block[], kinds: ReadonlySet<BlockKind>): number {
  let i = 0;
  while (i < blocks.length && kinds.has(blocks[i]!.kind)) i++;
  return i;
}

/**
 * The agenda on the clock. Plans are validated before they are saved, but the review never throws:
 * a time it cannot read is treated as not set (a start it cannot read as 10:00).
 */
function scheduleOf(plan: Plan): Schedule {
  const start = isClockTime(plan.startTime) ? plan.startTime : '10:00';
  const end = plan.endTime !== null && isClockTime(plan.endTime) ? plan.endTime : null;
  const pinsOk = plan.blocks.every((b) => b.pinnedTime === null || isClockTime(b.pinnedTime));
  const blocks = pinsOk
    ? plan.blocks
    : plan.blocks.map((b) => ({ ...b, pinnedTime: b.pinnedTime !== null && isClockTime(b.pinnedTime) ? b.pinnedTime : null }));
  return computeSchedule(start, blocks, end);
}

export function buildContext(plan: Plan, options: ReviewOptions = {}): ReviewContext {
  const today = options.today !== undefined && options.today !== null && isIsoDate(options.today) ? options.today : null;
  const workshopDate = plan.date !== null && isIsoDate(plan.date) ? plan.date : null;
  const blocks = plan.blocks;
  const schedule = scheduleOf(plan);

  const minutesByKind = {} as Record<BlockKind, number>;
  const countByKind = {} as Record<BlockKind, number>;
  for (const k of BLOCK_KINDS) {
    minutesByKind[k] = 0;
    countByKind[k] = 0;
  }
  let nonRestMinutes = 0;
  const restIndices: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    minutesByKind[b.kind] += b.durationMinutes;
    countByKind[b.kind]++;
    if (REST_KINDS.has(b.kind)) restIndices.push(i);
    else nonRestMinutes += b.durationMinutes;
  }

  const peopleById = new Map<string, Person>();
  const livedExperience: Person[] = [];
  const livedExperienceIds = new Set<string>();
  for (const p of plan.people) {
    peopleById.set(p.id, p);
    if (LIVED_EXPERIENCE_ROLES.has(p.role)) {
      livedExperience.push(p);
      livedExperienceIds.add(p.id);
    }
  }

  // Built field by field: object spread here costs tens of times more, on every keystroke.
  const texts: ReviewedText[] = participantTexts(plan).map((t) => {
    const found = plainEnglishOf(t.text, sentenceLimitOf(t));
    return {
      target: t.target,
      label: t.label,
      text: t.text,
      jargon: found.jargon,
      sentenceLimit: found.sentenceLimit,
      longSentences: found.longSentences,
    };
  });

  const last = blocks[blocks.length - 1];
  return {
    plan,
    today,
    reminders: options.reminders ?? DEFAULT_REMINDERS,
    packSendDays: options.packSendDays ?? DEFAULT_PACK_SEND_DAYS,
    overruns: options.overruns ?? [],
    history: options.history ?? NO_HISTORY,
    onDate: workshopDate ?? today,
    daysToWorkshop: today !== null && workshopDate !== null ? daysBetween(today, workshopDate) : null,
    blocks,
    hasBlocks: blocks.length > 0,
    blockById: new Map(blocks.map((b) => [b.id, b])),
    schedule,
    rows: schedule.rows,
    intendedEnd: schedule.intendedEnd,
    people: plan.people,
    hasPeople: plan.people.length > 0,
    peopleById,
    livedExperience,
    livedExperienceIds,
    expectedParticipants: plan.expectedParticipants ?? plan.people.length,
    ...accessFacts(plan),
    minutesByKind,
    countByKind,
    nonRestMinutes,
    restIndices,
    afterWelcome: leadingRun(blocks, WELCOME),
    afterGreeting: leadingRun(blocks, GREETING),
    afterOpening: leadingRun(blocks, OPENING),
    beforeClose: last?.kind === 'close' ? blocks.length - 1 : blocks.length,
    texts,
    setAsideIds: new Set(plan.setAsides.map((s) => s.findingId)),
  };
}
