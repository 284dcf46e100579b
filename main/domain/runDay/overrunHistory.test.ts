import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../blockKinds';
import { reviewPlan } from '../review';
import { goodPlan, makeBlock } from '../../testing/testPlan';
import { overrunHistory, type PastDay } from './overrunHistory';

/** A past day: [kind, planned, actual (null: did not run)] per block. */
function day(n: number, rows: [BlockKind, number, number | null][]): PastDay {
  return {
    planId: `plan-${n}`,
    title: `Workshop ${n}`,
    ranAt: n * 86_400_000,
    rows: rows.map(([kind, plannedMinutes, actualMinutes]) => ({ kind, plannedMinutes, actualMinutes })),
  };
}

describe('overrun history', () => {
  it('reports a kind that ran over by 5 minutes or more on average across the last three workshops, newest first', () => {
    const days = [
      day(1, [['check_in', 10, 30]]), // the oldest: beyond the last three, so left out
      day(2, [
        ['check_in', 10, 16],
        ['discussion', 30, 31],
      ]),
      day(3, [
        ['check_in', 10, 20],
        ['discussion', 30, 29],
      ]),
      day(4, [
        ['check_in', 15, 23],
        ['check_in', 10, 16],
        ['discussion', 30, 33],
      ]),
    ];
    expect(overrunHistory(days)).toEqual([
      {
        kind: 'check_in',
        // Workshop 4 averages its own two check-ins first: (8 + 6) / 2 = 7; then (7 + 10 + 6) / 3 ≈ 8.
        workshops: [
          { planId: 'plan-4', title: 'Workshop 4' },
          { planId: 'plan-3', title: 'Workshop 3' },
          { planId: 'plan-2', title: 'Workshop 2' },
        ],
        averageOverrun: 8,
        averageActual: 19,
      },
    ]);
  });

  it('stays quiet with fewer than three workshops with actual times for the kind', () => {
    const days = [
      day(1, [['check_in', 10, 30]]),
      day(2, [['check_in', 10, 30]]),
      day(3, [
        ['check_in', 10, null],
        ['welcome', 5, 5],
      ]),
    ];
    expect(overrunHistory(days)).toEqual([]);
  });

  it('stays quiet when the average overrun is under 5 minutes, even with one long day', () => {
    const days = [day(1, [['check_in', 10, 22]]), day(2, [['check_in', 10, 9]]), day(3, [['check_in', 10, 8]])];
    // (12 − 1 − 2) / 3 = 3 minutes: not a pattern.
    expect(overrunHistory(days)).toEqual([]);
  });

  it('feeds the review, which names the workshops and fires only for a block planned shorter than it took', () => {
    const overruns = overrunHistory([1, 2, 3].map((n) => day(n, [['check_in', 10, 18]])));
    const plan = (minutes: number) =>
      goodPlan({ blocks: [makeBlock('welcome'), makeBlock('check_in', { title: 'Check-in', durationMinutes: minutes })] });
    const fired = reviewPlan(plan(10), { overruns }).filter((f) => f.ruleId === 'kind-ran-over');
    expect(fired).toHaveLength(1);
    expect(fired[0]!.message).toBe(
      'In your last three workshops, check-ins ran 8 minutes over on average, taking about 18 minutes. “Check-in” has 10 minutes here.',
    );
    expect(fired[0]!.why).toContain('“Workshop 3”, “Workshop 2” and “Workshop 1”');
    expect(reviewPlan(plan(18), { overruns }).filter((f) => f.ruleId === 'kind-ran-over')).toEqual([]);
    expect(reviewPlan(plan(10)).filter((f) => f.ruleId === 'kind-ran-over')).toEqual([]);
  });
});
