/**
 * Keeping plans and the directory joined: entering a plan's person into the directory, matching
 * an imported person to an entry, and flowing a changed profile into the plans it belongs in. Each
 * runs inside the caller's transaction.
 */
import { randomUUID } from 'node:crypto';
import { directoryMatcher, flowProfile, profileFromPlanPerson, type DirectoryPerson, type DirectoryProfile } from '../domain/directory';
import type { Person } from '../domain/people';
import { localToday } from '../domain/time';
import type { ImportMatchQuestion } from '../contract/contract';
import type { StoreContext } from './storeContext';

/** How a new plan's people meet the directory. */
export type DirectoryJoin =
  /** Each becomes a new entry (typed in, or from a template). */
  | 'enter'
  /** Linked on an exact match (same name and same email or phone); asked about when only likely; else entered. */
  | 'match'
  /** Left unlinked: example people, or people whose details were left out of a file. */
  | 'none'
  /** The entry each person's old id was linked to (a copy of a plan: the same people). */
  | ReadonlyMap<string, string>;

/** A new directory entry with this profile; returns it. */
export function newEntry(ctx: StoreContext, profile: DirectoryProfile, id: string = randomUUID()): DirectoryPerson {
  const at = ctx.now();
  const entry: DirectoryPerson = { ...profile, id, createdAt: at, updatedAt: at };
  ctx.directory.insert(entry);
  return entry;
}

/** Puts a plan's person in the directory as a new entry of their own, and links them to it. */
export function enterPlanPerson(ctx: StoreContext, person: Person): string {
  const entry = newEntry(ctx, profileFromPlanPerson(person, localToday(ctx.clock())));
  ctx.directory.link(person.id, entry.id);
  return entry.id;
}

/**
 * Joins a newly inserted plan's people to the directory; `old` is each person's id before the copy.
 * Matching ('match', an imported file): an exact match is linked, someone unknown is entered, and
 * someone who only may be an entry is left unlinked and returned as a question for the facilitator.
 */
export function joinDirectory(
  ctx: StoreContext,
  people: readonly { old: string | undefined; person: Person }[],
  how: DirectoryJoin,
): ImportMatchQuestion[] {
  const questions: ImportMatchQuestion[] = [];
  if (how === 'none' || people.length === 0) return questions;
  const contacts = how === 'match' ? ctx.directory.contacts() : [];
  const match = how === 'match' ? directoryMatcher(contacts) : () => null;
  const byId = new Map(contacts.map((c) => [c.id, c]));
  for (const { old, person } of people) {
    if (typeof how !== 'string') {
      const entry = old === undefined ? undefined : how.get(old);
      if (entry !== undefined && ctx.directory.get(entry)) ctx.directory.link(person.id, entry);
      continue;
    }
    const found = match(person);
    if (found === null) enterPlanPerson(ctx, person);
    else if ('exact' in found) ctx.directory.link(person.id, found.exact);
    else {
      const candidates = found.likely.map(({ directoryPersonId, alike }) => {
        const { name, email, phone } = byId.get(directoryPersonId)!;
        return { directoryPersonId, name, email, phone, alike };
      });
      questions.push({ personId: person.id, name: person.name, email: person.email, phone: person.phone, candidates });
    }
  }
  return questions;
}

export interface FlowResult {
  /** Plans not yet delivered, whose person now matches the profile. */
  plansUpdated: number;
  /** Delivered plans, which keep what was true on the day. */
  plansKept: number;
}

/**
 * Flows a profile into every plan its person is in that is not delivered; delivered plans (and
 * plans whose personal data was deleted) keep what was true on the day.
 */
export function flowToPlans(ctx: StoreContext, entry: DirectoryPerson, droppedNeedIds: ReadonlySet<string> = new Set()): FlowResult {
  const result: FlowResult = { plansUpdated: 0, plansKept: 0 };
  const at = ctx.now();
  for (const link of ctx.directory.linked(entry.id)) {
    if (link.delivered || link.cleared) {
      result.plansKept++;
      continue;
    }
    const person = ctx.people.get(link.planId, link.personId);
    if (!person) continue;
    ctx.people.update(link.planId, flowProfile(entry, person, droppedNeedIds));
    ctx.plans.touch(link.planId, at);
    result.plansUpdated++;
  }
  return result;
}

/**
 * Consent to keep someone's access needs withdrawn in one plan is withdrawn for them: the directory
 * lets their profile's needs go, and so does every other plan they are in that is not delivered.
 */
export function withdrawConsentEverywhere(ctx: StoreContext, planPersonId: string, consent: Person['consent']): void {
  const entryId = ctx.directory.linkOf(planPersonId);
  const entry = entryId === null ? undefined : ctx.directory.get(entryId);
  if (!entry || !entry.consent.store) return;
  ctx.directory.update({ ...entry, consent: { ...consent, askAgainOn: entry.consent.askAgainOn }, accessProfile: [], updatedAt: ctx.now() });
  for (const link of ctx.directory.linked(entry.id)) {
    if (link.personId === planPersonId || link.delivered || link.cleared) continue;
    const person = ctx.people.get(link.planId, link.personId);
    if (!person) continue;
    ctx.people.update(link.planId, { ...person, consent, accessNeeds: [] });
    ctx.plans.touch(link.planId, ctx.now());
  }
}
