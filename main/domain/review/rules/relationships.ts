/** Building and maintaining relationships: a welcome, an early check-in, ground rules, time to meet, a closing reflection. */
import { blockName, defineRule, duration, quoted, type Rule } from './define';
import { suggestedBlock } from '../suggestions';

/** A check-in or getting to know each other should start within this many minutes of the start. */
export const CHECK_IN_WITHIN_MINUTES = 30;
/** Sessions longer than this need time set aside for people to get to know each other. */
export const RELATIONSHIP_TIME_AFTER_MINUTES = 120;
/** A reflection should end within this many minutes of the end. */
export const REFLECTION_WITHIN_MINUTES = 30;

/**
 * Words in a first block's title that show it welcomes people: "Hello and check-in", "Arrivals and
 * tea", "Introductions". A welcome is recognised by what it does, not by one word.
 */
const WELCOME_WORDS =
  /\b(?:welcome|welcoming|hello|hiya|arrivals?|arriving|introductions?|intros|meet and greet|greetings?|tea and coffee|coffee and tea)\b/i;

/**
 * A block that opens the day warmly: a welcome, or a block whose title says it greets people. A
 * bare "Check-in" is not one on its own (it asks people to speak before anyone has said hello).
 */
export function isWelcome(block: { kind: string; title: string }): boolean {
  return block.kind === 'welcome' || WELCOME_WORDS.test(block.title);
}

/**
 * Words in a title that show everyone gets to speak early: "Hello and check-in", "Welcome and
 * introductions", "Icebreaker", "Getting to know each other".
 */
const CHECK_IN_WORDS =
  /\b(?:check[- ]?ins?|checking in|introductions?|intros|introduce (?:ourselves|yourselves)|ice[- ]?breakers?|round of names|go[- ]?rounds?|get(?:ting)? to know|how (?:is )?everyone)\b/i;

/**
 * Kinds where a check-in can sit inside: a welcome, an activity (an icebreaker) or something else.
 * A presentation or discussion titled "check-in" is more likely a progress update than a round.
 */
const CAN_HOLD_CHECK_IN = new Set(['welcome', 'activity', 'other']);

/** A block where everyone is heard early: a check-in or relationship block, or one whose title says it holds one. */
export function isCheckIn(block: { kind: string; title: string }): boolean {
  if (block.kind === 'check_in' || block.kind === 'relationship_building') return true;
  return CAN_HOLD_CHECK_IN.has(block.kind) && CHECK_IN_WORDS.test(block.title);
}

export const welcomeMissing = defineRule({
  id: 'welcome-missing',
  principle: 'relationships',
  weight: 'consider',
  source: 'foundingPaper',
  check(ctx, notice) {
    const first = ctx.blocks[0];
    if (!first || isWelcome(first)) return;
    const block = suggestedBlock('welcome', ctx.plan.format);
    // Online, nobody needs telling where the toilets are; the welcome is about how the call works.
    const settle =
      ctx.plan.format === 'online'
        ? 'A warm welcome, with how the call works and how to ask for a break, helps people settle.'
        : 'A warm welcome, with where the toilets and the quiet room are, helps people settle.';
    notice({
      message: `The agenda starts with ${quoted(blockName(first))} rather than a welcome. ${settle}`,
      why: 'Co-production: a kind revolution (the founding paper) calls for a kinder, more relational way of working, and that starts with how people are welcomed.',
      howToAct: 'Add a short welcome at the start: who is here, what today is for, and that anyone can step out at any time.',
      action: { type: 'addBlock', label: 'Add a welcome at the start', index: 0, block },
    });
  },
});

