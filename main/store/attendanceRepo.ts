/**
 * Who came on the day (migrations/009-attendance.ts): one row per plan person once marked.
 */
import type { AttendanceMark } from '../domain/attendance';
import type { Database } from './database';

export function createAttendanceRepo(db: Database) {
  const ofPlan = db.prepare<{ planId: string }, { personId: string; came: number }>(
    `SELECT a.person_id AS personId, a.came FROM attendance a JOIN people p ON p.id = a.person_id
     WHERE p.plan_id = @planId ORDER BY p.position`,
  );
  const upsert = db.prepare<{ personId: string; came: number; at: string }>(
    `INSERT INTO attendance (person_id, came, recorded_at) VALUES (@personId, @came, @at)
     ON CONFLICT (person_id) DO UPDATE SET came = excluded.came, recorded_at = excluded.recorded_at`,
  );
  const remove = db.prepare<{ personId: string }>('DELETE FROM attendance WHERE person_id = @personId');
  return {
    ofPlan(planId: string): AttendanceMark[] {
      return ofPlan.all({ planId }).map((r) => ({ personId: r.personId, came: r.came === 1 }));
    },
    /** Marks someone; `came: null` takes the mark away (not marked yet). */
    mark(personId: string, came: boolean | null, at: string): void {
      if (came === null) remove.run({ personId });
      else upsert.run({ personId, came: came ? 1 : 0, at });
    },
  };
}

export type AttendanceRepo = ReturnType<typeof createAttendanceRepo>;
