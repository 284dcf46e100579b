/** Sharing power: why we are meeting, what could change, who plans, who leads and who decides. */
import { REST_KINDS } from '../../blockKinds';
import type { Person } from '../../people';
import type { Block } from '../../plan';
import type { ReviewContext } from '../context';
import type { FindingAction } from '../types';
import { blockName, defineRule, duration, isBlank, listWords, personName, quoted, type Rule } from './define';

const goToBlock = (block: Block): FindingAction => ({
  type: 'go',
  label: `Go to ${quoted(blockName(block))}`,
  place: 'agenda',
  focus: { blockId: block.id },
});

/** Public contributors, carers and community organisations: the people power is shared with. */
function sharesPower(ctx: ReviewContext, person: Person): boolean {
  return ctx.livedExperienceIds.has(person.id) || person.role === 'community_organisation';
}

/** The names of the public contributors and carers, for "Could Amara or Joe …?" */
function livedExperienceNames(ctx: ReviewContext, joiner: 'or' | 'and'): string {
  return listWords(ctx.livedExperience.map(personName), joiner);
}

export const purposeMissing = defineRule({
  id: 'purpose-missing',
  principle: 'sharing_power',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    if (!isBlank(ctx.plan.purpose)) return;
    notice({
      message: 'Say why we are meeting, so people know what they are giving their time to.',
      why: 'The UK Standards for Public Involvement (2019) ask for plain, timely communication: people can only choose how to take part when they know what a workshop is for.',
      howToAct: 'In a sentence or two, write the reason for this workshop as you would tell a participant.',
      action: { type: 'go', label: 'Write why we are meeting', place: 'details', focus: { kind: 'plan', field: 'purpose' } },
    });
  },
});

export const whatCouldChangeMissing = defineRule({
  id: 'what-could-change-missing',
  principle: 'sharing_power',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    if (!isBlank(ctx.plan.whatCouldChange)) return;
    notice({
      message: 'Say what could change because of this workshop. People give more when they know their views can make a difference.',
      why: 'NIHR INVOLVE (2018) names joint ownership of key decisions as a key feature of co-production, so people need to know what is open to change and what is not.',
      howToAct: 'Write what could change as a result, and be honest about anything already fixed, such as the budget or a deadline.',
      action: { type: 'go', label: 'Write what could change', place: 'details', focus: { kind: 'plan', field: 'whatCouldChange' } },
    });
  },
});

export const peopleNone = defineRule({
  id: 'people-none',
  principle: 'sharing_power',
  weight: 'consider',
  source: 'involve',
  check(ctx, notice) {
    if (ctx.hasPeople) return;
    notice({
      message: 'Add who is involved, and the review can help you share the planning, the leading and the deciding.',
      why: 'NIHR INVOLVE (2018) puts sharing power and including all perspectives and skills at the heart of co-production. Who plans, who leads and who decides are choices worth making on purpose.',
      howToAct: 'Add the people taking part: public contributors, carers, researchers, practitioners and anyone helping on the day.',
      action: { type: 'go', label: 'Add who is involved', place: 'people' },
    });
  },
});

export const livedExperienceNone = defineRule({
  id: 'lived-experience-none',
  principle: 'sharing_power',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    if (!ctx.hasPeople || ctx.livedExperience.length > 0) return;
    notice({
      message: 'Nobody in this plan is a public contributor or carer yet. Who will bring lived experience to the day?',
      why: 'NIHR INVOLVE (2018) describes co-production as patients, carers and the public working with professionals on equal terms, sharing power and including all perspectives and skills.',
      howToAct: 'Add the public contributors and carers taking part, or check the role of each person already added.',
      action: { type: 'go', label: 'Go to people', place: 'people' },
    });
  },
});

export const coPlanningNone = defineRule({
  id: 'co-planning-none',
  principle: 'sharing_power',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    // A community organisation planning with you brings its members' voice to the planning too.
    if (ctx.livedExperience.length === 0 || ctx.people.some((p) => p.coPlans && sharesPower(ctx, p))) return;
    notice({
      message: `None of the public contributors or carers are planning this workshop with you. Could ${livedExperienceNames(ctx, 'or')} help shape it?`,
      why: 'NIHR INVOLVE (2018) describes co-production as sharing power from the very start, and that includes planning the work together.',
      howToAct:
        'Invite one or two public contributors or carers to plan with you, pay them for their planning time, and mark them as planning the workshop.',
      action: { type: 'go', label: 'Go to people', place: 'people' },
    });
  },
});

