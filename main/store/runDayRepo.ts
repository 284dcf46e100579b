/**
 * The run log on disk: one day_runs row per day run, and one run_events row per action, appended
 * as it happens (migrations/008-run-the-day.ts). Nothing is ever updated or deleted here except
 * with the plan, so a crash can at worst lose the action that was being saved.
 */
import type { RunAction, RunActionKind, RunEvent } from '../domain/runDay/runLog';
import type { Database } from './database';

export interface DayRun {
  id: string;
  planId: string;
  startedAt: number;
  midnight: number;
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
  return {
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
