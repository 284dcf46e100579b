/**
 * The impact log of a project, as the PPI impact log and the Oxford PPI reporting tool keep it:
 * what was asked, what contributors said, what changed (or why not), and when and how people were
 * told. Each session's "you said, we did" lines are rolled up from the plan (read-only here; they
 * are edited on the plan), beside the entries made between workshops.
 */
import type { Plan } from '../plan';
import type { ImpactEntry, ImpactLogItem } from './project';

export type LoggedPlan = Pick<
  Plan,
  'id' | 'title' | 'date' | 'purpose' | 'whatCouldChange' | 'changes' | 'followUp' | 'followUpBy' | 'followUpFormat'
>;

/** What a session asked people: what could change because of them, else what it was for. */
export function askedOf(plan: Pick<Plan, 'purpose' | 'whatCouldChange'>): string {
  return plan.whatCouldChange.trim() || plan.purpose.trim();
}

/**
 * Every line, in date order: a session's lines on its date, entries on theirs; on the same day the
 * session comes first (entries between workshops follow what they answer). Undated sessions last,
 * in the order given. Lines with nothing said and nothing done are left out.
 */
export function impactLog(plans: readonly LoggedPlan[], entries: readonly ImpactEntry[]): ImpactLogItem[] {
  const items: { item: ImpactLogItem; date: string | null; rank: number; order: number }[] = [];
  let order = 0;
  for (const plan of plans) {
    const asked = askedOf(plan);
    for (const change of plan.changes) {
      if (!change.youSaid.trim() && !change.weDid.trim()) continue;
      items.push({
        date: plan.date,
        rank: 0,
        order: order++,
        item: {
          from: 'plan',
          id: change.id,
          planId: plan.id,
          planTitle: plan.title,
          onDate: plan.date,
          asked,
          said: change.youSaid,
          changed: change.weDid,
          toldOn: plan.followUpBy,
          toldHow: plan.followUpFormat,
          toldNote: plan.followUp,
        },
      });
    }
  }
  for (const entry of entries) items.push({ date: entry.onDate, rank: 1, order: order++, item: { from: 'entry', ...entry } });
  items.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    }
    return a.rank - b.rank || a.order - b.order;
  });
  return items.map((i) => i.item);
}
