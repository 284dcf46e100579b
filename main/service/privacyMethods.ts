/**
 * Forgetting: access needs are health information and names are personal data. "Forget this
 * person" takes someone out of a plan with everything about them; "delete personal data" clears
 * what a delivered plan no longer needs. Both leave no copy behind: the database overwrites deleted
 * content (secure_delete) and the write-ahead log is emptied once the change is committed.
 */
import { replacedLead, roleNames, sameName, withoutPersonalDetails } from '../domain/personalData';
import type { Plan } from '../domain/plan';
import { localToday } from '../domain/time';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { notFound } from './errors';
import type { StoreContext } from './storeContext';

type PrivacyMethods = Pick<ServiceImpl, 'forgetPerson' | 'clearPersonalData'>;

export function privacyMethods(ctx: StoreContext): PrivacyMethods {
  const { db, plans, people, blocks, setAsides } = ctx;

  /** Replaces free-text "led by" that names someone (by their whole name) with `replacement`. */
  const renameLeads = (planId: string, names: ReadonlyMap<string, string>) => {
    for (const block of blocks.list(planId)) {
      const leadBy = replacedLead(block.leadBy, names);
      if (leadBy !== null) blocks.update(planId, { ...block, leadBy });
    }
  };

  /** Empties the write-ahead log, so the old pages with the deleted data are gone from disk too. */
  const flush = () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
  };

  const forget = db.transaction(({ planId, personId }: ParsedInput<'forgetPerson'>) => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
    const person = people.get(planId, personId);
    if (!person) throw notFound('person');
    const entryId = ctx.directory.linkOf(personId);
    people.remove(planId, personId);
    // Known only through this plan: their directory entry goes too, so nothing about them is left.
    // Someone still in other plans keeps their entry; forgetting across plans is its own step.
    if (entryId !== null && ctx.directory.linked(entryId).length === 0) ctx.directory.remove(entryId);
    plans.forgetContactPerson(planId, personId);
    setAsides.removeAbout(planId, personId);
    for (const need of person.accessNeeds) setAsides.removeAbout(planId, need.id);
    // Someone typed their name as who leads: that goes too. Other free text is the facilitator's.
    const others = people.list(planId);
    if (!others.some((p) => sameName(p.name, person.name))) renameLeads(planId, new Map([[person.name, '']]));
    plans.touch(planId, ctx.now());
    return { personId };
  });

  const clear = db.transaction(({ planId }: ParsedInput<'clearPersonalData'>): Plan => {
    const details = plans.details(planId);
    if (!details) throw notFound('plan');
    const everyone = people.list(planId);
    const labels = roleNames(everyone);
    const renamed = new Map<string, string>();
    everyone.forEach((person, i) => {
      const label = labels[i]!;
      renamed.set(person.name, label);
      people.update(planId, withoutPersonalDetails(person, label));
      for (const need of person.accessNeeds) setAsides.removeAbout(planId, need.id);
    });
    renameLeads(planId, renamed);
    // "Carer 1" must not lead back to who they were.
    ctx.directory.unlinkPlan(planId);
    plans.updateDetails({ ...details, personalDataClearedOn: localToday(ctx.clock()), updatedAt: ctx.now() });
    return ctx.plan(planId);
  });

  return {
    forgetPerson: (input) => {
      const result = forget(input);
      flush();
      return result;
    },
    clearPersonalData: (input) => {
      const plan = clear(input);
      flush();
      return plan;
    },
  };
}
