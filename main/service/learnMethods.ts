/**
 * Learning from the day: a quick note per block while it runs (saved as it is typed, on the day's
 * own run), and the history of kinds of block that ran over, which the review uses. The review is
 * pure and runs in the renderer, so the service only gathers the facts it needs.
 */
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import type { RunNote } from '../domain/runDay/notes';
import { overrunHistory, type PastDay } from '../domain/runDay/overrunHistory';
import { createRunDayRepo } from '../store/runDayRepo';
import { dayActuals } from './dayActuals';
import { KindredError, notFound } from './errors';
import type { StoreContext } from './storeContext';

type LearnMethods = Pick<ServiceImpl, 'getRunNotes' | 'setRunNote' | 'getOverrunHistory'>;

/**
 * Enough recent workshops to find three that ran each kind of block; older days say less about how
 * this facilitator works now.
 */
const HISTORY_PLANS = 30;

export function learnMethods(ctx: StoreContext): LearnMethods {
  const { db, plans, blocks } = ctx;
  const runs = createRunDayRepo(db);

  const livePlan = (planId: string) => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
  };

  const getRunNotes = db.transaction(({ planId }: ParsedInput<'getRunNotes'>): RunNote[] => {
    livePlan(planId);
    const run = runs.latest(planId);
    return run ? runs.notes(run.id) : [];
  });

  const setRunNote = db.transaction(({ planId, blockId, heard, willDo }: ParsedInput<'setRunNote'>): RunNote => {
    livePlan(planId);
    const run = runs.latest(planId);
    if (!run) throw new KindredError('invalid', 'Notes are kept with the day as it runs. Start the day first, then write what you hear.');
    if (blocks.get(planId, blockId) === undefined) throw notFound('block');
    const note: RunNote = { blockId, heard, willDo, updatedAt: ctx.clock().getTime() };
    runs.putNote(run.id, note);
    return note;
  });

  const getOverrunHistory = db.transaction(({ planId }: ParsedInput<'getOverrunHistory'>) => {
    livePlan(planId);
    const days: PastDay[] = [];
    for (const past of runs.deliveredRuns(planId, HISTORY_PLANS)) {
      const day = dayActuals(ctx, runs, past.planId, past.runId);
      if (day && day.ranCount > 0) days.push({ planId: past.planId, title: past.title, ranAt: past.startedAt, rows: day.rows });
    }
    return overrunHistory(days);
  });

  return {
    getRunNotes: (input) => getRunNotes(input),
    setRunNote: (input) => setRunNote.immediate(input),
    getOverrunHistory: (input) => getOverrunHistory(input),
  };
}
