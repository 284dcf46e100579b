/**
 * "The day as it ran", in the After tab: planned against actual from the run log, and the notes
 * written on the day as drafts for the debrief. Shown once the day has been run from Kindred.
 */
import { useMemo } from 'react';
import { LIMITS } from '../../../main/domain/plan';
import { plannedVsActual } from '../../../main/domain/runDay/actuals';
import { replay } from '../../../main/domain/runDay/runLog';
import { useAnnounce } from '../components/Announcer';
import type { PlanEditor } from '../plan/usePlanEditor';
import { NoteDrafts } from './NoteDrafts';
import { PlannedVsActual } from './PlannedVsActual';
import { useDayAsRun } from './useDayAsRun';

export function DayAsRunSection({ editor }: { editor: PlanEditor }) {
  const { plan, changes, debrief } = editor;
  const dayAsRun = useDayAsRun(plan?.id ?? null);
  const announce = useAnnounce();
  const blocks = plan?.blocks;
  const day = useMemo(
    () =>
      dayAsRun && blocks && dayAsRun.log.runId
        ? plannedVsActual(
            blocks,
            replay(
              dayAsRun.log.events,
              blocks.map((b) => b.id),
            ),
          )
        : null,
    [dayAsRun, blocks],
  );
  if (!dayAsRun || !blocks || !debrief) return null;

  return (
    <section className="form-section day-as-run" aria-labelledby="day-as-run-heading">
      <h3 id="day-as-run-heading">The day as it ran</h3>
      {!day ? (
        <p className="field-description">When you run the day from Kindred, the real times of each block and your notes from the day appear here.</p>
      ) : (
        <>
          <PlannedVsActual day={day} />
          <h4 id="notes-from-day-heading">Your notes from the day</h4>
          <p className="field-description">Drafts for you to check: add the ones you want, then edit them below. Nothing is sent to anyone.</p>
          <NoteDrafts
            notes={dayAsRun.notes}
            blocks={blocks}
            changes={changes}
            results={debrief.results}
            onAddChange={(change, name) => {
              if (changes.length >= LIMITS.changesPerPlan) {
                announce('“You said, we did” is full. Remove a row to make room.');
                return;
              }
              editor.setChanges([...changes, change]);
              announce(`Added the note on ${name} to “You said, we did” as row ${changes.length + 1}.`);
            }}
            onAddToResults={(text) => {
              const results = debrief.results.trim() === '' ? text : `${debrief.results.trimEnd()}\n\n${text}`;
              editor.updateDebrief({ results });
              announce('Added what you heard to Results.');
            }}
          />
        </>
      )}
    </section>
  );
}
