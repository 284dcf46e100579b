/**
 * Running the day: each control the facilitator presses is checked against the day so far (replayed
 * from its log) and, when it applies, appended to the log in its own transaction before the answer
 * goes back. So whatever happens next (closing, a crash, kill -9), the day resumes exactly where the
 * facilitator left it. What cannot be done now is refused with a kind sentence and changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { localMidnight } from '../domain/runDay/retime';
import { applyAction, isRefusal, replay, type RunEvent } from '../domain/runDay/runLog';
import { stepAction, type RunDayLog } from '../domain/runDay/steps';
import { createRunDayRepo, type RunDayRepo } from '../store/runDayRepo';
import { KindredError, notFound } from './errors';
import type { StoreContext } from './storeContext';

/** The plan's most recent day run as its log (empty when the day has never been started). */
export function runLogOf(runs: RunDayRepo, planId: string): RunDayLog {
  const run = runs.latest(planId);
  return run ? { planId, runId: run.id, midnight: run.midnight, events: runs.events(run.id) } : { planId, runId: null, midnight: null, events: [] };
}

type RunDayMethods = Pick<ServiceImpl, 'getRunDay' | 'runDay'>;

export function runDayMethods(ctx: StoreContext): RunDayMethods {
  const { db, plans, blocks } = ctx;
  const runs = createRunDayRepo(db);

  const logOf = (planId: string): RunDayLog => runLogOf(runs, planId);

  const read = db.transaction(({ planId }: ParsedInput<'getRunDay'>): RunDayLog => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
    return logOf(planId);
  });

  const step = db.transaction(({ planId, step, at: sentAt }: ParsedInput<'runDay'>): RunDayLog => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
    const ids = blocks.ids(planId);
    let run = runs.latest(planId);
    const events = run ? runs.events(run.id) : [];
    const last = events.at(-1);
    // The view's clock is the one the facilitator sees (it sends it); never let time run backwards
    // in the log, whatever the computer's clock does meanwhile.
    const at = Math.max(sentAt ?? ctx.clock().getTime(), last?.at ?? 0);
    let state = replay(events, ids);
    if (step === 'start_day' && state.endedAt !== null) {
      // Running the day again (after a rehearsal, say) starts a new log; the old one is kept.
      run = undefined;
      state = replay([], ids);
    }
    const seq = run ? (last?.seq ?? 0) + 1 : 1;
    const action = stepAction(step, ids);
    const after = applyAction(state, action, at, ids);
    if (isRefusal(after)) throw new KindredError('invalid', after.refused);
    if (!run) {
      run = { id: randomUUID(), planId, startedAt: at, midnight: localMidnight(at) };
      runs.insertRun(run);
    }
    const event: RunEvent = { seq, at, action };
    runs.append(run.id, event);
    return logOf(planId);
  });

  return {
    getRunDay: (input) => read(input),
    runDay: (input) => step.immediate(input),
  };
}
