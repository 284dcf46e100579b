/** Including all perspectives and skills: online hosting, small groups, and who runs the day. */
import type { ReviewContext } from '../context';
import { suggestedBlock } from '../suggestions';
import { defineRule, listWords, ONLINE_TOO, personName, quoted, type Rule } from './define';

export const onlineHostMissing = defineRule({
  id: 'online-host-missing',
  principle: 'including_all',
  weight: 'important',
  source: 'ukStandards',
  formats: ONLINE_TOO,
  check(ctx, notice) {
    const format = ctx.plan.format;
    if (!ctx.hasPeople || ctx.people.some((p) => p.hostsOnline)) return;
    const hybrid = format === 'hybrid';
    notice({
      weight: hybrid ? 'important' : 'consider',
      message: hybrid
        ? 'Nobody is named to look after the people joining online. In a hybrid session they are easily forgotten.'
        : 'Nobody is named to host the online room: letting people in, watching the chat and helping with sound.',
      why: 'The UK Standards for Public Involvement (2019) ask for inclusive opportunities. People joining online need someone looking out for them to take an equal part.',
      howToAct: 'Choose someone other than the lead facilitator to look after people online, and mark them as hosting online.',
      action: { type: 'go', label: 'Go to people', place: 'people' },
    });
  },
});

/** Words in a title or description that show people already work in pairs or small groups. */
const SMALL_GROUP_WORDS =
  /\b(?:pairs?|paired|1-2-4|one-two-four|small groups?|breakouts?|breakout rooms?|groups? of (?:two|three|four|five|2|3|4|5)|threes|fours|in twos|table groups?|buzz groups?)\b|world caf[eé]/i;

function hasSmallGroupTime(ctx: ReviewContext): boolean {
  if (ctx.countByKind.small_groups > 0) return true;
  return ctx.blocks.some((b) => SMALL_GROUP_WORDS.test(b.title) || SMALL_GROUP_WORDS.test(b.description));
}

/** Where small groups fit best: just before the first whole-room discussion, or after the first talk, or after the opening. */
function smallGroupsIndex(ctx: ReviewContext): number {
  const discussion = ctx.blocks.findIndex((b, i) => i >= ctx.afterOpening && (b.kind === 'discussion' || b.kind === 'decision'));
  if (discussion >= 0) return discussion;
  const talk = ctx.blocks.findIndex((b, i) => i >= ctx.afterOpening && b.kind === 'presentation');
  if (talk >= 0) return talk + 1;
  return Math.min(ctx.afterOpening, ctx.beforeClose);
}

export const SMALL_GROUPS_FROM = 12;

export const smallGroupsMissing = defineRule({
  id: 'small-groups-missing',
  principle: 'including_all',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    if (!ctx.hasBlocks || ctx.expectedParticipants < SMALL_GROUPS_FROM || hasSmallGroupTime(ctx)) return;
    const block = suggestedBlock('smallGroups', ctx.plan.format);
    notice({
      message: `About ${ctx.expectedParticipants} people are coming, and there is no time in pairs or small groups. In a big group, quieter voices are often not heard.`,
      why: 'NIHR INVOLVE (2018) asks us to include all perspectives and skills. Pairs and small groups give everyone a chance to speak, not only the most confident.',
      howToAct: 'Add time in small groups, such as 1-2-4-All: people think alone, then talk in pairs, then in fours, then share with everyone.',
      action: { type: 'addBlock', label: `Add ${quoted(block.title)}`, index: smallGroupsIndex(ctx), block },
    });
  },
});

export const coFacilitationNone = defineRule({
  id: 'co-facilitation-none',
  principle: 'including_all',
  weight: 'consider',
  source: 'involve',
  check(ctx, notice) {
    if (ctx.livedExperience.length === 0 || ctx.livedExperience.some((p) => p.coFacilitates)) return;
    notice({
      message: `No public contributor or carer is helping to run the day. Would ${listWords(ctx.livedExperience.map(personName), 'or')} like to co-facilitate with you?`,
      why: 'NIHR INVOLVE (2018) names opportunities for personal growth and development as a key feature of co-production, and sharing power includes sharing the running of the day.',
      howToAct: 'Ask who would like to help run the day, offer a briefing and support beforehand, and mark them as helping to run it.',
      action: { type: 'go', label: 'Go to people', place: 'people' },
    });
  },
});

export const INCLUSION_RULES: readonly Rule[] = [onlineHostMissing, smallGroupsMissing, coFacilitationNone];
