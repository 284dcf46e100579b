/**
 * Learning from days already run: a kind of block that ran over in the facilitator's recent
 * workshops, planned short again here. The history comes in through the review options (the
 * service reads it from the run logs), so the rule stays pure; without it the rule is quiet.
 */
import type { BlockKind } from '../../blockKinds';
import { plural } from '../../words';
import { blockName, defineRule, duration, quoted, type Rule } from './define';

/** Blocks of each kind, as a facilitator would say them in a sentence. */
const KIND_PLURALS: Record<BlockKind, string> = {
  welcome: 'welcomes',
  check_in: 'check-ins',
  relationship_building: 'relationship-building blocks',
  ground_rules: 'ground rules',
  presentation: 'presentations',
  discussion: 'discussions',
  small_groups: 'small-group blocks',
  activity: 'activities',
  decision: 'decision blocks',
  break: 'breaks',
  meal: 'meals',
  reflection: 'reflections and check-outs',
  close: 'closes',
  other: 'other blocks',
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

/** “Spring check-in”, “Carers’ day” and “Autumn review”. */
function titles(list: readonly { title: string }[]): string {
  const names = list.map((w) => quoted(w.title.trim() || 'Untitled plan'));
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export const kindRanOver = defineRule({
  id: 'kind-ran-over',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'foundingPaper',
  check(ctx, notice) {
    for (const overrun of ctx.overruns) {
      // Only blocks planned shorter than this kind really took: a plan that already allows for it is fine.
      const short = ctx.blocks.filter((b) => b.kind === overrun.kind && b.durationMinutes < overrun.averageActual);
      const first = short[0];
      if (!first) continue;
      const n = overrun.workshops.length;
      const kinds = KIND_PLURALS[overrun.kind];
      const here =
        short.length === 1
          ? `${quoted(blockName(first))} has ${duration(first.durationMinutes)} here`
          : `${plural(short.length, 'block', 'blocks')} like that here have less time than that`;
      notice({
        subject: `kind:${overrun.kind}`,
        message: `In your last ${countWord(n)} workshops, ${kinds} ran ${plural(overrun.averageOverrun, 'minute', 'minutes')} over on average, taking about ${duration(overrun.averageActual)}. ${here}.`,
        why: `Kindred kept the actual start and end of each block when you ran the day at ${titles(overrun.workshops)}. Co-production: a kind revolution (the founding paper) asks for enough time for honest, high-quality conversations, and a block given the time it really takes is not rushed at the end.`,
        howToAct: `You might give ${quoted(blockName(first))} about ${duration(overrun.averageActual)}, or take the time from somewhere that usually finishes early. If this group is different, that is fine too.`,
        action: { type: 'go', label: `Go to ${quoted(blockName(first))}`, place: 'agenda', focus: { blockId: first.id } },
      });
    }
  },
});

export const OVERRUN_RULES: readonly Rule[] = [kindRanOver];
