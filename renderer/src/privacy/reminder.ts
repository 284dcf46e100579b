/**
 * When to suggest deleting personal data after a workshop (issue #4, Privacy): a delivered plan
 * that still holds people's details, once the facilitator's chosen number of days has passed since
 * it was marked delivered. Pure, so the banner and its tests agree.
 */
import type { ReminderSettings } from '../../../main/domain/access';
import { PERSON_ROLE_LABELS, type Person } from '../../../main/domain/people';
import type { PlanDetails } from '../../../main/domain/plan';
import { daysBetween, formatDate } from '../../../main/domain/time';

export type ReminderPlan = Pick<PlanDetails, 'status' | 'deliveredOn' | 'personalDataClearedOn'> & {
  /** The plan's people, or just how many there are (the plans list knows only the count). */
  people: { readonly length: number };
};

/** The plan can have its personal data deleted now: it is delivered and not yet cleared. */
export function canClearPersonalData(plan: ReminderPlan): boolean {
  return plan.status === 'delivered' && plan.personalDataClearedOn === null && plan.people.length > 0;
}

/**
 * Days since the plan was delivered when the reminder is due, or null when it is not: not
 * delivered, already cleared, nobody's details to delete, or not long enough yet.
 */
export function personalDataReminderDays(plan: ReminderPlan, reminders: Pick<ReminderSettings, 'personalDataDays'>, today: string): number | null {
  if (!canClearPersonalData(plan) || plan.deliveredOn === null) return null;
  const days = daysBetween(plan.deliveredOn, today);
  return days >= reminders.personalDataDays ? Math.max(0, days) : null;
}

/** The banner's first sentence: how long it has been. */
export function sinceWorkshopText(days: number): string {
  if (days <= 0) return 'This workshop was marked as delivered today.';
  if (days === 1) return 'It has been 1 day since this workshop.';
  return `It has been ${days.toLocaleString('en-GB')} days since this workshop.`;
}

/** What the After the workshop tab says once it is done. */
export function clearedText(clearedOn: string): string {
  return `Personal data was deleted on ${formatDate(clearedOn)}.`;
}

/**
 * What each person will be called once their name is deleted, as the store does it: their role and
 * a number within that role, in list order ("Carer 1", "Carer 2", "Researcher 1").
 */
export function namesAsRoles(people: readonly Pick<Person, 'name' | 'role'>[]): { name: string; becomes: string }[] {
  const byRole = new Map<string, number>();
  return people.map((p) => {
    const n = (byRole.get(p.role) ?? 0) + 1;
    byRole.set(p.role, n);
    return { name: p.name, becomes: `${PERSON_ROLE_LABELS[p.role]} ${n}` };
  });
}
