/**
 * The person participants can contact about the workshop. Packs and the facilitator pack read it
 * through `participantContact`, so a plan-level "contact for participants" lands in one line here.
 */
import type { Person } from '../people';
import type { Plan } from '../plan';
import { clean } from './packText';

/** For now, the first facilitator with contact details; null when nobody has any. */
export function participantContact(plan: Pick<Plan, 'people'>): Person | null {
  return plan.people.find((p) => p.role === 'facilitator' && clean(p.contact) !== '') ?? null;
}
