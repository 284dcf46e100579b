/**
 * Planned against actual: how long each block really took on the day, from the run log's actual
 * start and end, beside the length the plan gave it. Pure, so the After tab, the service (copying a
 * plan with its actual lengths, the review's history) and the tests all read the day the same way.
 *
 * A block's actual length is the clock time from its start to its end, pauses included: a pause the
 * group needed still took time out of the day, and the next plan has to fit the same clock.
 */
import type { Block } from '../plan';
import { LIMITS } from '../plan';
import { formatDurationLong } from '../time';
import type { RunState } from './runLog';

const MS_PER_MINUTE = 60_000;

export type ActualStatus = 'ran' | 'skipped' | 'running' | 'not_reached';

export interface BlockActual {
  blockId: string;
  title: string;
  kind: Block['kind'];
  plannedMinutes: number;
  /** Whole minutes from its actual start to its actual end; null when it did not (yet) run to an end. */
  actualMinutes: number | null;
  status: ActualStatus;
}

export interface PlannedVsActual {
  /** In the order the day ran them (swaps included). */
  rows: BlockActual[];
  /** Every block's planned minutes. */
  plannedTotal: number;
  /** The blocks that ran: their planned and their actual minutes, so the two totals compare like with like. */
  ranPlanned: number;
  ranActual: number;
  /** How many blocks ran to an end: zero means the day has no actual times to show yet. */
  ranCount: number;
}

export type ActualBlock = Pick<Block, 'id' | 'title' | 'kind' | 'durationMinutes'>;

/** Planned against actual for `blocks` as the replayed day `state` treated them. */
export function plannedVsActual(blocks: readonly ActualBlock[], state: RunState): PlannedVsActual {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const rows: BlockActual[] = [];
  let plannedTotal = 0;
  let ranPlanned = 0;
  let ranActual = 0;
  let ranCount = 0;
  for (const id of state.order) {
    const block = byId.get(id);
    const run = state.blocks.get(id);
    if (!block || !run) continue;
    plannedTotal += block.durationMinutes;
    const ended = run.status === 'done' && run.startedAt !== null && run.endedAt !== null;
    const actualMinutes = ended ? Math.round((run.endedAt! - run.startedAt!) / MS_PER_MINUTE) : null;
    const status: ActualStatus = ended ? 'ran' : run.status === 'skipped' ? 'skipped' : run.status === 'running' ? 'running' : 'not_reached';
    if (actualMinutes !== null) {
      ranPlanned += block.durationMinutes;
      ranActual += actualMinutes;
      ranCount++;
    }
    rows.push({ blockId: id, title: block.title, kind: block.kind, plannedMinutes: block.durationMinutes, actualMinutes, status });
  }
  return { rows, plannedTotal, ranPlanned, ranActual, ranCount };
}

/** "5 minutes longer than planned", "As planned", "Left out on the day": never a judgement. */
export function differenceWords(row: Pick<BlockActual, 'plannedMinutes' | 'actualMinutes' | 'status'>): string {
  if (row.status === 'skipped') return 'Left out on the day';
  if (row.status === 'running') return 'Still running';
  if (row.actualMinutes === null) return 'Not reached';
  return minutesApart(row.actualMinutes - row.plannedMinutes);
}

function minutesApart(diff: number): string {
  if (diff === 0) return 'As planned';
  return diff > 0 ? `${formatDurationLong(diff)} longer than planned` : `${formatDurationLong(-diff)} shorter than planned`;
}

/** The day in one kind sentence: "The blocks that ran took 3 hours 10 minutes, against 3 hours planned: 10 minutes longer than planned." */
export function totalWords(day: PlannedVsActual): string {
  if (day.ranCount === 0) return 'No block has run to its end yet, so there are no actual times to compare.';
  const took = `The blocks that ran took ${formatDurationLong(day.ranActual)}, against ${formatDurationLong(day.ranPlanned)} planned`;
  const diff = day.ranActual - day.ranPlanned;
  return diff === 0 ? `${took}: right on time.` : `${took}: ${minutesApart(diff).toLowerCase()}.`;
}

/**
 * Each block's length for a copy of the plan: what it really took where it ran, its planned length
 * otherwise (skipped or never reached: nothing is known about it). Kept within what a block may be.
 */
export function actualLengths(day: PlannedVsActual): Map<string, number> {
  const lengths = new Map<string, number>();
  for (const row of day.rows) {
    const minutes = row.actualMinutes ?? row.plannedMinutes;
    lengths.set(row.blockId, Math.min(LIMITS.minutesMax, Math.max(LIMITS.minutesMin, minutes)));
  }
  return lengths;
}
