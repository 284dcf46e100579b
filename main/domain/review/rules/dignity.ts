/**
 * Arrangements with dignity. A step-free way in by a back, side or goods door can be a route past
 * the bins and through the kitchen; it meets the need on paper and leaves the person feeling like an
 * afterthought. The review cannot see the route, so it asks, gently, once for everyone it concerns.
 */
import type { NeedTypeId } from '../../access';
import { defineRule, IN_ROOM, listWords, noticeForPeople, personName, type Rule } from './define';

const STEP_FREE: ReadonlySet<NeedTypeId> = new Set<NeedTypeId>(['step_free', 'wheelchair_space']);
/** A way in that is not the one everyone else uses. */
const OTHER_DOOR = /\b(?:back|side|rear|goods|service|kitchen|fire|delivery|staff)\s+(?:door|doors|entrance|entrances|way in|gate|ramp)\b/i;

export const dignifiedRoute = defineRule({
  id: 'dignified-route',
  principle: 'kindness',
  weight: 'consider',
  source: 'foundingPaper',
  formats: IN_ROOM,
  check(ctx, notice) {
    const venueNote = ctx.plan.venueChecks.step_free_entrance?.note ?? '';
    const facts = ctx.needs.filter(
      (f) =>
        !f.online &&
        STEP_FREE.has(f.need.type) &&
        f.need.arrangement.status !== 'cannot_meet' &&
        OTHER_DOOR.test(`${f.need.arrangement.how} ${venueNote}`),
    );
    const people = [...new Set(facts.map((f) => f.person))];
    if (people.length === 0) return;
    const words = (names: string) =>
      ({
        message: `The step-free way in for ${names} is by another door than everyone else’s. Is it a route that feels welcoming, and do they know about it before they arrive?`,
        why: 'Co-production: a kind revolution (the founding paper) asks us to treat everyone with kindness and as equals, and that starts at the door.',
        howToAct:
          'Walk the route or ask the venue about it, make sure it is unlocked, lit and signed, tell the person how to find it, and meet them there if they would like.',
        action: { type: 'go', label: 'Go to the arrangement', place: 'access', focus: { needId: facts[0]!.need.id } },
      }) as const;
    noticeForPeople(ctx, 'dignified-route', people, notice, {
      group: (group) => words(listWords(group.map(personName))),
      one: (person) => words(personName(person)),
    });
  },
});

export const DIGNITY_RULES: readonly Rule[] = [dignifiedRoute];
