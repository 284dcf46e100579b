/**
 * How a person takes part in the day, as the facilitator pack words it: in the room, online or by
 * phone. The person's own choice (`takesPart`) read against the plan's format by `takesPartIn`, so
 * the run sheet and the participant packs never disagree.
 */
import type { Person } from '../people';
import { takesPartIn, type PlanDetails } from '../plan';

export const TAKES_PART_LABELS = {
  in_room: 'In the room',
  online: 'Online',
  phone: 'By phone',
} as const satisfies Record<ReturnType<typeof takesPartIn>, string>;

export function takesPart(plan: Pick<PlanDetails, 'format'>, person: Pick<Person, 'takesPart'>): ReturnType<typeof takesPartIn> {
  return takesPartIn(plan, person);
}
