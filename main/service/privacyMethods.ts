/**
 * Forgetting: access needs are health information and names are personal data. "Forget this
 * person" takes someone out of a plan with everything about them; "delete personal data" clears
 * what a delivered plan no longer needs. Both leave no copy behind: the database overwrites deleted
 * content (secure_delete) and the write-ahead log is emptied once the change is committed.
 */
import { PERSON_ROLE_LABELS, type Person } from '../domain/people';
import type { Plan } from '../domain/plan';
import { localToday } from '../domain/time';
import type { ParsedInput, ServiceImpl } from './contract';
import { notFound } from './errors';
import type { StoreContext } from './storeContext';

type PrivacyMethods = Pick<ServiceImpl, 'forgetPerson' | 'clearPersonalData'>;

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

export function privacyMethods(ctx: StoreContext): PrivacyMethods {
  const { db, plans, people, blocks, setAsides } = ctx;

  /** Replaces free-text "led by" that names someone (by their whole name) with `replacement`. */
  const renameLeads = (planId: string, names: ReadonlyMap<string, string>) => {
    for (const block of blocks.list(planId)) {
      if (!block.leadBy.trim()) continue;
      for (const [name, replacement] of names) {
        if (name.trim() && sameName(block.leadBy, name)) {
          blocks.update(planId, { ...block, leadBy: replacement });
          break;
        }
      }
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
    people.remove(planId, personId);
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
    const byRole = new Map<string, number>();
    const renamed = new Map<string, string>();
    for (const person of people.list(planId)) {
      const n = (byRole.get(person.role) ?? 0) + 1;
      byRole.set(person.role, n);
      const label = `${PERSON_ROLE_LABELS[person.role]} ${n}`;
      renamed.set(person.name, label);
      const cleared: Person = {
        ...person,
        name: label,
        pronouns: '',
        contact: '',
        consent: { store: false, share: false, recordedOn: null },
        accessNeeds: [],
        // Hours, rates and amounts stay for the accounts; the notes about the person go.
        payment: { ...person.payment, notes: '', expenses: person.payment.expenses.map((e) => ({ ...e, note: '' })) },
      };
      people.update(planId, cleared);
      for (const need of person.accessNeeds) setAsides.removeAbout(planId, need.id);
    }
    renameLeads(planId, renamed);
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
