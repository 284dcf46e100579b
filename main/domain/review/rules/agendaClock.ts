/**
 * The agenda read by the clock, as a lead reads it: time nothing fills, a morning that runs long
 * before lunch, a lunch too short for the day, a closing far longer than closings are, and a
 * session across a mealtime with nothing to eat or drink. The plain rules about breaks and meals by
 * length live in timeAndPace; these add what only the clock shows, and stay quiet where those speak.
 */
import { REST_KINDS } from '../../blockKinds';
import { formatClockTime } from '../../time';
import type { ReviewContext } from '../context';
import { boundaryNearest, suggestedBlock } from '../suggestions';
import { blockName, defineRule, duration, listWords, quoted, type Rule } from './define';
import { MEAL_FROM_MINUTES, LONG_DAY_MINUTES } from './timeAndPace';

const at = formatClockTime;
const UK_INCLUSIVE = 'The UK Standards for Public Involvement (2019) ask for inclusive opportunities';
const goToBlock = (ctx: ReviewContext, index: number) => {
  const block = ctx.blocks[index]!;
  return { type: 'go', label: `Go to ${quoted(blockName(block))}`, place: 'agenda', focus: { blockId: block.id } } as const;
};

/** The morning before lunch should not run longer than this, breaks and all. */
export const MORNING_MAX_MINUTES = 3 * 60;
/** A lunch shorter than this does not leave time to queue, eat, rest and take medication. */
export const LUNCH_MIN_MINUTES = 30;
/** On a long day, lunch is also the main rest. */
export const LONG_DAY_LUNCH_MIN_MINUTES = 45;
/** Closings usually take 5 to 15 minutes; one over this is doing another block's work. */
export const CLOSING_USUAL_MAX_MINUTES = 20;

/** Minutes after midnight. */
export interface ClockWindow {
  from: number;
  to: number;
  name: string;
}
/** The usual mealtimes: around midday, and early evening. */
export const MEALTIMES: readonly ClockWindow[] = [
  { from: 12 * 60, to: 14 * 60, name: 'lunchtime' },
  { from: 17 * 60 + 30, to: 19 * 60, name: 'teatime' },
];
/** A session that takes up this much of a mealtime spans it. */
export const MEALTIME_OVERLAP_MINUTES = 60;

export const agendaGap = defineRule({
  id: 'agenda-gap',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    if (ctx.schedule.gaps === 0) return;
    const gaps: string[] = [];
    let first = -1;
    ctx.rows.forEach((row, i) => {
      if (!row.pin || row.pin.gapBefore <= 0) return;
      if (first < 0) first = i;
      const name = quoted(blockName(ctx.blocks[i]!));
      gaps.push(`${duration(row.pin.gapBefore)} from ${at(row.start - row.pin.gapBefore)} before ${name} (set for ${at(row.pin.at)})`);
    });
    const one = gaps.length === 1;
    notice({
      message: `${one ? 'There is a gap in the agenda that nothing fills' : `There are ${gaps.length} gaps in the agenda that nothing fills`}: ${listWords(gaps, 'and', 6)}.`,
      why: `${UK_INCLUSIVE}. People read the agenda to know what happens when; unplanned time leaves them waiting and unsure whether to stay.`,
      howToAct: 'Lengthen a block before the set time, add a break or time to chat, or move the set time earlier.',
      action: goToBlock(ctx, first),
    });
  },
});

export const longMorning = defineRule({
  id: 'long-morning',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    const lunch = ctx.blocks.findIndex((b) => b.kind === 'meal');
    if (lunch <= 0) return;
    const before = ctx.rows[lunch]!.start - ctx.schedule.start;
    if (before <= MORNING_MAX_MINUTES) return;
    notice({
      message: `It is ${duration(before)} from the ${at(ctx.schedule.start)} start to ${quoted(blockName(ctx.blocks[lunch]!))} at ${at(ctx.rows[lunch]!.start)}. That is a long time to wait to eat, even with a break.`,
      why: `${UK_INCLUSIVE}. People with diabetes, on medication taken with food, or who set off early, need to eat within a few hours.`,
      howToAct: 'Bring lunch earlier, start a little later, or offer a proper snack at the morning break.',
      action: goToBlock(ctx, lunch),
    });
  },
});

