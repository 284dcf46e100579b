/**
 * People's personal data, and how a plan looks without it. Names are personal data; access needs
 * are health information (PRODUCT.md, Privacy). Two things leave them out: "delete personal data"
 * after a delivered workshop (main/service/privacyMethods.ts), and a plan file exported without
 * people's details (exportPlanFile). Both turn names into roles ("Carer 1") so the plan still reads:
 * who leads, who decides and who is paid stay visible, without saying who they are.
 */
import { NO_CONSENT } from './access';
import { PERSON_ROLE_LABELS, type Person } from './people';
import type { Plan, PlanDetails, PlanStatus } from './plan';

/** Whether two typed names are the same name, ignoring case and spaces at either end. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
}

/**
 * The day a plan was delivered once its status becomes `status`: the "delete personal data" reminder
 * counts from it. Marking it delivered dates it today; it keeps its day while it stays delivered,
 * and loses it otherwise. The service keeps it; the screen shows the same before the service answers.
 */
export function deliveredOnFor(current: Pick<PlanDetails, 'status' | 'deliveredOn'>, status: PlanStatus, today: string): string | null {
  if (status !== 'delivered') return null;
  return current.status === 'delivered' ? current.deliveredOn : today;
}

/** Each person's role with their place among that role, in plan order: "Carer 1", "Carer 2", "Researcher 1". */
export function roleNames(people: readonly Person[]): string[] {
  const byRole = new Map<string, number>();
  return people.map((person) => {
    const n = (byRole.get(person.role) ?? 0) + 1;
    byRole.set(person.role, n);
    return `${PERSON_ROLE_LABELS[person.role]} ${n}`;
  });
}

/**
 * The person with what identifies them or describes their health taken out: their name becomes
 * `roleName`; the name they use, pronouns, email, phone, other contact details, consent and access needs go, and so do the notes about
 * their payment. Hours, rates and amounts stay for the accounts.
 */
export function withoutPersonalDetails(person: Person, roleName: string): Person {
  return {
    ...person,
    name: roleName,
    knownAs: '',
    pronouns: '',
    email: '',
    phone: '',
    contact: '',
    consent: NO_CONSENT,
    accessNeeds: [],
    payment: { ...person.payment, notes: '', expenses: person.payment.expenses.map((e) => ({ ...e, note: '' })) },
  };
}

/**
 * What a block's free-text "led by" becomes when it is one of `names` (the whole name, as typed):
 * that name's replacement; null when it names none of them. Other free text is the facilitator's own.
 */
export function replacedLead(leadBy: string, names: ReadonlyMap<string, string>): string | null {
  if (!leadBy.trim()) return null;
  for (const [name, replacement] of names) {
    if (name.trim() && sameName(leadBy, name)) return replacement;
  }
  return null;
}

/**
 * Whether a review finding is about the item with this id: finding ids are a rule id followed by
 * the ids of what they are about, "need-no-arrangement:<need id>" (as setAsidesRepo.removeAbout).
 */
export function findingIsAbout(findingId: string, id: string): boolean {
  return findingId.split(':').slice(1).includes(id);
}

/**
 * Every id a finding can name this person by: the person themselves (such as "payment-missing:<person
 * id>") and each of their access needs. A set-aside about any of them, and its reason, is about the
 * person, so forgetting, clearing and exporting without personal data all drop it.
 */
export function idsNaming(person: Pick<Person, 'id' | 'accessNeeds'>): string[] {
  return [person.id, ...person.accessNeeds.map((need) => need.id)];
}

/**
 * The plan as it may leave this computer without people's personal data: each person as
 * `withoutPersonalDetails`, and their pack format back to standard (a large print or Easy Read pack
 * says something about their health); "led by" text naming someone becomes their role; findings
 * set aside about a person or their access needs go (`idsNaming`). The agenda, roles, who leads and decides,
 * hours and amounts stay, so a co-facilitator can plan with it.
 */
export function leavePersonalDataOut(plan: Plan): Plan {
  const labels = roleNames(plan.people);
  // "Led by Zara" names her as surely as her full name does.
  const renamed = new Map(
    plan.people.flatMap((person, i) => [
      [person.name, labels[i]!] as const,
      ...(person.knownAs.trim() ? [[person.knownAs, labels[i]!] as const] : []),
    ]),
  );
  const personal = plan.people.flatMap(idsNaming);
  return {
    ...plan,
    people: plan.people.map((person, i) => ({ ...withoutPersonalDetails(person, labels[i]!), packFormat: 'standard' })),
    blocks: plan.blocks.map((block) => {
      const leadBy = replacedLead(block.leadBy, renamed);
      return leadBy === null ? block : { ...block, leadBy };
    }),
    setAsides: plan.setAsides.filter((s) => !personal.some((id) => findingIsAbout(s.findingId, id))),
  };
}

/**
 * The plan without these people and anything that points at them: who leads or decides, the named
 * contact, "led by" text that is their whole name (when nobody left shares it), and findings set
 * aside about them or their needs. For a copy held in memory (a plan deleted a moment ago), so the
 * same guarantees hold as forgetting someone in the database.
 */
export function withoutPeople(plan: Plan, personIds: ReadonlySet<string>): Plan {
  const gone = plan.people.filter((p) => personIds.has(p.id));
  if (gone.length === 0) return plan;
  const people = plan.people.filter((p) => !personIds.has(p.id));
  const names = new Map(gone.filter((g) => !people.some((p) => sameName(p.name, g.name))).map((g) => [g.name, '']));
  const ids = new Set(gone.flatMap(idsNaming));
  return {
    ...plan,
    people,
    contactPersonId: plan.contactPersonId !== null && personIds.has(plan.contactPersonId) ? null : plan.contactPersonId,
    blocks: plan.blocks.map((b) => ({
      ...b,
      leadPersonId: b.leadPersonId !== null && personIds.has(b.leadPersonId) ? null : b.leadPersonId,
      deciderIds: b.deciderIds.filter((id) => !personIds.has(id)),
      leadBy: replacedLead(b.leadBy, names) ?? b.leadBy,
    })),
    setAsides: plan.setAsides.filter((s) => !s.findingId.split(':').some((part) => ids.has(part))),
  };
}
