/** Impact, after the workshop: what happened, and what changed because of people (GRIPP2, "you said, we did"). */
import { DEBRIEF_FIELDS } from '../../plan';
import { defineRule, isBlank, type Rule } from './define';

const goToDebrief = { type: 'go', label: 'Go to after the workshop', place: 'debrief' } as const;

export const debriefEmpty = defineRule({
  id: 'debrief-empty',
  principle: 'respecting_knowledge',
  weight: 'consider',
  source: 'gripp2',
  check(ctx, notice) {
    if (ctx.plan.status !== 'delivered' || DEBRIEF_FIELDS.some((f) => !isBlank(ctx.plan.debrief[f]))) return;
    notice({
      message:
        'The workshop has taken place. Write up what happened while it is fresh: the aim, what you did, what came out of it and what you learned.',
      why: 'The GRIPP2 short form for reporting involvement asks for the aim, methods, results, outcomes and reflections, so the difference people made is on record.',
      howToAct: 'Jot down a few lines under each heading. Share the write-up with the people who took part, if they would like it.',
      action: goToDebrief,
    });
  },
});

export const changesNone = defineRule({
  id: 'changes-none',
  principle: 'reciprocity',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    if (ctx.plan.status !== 'delivered' || ctx.plan.changes.some((c) => !isBlank(c.youSaid) || !isBlank(c.weDid))) return;
    notice({
      message: 'Nothing is recorded yet about what changed because of people (“you said, we did”).',
      why: 'The UK Standards for Public Involvement (2019) ask us to identify and share the difference involvement makes. Telling people what changed closes the loop.',
      howToAct: 'Add a line for each thing people said and what you did about it, including anything that could not change and why.',
      action: goToDebrief,
    });
  },
});

export const IMPACT_RULES: readonly Rule[] = [debriefEmpty, changesNone];