export const leadNone = defineRule({
  id: 'lead-none',
  principle: 'sharing_power',
  weight: 'consider',
  source: 'involve',
  check(ctx, notice) {
    if (!ctx.hasBlocks || ctx.livedExperience.length === 0) return;
    if (ctx.blocks.some((b) => b.leadPersonId !== null && ctx.livedExperienceIds.has(b.leadPersonId))) return;
    notice({
      message: `No public contributor or carer leads any part of the agenda yet. Could ${livedExperienceNames(ctx, 'or')} lead a block, perhaps alongside a member of staff?`,
      why: 'NIHR INVOLVE (2018) names sharing power as a principle of co-production. Who chairs and who speaks at the front shapes whose voice counts in the room.',
      howToAct:
        'Choose a block someone would enjoy leading, such as the welcome or the check-in, and set them as its lead. Offer time to prepare together, and pay for it.',
      action: { type: 'go', label: 'Go to the agenda', place: 'agenda' },
    });
  },
});

const INVOLVE_DECISIONS = 'NIHR INVOLVE (2018) names joint ownership of key decisions as a key feature of co-production.';

export const decisionUnnamed = defineRule({
  id: 'decision-unnamed',
  principle: 'sharing_power',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    for (const block of ctx.blocks) {
      if (block.kind !== 'decision' || block.decidedByAll) continue;
      if (block.deciderIds.some((id) => ctx.peopleById.has(id))) continue;
      notice({
        subject: block.id,
        message: `Who decides in ${quoted(blockName(block))}? Nobody is named yet.`,
        why: `${INVOLVE_DECISIONS} Saying who decides, before the day, keeps the decision shared.`,
        howToAct: 'Choose everyone in the room, or name the people who will decide, including public contributors and carers.',
        action: goToBlock(block),
      });
    }
  },
});

export const decisionProfessionalsOnly = defineRule({
  id: 'decision-professionals-only',
  principle: 'sharing_power',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    if (ctx.livedExperience.length === 0) return;
    for (const block of ctx.blocks) {
      if (block.kind !== 'decision' || block.decidedByAll) continue;
      const deciders = block.deciderIds.filter((id) => ctx.peopleById.has(id));
      if (deciders.length === 0 || deciders.some((id) => ctx.livedExperienceIds.has(id))) continue;
      notice({
        subject: block.id,
        message: `No public contributor or carer is among the people deciding in ${quoted(blockName(block))}. Could ${livedExperienceNames(ctx, 'and')} decide too?`,
        why: `${INVOLVE_DECISIONS} People with lived experience decide alongside professionals, not after them.`,
        howToAct: 'Add public contributors and carers to the people deciding, or choose everyone in the room.',
        action: goToBlock(block),
      });
    }
  },
});

export const decisionWhatMissing = defineRule({
  id: 'decision-what-missing',
  principle: 'sharing_power',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    for (const block of ctx.blocks) {
      if (block.kind !== 'decision' || !isBlank(block.decision)) continue;
      notice({
        subject: block.id,
        message: `Say what is being decided in ${quoted(blockName(block))}, in plain words, so everyone can come ready to take part.`,
        why: 'The UK Standards for Public Involvement (2019) ask for plain, timely communication and for the public to be involved in decision making.',
        howToAct: 'Write what is being decided, for example “Which three questions go into our funding bid”, and what will happen with the choice.',
        action: goToBlock(block),
      });
    }
  },
});

export const leadDominates = defineRule({
  id: 'lead-dominates',
  principle: 'sharing_power',
  weight: 'consider',
  source: 'involve',
  check(ctx, notice) {
    if (!ctx.hasPeople || ctx.nonRestMinutes === 0) return;
    const minutes = new Map<string, number>();
    for (const b of ctx.blocks) {
      if (b.leadPersonId === null || REST_KINDS.has(b.kind) || !ctx.peopleById.has(b.leadPersonId)) continue;
      minutes.set(b.leadPersonId, (minutes.get(b.leadPersonId) ?? 0) + b.durationMinutes);
    }
    for (const [personId, led] of minutes) {
      if (led * 2 <= ctx.nonRestMinutes) continue;
      const person = ctx.peopleById.get(personId)!;
      // A contributor or carer leading or co-chairing most of the day is the aim, not a problem.
      if (sharesPower(ctx, person)) continue;
      const could = ctx.livedExperience.filter((p) => p.id !== personId).map(personName);
      const share = could.length > 0 ? `Could ${listWords(could, 'or')} lead some of it?` : 'Could others lead some of it?';
      notice({
        subject: personId,
        message: `${personName(person)} leads ${duration(led)} of the ${duration(ctx.nonRestMinutes)} of working time: more than half. ${share}`,
        why: 'NIHR INVOLVE (2018) names sharing power as a principle of co-production. When one voice leads most of the day, others have less room to shape it.',
        howToAct: 'Share some blocks with other people, especially public contributors and carers, or co-lead them in pairs.',
        action: { type: 'go', label: 'Go to the agenda', place: 'agenda' },
      });
    }
  },
});

export const POWER_RULES: readonly Rule[] = [
  purposeMissing,
  whatCouldChangeMissing,
  peopleNone,
  livedExperienceNone,
  coPlanningNone,
  leadNone,
  decisionUnnamed,
  decisionProfessionalsOnly,
  decisionWhatMissing,
  leadDominates,
];
