/**
 * The run log on disk: one day_runs row per day run, and one run_events row per action, appended
 * as it happens (migrations/008-run-the-day.ts). Nothing in the log is ever updated or deleted here
 * except with the plan, so a crash can at worst lose the action that was being saved. A block's
 * note on the day is the one thing rewritten: it is the facilitator's text, saved as they type.
 */
import type { DayNote, RunNote } from '../domain/runDay/notes';
import type { RunAction, RunActionKind, RunEvent } from '../domain/runDay/runLog';
import type { Database } from './database';

export interface DayRun {
  id: string;
  planId: string;
  startedAt: number;
  midnight: number;
}

export interface DeliveredRun {
  planId: string;
  title: string;
  runId: string;
  startedAt: number;
}

interface EventRow {
  seq: number;
  at: number;
  kind: RunActionKind;
  minutes: number | null;
  blockOrder: string | null;
}

function toAction(row: EventRow): RunAction {
  if (row.kind === 'start_day') return { kind: 'start_day', order: row.blockOrder === null ? [] : (JSON.parse(row.blockOrder) as string[]) };
  if (row.kind === 'adjust') return { kind: 'adjust', minutes: row.minutes ?? 0 };
  return { kind: row.kind };
}

export function createRunDayRepo(db: Database) {
  const latest = db.prepare<{ planId: string }, DayRun>(
    `SELECT id, plan_id AS planId, started_at AS startedAt, midnight FROM day_runs
     WHERE plan_id = @planId ORDER BY started_at DESC, rowid DESC LIMIT 1`,
  );
  const events = db.prepare<{ runId: string }, EventRow>(
    'SELECT seq, at, kind, minutes, block_order AS blockOrder FROM run_events WHERE run_id = @runId ORDER BY seq',
  );
  const insertRun = db.prepare<DayRun>('INSERT INTO day_runs (id, plan_id, started_at, midnight) VALUES (@id, @planId, @startedAt, @midnight)');
  const insertEvent = db.prepare<{ runId: string } & EventRow>(
    'INSERT INTO run_events (run_id, seq, at, kind, minutes, block_order) VALUES (@runId, @seq, @at, @kind, @minutes, @blockOrder)',
  );
  const notes = db.prepare<{ runId: string }, RunNote>(
    'SELECT block_id AS blockId, heard, will_do AS willDo, updated_at AS updatedAt FROM run_notes WHERE run_id = @runId ORDER BY rowid',
  );
  const planNotes = db.prepare<{ planId: string }, DayNote>(
    `SELECT n.run_id AS runId, n.block_id AS blockId, n.heard, n.will_do AS willDo, n.updated_at AS updatedAt
     FROM run_notes n JOIN day_runs r ON r.id = n.run_id
     WHERE r.plan_id = @planId ORDER BY r.started_at, r.rowid, n.rowid`,
  );
  const putNote = db.prepare<{ runId: string } & RunNote>(
    `INSERT INTO run_notes (run_id, block_id, heard, will_do, updated_at) VALUES (@runId, @blockId, @heard, @willDo, @updatedAt)
     ON CONFLICT (run_id, block_id) DO UPDATE SET heard = excluded.heard, will_do = excluded.will_do, updated_at = excluded.updated_at`,
  );
  const delivered = db.prepare<{ exceptPlanId: string; limit: number }, DeliveredRun>(
    `SELECT p.id AS planId, p.title, r.id AS runId, r.started_at AS startedAt
     FROM plans p JOIN day_runs r ON r.plan_id = p.id
     WHERE p.status = 'delivered' AND p.id <> @exceptPlanId
       AND r.rowid = (SELECT r2.rowid FROM day_runs r2 WHERE r2.plan_id = p.id ORDER BY r2.started_at DESC, r2.rowid DESC LIMIT 1)
     ORDER BY r.started_at DESC, r.rowid DESC LIMIT @limit`,
  );
  return {
    /** The most recent run of each delivered plan but one, most recent first, at most `limit`. */
    deliveredRuns(exceptPlanId: string, limit: number): DeliveredRun[] {
      return delivered.all({ exceptPlanId, limit });
    },
    /** The notes written on one day's run, in the order they were first written. */
    notes(runId: string): RunNote[] {
      return notes.all({ runId });
    },
    /** Every note written on any run of the plan, oldest day first: what forgetting someone looks through. */
    planNotes(planId: string): DayNote[] {
      return planNotes.all({ planId });
    },
    /** Saves a block's note on this run, replacing what it said before (migrations/009-run-notes.ts). */
    putNote(runId: string, note: RunNote): void {
      putNote.run({ runId, ...note });
    },
    /** The plan's most recent day run, or undefined when the day has never been started. */
    latest(planId: string): DayRun | undefined {
      return latest.get({ planId });
    },
    events(runId: string): RunEvent[] {
      return events.all({ runId }).map((row) => ({ seq: row.seq, at: row.at, action: toAction(row) }));
    },
    insertRun(run: DayRun): void {
      insertRun.run(run);
    },
    append(runId: string, event: RunEvent): void {
      const { action } = event;
      insertEvent.run({
        runId,
        seq: event.seq,
        at: event.at,
        kind: action.kind,
        minutes: action.kind === 'adjust' ? action.minutes : null,
        blockOrder: action.kind === 'start_day' ? JSON.stringify(action.order) : null,
      });
    },
  };
}

export type RunDayRepo = ReturnType<typeof createRunDayRepo>;
