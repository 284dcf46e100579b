/** The plan's day as it was run (its most recent run log) and the notes written on it, for the After tab. */
import { useEffect, useState } from 'react';
import type { RunNote } from '../../../main/domain/runDay/notes';
import type { RunDayLog } from '../../../main/domain/runDay/steps';
import { api } from '../api/client';
import { onDataChanged } from '../api/dataChanges';

export interface DayAsRun {
  log: RunDayLog;
  notes: RunNote[];
}

/** Null while loading, or when it could not be read (the rest of the After tab works without it). */
export function useDayAsRun(planId: string | null): DayAsRun | null {
  const [day, setDay] = useState<DayAsRun | null>(null);
  useEffect(() => {
    if (!planId) return;
    let live = true;
    Promise.all([api.getRunDay({ planId }), api.getRunNotes({ planId })]).then(
      ([log, notes]) => live && setDay({ log, notes }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [planId]);

  // A note can change while the After tab is open ("Replace with “a participant”" when deleting
  // personal data): read them again, so a draft never brings back a name that was taken out.
  useEffect(() => {
    if (!planId) return;
    let live = true;
    const stop = onDataChanged(() => {
      api.getRunNotes({ planId }).then(
        (notes) => live && setDay((was) => was && { ...was, notes }),
        () => undefined,
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, [planId]);
  return day;
}
