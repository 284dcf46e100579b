/**
 * Who was involved in a project and how, counted from its sessions' people: GRIPP2's "people
 * involved" and "level or nature of involvement", and its economic assessment (fees and expenses).
 * One person across sessions is one person when their plan entries link to the same directory
 * entry; someone not in the directory counts once per session, as nothing says they are the same.
 */
import { EXPENSE_KINDS, PERSON_ROLES, budget, totalHours, type ExpenseKind, type Person, type PersonRole } from '../people';
import type { Plan } from '../plan';

export interface RoleLine {
  role: PersonRole;
  /** Different people in this role across the sessions. */
  people: number;
  /** Places taken in sessions (one person at three sessions is three). */
  places: number;
  /** Hours recorded for them (preparation, the session and follow-up). */
  hours: number;
}

export interface Involvement {
  sessions: number;
  people: number;
  byRole: RoleLine[];
  /** Different people who led part of a session, co-planned one, or helped run one. */
  led: number;
  coPlanned: number;
  coFacilitated: number;
  hours: number;
  feesPence: number;
  expensesPence: number;
  totalPence: number;
  byExpenseKind: Record<ExpenseKind, number>;
  /** Places where the person chose not to be paid. */
  declinedPayment: number;
}

/** `links`: each plan person's directory entry, by plan person id. */
export function involvement(plans: readonly Pick<Plan, 'id' | 'people' | 'blocks'>[], links: ReadonlyMap<string, string>): Involvement {
  const who = (planId: string, person: Person) => links.get(person.id) ?? `${planId}:${person.id}`;
  const roles = new Map<PersonRole, { people: Set<string>; places: number; hours: number }>();
  const everyone = new Set<string>();
  const led = new Set<string>();
  const coPlanned = new Set<string>();
  const coFacilitated = new Set<string>();
  const byExpenseKind = Object.fromEntries(EXPENSE_KINDS.map((k) => [k, 0])) as Record<ExpenseKind, number>;
  let feesPence = 0;
  let expensesPence = 0;
  let declinedPayment = 0;
  let hours = 0;
  for (const plan of plans) {
    const leads = new Set(plan.blocks.flatMap((b) => (b.leadPersonId ? [b.leadPersonId] : [])));
    for (const person of plan.people) {
      const key = who(plan.id, person);
      everyone.add(key);
      const line = roles.get(person.role) ?? { people: new Set<string>(), places: 0, hours: 0 };
      line.people.add(key);
      line.places++;
      line.hours += totalHours(person.payment);
      roles.set(person.role, line);
      hours += totalHours(person.payment);
      if (leads.has(person.id)) led.add(key);
      if (person.coPlans) coPlanned.add(key);
      if (person.coFacilitates) coFacilitated.add(key);
      if (person.payment.status === 'declined') declinedPayment++;
    }
    const money = budget(plan.people);
    feesPence += money.feesPence;
    expensesPence += money.expensesPence;
    for (const kind of EXPENSE_KINDS) byExpenseKind[kind] += money.byExpenseKind[kind];
  }
  return {
    sessions: plans.length,
    people: everyone.size,
    // In the roles' own order, so every report reads the same way.
    byRole: PERSON_ROLES.flatMap((role) => {
      const line = roles.get(role);
      return line ? [{ role, people: line.people.size, places: line.places, hours: line.hours }] : [];
    }),
    led: led.size,
    coPlanned: coPlanned.size,
    coFacilitated: coFacilitated.size,
    hours,
    feesPence,
    expensesPence,
    totalPence: feesPence + expensesPence,
    byExpenseKind,
    declinedPayment,
  };
}
