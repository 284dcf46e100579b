/**
 * The day as it runs: the plan, its run log from the service, and a clock ticking every second, re-timed
 * on each tick (pure domain code, well under a millisecond for a normal day). A control is sent with
 * the view's own time, saved by the service before the answer comes back, and then announced.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Plan } from '../../../main/domain/plan';
import { localMidnight, retime, type Retimed } from '../../../main/domain/runDay/retime';
import { replay } from '../../../main/domain/runDay/runLog';
import type { RunDayLog, RunStep } from '../../../main/domain/runDay/steps';
import { suggestTime, type Suggestions } from '../../../main/domain/runDay/suggestions';
import { api } from '../api/client';
import { useAnnounce } from '../components/Announcer';
import { afterStepWords } from './announce';

export type RunDayLoad = { status: 'loading' } | { status: 'missing'; message: string } | { status: 'ready'; plan: Plan; log: RunDayLog };

export interface RunDayView {
  plan: Plan;
  retimed: Retimed;
  suggestions: Suggestions;
  press: (step: RunStep) => void;
  /** The last control the day could not take, in words; null when the last one worked. */
  problem: string | null;
}

const TICK_MS = 1000;

function timeAt(plan: Plan, log: RunDayLog, now: number): Retimed {
  const ids = plan.blocks.map((b) => b.id);
  return retime(plan, replay(log.events, ids), now, log.midnight ?? localMidnight(now));
}

export function useRunDay(planId: string): { load: RunDayLoad; view: RunDayView | null } {
  const [load, setLoad] = useState<RunDayLoad>({ status: 'loading' });
  const [now, setNow] = useState(() => Date.now());
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);
  const announce = useAnnounce();

  useEffect(() => {
    let live = true;
    Promise.all([api.getPlan({ planId }), api.getRunDay({ planId })]).then(
      ([plan, log]) => live && setLoad({ status: 'ready', plan, log }),
      (err: Error) => live && setLoad({ status: 'missing', message: err.message }),
    );
    return () => {
      live = false;
    };
  }, [planId]);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  const ready = load.status === 'ready' ? load : null;
  const retimed = useMemo(() => (ready ? timeAt(ready.plan, ready.log, now) : null), [ready, now]);
  const suggestions = useMemo(() => (ready && retimed ? suggestTime(ready.plan, retimed) : null), [ready, retimed]);

  const press = useCallback(
    (step: RunStep) => {
      if (!ready || busy.current) return;
      busy.current = true;
      const at = Date.now();
      const before = timeAt(ready.plan, ready.log, at);
      const titleOf = (id: string) => ready.plan.blocks.find((b) => b.id === id)?.title ?? 'A block';
      api
        .runDay({ planId, step, at })
        .then(
          (log) => {
            setLoad({ status: 'ready', plan: ready.plan, log });
            setNow(at);
            setProblem(null);
            announce(afterStepWords(step, before, timeAt(ready.plan, log, at), titleOf));
          },
          (err: Error) => {
            setProblem(err.message);
            announce(err.message);
          },
        )
        .finally(() => {
          busy.current = false;
        });
    },
    [ready, planId, announce],
  );

  return { load, view: ready && retimed && suggestions ? { plan: ready.plan, retimed, suggestions, press, problem } : null };
}
