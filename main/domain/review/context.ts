/**
 * The facts every rule shares, worked out once per review: the agenda on the clock, who is who,
 * minutes by kind of block, where to put a suggested block, and the participant-facing text with
 * its jargon and long sentences. Rules read these and stay cheap.
 */
import { BLOCK_KINDS, REST_KINDS, type BlockKind } from '../blockKinds';
import { LIVED_EXPERIENCE_ROLES, type Person } from '../people';
import type { Block, Plan } from '../plan';
import { findJargon, splitSentences, STANDARD_SENTENCE_WORDS, type JargonMatch } from '../plainEnglish';
import { DEFAULT_REMINDERS, type ReminderSettings } from '../access';
import { daysBetween, isClockTime, isIsoDate } from '../time';
import { computeSchedule, type BlockTiming, type Schedule } from '../timing';
import { participantTexts, type ParticipantText } from './participantText';

export interface LongSentence {
  text: string;
  words: number;
  index: number;
}

export interface ReviewedText extends ParticipantText {
  jargon: readonly JargonMatch[];
  /** Sentences over STANDARD_SENTENCE_WORDS words (PRODUCT.md: split above 25 words). */
  longSentences: readonly LongSentence[];
}

export interface ReviewOptions {
  /** Today as an ISO date, for the rules about dates; without it they stay quiet. */
  today?: string | null;
  /** The facilitator's reminder settings; Kindred's defaults when left out. */
  reminders?: ReminderSettings;
}

export interface ReviewContext {
  readonly plan: Plan;
  /** Today as an ISO date, or null when the caller did not say (date rules then stay quiet). */
  readonly today: string | null;
  readonly reminders: ReminderSettings;
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
}

const GREETING: ReadonlySet<BlockKind> = new Set<BlockKind>(['welcome', 'check_in', 'relationship_building']);
const WELCOME: ReadonlySet<BlockKind> = new Set<BlockKind>(['welcome']);
const OPENING: ReadonlySet<BlockKind> = new Set<BlockKind>(['welcome', 'check_in', 'relationship_building', 'ground_rules']);

// The renderer reviews the plan on every edit, and nearly all of its text is the same as last time,
// so each text's plain-English results are kept by its exact wording. The results depend only on the
// text, so the review stays pure and deterministic; the cache only saves repeated work.
const TEXT_CACHE_SIZE = 4_000;
const textCache = new Map<string, { jargon: readonly JargonMatch[]; longSentences: readonly LongSentence[] }>();

function plainEnglishOf(text: string) {
  let result = textCache.get(text);
  if (!result) {
    const longSentences: LongSentence[] = [];
    // More than 25 words need at least 26 characters and 25 gaps between them, so a short text such
    // as a block title cannot hold a long sentence and is not split.
    if (text.length > 2 * STANDARD_SENTENCE_WORDS) {
      for (const s of splitSentences(text)) if (s.words > STANDARD_SENTENCE_WORDS) longSentences.push(s);
    }
    result = { jargon: findJargon(text), longSentences };
    if (textCache.size >= TEXT_CACHE_SIZE) textCache.clear();
    textCache.set(text, result);
  }
  return result;
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
  const blocks = pinsOk ? plan.blocks : plan.blocks.map((b) => ({ ...b, pinnedTime: b.pinnedTime !== null && isClockTime(b.pinnedTime) ? b.pinnedTime : null }));
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

  const texts: ReviewedText[] = participantTexts(plan).map((t) => ({ ...t, ...plainEnglishOf(t.text) }));

  const last = blocks[blocks.length - 1];
  return {
    plan,
    today,
    reminders: options.reminders ?? DEFAULT_REMINDERS,
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
    minutesByKind,
    countByKind,
    nonRestMinutes,
    restIndices,
    afterWelcome: leadingRun(blocks, WELCOME),
    afterGreeting: leadingRun(blocks, GREETING),
    afterOpening: leadingRun(blocks, OPENING),
    beforeClose: last?.kind === 'close' ? blocks.length - 1 : blocks.length,
    texts,
  };
}
