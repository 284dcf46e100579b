/**
 * The kinds of block that ran over in the facilitator's other recent workshops, for the review of
 * this plan. One answer is shared by everything that reviews the plan for a short while, so the
 * review's cache sees one list rather than a new one per component; after that, opening the plan
 * asks again (another workshop may have been delivered meanwhile).
 */
import { useEffect, useState } from 'react';
import type { KindOverrun } from '../../../main/domain/runDay/overrunHistory';
import { api } from '../api/client';

const NONE: readonly KindOverrun[] = [];
const SHARED_MS = 30_000;
const known = new Map<string, { at: number; history: Promise<readonly KindOverrun[]> }>();

function historyFor(planId: string): Promise<readonly KindOverrun[]> {
  const found = known.get(planId);
  if (found && Date.now() - found.at < SHARED_MS) return found.history;
  // Without its history the review simply says nothing about it: never an error in the way.
  const history = api.getOverrunHistory({ planId }).catch(() => NONE);
  known.set(planId, { at: Date.now(), history });
  return history;
}

export function useOverruns(planId: string | null): readonly KindOverrun[] {
  const [state, setState] = useState<{ planId: string | null; overruns: readonly KindOverrun[] }>({ planId: null, overruns: NONE });
  useEffect(() => {
    if (!planId) return;
    let live = true;
    void historyFor(planId).then((overruns) => live && setState({ planId, overruns }));
    return () => {
      live = false;
    };
  }, [planId]);
  return state.planId === planId ? state.overruns : NONE;
}
