/**
 * Keeping plans and the directory joined: entering a plan's person into the directory, matching
 * an imported person to an entry, and flowing a changed profile into the plans it belongs in. Each
 * runs inside the caller's transaction.
 */
import { randomUUID } from 'node:crypto';
import { flowProfile, profileFromPlanPerson, sameness, type DirectoryPerson, type DirectoryProfile } from '../domain/directory';
import type { Person } from '../domain/people';
import { localToday } from '../domain/time';
import type { StoreContext } from './storeContext';

/** How a new plan's people meet the directory. */
export type DirectoryJoin =
  /** Each becomes a new entry (typed in, or from a template). */
  | 'enter'
  /** Linked to an entry only on an exact match (same name and same email or phone), else entered. */
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
 * Finds the one entry that is exactly a given person: the same name and the same email or phone.
 * Several, or none, is no answer: asking the facilitator which one is for a later version, so until
 * then a new entry is made and the People screen offers the merge. Reads the directory once.
 */
export function exactMatcher(ctx: StoreContext): (person: Person) => string | null {
  const byKey = new Map<string, Set<string>>();
  for (const entry of ctx.directory.contacts()) {
    for (const key of sameness(entry)) byKey.set(key, (byKey.get(key) ?? new Set()).add(entry.id));
  }
  return (person) => {
    const found = new Set(sameness(person).flatMap((k) => [...(byKey.get(k) ?? [])]));
    return found.size === 1 ? [...found][0]! : null;
  };
}

/** Joins a newly inserted plan's people to the directory; `old` is each person's id before the copy. */
export function joinDirectory(ctx: StoreContext, people: readonly { old: string | undefined; person: Person }[], how: DirectoryJoin): void {
  if (how === 'none' || people.length === 0) return;
  const match = how === 'match' ? exactMatcher(ctx) : () => null;
  for (const { old, person } of people) {
    if (typeof how !== 'string') {
      const entry = old === undefined ? undefined : how.get(old);
      if (entry !== undefined && ctx.directory.get(entry)) ctx.directory.link(person.id, entry);
      continue;
    }
    const found = match(person);
    if (found !== null) ctx.directory.link(person.id, found);
    else enterPlanPerson(ctx, person);
  }
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
