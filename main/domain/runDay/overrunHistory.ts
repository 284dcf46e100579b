/**
 * What past days say about the kinds of block that keep running over. The service gathers each
 * delivered plan's planned-against-actual (actuals.ts); this turns them into a few plain facts the
 * pure review can use ("in your last three workshops, check-ins ran 8 minutes over on average").
 *
 * Only a pattern counts, never one bad day: a kind is reported when at least OVERRUN_MIN_WORKSHOPS
 * of the most recent workshops that ran it all have actual times, and across them it ran over by
 * OVERRUN_MIN_MINUTES or more on average.
 */
import type { BlockKind } from '../blockKinds';
import type { BlockActual } from './actuals';

/** How many recent workshops are looked at, and the fewest that make a pattern. */
export const OVERRUN_WORKSHOPS = 3;
export const OVERRUN_MIN_WORKSHOPS = 3;
/** The average overrun, in minutes, worth mentioning. */
export const OVERRUN_MIN_MINUTES = 5;

/** One delivered workshop's day, as the service read it. */
export interface PastDay {
  planId: string;
  title: string;
  /** When the day was run (epoch ms): the most recent days count first. */
  ranAt: number;
  rows: readonly Pick<BlockActual, 'kind' | 'plannedMinutes' | 'actualMinutes'>[];
}

export interface KindOverrun {
  kind: BlockKind;
  /** The workshops it is drawn from, most recent first: the source the review names. */
  workshops: { planId: string; title: string }[];
  /** Average minutes over the planned length, per workshop (each workshop's blocks of the kind averaged first). */
  averageOverrun: number;
  /** Average minutes blocks of this kind really took, the same way. */
  averageActual: number;
}

/** The kinds of block that ran over consistently in the most recent workshops. */
export function overrunHistory(days: readonly PastDay[]): KindOverrun[] {
  const recent = [...days].sort((a, b) => b.ranAt - a.ranAt);
  const perKind = new Map<BlockKind, { day: PastDay; overrun: number; actual: number }[]>();
  for (const day of recent) {
    const sums = new Map<BlockKind, { over: number; actual: number; n: number }>();
    for (const row of day.rows) {
      if (row.actualMinutes === null) continue;
      const s = sums.get(row.kind) ?? { over: 0, actual: 0, n: 0 };
      s.over += row.actualMinutes - row.plannedMinutes;
      s.actual += row.actualMinutes;
      s.n++;
      sums.set(row.kind, s);
    }
    for (const [kind, s] of sums) {
      const list = perKind.get(kind) ?? [];
      if (list.length < OVERRUN_WORKSHOPS) list.push({ day, overrun: s.over / s.n, actual: s.actual / s.n });
      perKind.set(kind, list);
    }
  }
  const found: KindOverrun[] = [];
  for (const [kind, list] of perKind) {
    if (list.length < OVERRUN_MIN_WORKSHOPS) continue;
    const averageOverrun = Math.round(list.reduce((t, x) => t + x.overrun, 0) / list.length);
    if (averageOverrun < OVERRUN_MIN_MINUTES) continue;
    found.push({
      kind,
      workshops: list.map((x) => ({ planId: x.day.planId, title: x.day.title })),
      averageOverrun,
      averageActual: Math.round(list.reduce((t, x) => t + x.actual, 0) / list.length),
    });
  }
  return found;
}
