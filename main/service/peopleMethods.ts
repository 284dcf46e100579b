/**
 * The people in a plan. Removing someone takes them out of every block they led or decided in,
 * in the same transaction (the foreign keys do it), so no block ever names someone who is gone.
 */
import { randomUUID } from 'node:crypto';
import { newPersonWithDefaults, type Person } from '../domain/people';
import { LIMITS } from '../domain/plan';
import { NEEDS_WITHOUT_CONSENT } from '../domain/validation';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { KindredError, notFound } from './errors';
import { enterPlanPerson, withdrawConsentEverywhere } from './directoryLinks';
import { applyPatch, type StoreContext } from './storeContext';

type PeopleMethods = Pick<ServiceImpl, 'addPerson' | 'updatePerson' | 'deletePerson'>;

export function peopleMethods(ctx: StoreContext): PeopleMethods {
  const { db, plans, people } = ctx;

  const livePlan = (planId: string) => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
  };

  const personOf = (planId: string, personId: string): Person => {
    const person = people.get(planId, personId);
    if (!person) throw notFound('person');
    return person;
  };

  /** Needs arrive only with consent to keep them; withdrawing consent lets them go. */
  const withConsentRule = (person: Person, needsSent: boolean, field: string): Person => {
    if (person.consent.store) return person;
    if (needsSent && person.accessNeeds.length > 0) {
      throw new KindredError('invalid', NEEDS_WITHOUT_CONSENT, { [field]: NEEDS_WITHOUT_CONSENT });
    }
    return person.accessNeeds.length === 0 ? person : { ...person, accessNeeds: [] };
  };

  /** Plan person id → directory entry, for people just removed, so Undo links them up again. Memory only. */
  const recentlyRemoved = new Map<string, string>();
  const REMEMBERED = 100;

  const addPerson = db.transaction(({ planId, person: input }: ParsedInput<'addPerson'>): Person => {
    livePlan(planId);
    if (people.count(planId) >= LIMITS.peoplePerPlan) {
      throw new KindredError('invalid', `A plan can hold up to ${LIMITS.peoplePerPlan} people.`);
    }
    if (input.id !== undefined && people.exists(input.id)) {
      throw new KindredError('invalid', 'That person has already been added.');
    }
    const person = withConsentRule(newPersonWithDefaults(input.id ?? randomUUID(), input), true, 'person.accessNeeds');
    people.insert(planId, person);
    // Put back by Undo: linked to their entry again. Anyone else typed in for the first time is
    // someone you now know, so they join the directory too.
    const entryId = recentlyRemoved.get(person.id);
    recentlyRemoved.delete(person.id);
    if (entryId !== undefined && ctx.directory.get(entryId)) ctx.directory.link(person.id, entryId);
    else enterPlanPerson(ctx, person);
    plans.touch(planId, ctx.now());
    return person;
  });

  /** Whether an access need was removed: health information, so its old pages leave the log too. */
  let needsRemoved = false;
  const noteRemovedNeeds = (before: Person, after: Person | null) => {
    const kept = new Set(after?.accessNeeds.map((n) => n.id));
    if (before.accessNeeds.some((n) => !kept.has(n.id))) needsRemoved = true;
  };
  const afterCommit = <T>(result: T): T => {
    if (needsRemoved) db.pragma('wal_checkpoint(TRUNCATE)');
    needsRemoved = false;
    return result;
  };

  const updatePerson = db.transaction(({ planId, personId, patch }: ParsedInput<'updatePerson'>): Person => {
    livePlan(planId);
    const current = personOf(planId, personId);
    const next = withConsentRule(applyPatch(current, patch), patch.accessNeeds !== undefined, 'patch.accessNeeds');
    people.update(planId, next);
    if (current.consent.store && !next.consent.store) withdrawConsentEverywhere(ctx, personId, next.consent);
    plans.touch(planId, ctx.now());
    noteRemovedNeeds(current, next);
    return next;
  });

  const deletePerson = db.transaction(({ planId, personId }: ParsedInput<'deletePerson'>) => {
    livePlan(planId);
    const current = personOf(planId, personId);
    const entryId = ctx.directory.linkOf(personId);
    if (entryId !== null) {
      recentlyRemoved.set(personId, entryId);
      if (recentlyRemoved.size > REMEMBERED) recentlyRemoved.delete(recentlyRemoved.keys().next().value!);
    }
    people.remove(planId, personId);
    plans.forgetContactPerson(planId, personId);
    // Nothing about them stays behind: findings set aside about them go too.
    ctx.setAsides.removeAbout(planId, personId);
    plans.touch(planId, ctx.now());
    noteRemovedNeeds(current, null);
    // Their name and contact details are personal data too: empty the log whether or not they had needs.
    needsRemoved = true;
    return { personId };
  });

  return {
    addPerson,
    updatePerson: (input) => {
      needsRemoved = false;
      return afterCommit(updatePerson(input));
    },
    deletePerson: (input) => {
      needsRemoved = false;
      return afterCommit(deletePerson(input));
    },
  };
}
