/**
 * How a person takes part, as the review sees it. Every rule that asks "is this person online?"
 * asks here, so when people's "joins online" becomes "takes part: in the room, online or by phone"
 * only this file changes.
 */
import type { Person } from '../people';
import type { Plan } from '../plan';

/** Everyone joins online in an online plan; in a hybrid one, the people marked as joining online. */
export function takesPartOnline(plan: Pick<Plan, 'format'>, person: Pick<Person, 'joinsOnline'>): boolean {
  return plan.format === 'online' || (plan.format === 'hybrid' && person.joinsOnline);
}

/** In the room: everyone in an in-person plan, and everyone not joining online in a hybrid one. */
export function takesPartInRoom(plan: Pick<Plan, 'format'>, person: Pick<Person, 'joinsOnline'>): boolean {
  return !takesPartOnline(plan, person);
}
