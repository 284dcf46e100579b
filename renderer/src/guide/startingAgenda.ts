/**
 * "Build a starting agenda for me": a relational skeleton from the method library, fitted to the
 * time the facilitator has. People arrive (welcome, check-in), get to know each other and agree
 * how to work together, work in short stretches with a break at least every 90 minutes (60
 * online) and lunch on a long day, then reflect and hear what happens next.
 */
import type { PlanFormat } from '../../../main/domain/plan';
import { methodById, methodToBlock, type MethodBlock } from '../../../main/domain/library/methods';
import { parseClockTime, isClockTime } from '../../../main/domain/time';

/** When no end time is set yet, we build for two and a half hours. */
export const ASSUMED_LENGTH_MINUTES = 150;
const BREAK_MINUTES = 15;
const MEAL_MINUTES = 45;
/** Sessions of this length or more include lunch together. */
const LUNCH_FROM_MINUTES = 300;
const LUNCH_AT = 12 * 60 + 30;

/** The longest stretch without a break: 90 minutes in the room, 60 on screen. */
export function breakEveryMinutes(format: PlanFormat): number {
  return format === 'online' ? 60 : 90;
}

export interface StartingAgenda {
  blocks: MethodBlock[];
  /** The whole session length we fitted to, in minutes. */
  lengthMinutes: number;
  /** True when there was no usable end time, so we assumed ASSUMED_LENGTH_MINUTES. */
  assumedLength: boolean;
  /** Minutes deliberately left free at the end, because things take longer than planned. */
  spareMinutes: number;
}

function block(methodId: string, format: PlanFormat, durationMinutes?: number): MethodBlock {
  const method = methodById(methodId);
  if (!method) throw new Error(`Unknown method: ${methodId}`);
  const b = methodToBlock(method, { format });
  return durationMinutes === undefined ? b : { ...b, durationMinutes };
}

/** Splits `total` (a multiple of 5) into `parts` multiples of 5, the larger ones first. */
function split(total: number, parts: number): number[] {
  const base = Math.floor(total / parts / 5) * 5;
  let extra = total - base * parts;
  return Array.from({ length: parts }, () => {
    const add = extra > 0 ? 5 : 0;
    extra -= add;
    return base + add;
  });
}

const sum = (blocks: readonly MethodBlock[]) => blocks.reduce((n, b) => n + b.durationMinutes, 0);

// The main work, in the order the skeleton uses it: short, everyone-speaks methods first.
const WORK_METHODS = ['one-two-four-all', 'question-cards', 'story-circle', 'think-pair-share'];

export function buildStartingAgenda(input: { startTime: string; endTime: string | null; format: PlanFormat }): StartingAgenda {
  const { format } = input;
  const start = isClockTime(input.startTime) ? parseClockTime(input.startTime) : 10 * 60;
  const given = input.endTime && isClockTime(input.endTime) ? parseClockTime(input.endTime) - start : Number.NaN;
  const assumedLength = !(given >= 30);
  const lengthMinutes = Math.floor(Math.min(assumedLength ? ASSUMED_LENGTH_MINUTES : given, 10 * 60) / 5) * 5;
  const spareMinutes = lengthMinutes >= 120 ? 10 : 0;
  const target = lengthMinutes - spareMinutes;
  const cap = breakEveryMinutes(format);
  const lunch = target >= LUNCH_FROM_MINUTES;

  // How many working stretches, so that none is longer than the cap once the rests are taken out.
  const restTotal = (n: number) => (n <= 1 ? 0 : (n - 1) * BREAK_MINUTES + (lunch ? MEAL_MINUTES - BREAK_MINUTES : 0));
  let stretches = 1;
  while ((target - restTotal(stretches)) / stretches > cap && stretches < 12) stretches++;
  const stretchLengths = split(target - restTotal(stretches), stretches);

  const opening = [
    block('welcome-and-housekeeping', format),
    block(format === 'online' ? 'chat-check-in' : 'one-word-check-in', format),
    ...(target >= 120 ? [block('paired-introductions', format)] : []),
    ...(target >= 75 ? [block('working-agreement', format)] : []),
  ];
  let closing = [block('check-out-one-thing', format), block('thanks-and-next-steps', format)];

  // The first stretch holds the whole opening: give it room for some real work too, if it can.
  if (stretches > 1) {
    const donor = stretches - 1;
    const donorFixed = sum(closing);
    while (stretchLengths[0]! - sum(opening) < 15 && stretchLengths[0]! + 5 <= cap && stretchLengths[donor]! - 5 - donorFixed >= 15) {
      stretchLengths[0]! += 5;
      stretchLengths[donor]! -= 5;
    }
  }

  // Lunch goes in the rest nearest 12:30.
  let lunchAfter = -1;
  if (lunch && stretches > 1) {
    let best = Number.POSITIVE_INFINITY;
    for (let candidate = 0; candidate < stretches - 1; candidate++) {
      let clock = start;
      for (let i = 0; i <= candidate; i++) clock += stretchLengths[i]! + (i < candidate ? BREAK_MINUTES : 0);
      if (Math.abs(clock - LUNCH_AT) < best) {
        best = Math.abs(clock - LUNCH_AT);
        lunchAfter = candidate;
      }
    }
  }

  // An opening longer than its stretch borrows from the next one, so the whole still fits.
  let carried = 0;
  const stretchPlans = stretchLengths.map((length, i) => {
    const last = i === stretches - 1;
    const fixedMinutes = () => sum([...(i === 0 ? opening : []), ...(last ? closing : [])]);
    let free = length - carried - fixedMinutes();
    // A very short session: the check-out goes, the close stays.
    if (free < 0 && last && closing.length > 1) {
      closing = closing.slice(1);
      free = length - carried - fixedMinutes();
    }
    carried = Math.max(0, -free);
    return { free, workParts: free >= 15 ? split(free, Math.max(1, Math.round(free / 40))) : [] };
  });
  // The work blocks, spread over the stretches; the last one of a longer day is a shared decision.
  const workCount = stretchPlans.reduce((n, s) => n + s.workParts.length, 0);
  let workIndex = 0;

  const blocks: MethodBlock[] = [];
  stretchPlans.forEach(({ free, workParts }, i) => {
    const stretch: MethodBlock[] = [];
    if (i === 0) stretch.push(...opening.map((b) => ({ ...b })));
    for (const minutes of workParts) {
      const isLast = workIndex === workCount - 1;
      const id = isLast && workCount >= 3 ? 'traffic-light-cards' : WORK_METHODS[workIndex % WORK_METHODS.length]!;
      stretch.push(block(id, format, minutes));
      workIndex++;
    }
    if (i === stretches - 1) stretch.push(...closing.map((b) => ({ ...b })));
    // A few minutes too few for a block of their own go to the longest flexible block nearby.
    if (free > 0 && free < 15) {
      const flexible = stretch.filter((b) => b.kind !== 'welcome' && b.kind !== 'close');
      const longest = (flexible.length ? flexible : stretch).reduce((a, b) => (b.durationMinutes > a.durationMinutes ? b : a));
      longest.durationMinutes += free;
    }
    blocks.push(...stretch);
    if (i < stretches - 1) blocks.push(i === lunchAfter ? block('shared-meal', format) : block('break-with-quiet-space', format));
  });

  return { blocks, lengthMinutes, assumedLength, spareMinutes };
}