export const checkInMissing = defineRule({
  id: 'check-in-missing',
  principle: 'relationships',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    if (!ctx.hasBlocks) return;
    const start = ctx.schedule.start;
    const early = ctx.blocks.some((b, i) => isCheckIn(b) && ctx.rows[i]!.start - start <= CHECK_IN_WITHIN_MINUTES);
    if (early) return;
    const block = suggestedBlock('checkIn', ctx.plan.format);
    const index = ctx.afterWelcome;
    notice({
      message: `There is no check-in or time to get to know each other in the first ${CHECK_IN_WITHIN_MINUTES} minutes. People speak more freely once everyone has been heard early on.`,
      why: 'NIHR INVOLVE (2018) names commitment to relationship building as a key feature of co-production, and it starts in the first minutes of a session.',
      howToAct: `Add a short check-in ${index > 0 ? 'after the welcome' : 'near the start'}: everyone says their name and one word about how they are. Passing is always fine.`,
      action: { type: 'addBlock', label: index > 0 ? 'Add a check-in after the welcome' : 'Add a check-in at the start', index, block },
    });
  },
});

export const groundRulesMissing = defineRule({
  id: 'ground-rules-missing',
  principle: 'relationships',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    if (!ctx.hasBlocks || ctx.countByKind.ground_rules > 0) return;
    const block = suggestedBlock('groundRules', ctx.plan.format);
    notice({
      message:
        'There is no time to agree ground rules together. An agreement everyone has made helps people feel safe to speak up and to disagree kindly.',
      why: 'NIHR INVOLVE (2018) names establishing ground rules as a key feature of co-production.',
      howToAct: 'Add a short working agreement near the start, made with the group rather than read out to them.',
      action: { type: 'addBlock', label: 'Add ground rules near the start', index: ctx.afterGreeting, block },
    });
  },
});

export const relationshipTimeMissing = defineRule({
  id: 'relationship-time-missing',
  principle: 'relationships',
  weight: 'consider',
  source: 'foundingPaper',
  check(ctx, notice) {
    const total = ctx.schedule.totalMinutes;
    if (total <= RELATIONSHIP_TIME_AFTER_MINUTES || ctx.countByKind.relationship_building > 0) return;
    const block = suggestedBlock('relationships', ctx.plan.format);
    notice({
      message: `This session is ${duration(total)} long, with no time set aside for people to get to know each other.`,
      why: 'Co-production: a kind revolution (the founding paper) sees relationships as key to co-production: high-quality relationships build trust, and the time they take deserves to be valued.',
      howToAct: 'Add 20 minutes early on for people to meet properly, such as paired introductions with job titles left out.',
      action: { type: 'addBlock', label: `Add ${quoted(block.title)}`, index: ctx.afterGreeting, block },
    });
  },
});

export const reflectionMissing = defineRule({
  id: 'reflection-missing',
  principle: 'relationships',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    if (!ctx.hasBlocks) return;
    const end = ctx.schedule.end;
    const nearEnd = ctx.blocks.some((b, i) => b.kind === 'reflection' && ctx.rows[i]!.end >= end - REFLECTION_WITHIN_MINUTES);
    if (nearEnd) return;
    const earlier = ctx.blocks.find((b) => b.kind === 'reflection');
    const block = suggestedBlock('reflection', ctx.plan.format);
    const index = ctx.beforeClose;
    notice({
      message: earlier
        ? `${quoted(blockName(earlier))} comes well before the end. A short check-out near the close lets everyone say how the day went for them.`
        : 'There is no reflection or check-out near the end. Closing together lets everyone say how it went and what they are taking away.',
      why: 'NIHR INVOLVE (2018) names continuing dialogue and valuing and evaluating impact as key features of co-production. A closing reflection hears how the day worked for everyone.',
      howToAct: 'Add a short check-out before the close, where each person says one thing they are taking away. Passing is fine.',
      action: {
        type: 'addBlock',
        label: index < ctx.blocks.length ? 'Add a check-out before the close' : 'Add a check-out at the end',
        index,
        block,
      },
    });
  },
});

export const RELATIONSHIP_RULES: readonly Rule[] = [welcomeMissing, checkInMissing, groundRulesMissing, relationshipTimeMissing, reflectionMissing];
