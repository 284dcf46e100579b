/**
 * What one directory person's history needs: every plan person linked to them, with just the parts
 * of them the history reads (role, co-planning, co-chairing, payment, needs as kept on the day),
 * their plan's date, status and "you said, we did", and the titles of the blocks they lead. Two
 * queries on indexes (people by directory link, blocks by lead), so a regular in hundreds of plans
 * stays quick.
 */
import type { AccessNeed } from '../domain/access';
import type { HistorySession } from '../domain/history';
import type { Payment, PersonRole } from '../domain/people';
import type { Change, PlanStatus } from '../domain/plan';
import type { Database } from './database';

interface SessionRow {
  personId: string;
  role: PersonRole;
  coPlans: number;
  coFacilitates: number;
  payment: string;
  accessNeeds: string;
  planId: string;
  title: string;
  date: string | null;
  status: PlanStatus;
  followUp: string;
  followUpBy: string | null;
  changes: string;
  attended: number | null;
}

export function createHistoryRepo(db: Database) {
  const sessions = db.prepare<{ entryId: string }, SessionRow>(
    `SELECT p.id AS personId, p.role, p.co_plans AS coPlans, p.co_facilitates AS coFacilitates, p.payment,
       p.access_needs AS accessNeeds, pl.id AS planId, pl.title, pl.date, pl.status, pl.follow_up AS followUp,
       pl.follow_up_by AS followUpBy, pl.changes, a.came AS attended
     FROM people p JOIN plans pl ON pl.id = p.plan_id LEFT JOIN attendance a ON a.person_id = p.id
     WHERE p.directory_person_id = @entryId`,
  );
  const led = db.prepare<{ entryId: string }, { personId: string; title: string }>(
    `SELECT b.lead_person_id AS personId, b.title
     FROM people p JOIN blocks b ON b.lead_person_id = p.id
     WHERE p.directory_person_id = @entryId
     ORDER BY b.plan_id, b.position`,
  );

  return {
    /** Every plan the directory person is linked to, in no particular order. */
    sessions(entryId: string): HistorySession[] {
      const ledBy = new Map<string, string[]>();
      for (const { personId, title } of led.all({ entryId })) {
        const titles = ledBy.get(personId);
        if (titles) titles.push(title);
        else ledBy.set(personId, [title]);
      }
      return sessions.all({ entryId }).map((r) => ({
        planId: r.planId,
        title: r.title,
        date: r.date,
        status: r.status,
        followUp: r.followUp,
        followUpBy: r.followUpBy,
        person: {
          id: r.personId,
          role: r.role,
          coPlans: r.coPlans === 1,
          coFacilitates: r.coFacilitates === 1,
          payment: JSON.parse(r.payment) as Payment,
          accessNeeds: JSON.parse(r.accessNeeds) as AccessNeed[],
        },
        ledBlocks: ledBy.get(r.personId) ?? [],
        changes: JSON.parse(r.changes) as Change[],
        attended: r.attended === null ? null : r.attended === 1,
      }));
    },
  };
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
