/**
 * Forgetting: access needs are health information and names are personal data. "Forget this
 * person" takes someone out of a plan with everything about them; "delete personal data" clears
 * what a delivered plan no longer needs. Both leave no copy behind: the database overwrites deleted
 * content (secure_delete) and the write-ahead log is emptied once the change is committed.
 */
import { idsNaming, replacedLead, roleNames, sameName, withoutPersonalDetails } from '../domain/personalData';
import { namesOf, partWithText, placesNaming, textAt, withNamesReplaced } from '../domain/nameMentions';
import type { Person } from '../domain/people';
import type { Plan } from '../domain/plan';
import { localToday } from '../domain/time';
import type { ParsedInput, PlanMentions, ServiceImpl } from '../contract/contract';
import { createRunDayRepo } from '../store/runDayRepo';
import type { DeletedPlans } from './deletedPlans';
import { notFound } from './errors';
import type { StoreContext } from './storeContext';

type PrivacyMethods = Pick<ServiceImpl, 'forgetPerson' | 'forgetDirectoryPerson' | 'clearPersonalData' | 'replaceNamesInPlace' | 'getNotesOnTheDay'>;

/** `deleted`: plans deleted a moment ago, held for Undo, which must not bring a forgotten person back. */
export function privacyMethods(ctx: StoreContext, deleted?: Pick<DeletedPlans, 'forgetEntry'>): PrivacyMethods {
  const { db, plans, people, blocks, setAsides } = ctx;
  const runs = createRunDayRepo(db);

  /** Replaces free-text "led by" that names someone (by their whole name) with `replacement`. */
  const renameLeads = (planId: string, names: ReadonlyMap<string, string>) => {
    for (const block of blocks.list(planId)) {
      const leadBy = replacedLead(block.leadBy, names);
      if (leadBy !== null) blocks.update(planId, { ...block, leadBy });
    }
  };

  /** Set-asides naming the person or one of their needs, reasons and all (ids as `idsNaming`). */
  const dropSetAsidesAbout = (planId: string, person: Person) => {
    for (const id of idsNaming(person)) setAsides.removeAbout(planId, id);
  };

  /** Empties the write-ahead log, so the old pages with the deleted data are gone from disk too. */
  const flush = () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
  };

  /** Takes one person out of one plan with everything about them (inside the caller's transaction). */
  const forgetIn = (planId: string, person: Person) => {
    people.remove(planId, person.id);
    plans.forgetContactPerson(planId, person.id);
    dropSetAsidesAbout(planId, person);
    // Someone typed their name as who leads: that goes too. Other free text is the facilitator's.
    const others = people.list(planId);
    if (!others.some((p) => sameName(p.name, person.name))) renameLeads(planId, new Map([[person.name, '']]));
    plans.touch(planId, ctx.now());
  };

  const forget = db.transaction(({ planId, personId }: ParsedInput<'forgetPerson'>) => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
    const person = people.get(planId, personId);
    if (!person) throw notFound('person');
    const entryId = ctx.directory.linkOf(personId);
    forgetIn(planId, person);
    // Known only through this plan: their directory entry goes too, so nothing about them is left.
    // Someone still in other plans keeps their entry; forgetting across plans is its own step.
    if (entryId !== null && ctx.directory.linked(entryId).length === 0) ctx.directory.remove(entryId);
    return { personId };
  });

  /**
   * Forgetting across plans: out of every plan they are in (delivered ones too: erasure is not
   * undone by a plan being finished) and out of the directory, in one transaction. What is left is
   * the facilitator's own free text, which Kindred lists but never rewrites by itself.
   */
  const forgetEverywhere = db.transaction(({ directoryPersonId }: ParsedInput<'forgetDirectoryPerson'>) => {
    const entry = ctx.directory.get(directoryPersonId);
    if (!entry) throw notFound('person');
    const links = ctx.directory.linked(entry.id);
    const names = namesOf(entry);
    for (const link of links) {
      const person = people.get(link.planId, link.personId);
      if (!person) continue;
      names.push(...namesOf(person).filter((n) => !names.includes(n)));
      forgetIn(link.planId, person);
    }
    ctx.directory.remove(entry.id);
    return { directoryPersonId: entry.id, plansLeft: new Set(links.map((l) => l.planId)).size, names, mentions: mentionsEverywhere(names) };
  });

  /** Every live plan whose free text still names them, with how many places. */
  const mentionsEverywhere = (names: readonly string[]): PlanMentions[] => {
    const found: PlanMentions[] = [];
    for (const summary of plans.list('date_desc', undefined)) {
      const count = placesNaming(ctx.plan(summary.id), runs.planNotes(summary.id), names).length;
      if (count > 0) found.push({ planId: summary.id, title: summary.title, places: count });
    }
    return found;
  };

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
      dropSetAsidesAbout(planId, person);
    });
    renameLeads(planId, renamed);
    // "Carer 1" must not lead back to who they were.
    ctx.directory.unlinkPlan(planId);
    plans.updateDetails({ ...details, personalDataClearedOn: localToday(ctx.clock()), updatedAt: ctx.now() });
    return ctx.plan(planId);
  });

  /**
   * One place of free text, with each whole-word name as "a participant": only that part of the
   * plan is written, in one transaction, and the plan comes back as it now is.
   */
  const replaceNames = db.transaction(({ planId, place, names }: ParsedInput<'replaceNamesInPlace'>): Plan => {
    const plan = ctx.plan(planId);
    const notes = runs.planNotes(planId);
    const before = textAt(plan, notes, place);
    if (before === undefined) throw notFound('place in the plan');
    const after = withNamesReplaced(before, names);
    if (after === before) return plan;
    const part = partWithText(plan, notes, place, after);
    if (!part) throw notFound('place in the plan');
    const now = ctx.now();
    switch (part.in) {
      case 'details': {
        const { blocks: _b, people: _p, setAsides: _s, debrief: _d, changes: _c, ...details } = plan;
        plans.updateDetails({ ...details, ...part.details, updatedAt: now });
        break;
      }
      case 'block':
        blocks.update(planId, part.block);
        break;
      case 'setAside': {
        const setAside = plan.setAsides.find((s) => s.findingId === part.findingId)!;
        setAsides.put(planId, { ...setAside, reason: part.reason });
        break;
      }
      case 'change':
        plans.updateChanges(planId, part.changes, now);
        break;
      case 'runNote':
        runs.putNote(part.runId, { ...part.note, updatedAt: ctx.clock().getTime() });
        break;
      case 'debrief':
        plans.updateDebrief(planId, part.debrief, now);
        break;
      case 'person':
        people.update(planId, part.person);
        break;
    }
    plans.touch(planId, now);
    return ctx.plan(planId);
  });

  /** Every day's notes, so the privacy dialogs can list the ones that name someone. */
  const notesOnTheDay = db.transaction(({ planId }: ParsedInput<'getNotesOnTheDay'>) => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
    return runs.planNotes(planId);
  });

  return {
    getNotesOnTheDay: (input) => notesOnTheDay(input),
    replaceNamesInPlace: (input) => {
      const plan = replaceNames(input);
      // The old words are personal data too: leave no copy of them in the write-ahead log.
      flush();
      return plan;
    },
    forgetPerson: (input) => {
      const result = forget(input);
      flush();
      return result;
    },
    forgetDirectoryPerson: (input) => {
      const result = forgetEverywhere(input);
      // Only once committed: a plan deleted a moment ago must not bring them back on Undo.
      deleted?.forgetEntry(result.directoryPersonId);
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
