import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../../main/domain/timing';
import { endNote, gapNote } from './summaryWords';

const block = (id: string, durationMinutes: number, pinnedTime: string | null = null) => ({ id, durationMinutes, pinnedTime });

describe('endNote', () => {
  it('says when the last block ends, and calls the rest time in hand when there is no gap', () => {
    const s = computeSchedule('10:00', [block('a', 90), block('b', 60)], '13:00');
    expect(endNote(s, '13:00')).toBe(
      'The last block ends at 12:30, 30 min before your intended end of 13:00: time in hand for conversations that run on. The packs say 12:30.',
    );
  });

  it('never says time in hand while an unplanned gap sits inside the day', () => {
    const s = computeSchedule('10:00', [block('a', 60), block('lunch', 30, '11:30'), block('c', 30)], '13:00');
    expect(s.gaps).toBe(1);
    const note = endNote(s, '13:00');
    expect(note).not.toContain('time in hand');
    expect(note).toBe('The last block ends at 12:30, 30 min before your intended end of 13:00. The packs say 12:30.');
  });

  it('says so plainly when the agenda ends right on the intended end', () => {
    expect(endNote(computeSchedule('10:00', [block('a', 180)], '13:00'), '13:00')).toBe('Finishes right on your intended end of 13:00.');
  });
});

describe('gapNote', () => {
  it('is silent without gaps, and counts one gap and several right', () => {
    expect(gapNote(computeSchedule('10:00', [block('a', 60)], null))).toBeNull();
    expect(gapNote(computeSchedule('10:00', [block('a', 45), block('b', 30, '11:00')], null))).toBe(
      'There is an unplanned gap of 15 min before a pinned block. It is marked below, and counts in the total length.',
    );
    expect(gapNote(computeSchedule('10:00', [block('a', 45), block('b', 30, '11:00'), block('c', 30, '12:00')], null))).toBe(
      'There are 2 unplanned gaps before pinned blocks, 45 min in all. They are marked below, and count in the total length.',
    );
  });
});
