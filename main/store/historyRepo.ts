/**
 * What one directory person's history needs, in one query: every plan person linked to them, with
 * their plan's date, status and "you said, we did", and the titles of the blocks they lead.
 */
import type { HistorySession } from '../domain/history';
import type { Change, PlanStatus } from '../domain/plan';
import type { Database } from './database';
import { COLUMNS, fromRow, type PersonRow } from './peopleRepo';

type SessionRow = PersonRow & {
  planId: string;
  title: string;
  date: string | null;
  status: PlanStatus;
  followUp: string;
  followUpBy: string | null;
  changes: string;
  ledBlocks: string;
};

// The person's columns come from peopleRepo, so the history reads a person exactly as a plan does.
const PERSON_COLUMNS = COLUMNS.split(',')
  .map((c) => `p.${c.trim()}`)
  .join(', ');

export function createHistoryRepo(db: Database) {
  const sessions = db.prepare<{ entryId: string }, SessionRow>(
    `SELECT ${PERSON_COLUMNS}, pl.id AS planId, pl.title, pl.date, pl.status, pl.follow_up AS followUp,
       pl.follow_up_by AS followUpBy, pl.changes,
       (SELECT json_group_array(b.title) FROM (SELECT title FROM blocks WHERE lead_person_id = p.id ORDER BY position) b) AS ledBlocks
     FROM people p JOIN plans pl ON pl.id = p.plan_id
     WHERE p.directory_person_id = @entryId`,
  );

  return {
    /** Every plan the directory person is linked to, in no particular order. */
    sessions(entryId: string): HistorySession[] {
      return sessions.all({ entryId }).map(({ planId, title, date, status, followUp, followUpBy, changes, ledBlocks, ...person }) => ({
        planId,
        title,
        date,
        status,
        followUp,
        followUpBy,
        person: fromRow(person as PersonRow),
        ledBlocks: JSON.parse(ledBlocks) as string[],
        changes: JSON.parse(changes) as Change[],
      }));
    },
  };
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
