/**
 * Who participants contact, and how: the plan's "contact for participants". Every personal pack
 * names this person with a phone number or email, so "ask the person who sent you this" is never
 * the only route. Only an email or phone goes into a pack; the free "other contact" text is the
 * facilitator's own note and stays on this computer.
 */
import { PROFESSIONAL_ROLES, type Person } from '../people';
import type { Plan } from '../plan';

/**
 * Whose details a pack may carry: facilitators, and professionals who help run the day. Public
 * contributors and carers who help run it are left out: their phone number or email is their own,
 * not the project's.
 */
export function canBeContactForParticipants(person: Person): boolean {
  return person.role === 'facilitator' || (person.coFacilitates && PROFESSIONAL_ROLES.has(person.role));
}

/** An email or a phone number a pack can print. */
export function hasPackContactDetails(person: Pick<Person, 'email' | 'phone'>): boolean {
  return person.email.trim() !== '' || person.phone.trim() !== '';
}

/** The people the plan can name as its contact for participants, in plan order. */
export function contactCandidates(people: readonly Person[]): Person[] {
  return people.filter((p) => canBeContactForParticipants(p) && hasPackContactDetails(p));
}

/**
 * The contact for participants: the one the facilitator chose, when they can still be reached;
 * otherwise the first facilitator (or professional co-facilitator) with an email or phone; null
 * when the plan has nobody to name.
 */
export function participantContact(plan: { people: readonly Person[]; contactPersonId: Plan['contactPersonId'] }): Person | null {
  const candidates = contactCandidates(plan.people);
  return candidates.find((p) => p.id === plan.contactPersonId) ?? candidates[0] ?? null;
}
