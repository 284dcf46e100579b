/**
 * Time and pace: breaks, meals, the balance between listening and talking, and times of day that let
 * carers, parents and people using off-peak travel take part.
 */
import { REST_KINDS } from '../../blockKinds';
import { formatClockTime } from '../../time';
import type { ReviewContext } from '../context';
import { boundaryNearest, suggestedBlock } from '../suggestions';
import { blockName, defineRule, duration, quoted, type Rule } from './define';

/** The longest stretch without a break or meal: 90 minutes in a room, 60 on screen. */
export const BREAK_EVERY_MINUTES = 90;
export const BREAK_EVERY_MINUTES_ONLINE = 60;
export const BREAK_MINUTES = 15;
/** A session this long needs a meal. */
export const MEAL_FROM_MINUTES = 5 * 60;
export const LONG_DAY_MINUTES = 6 * 60;
export const EARLIEST_START = 10 * 60;
export const LATEST_FINISH = 16 * 60;
/** A session for children, young people or young carers that starts this late meets after school on purpose. */
export const AFTER_SCHOOL = 15 * 60;
/** Even after school, young people should be home by about this time. */
export const YOUNG_PEOPLE_HOME_BY = 19 * 60;
/** An evening session for people who work in the daytime, ending by this time, is the point of it. */
export const WORKING_PEOPLE_HOME_BY = 21 * 60;
export const SPARE_MINUTES = 10;
/** Lunch is best offered around this time when the session spans it. */
const LUNCHTIME = 12 * 60 + 30;

const at = formatClockTime;
const goToAgenda = { type: 'go', label: 'Go to the agenda', place: 'agenda' } as const;
const goToDetails = { type: 'go', label: 'Go to the plan details', place: 'details' } as const;

const UK_INCLUSIVE = 'The UK Standards for Public Involvement (2019) ask for inclusive opportunities';

export const agendaEmpty = defineRule({
  id: 'agenda-empty',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'foundingPaper',
  check(ctx, notice) {
    if (ctx.hasBlocks) return;
    notice({
      message: 'The agenda is empty so far. Add a first block, and the review will help with pace, breaks and time to talk.',
      why: 'Co-production: a kind revolution (the founding paper) calls for enough time for honest, high-quality conversations. The agenda is where that time is made.',
      howToAct: 'Start with a welcome and a check-in, or begin from one of the starter templates and make it your own.',
      action: goToAgenda,
    });
  },
});

const ROOM_WHY = `${UK_INCLUSIVE}. Regular breaks are an access need for many people, not a luxury, and they are where much of the informal talk happens.`;
const ONLINE_WHY = `${UK_INCLUSIVE}. On screen, tiredness comes sooner, so a break at least every hour keeps the session open to everyone.`;

export const breakMissing = defineRule({
  id: 'break-missing',
  principle: 'time_and_pace',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    const online = ctx.plan.format === 'online';
    const limit = online ? BREAK_EVERY_MINUTES_ONLINE : BREAK_EVERY_MINUTES;
    const { blocks, rows } = ctx;
    const n = blocks.length;
    let i = 0;
    while (i < n) {
      if (REST_KINDS.has(blocks[i]!.kind)) {
        i++;
        continue;
      }
      // A stretch of work: from the end of the last rest (or the start) to the end of the last
      // block before the next rest (or the end). Gaps before pinned blocks count: it is clock time.
      const first = i;
      let last = i;
      while (last + 1 < n && !REST_KINDS.has(blocks[last + 1]!.kind)) last++;
      i = last + 1;
      const from = first === 0 ? ctx.schedule.start : rows[first - 1]!.end;
      const to = rows[last]!.end;
      if (to - from <= limit) continue;
      // The break goes at the latest block boundary within the limit; if even the first block runs
      // past it, straight after that block.
      let index = first + 1;
      for (let k = first + 2; k <= last; k++) {
        if (rows[k - 1]!.end - from <= limit) index = k;
        else break;
      }
      if (first === last) {
        // One long block with no rest either side: the kind fix is a break in the middle of it.
        const long = blocks[first]!;
        notice({
          subject: long.id,
          message: `${quoted(blockName(long))} runs for ${duration(to - from)} without a break. Could it have a short break in the middle?`,
          why: online ? ONLINE_WHY : ROOM_WHY,
          howToAct: `Split it into two blocks with a ${BREAK_MINUTES}-minute break between, or shorten it.`,
          action: { type: 'go', label: `Go to ${quoted(blockName(long))}`, place: 'agenda', focus: { blockId: long.id } },
        });
        continue;
      }
      const before = blocks[index - 1]!;
      const block = suggestedBlock('break', ctx.plan.format, BREAK_MINUTES);
      notice({
        subject: blocks[first]!.id,
        message:
          `From ${at(from)} to ${at(to)} there is no break: ${duration(to - from)}. ` +
          `A ${BREAK_MINUTES}-minute break after ${quoted(blockName(before))}, at about ${at(rows[index - 1]!.end)}, would let people rest.`,
        why: online ? ONLINE_WHY : ROOM_WHY,
        howToAct: `Add a ${BREAK_MINUTES}-minute break, or split a long block in two with a break between.`,
        action: { type: 'addBlock', label: `Add a break after ${quoted(blockName(before))}`, index, block },
      });
    }
  },
});

