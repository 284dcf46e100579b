/**
 * Planned against actual, block by block, from the run log's actual start and end, with the totals
 * in a kind sentence. A plain table: a caption, a header per column and each block's name as its
 * row's header, so a screen reader reads "Check-in, actual, 23 minutes".
 */
import { BLOCK_KIND_LABELS } from '../../../main/domain/blockKinds';
import { differenceWords, totalWords, type PlannedVsActual as Day } from '../../../main/domain/runDay/actuals';
import { formatDurationLong } from '../../../main/domain/time';

export function PlannedVsActual({ day }: { day: Day }) {
  return (
    <>
      <div className="table-wrap">
        <table className="data-table planned-actual">
          <caption>Planned and actual, block by block, in the order the day ran</caption>
          <thead>
            <tr>
              <th scope="col">Block</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
              <th scope="col">How it went</th>
            </tr>
          </thead>
          <tbody>
            {day.rows.map((row) => (
              <tr key={row.blockId}>
                <th scope="row">{row.title.trim() || BLOCK_KIND_LABELS[row.kind]}</th>
                <td>{formatDurationLong(row.plannedMinutes)}</td>
                <td>{row.actualMinutes === null ? '—' : formatDurationLong(row.actualMinutes)}</td>
                <td>{differenceWords(row)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Blocks that ran</th>
              <td>{formatDurationLong(day.ranPlanned)}</td>
              <td>{formatDurationLong(day.ranActual)}</td>
              <td>{differenceWords({ plannedMinutes: day.ranPlanned, actualMinutes: day.ranActual, status: 'ran' })}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p data-testid="planned-actual-total">{totalWords(day)}</p>
    </>
  );
}
