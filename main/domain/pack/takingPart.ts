/**
 * How a person takes part in the day: in the room, online or by phone. Everything in the packs that
 * depends on it reads it through `takesPart`, so when people get their own three-way "takes part"
 * field this is the one line to change.
 */
import type { Person } from '../people';
import type { Plan } from '../plan';

export const TAKES_PART = ['room', 'online', 'phone'] as const;
export type TakesPart = (typeof TAKES_PART)[number];
export const TAKES_PART_LABELS: Record<TakesPart, string> = {
  room: 'In the room',
  online: 'Online',
  phone: 'By phone',
};

/**
 * Until then: an online plan is online for everyone and a hybrid one for those joining online; a
 * person who asked to join by phone (a recorded need, kept with their consent) joins by phone.
 */
export function takesPart(plan: Pick<Plan, 'format'>, person: Pick<Person, 'joinsOnline' | 'accessNeeds' | 'consent'>): TakesPart {
  const remote = plan.format === 'online' || (plan.format === 'hybrid' && person.joinsOnline);
  if (!remote) return 'room';
  const byPhone = person.consent.store && person.accessNeeds.some((n) => n.type === 'phone_dial_in');
  return byPhone ? 'phone' : 'online';
}
