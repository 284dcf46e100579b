/** Access: people need to know where they are going and how to get there. */
import { defineRule, IN_ROOM, isBlank, type Rule } from './define';

export const venueMissing = defineRule({
  id: 'venue-missing',
  principle: 'access',
  weight: 'consider',
  source: 'ukStandards',
  formats: IN_ROOM,
  check(ctx, notice) {
    if (!isBlank(ctx.plan.venueName)) return;
    notice({
      message: 'Add where the workshop is, so people can plan how to get there and what support they need.',
      why: 'The UK Standards for Public Involvement (2019) ask for inclusive opportunities and timely communication: people need to know where they are going and how to get there.',
      howToAct: 'Add the venue’s name and address. In the pack, say how to get there: step-free routes, parking and the nearest bus stop.',
      action: { type: 'go', label: 'Go to the venue', place: 'details', focus: { detailsField: 'venueName' } },
    });
  },
});

export const ACCESS_RULES: readonly Rule[] = [venueMissing];
