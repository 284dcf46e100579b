/**
 * How a person takes part, as the review sees it. Every rule that asks "is this person online?"
 * asks here. Joining by phone counts as remote: the venue's checks do not reach a phone joiner,
 * the online side's do.
 */
import type { Person } from '../people';
import { takesPartIn, type Plan } from '../plan';

/** Remote: online or by phone (everyone in an online plan; in a hybrid one, as each person joins). */
export function takesPartOnline(plan: Pick<Plan, 'format'>, person: Pick<Person, 'takesPart'>): boolean {
  return takesPartIn(plan, person) !== 'in_room';
}

/** In the room: everyone in an in-person plan, and those who come to the room in a hybrid one. */
export function takesPartInRoom(plan: Pick<Plan, 'format'>, person: Pick<Person, 'takesPart'>): boolean {
  return !takesPartOnline(plan, person);
}
