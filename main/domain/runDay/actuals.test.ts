import { describe, expect, it } from 'vitest';
import { makeBlock } from '../../testing/testPlan';
import { actualLengths, differenceWords, plannedVsActual, totalWords } from './actuals';
import { replay, type RunAction, type RunEvent } from './runLog';

const MIDNIGHT = Date.UTC(2027, 2, 12);
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return MIDNIGHT + (h! * 60 + m!) * 60_000;
};

const welcome = makeBlock('welcome', { title: 'Welcome', durationMinutes: 10 });
const checkIn = makeBlock('check_in', { title: 'Check-in', durationMinutes: 15 });
const talk = makeBlock('discussion', { title: 'Talk', durationMinutes: 30 });
const close = makeBlock('close', { title: 'Close', durationMinutes: 5 });
const blocks = [welcome, checkIn, talk, close];
const ids = blocks.map((b) => b.id);

function dayOf(steps: [string, RunAction['kind']][]) {
  const events: RunEvent[] = steps.map(([time, kind], i) => ({
    seq: i + 1,
    at: at(time),
    action: kind === 'start_day' ? { kind, order: ids } : ({ kind } as RunAction),
  }));
  return plannedVsActual(blocks, replay(events, ids));
}

describe('planned against actual', () => {
  it('gives each block’s actual minutes from its start and end, with totals over the blocks that ran', () => {
    const day = dayOf([
      ['10:00', 'start_day'],
      ['10:12', 'next'], // welcome: 12 for 10
      ['10:20', 'skip'], // talk is left out, mid check-in
      ['10:35', 'pause'],
      ['10:40', 'resume'],
      ['10:43', 'next'], // check-in: 31 for 15, a 5-minute pause included
      ['10:46', 'end_day'], // close: 3 for 5
    ]);
    expect(day.rows.map((r) => [r.title, r.plannedMinutes, r.actualMinutes, r.status])).toEqual([
      ['Welcome', 10, 12, 'ran'],
      ['Check-in', 15, 31, 'ran'],
      ['Talk', 30, null, 'skipped'],
      ['Close', 5, 3, 'ran'],
    ]);
    expect(day).toMatchObject({ plannedTotal: 60, ranPlanned: 30, ranActual: 46, ranCount: 3 });
    expect(day.rows.map(differenceWords)).toEqual([
      '2 minutes longer than planned',
      '16 minutes longer than planned',
      'Left out on the day',
      '2 minutes shorter than planned',
    ]);
    expect(totalWords(day)).toBe('The blocks that ran took 46 minutes, against 30 minutes planned: 16 minutes longer than planned.');
  });

  it('says kindly when nothing has run to an end, and keeps the planned length for a copy where nothing is known', () => {
    const day = dayOf([['10:00', 'start_day']]);
    expect(day.rows.map((r) => r.status)).toEqual(['running', 'not_reached', 'not_reached', 'not_reached']);
    expect(totalWords(day)).toBe('No block has run to its end yet, so there are no actual times to compare.');
    expect([...actualLengths(day).values()]).toEqual([10, 15, 30, 5]);
  });

  it('copies actual lengths where blocks ran, never under a minute', () => {
    const day = dayOf([
      ['10:00', 'start_day'],
      ['10:00', 'next'], // welcome ended at once: 0 minutes becomes 1
      ['10:40', 'next'],
    ]);
    expect(Object.fromEntries(actualLengths(day))).toEqual({ [welcome.id]: 1, [checkIn.id]: 40, [talk.id]: 30, [close.id]: 5 });
    expect(
      totalWords(
        dayOf([
          ['10:00', 'start_day'],
          ['10:10', 'end_day'],
        ]),
      ),
    ).toBe('The blocks that ran took 10 minutes, against 10 minutes planned: right on time.');
  });
});
