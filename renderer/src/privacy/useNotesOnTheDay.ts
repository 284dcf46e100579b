/**
 * Every note written on the days a plan was run, for the lists of places that still name someone.
 * The notes are kept beside the plan, not in it, so they are read on their own and read again
 * after a replacement (which may have changed one of them).
 */
import { useCallback, useEffect, useState } from 'react';
import type { DayNote } from '../../../main/domain/runDay/notes';
import { api } from '../api/client';

/**
 * The notes (none until they are read, or if they cannot be), and a way to read them again.
 * `planId` null reads none: the caller has no use for them there.
 */
export function useNotesOnTheDay(planId: string | null): [DayNote[], () => Promise<void>] {
  // Kept with the plan they were read for, so another plan's notes are never shown for this one.
  const [read, setRead] = useState<{ planId: string; notes: DayNote[] } | null>(null);
  const refresh = useCallback(async () => {
    if (planId !== null) setRead({ planId, notes: await api.getNotesOnTheDay({ planId }) });
  }, [planId]);

  useEffect(() => {
    if (planId === null) return;
    let live = true;
    api.getNotesOnTheDay({ planId }).then(
      (notes) => live && setRead({ planId, notes }),
      // The rest of the list still helps without them; a plan never run has none anyway.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [planId]);

  return [read !== null && read.planId === planId ? read.notes : [], refresh];
}