export const lunchShort = defineRule({
  id: 'lunch-short',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    const total = ctx.schedule.totalMinutes;
    if (total < MEAL_FROM_MINUTES || ctx.countByKind.meal === 0) return;
    const needed = total > LONG_DAY_MINUTES ? LONG_DAY_LUNCH_MIN_MINUTES : LUNCH_MIN_MINUTES;
    let longest = -1;
    ctx.blocks.forEach((b, i) => {
      if (b.kind === 'meal' && (longest < 0 || b.durationMinutes > ctx.blocks[longest]!.durationMinutes)) longest = i;
    });
    const meal = ctx.blocks[longest]!;
    if (meal.durationMinutes >= needed) return;
    notice({
      message: `${quoted(blockName(meal))} is ${duration(meal.durationMinutes)} in a ${duration(total)} day. That is hardly time to get food, eat it and rest before starting again.`,
      why: `${UK_INCLUSIVE}. On a long day, lunch is the main rest, and time when relationships grow.`,
      howToAct: `Give it at least ${duration(needed)}, taking the time from a block that can be shorter.`,
      action: goToBlock(ctx, longest),
    });
  },
});

export const closingLong = defineRule({
  id: 'closing-long',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'foundingPaper',
  check(ctx, notice) {
    ctx.blocks.forEach((b, i) => {
      if (b.kind !== 'close' || b.durationMinutes <= CLOSING_USUAL_MAX_MINUTES) return;
      notice({
        subject: b.id,
        message: `${quoted(blockName(b))} is ${duration(b.durationMinutes)}. Closings usually take 5 to 15 minutes, and by then people are tired and thinking of home.`,
        why: 'Co-production: a kind revolution (the founding paper) calls for enough time for honest, high-quality conversations: that time is best given earlier, while people have the energy for it.',
        howToAct: 'If part of it is discussion or reflection, make that its own block, and keep the thank-you and next steps short.',
        action: goToBlock(ctx, i),
      });
    });
  },
});

/** Words that say food or drink is planned in a block that is not a meal ("tea and biscuits at the break"). */
const FOOD_WORDS =
  /\b(?:food|eat|eating|lunch|dinner|supper|tea|coffee|drinks?|refreshments?|snacks?|sandwich(?:es)?|buffet|pizza|fruit|biscuits?|cake)\b/i;

function foodPlanned(ctx: ReviewContext): boolean {
  if (ctx.countByKind.meal > 0) return true;
  return ctx.blocks.some((b) => REST_KINDS.has(b.kind) && FOOD_WORDS.test(`${b.title} ${b.description} ${b.facilitatorNotes} ${b.materials}`));
}

export const mealtimeNoFood = defineRule({
  id: 'mealtime-no-food',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    if (!ctx.hasBlocks || foodPlanned(ctx)) return;
    // A day long enough for a meal is meal-missing's to raise, whatever the clock says.
    if (ctx.schedule.totalMinutes >= MEAL_FROM_MINUTES) return;
    const { start, end } = ctx.schedule;
    const spanned = MEALTIMES.find((w) => Math.min(end, w.to) - Math.max(start, w.from) >= MEALTIME_OVERLAP_MINUTES);
    if (!spanned) return;
    const online = ctx.plan.format === 'online';
    const middle = Math.max(start, Math.min(end, (spanned.from + spanned.to) / 2));
    const block = online ? suggestedBlock('break', ctx.plan.format, 20) : suggestedBlock('meal', ctx.plan.format, 30);
    notice({
      message:
        `The session runs from ${at(start)} to ${at(end)}, across ${spanned.name}, with nothing to eat or drink planned. ` +
        (online
          ? 'People will be hungry at home with no time to eat.'
          : 'People may have come straight from work, school or caring, without a meal.'),
      why: `${UK_INCLUSIVE}. Hunger shuts people out as surely as a step does, and some people need food with their medication.`,
      howToAct: online
        ? 'Add a break long enough to get something to eat, and say in the invitation that people are welcome to eat on camera.'
        : 'Offer food or at least drinks and something to eat, and ask about food needs when people book.',
      action: { type: 'addBlock', label: `Add ${quoted(block.title)}`, index: boundaryNearest(ctx, middle), block },
    });
  },
});

export const CLOCK_RULES: readonly Rule[] = [agendaGap, longMorning, lunchShort, closingLong, mealtimeNoFood];