/** Where a meal fits: the block boundary nearest lunchtime when the session spans it, else nearest the middle. */
function mealIndex(ctx: ReviewContext): number {
  const { schedule } = ctx;
  const target = schedule.start <= LUNCHTIME && LUNCHTIME <= schedule.end ? LUNCHTIME : (schedule.start + schedule.end) / 2;
  return boundaryNearest(ctx, target);
}

export const mealMissing = defineRule({
  id: 'meal-missing',
  principle: 'time_and_pace',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    const total = ctx.schedule.totalMinutes;
    if (total < MEAL_FROM_MINUTES || ctx.countByKind.meal > 0) return;
    const block = suggestedBlock('meal', ctx.plan.format);
    const index = mealIndex(ctx);
    notice({
      message: `This is a ${duration(total)} day with no meal. Time to eat matters for people’s health, medication and energy, and it is where relationships grow.`,
      why: `${UK_INCLUSIVE}. On a long day, people need time to eat, rest and take medication.`,
      howToAct: 'Add a meal around the middle of the day, pinned to a time people can plan around, and ask about food needs when people book.',
      action: { type: 'addBlock', label: `Add ${quoted(block.title)}`, index, block },
    });
  },
});

export const presentationsHeavy = defineRule({
  id: 'presentations-heavy',
  principle: 'respecting_knowledge',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    const talks = ctx.minutesByKind.presentation;
    const working = ctx.nonRestMinutes;
    if (talks === 0 || working === 0 || talks * 3 <= working) return;
    const half = talks * 2 > working;
    notice({
      weight: half ? 'important' : 'consider',
      message:
        `Presentations take ${duration(talks)} of the ${duration(working)} of working time: more than ${half ? 'half' : 'a third'}. ` +
        'People come to share what they know, not only to listen.',
      why: 'NIHR INVOLVE (2018) asks us to respect and value the knowledge of all. When most of the time goes on talks, the knowledge in the room goes unheard.',
      howToAct: 'Shorten the talks, send some of the material beforehand in plain English, or turn part of a talk into discussion in small groups.',
      action: goToAgenda,
    });
  },
});

const CONVERSATION_KINDS = ['discussion', 'small_groups', 'activity', 'decision'] as const;
export const CONVERSATION_MIN_MINUTES = 20;

export const conversationTimeShort = defineRule({
  id: 'conversation-time-short',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'foundingPaper',
  check(ctx, notice) {
    const working = ctx.nonRestMinutes;
    if (working === 0) return;
    let talking = 0;
    for (const k of CONVERSATION_KINDS) talking += ctx.minutesByKind[k];
    if (talking * 3 >= working && talking >= CONVERSATION_MIN_MINUTES) return;
    notice({
      message:
        talking === 0
          ? 'There is no time yet for discussion, small groups, activities or deciding together.'
          : `Only ${duration(talking)} of the ${duration(working)} of working time is for discussion, small groups, activities or deciding together.`,
      why: 'Co-production: a kind revolution (the founding paper) calls for enough time for honest, high-quality conversations between patients, public contributors and researchers.',
      howToAct: 'Give more of the day to talking together: in pairs, in small groups or as a whole room.',
      action: goToAgenda,
    });
  },
});

export const agendaOverruns = defineRule({
  id: 'agenda-overruns',
  principle: 'time_and_pace',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    const over = ctx.schedule.overrunMinutes;
    if (over <= 0 || ctx.intendedEnd === null) return;
    notice({
      message: `The agenda runs ${duration(over)} past the ${at(ctx.intendedEnd)} end.`,
      why: `${UK_INCLUSIVE}. People arrange care, transport and medication around the times they are given.`,
      howToAct: 'Shorten or take out a block, or move the end time if everyone can stay later.',
      action: goToAgenda,
    });
  },
});

export const pinLate = defineRule({
  id: 'pin-late',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    ctx.rows.forEach((row, i) => {
      if (!row.pin || row.pin.lateBy <= 0) return;
      const block = ctx.blocks[i]!;
      notice({
        subject: block.id,
        message:
          `${quoted(blockName(block))} is set for ${at(row.pin.at)} but would start at ${at(row.start)}, ` +
          `${duration(row.pin.lateBy)} late, because the blocks before it run on.`,
        why: `${UK_INCLUSIVE}. A set time is often one people plan around: a meal, medication, a speaker or transport home.`,
        howToAct: 'Shorten a block before it, or move its set time.',
        action: { type: 'go', label: `Go to ${quoted(blockName(block))}`, place: 'agenda', focus: { blockId: block.id } },
      });
    });
  },
});

