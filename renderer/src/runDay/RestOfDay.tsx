/**
 * The whole day in running order, re-timed live: what is done (with its actual times), what is
 * running, what is skipped, and when the rest should start, with pinned blocks' conflicts said
 * plainly and suggestions of where time could come from.
 */
import type { ClockStyle } from '../../../main/domain/locale';
import type { Plan } from '../../../main/domain/plan';
import { clockWords, conflictWords } from '../../../main/domain/runDay/dayWords';
import type { Retimed, RetimedBlock } from '../../../main/domain/runDay/retime';
import type { Suggestions } from '../../../main/domain/runDay/suggestions';
import { formatDurationLong } from '../../../main/domain/time';
import { plural } from '../../../main/domain/words';

const STATUS_WORDS: Record<RetimedBlock['status'], string> = { done: 'Done', running: 'Now', skipped: 'Skipped', to_come: 'To come' };

export function RestOfDay({ plan, retimed, suggestions, clock }: { plan: Plan; retimed: Retimed; suggestions: Suggestions; clock: ClockStyle }) {
  const byId = new Map(plan.blocks.map((b) => [b.id, b]));
  const titleOf = (id: string | null) => (id === null ? null : (byId.get(id)?.title ?? null));
  const at = (m: number | null) => (m === null ? '' : clockWords(m, clock));
  return (
    <section className="run-rest" aria-labelledby="run-rest-heading">
      <h2 id="run-rest-heading">The day, re-timed</h2>
      {retimed.conflicts.length > 0 && (
        <ul className="run-conflicts">
          {retimed.conflicts.map((c) => (
            <li key={c.blockId ?? 'end'}>{conflictWords(c, titleOf(c.blockId), clock)}</li>
          ))}
        </ul>
      )}
      {suggestions.shortenings.length > 0 && (
        <>
          <h3>Where time could come from</h3>
          <p>Blocks you marked as able to be shorter. Breaks and meals keep their time.</p>
          <ul>
            {suggestions.shortenings.map((s) => (
              <li key={s.blockId}>
                {titleOf(s.blockId)}: {plural(s.minutes, 'minute', 'minutes')} shorter ({s.from} to {s.to} minutes)
              </li>
            ))}
          </ul>
          {suggestions.stillLate.length > 0 && <p>Even with these, the day would still run late: skipping a block could help.</p>}
        </>
      )}
      {retimed.conflicts.length > 0 && suggestions.shortenings.length === 0 && (
        <p>No block is marked as able to be shorter. You could skip a block, or let people know the new times.</p>
      )}
      <ol className="run-agenda">
        {retimed.rows.map((r) => {
          const block = byId.get(r.blockId)!;
          return (
            <li key={r.blockId} className={`run-row run-row-${r.status}`} aria-current={r.status === 'running' ? 'step' : undefined}>
              <span className="run-row-time">{r.status === 'skipped' ? '—' : `${at(r.start)}–${at(r.end)}`}</span>
              <span className="run-row-title">{block.title}</span>
              <span className="run-row-status">
                {STATUS_WORDS[r.status]}
                {r.status === 'to_come' && `, ${formatDurationLong(block.durationMinutes)}`}
                {r.pinAt !== null &&
                  (r.lateBy > 0
                    ? `, pinned to ${at(r.pinAt)}, ${plural(Math.round(r.lateBy), 'minute', 'minutes')} late`
                    : `, pinned to ${at(r.pinAt)}`)}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
