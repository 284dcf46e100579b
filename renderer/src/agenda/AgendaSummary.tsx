import { memo } from 'react';
import type { Schedule } from '../../../main/domain/timing';
import { formatClockTime, formatDuration } from '../../../main/domain/time';
import type { Block } from '../../../main/domain/plan';
import { REST_KINDS } from '../../../main/domain/blockKinds';
import { endNote, gapNote } from './summaryWords';

/**
 * The agenda at a glance, and a gentle word when it runs past the intended end. Memoised: the
 * screen also renders for each keystroke, before the schedule that this shows has changed.
 */
export const AgendaSummary = memo(function AgendaSummary({
  schedule,
  blocks,
  endTime,
}: {
  schedule: Schedule;
  blocks: Block[];
  endTime: string | null;
}) {
  const rest = blocks.reduce((sum, b) => (REST_KINDS.has(b.kind) ? sum + b.durationMinutes : sum), 0);
  return (
    <div className="agenda-summary">
      <dl className="summary-figures">
        <div>
          <dt>Starts</dt>
          <dd>{formatClockTime(schedule.start)}</dd>
        </div>
        <div>
          <dt>Ends</dt>
          <dd data-testid="agenda-end">{formatClockTime(schedule.end)}</dd>
        </div>
        <div>
          <dt>Total length</dt>
          <dd data-testid="agenda-total">{formatDuration(schedule.totalMinutes)}</dd>
        </div>
        <div>
          <dt>Breaks and meals</dt>
          <dd>{formatDuration(rest)}</dd>
        </div>
        {schedule.gaps > 0 && (
          <div>
            <dt>Unplanned gaps</dt>
            <dd data-testid="agenda-gaps">{formatDuration(schedule.gapMinutes)}</dd>
          </div>
        )}
      </dl>
      {endTime && schedule.overrunMinutes > 0 && (
        <p className="notice notice-attention" data-testid="overrun">
          The agenda runs <strong>{formatDuration(schedule.overrunMinutes)}</strong> past your intended end of {endTime}, so it ends at{' '}
          {formatClockTime(schedule.end)}, and the packs say so. You could shorten a block, or move the end time if people know and can stay.
        </p>
      )}
      {endTime && schedule.overrunMinutes === 0 && blocks.length > 0 && (
        <p className="notice notice-calm" data-testid="end-note">
          {endNote(schedule, endTime)}
        </p>
      )}
      {schedule.gaps > 0 && (
        <p className="notice notice-attention" data-testid="gap-note">
          {gapNote(schedule)}
        </p>
      )}
      {schedule.pinConflicts > 0 && (
        <p className="notice notice-attention">
          {schedule.pinConflicts === 1
            ? 'One pinned block starts later than its pinned time. It is marked below.'
            : `${schedule.pinConflicts} pinned blocks start later than their pinned times. They are marked below.`}
        </p>
      )}
    </div>
  );
});