/**
 * A group that meets after school or after work on purpose has chosen its time: one click says so.
 * Exported so the screen and its tests use the very same words.
 */
export const SUITS_THIS_GROUP = 'This time suits this group.';

export const earlyStart = defineRule({
  id: 'early-start',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    const start = ctx.schedule.start;
    if (start >= EARLIEST_START) return;
    notice({
      message:
        `The workshop starts at ${at(start)}. Before 10:00 is hard for many carers and parents, ` +
        'and travel costs more at busy times (many bus passes only start at 09:30).',
      why: `${UK_INCLUSIVE}: times that let carers, parents and people using off-peak travel take part.`,
      howToAct: 'Start at 10:00 or later if you can. If an early start suits your group, set this aside with a note saying why.',
      action: { ...goToDetails, label: 'Go to the start time', focus: { detailsField: 'startTime' } },
      quickReason: SUITS_THIS_GROUP,
    });
  },
});

export const lateFinish = defineRule({
  id: 'late-finish',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    const finish = ctx.hasBlocks ? ctx.schedule.end : ctx.intendedEnd;
    if (finish === null || finish <= LATEST_FINISH) return;
    const audience = ctx.plan.audience;
    const young = audience.includes('under_18') || audience.includes('young_carers');
    // A group that meets after school or after work on purpose is not told its time clashes with school pick-up.
    if (young && ctx.schedule.start >= AFTER_SCHOOL) {
      if (finish <= YOUNG_PEOPLE_HOME_BY) return;
      notice({
        message: `The session finishes at ${at(finish)}. After school suits young people, but a late finish makes the journey home harder for them and their families.`,
        why: `${UK_INCLUSIVE}: times that let young people take part and get home safely.`,
        howToAct: `Finish by ${at(YOUNG_PEOPLE_HOME_BY)} if you can, and agree with parents, guardians or carers how each young person gets home.`,
        action: goToAgenda,
        quickReason: SUITS_THIS_GROUP,
      });
      return;
    }
    if (audience.includes('works_daytime') && finish <= WORKING_PEOPLE_HOME_BY) return;
    notice({
      message:
        `The workshop finishes at ${at(finish)}. After 16:00 clashes with school pick-up and caring` +
        // Nobody travels home from an online session.
        (ctx.plan.format === 'online' ? ', and evenings are family time for many.' : ', and some people would rather not travel home in the dark.'),
      why: `${UK_INCLUSIVE}: times that let carers, parents and people travelling some distance take part.`,
      howToAct: 'Finish by 16:00 if you can. If an evening suits your group better, set this aside with a note saying why.',
      action: ctx.hasBlocks ? goToAgenda : { ...goToDetails, label: 'Go to the end time', focus: { detailsField: 'endTime' } },
      quickReason: SUITS_THIS_GROUP,
    });
  },
});

export const longDay = defineRule({
  id: 'long-day',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    const total = ctx.schedule.totalMinutes;
    if (total <= LONG_DAY_MINUTES) return;
    notice({
      message: `At ${duration(total)}, this is a long day. Tiredness makes it harder for everyone to take part, especially people living with a health condition.`,
      why: `${UK_INCLUSIVE}. A shorter day, or two shorter sessions, lets more people take a full part.`,
      howToAct: 'Think about two shorter sessions, or a shorter day with some reading people can do beforehand if they would like.',
      action: goToAgenda,
    });
  },
});

export const littleSpareTime = defineRule({
  id: 'little-spare-time',
  principle: 'kindness',
  weight: 'consider',
  source: 'foundingPaper',
  check(ctx, notice) {
    const { schedule, intendedEnd } = ctx;
    if (!ctx.hasBlocks || intendedEnd === null || schedule.overrunMinutes > 0 || schedule.spareMinutes >= SPARE_MINUTES) return;
    notice({
      message:
        schedule.spareMinutes === 0
          ? `The agenda ends exactly at ${at(intendedEnd)}, with no time to spare. Things often take longer when everyone has a say.`
          : `There are only ${duration(schedule.spareMinutes)} to spare before the ${at(intendedEnd)} end. Things often take longer when everyone has a say.`,
      why: 'Co-production: a kind revolution (the founding paper) calls for enough time for honest, high-quality conversations, and that includes room to run over kindly rather than cut people off.',
      howToAct: `Leave at least ${SPARE_MINUTES} minutes spare: trim a block a little, or move the end time.`,
      action: goToAgenda,
    });
  },
});

export const TIME_RULES: readonly Rule[] = [
  agendaEmpty,
  breakMissing,
  mealMissing,
  presentationsHeavy,
  conversationTimeShort,
  agendaOverruns,
  pinLate,
  earlyStart,
  lateFinish,
  longDay,
  littleSpareTime,
];
