/**
 * The People screen's methods: everyone Kindred knows, their profiles, merging likely duplicates,
 * and adding someone from the directory to a plan. Every write is one transaction: a profile
 * change and its flow into open plans commit together or not at all.
 */
import { randomUUID } from 'node:crypto';
import { emptyProfile, findPeople, flowProfile, likelyDuplicates, mergeProfiles, type DirectoryPerson } from '../domain/directory';
import { newPersonWithDefaults, type Person } from '../domain/people';
import { LIMITS } from '../domain/plan';
import { NEEDS_WITHOUT_CONSENT } from '../domain/validation';
import { DIRECTORY_LIMIT } from '../domain/directoryValidation';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { enterPlanPerson, flowToPlans, newEntry } from './directoryLinks';
import { KindredError, notFound } from './errors';
import { applyPatch, type StoreContext } from './storeContext';

type DirectoryMethods = Pick<
  ServiceImpl,
  | 'listDirectory'
  | 'getDirectoryPerson'
  | 'createDirectoryPerson'
  | 'updateDirectoryPerson'
  | 'deleteDirectoryPerson'
  | 'listDuplicates'
  | 'mergeDirectoryPeople'
  | 'addDirectoryPersonToPlan'
  | 'answerImportMatch'
>;

export function directoryMethods(ctx: StoreContext): DirectoryMethods {
  const { db, directory, plans, people } = ctx;

  const entryOf = (id: string): DirectoryPerson => {
    const entry = directory.get(id);
    if (!entry) throw notFound('person');
    return entry;
  };

  /** Access needs arrive only with consent to keep them; withdrawing consent lets them go. */
  const withConsentRule = (entry: DirectoryPerson, needsSent: boolean, field: string): DirectoryPerson => {
    if (entry.consent.store) return entry;
    if (needsSent && entry.accessProfile.length > 0) throw new KindredError('invalid', NEEDS_WITHOUT_CONSENT, { [field]: NEEDS_WITHOUT_CONSENT });
    return entry.accessProfile.length === 0 ? entry : { ...entry, accessProfile: [] };
  };

  const createDirectoryPerson = db.transaction(({ person }: ParsedInput<'createDirectoryPerson'>): DirectoryPerson => {
    if (directory.count() >= DIRECTORY_LIMIT) {
      throw new KindredError('invalid', `Kindred can keep up to ${DIRECTORY_LIMIT.toLocaleString('en-GB')} people.`);
    }
    const at = ctx.now();
    const entry = withConsentRule(
      applyPatch({ ...emptyProfile(person.name), id: randomUUID(), createdAt: at, updatedAt: at }, person),
      person.accessProfile !== undefined,
      'person.accessProfile',
    );
    return newEntry(ctx, entry, entry.id);
  });

  /** Whether something was removed: health or contact details, so its old pages leave the log too. */
  let removedSomething = false;
  const afterCommit = <T>(result: T): T => {
    if (removedSomething) db.pragma('wal_checkpoint(TRUNCATE)');
    removedSomething = false;
    return result;
  };

  const updateDirectoryPerson = db.transaction(({ directoryPersonId, patch }: ParsedInput<'updateDirectoryPerson'>) => {
    const current = entryOf(directoryPersonId);
    const next = withConsentRule({ ...applyPatch(current, patch), updatedAt: ctx.now() }, patch.accessProfile !== undefined, 'patch.accessProfile');
    directory.update(next);
    const kept = new Set(next.accessProfile.map((n) => n.id));
    const dropped = new Set(current.accessProfile.filter((n) => !kept.has(n.id)).map((n) => n.id));
    if (dropped.size > 0) removedSomething = true;
    return { person: next, ...flowToPlans(ctx, next, dropped) };
  });

  const deleteDirectoryPerson = db.transaction(({ directoryPersonId }: ParsedInput<'deleteDirectoryPerson'>) => {
    const entry = entryOf(directoryPersonId);
    const plansIn = directory.linked(entry.id).length;
    if (plansIn > 0) {
      throw new KindredError(
        'invalid',
        `${entry.name} is still in ${plansIn === 1 ? 'a plan' : `${plansIn} plans`}. Take them out of ${plansIn === 1 ? 'it' : 'those'} first, then remove them here.`,
      );
    }
    directory.remove(entry.id);
    removedSomething = true;
    return { directoryPersonId };
  });

  const mergeDirectoryPeople = db.transaction(({ directoryPersonId: firstId, duplicateId: secondId }: ParsedInput<'mergeDirectoryPeople'>) => {
    const first = entryOf(firstId);
    const second = entryOf(secondId);
    const { profile, combined, keptFirst } = mergeProfiles(first, second);
    const [kept, gone] = keptFirst ? [first, second] : [second, first];
    const merged: DirectoryPerson = {
      ...profile,
      id: kept.id,
      // The relationship began with whichever entry came first.
      createdAt: first.createdAt < second.createdAt ? first.createdAt : second.createdAt,
      updatedAt: ctx.now(),
    };
    const plansRelinked = directory.relink(gone.id, kept.id);
    directory.remove(gone.id);
    directory.update(merged);
    flowToPlans(ctx, merged);
    removedSomething = true;
    return { person: merged, removedId: gone.id, combined, plansRelinked };
  });

  const addDirectoryPersonToPlan = db.transaction(({ planId, directoryPersonId, role }: ParsedInput<'addDirectoryPersonToPlan'>): Person => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
    const entry = entryOf(directoryPersonId);
    if (people.count(planId) >= LIMITS.peoplePerPlan) throw new KindredError('invalid', `A plan can hold up to ${LIMITS.peoplePerPlan} people.`);
    if ([...directory.linksInPlan(planId).values()].includes(entry.id)) {
      throw new KindredError('invalid', `${entry.name} is already in this plan.`);
    }
    const blank = newPersonWithDefaults(randomUUID(), { name: entry.name, role: role ?? entry.roles[0] ?? 'public_contributor' });
    const person = flowProfile(entry, blank);
    people.insert(planId, person);
    directory.link(person.id, entry.id);
    plans.touch(planId, ctx.now());
    return person;
  });

  /**
   * The facilitator's answer about an imported person who may be someone known. Linking keeps what
   * the file said in this plan (it may be newer); the profile flows in with its next change.
   */
  const answerImportMatch = db.transaction(({ planId, personId, directoryPersonId }: ParsedInput<'answerImportMatch'>) => {
    const person = people.get(planId, personId);
    if (!person) throw notFound('person');
    const current = directory.linkOf(personId);
    if (current !== null) return { personId, directoryPersonId: current };
    if (directoryPersonId === null) return { personId, directoryPersonId: enterPlanPerson(ctx, person) };
    const entry = entryOf(directoryPersonId);
    if ([...directory.linksInPlan(planId).values()].includes(entry.id)) {
      throw new KindredError('invalid', `${entry.name} is already in this plan, so this must be someone else. Keep them separate instead.`);
    }
    directory.link(personId, entry.id);
    plans.touch(planId, ctx.now());
    return { personId, directoryPersonId: entry.id };
  });

  return {
    answerImportMatch: (input) => answerImportMatch(input),
    listDirectory: (input) => findPeople(directory.summaries(), input?.search ?? '', input?.sort ?? 'name'),
    getDirectoryPerson: ({ directoryPersonId }) =>
      db.transaction(() => ({ person: entryOf(directoryPersonId), plans: directory.involvement(directoryPersonId) }))(),
    createDirectoryPerson: (input) => createDirectoryPerson(input),
    updateDirectoryPerson: (input) => {
      removedSomething = false;
      return afterCommit(updateDirectoryPerson(input));
    },
    deleteDirectoryPerson: (input) => {
      removedSomething = false;
      return afterCommit(deleteDirectoryPerson(input));
    },
    listDuplicates: () =>
      db.transaction(() => {
        const groups = likelyDuplicates(directory.contacts());
        if (groups.length === 0) return [];
        const summaries = new Map(directory.summaries().map((s) => [s.id, s]));
        return groups.map((group) => group.map((id) => summaries.get(id)!));
      })(),
    mergeDirectoryPeople: (input) => {
      removedSomething = false;
      return afterCommit(mergeDirectoryPeople(input));
    },
    addDirectoryPersonToPlan: (input) => addDirectoryPersonToPlan(input),
  };
}
