/**
 * Interpreters. Sign language and spoken-language interpreting is tiring, skilled work: NRCPD and
 * ASLI guidance is that interpreters need breaks and, for anything over about an hour, work in a
 * pair who take turns; consecutive spoken-language interpretation roughly doubles the time talk takes.
 */
import { REST_KINDS } from '../../blockKinds';
import type { NeedTypeId } from '../../access';
import type { Person } from '../../people';
import type { NeedFact, ReviewContext } from '../context';
import { blockName, defineRule, duration, listWords, noticeForPeople, personName, quoted, type Rule } from './define';
import { BREAK_EVERY_MINUTES, BREAK_EVERY_MINUTES_ONLINE } from './timeAndPace';

/** Over this, interpreters work in pairs and need a break. */
export const INTERPRETER_SOLO_MINUTES = 60;
/** A discussion shorter than this leaves too little time once everything is interpreted. */
export const INTERPRETED_TALK_MIN_MINUTES = 30;

const INTERPRETED: ReadonlySet<NeedTypeId> = new Set<NeedTypeId>(['sign_language', 'interpreter']);
const TALK_KINDS = new Set(['discussion', 'small_groups', 'decision']);
/** An arrangement that already says two interpreters are booked. */
const A_PAIR = /\b(?:two|2|pair|pairs|team|co-?work(?:er|ers|ing)?|both)\b/i;

const WHY =
  'NRCPD and ASLI guidance for interpreters: interpreting is demanding work, so for sessions over about an hour interpreters work in pairs and take turns, and they need proper breaks.';

/** Interpreting needs still to be met, or met, for the session; needs that cannot be met are for other rules. */
function interpreted(ctx: ReviewContext): NeedFact[] {
  return ctx.needs.filter((f) => INTERPRETED.has(f.need.type) && f.need.arrangement.status !== 'cannot_meet');
}

function peopleOf(facts: readonly NeedFact[]): Person[] {
  return [...new Set(facts.map((f) => f.person))];
}

/** The longest run of clock time without a break or meal (gaps before set times count). */
export function longestStretch(ctx: ReviewContext): number {
  let longest = 0;
  let from = ctx.schedule.start;
  ctx.blocks.forEach((b, i) => {
    if (REST_KINDS.has(b.kind)) from = ctx.rows[i]!.end;
    else longest = Math.max(longest, ctx.rows[i]!.end - from);
  });
  return longest;
}

export const interpreterPair = defineRule({
  id: 'interpreter-pair',
  principle: 'access',
  weight: 'important',
  source: 'interpreters',
  check(ctx, notice) {
    const total = ctx.schedule.totalMinutes;
    if (total <= INTERPRETER_SOLO_MINUTES) return;
    // Once the arrangement says two interpreters are booked, there is nothing to ask.
    const facts = interpreted(ctx).filter((f) => !A_PAIR.test(f.need.arrangement.how));
    const people = peopleOf(facts);
    if (people.length === 0) return;
    const first = facts[0]!;
    noticeForPeople(ctx, 'interpreter-pair', people, notice, {
      group: (group) => ({
        message: `The session is ${duration(total)}, and ${listWords(group.map(personName))} need interpreters. Nothing says two interpreters are booked for each language.`,
        why: WHY,
        howToAct: 'Book two interpreters for each language, who take turns, and note it in the arrangements.',
        action: { type: 'go', label: 'Go to the arrangements', place: 'access', focus: { needId: first.need.id } },
      }),
      one: (person) => {
        const fact = facts.find((f) => f.person === person)!;
        return {
          message: `The session is ${duration(total)}, and nothing says two interpreters are booked for ${personName(person)}.`,
          why: WHY,
          howToAct: 'Book two interpreters who take turns, and note it in the arrangement.',
          action: { type: 'go', label: `Go to ${personName(person)}’s arrangement`, place: 'access', focus: { needId: fact.need.id } },
        };
      },
    });
  },
});

export const interpreterBreak = defineRule({
  id: 'interpreter-break',
  principle: 'access',
  weight: 'important',
  source: 'interpreters',
  check(ctx, notice) {
    if (interpreted(ctx).length === 0) return;
    const longest = longestStretch(ctx);
    // Past the usual limit, break-missing already asks for a break; this speaks for the interpreters below it.
    const usual = ctx.plan.format === 'online' ? BREAK_EVERY_MINUTES_ONLINE : BREAK_EVERY_MINUTES;
    if (longest <= INTERPRETER_SOLO_MINUTES || longest > usual) return;
    notice({
      message: `There is a stretch of ${duration(longest)} without a break. With interpreters working, a break at least every hour keeps their interpreting, and so the conversation, clear.`,
      why: WHY,
      howToAct: 'Add a short break within each hour, and ask the interpreters when they would like it.',
      action: { type: 'go', label: 'Go to the agenda', place: 'agenda' },
    });
  },
});

export const interpretedTalkTime = defineRule({
  id: 'interpreted-talk-time',
  principle: 'access',
  weight: 'consider',
  source: 'interpreters',
  check(ctx, notice) {
    if (!interpreted(ctx).some((f) => f.need.type === 'interpreter')) return;
    const short = ctx.blocks.filter((b) => TALK_KINDS.has(b.kind) && b.durationMinutes < INTERPRETED_TALK_MIN_MINUTES);
    if (short.length === 0) return;
    const names = short.map((b) => `${quoted(blockName(b))} (${duration(b.durationMinutes)})`);
    notice({
      message: `With spoken-language interpreting, everything said is said twice, so talk takes about twice as long. ${listWords(names)} may feel rushed.`,
      why: 'NRCPD and ASLI guidance for interpreters: consecutive interpretation needs time in discussion for each point to be interpreted and answered.',
      howToAct: `Give discussion blocks at least ${duration(INTERPRETED_TALK_MIN_MINUTES)}, or take fewer questions in each.`,
      action: { type: 'go', label: `Go to ${quoted(blockName(short[0]!))}`, place: 'agenda', focus: { blockId: short[0]!.id } },
    });
  },
});

export const INTERPRETER_RULES: readonly Rule[] = [interpreterPair, interpreterBreak, interpretedTalkTime];
