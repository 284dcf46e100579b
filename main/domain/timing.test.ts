import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSchedule, longestPlausibleBlock, probablyMeantMinutes } from './timing';

let n = 0;
const block = (durationMinutes: number, pinnedTime: string | null = null) => ({ id: `b${++n}`, durationMinutes, pinnedTime });

describe('computeSchedule', () => {
  it('lays blocks end to end from the start time', () => {
    const s = computeSchedule('10:00', [block(15), block(30), block(45)], null);
    expect(s.rows.map((r) => [r.start, r.end])).toEqual([
      [600, 615],
      [615, 645],
      [645, 690],
    ]);
    expect(s.totalMinutes).toBe(90);
    expect(s.end).toBe(690);
    expect(s.pinConflicts).toBe(0);
  });

  it('handles an empty agenda', () => {
    const s = computeSchedule('09:30', [], '12:00');
    expect(s.rows).toEqual([]);
    expect(s.totalMinutes).toBe(0);
    expect(s.spareMinutes).toBe(150);
  });

  it('leaves a visible gap before a pinned block when earlier blocks finish early', () => {
    const s = computeSchedule('10:00', [block(60), block(45, '12:30'), block(30)], null);
    const lunch = s.rows[1]!;
    expect(lunch.start).toBe(12 * 60 + 30);
    expect(lunch.pin).toEqual({ at: 750, gapBefore: 90, lateBy: 0 });
    expect(s.rows[2]!.start).toBe(795);
    // The gap counts towards the total length.
    expect(s.totalMinutes).toBe(60 + 90 + 45 + 30);
  });

  it('starts a pinned block late, and says by how much, when earlier blocks run past its pin', () => {
    const s = computeSchedule('10:00', [block(170), block(45, '12:30'), block(15)], null);
    expect(s.rows[1]!.start).toBe(770);
    expect(s.rows[1]!.pin).toEqual({ at: 750, gapBefore: 0, lateBy: 20 });
    expect(s.rows[2]!.start).toBe(815);
    expect(s.pinConflicts).toBe(1);
  });

  it('treats a pin earlier than the start as late from the outset', () => {
    const s = computeSchedule('10:00', [block(30, '09:00')], null);
    expect(s.rows[0]!.pin).toEqual({ at: 540, gapBefore: 0, lateBy: 60 });
    expect(s.pinConflicts).toBe(1);
  });

  it('reads a pin after midnight as the next day when the agenda is running towards it', () => {
    const s = computeSchedule('22:00', [block(110), block(30, '00:30')], '01:30');
    expect(s.rows[1]!.pin).toEqual({ at: 24 * 60 + 30, gapBefore: 40, lateBy: 0 });
    expect(s.pinConflicts).toBe(0);
    expect(s.end).toBe(24 * 60 + 60);
    expect(s.spareMinutes).toBe(30);
  });

  it('reports overrun past the intended end, and spare time before it', () => {
    const over = computeSchedule('10:00', [block(90), block(60)], '12:00');
    expect(over.overrunMinutes).toBe(30);
    expect(over.spareMinutes).toBe(0);
    const spare = computeSchedule('10:00', [block(90)], '12:00');
    expect(spare.overrunMinutes).toBe(0);
    expect(spare.spareMinutes).toBe(30);
    const none = computeSchedule('10:00', [block(90)], null);
    expect([none.overrunMinutes, none.spareMinutes]).toEqual([0, 0]);
  });

  it('reads an end time before the start as the next day (sessions across midnight)', () => {
    const s = computeSchedule('21:00', [block(120), block(90)], '00:30');
    expect(s.end).toBe(21 * 60 + 210);
    expect(s.overrunMinutes).toBe(0);
    expect(s.spareMinutes).toBe(0);
    const late = computeSchedule('21:00', [block(240)], '00:30');
    expect(late.overrunMinutes).toBe(30);
  });

  it('without pins, the total is the sum of the durations and every block follows the last', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1440 }), { maxLength: 60 }), fc.integer({ min: 0, max: 1439 }), (mins, start) => {
        const hh = String(Math.floor(start / 60)).padStart(2, '0');
        const mm = String(start % 60).padStart(2, '0');
        const s = computeSchedule(
          `${hh}:${mm}`,
          mins.map((m) => block(m)),
          null,
        );
        expect(s.totalMinutes).toBe(mins.reduce((a, b) => a + b, 0));
        s.rows.forEach((r, i) => expect(r.start).toBe(i === 0 ? start : s.rows[i - 1]!.end));
      }),
    );
  });

  it('with pins, the total is never less than the durations and a pinned block never starts before its pin', () => {
    const item = fc.record({
      minutes: fc.integer({ min: 1, max: 240 }),
      pin: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const blocks = items.map((i) =>
          block(i.minutes, i.pin === null ? null : `${String(Math.floor(i.pin / 60)).padStart(2, '0')}:${String(i.pin % 60).padStart(2, '0')}`),
        );
        const s = computeSchedule('09:00', blocks, null);
        expect(s.totalMinutes).toBeGreaterThanOrEqual(items.reduce((a, i) => a + i.minutes, 0));
        for (const r of s.rows) if (r.pin) expect(r.start).toBe(r.pin.at + r.pin.lateBy);
      }),
    );
  });

  it('counts each gap before a pinned block, and their minutes, inside the total length', () => {
    const s = computeSchedule('10:00', [block(45), block(30, '11:00'), block(20), block(60, '12:30'), block(30)], '14:00');
    expect(s.gaps).toBe(2);
    expect(s.gapMinutes).toBe(15 + 40);
    expect(s.totalMinutes).toBe(45 + 30 + 20 + 60 + 30 + 55);
    const none = computeSchedule('10:00', [block(60), block(30, '11:00')], null);
    expect([none.gaps, none.gapMinutes]).toEqual([0, 0]);
    // A late pin is a conflict, not a gap.
    const late = computeSchedule('10:00', [block(90), block(30, '11:00')], null);
    expect([late.gaps, late.gapMinutes, late.pinConflicts]).toEqual([0, 0, 1]);
  });
});

describe('longestPlausibleBlock', () => {
  it('is the whole day from the start to the intended end, read past midnight', () => {
    expect(longestPlausibleBlock('10:00', '16:00')).toBe(360);
    expect(longestPlausibleBlock('20:00', '02:00')).toBe(360);
  });
  it('is eight hours with no end time (or a broken one), and never under four hours', () => {
    expect(longestPlausibleBlock('10:00', null)).toBe(480);
    expect(longestPlausibleBlock('10:00', 'later')).toBe(480);
    expect(longestPlausibleBlock('10:00', '11:30')).toBe(240);
  });
});

describe('probablyMeantMinutes', () => {
  it('asks about a length longer than the day, suggesting it without its last digit', () => {
    expect(probablyMeantMinutes(600, 360)).toBe(60);
    expect(probablyMeantMinutes(450, 360)).toBe(45);
    expect(probablyMeantMinutes(905, 480)).toBe(90);
  });
  it('leaves plausible lengths alone', () => {
    expect(probablyMeantMinutes(360, 360)).toBeNull();
    expect(probablyMeantMinutes(45, 360)).toBeNull();
    expect(probablyMeantMinutes(1440, 1440)).toBeNull();
  });
  it('makes no guess that would itself be longer than the day', () => {
    expect(probablyMeantMinutes(1440, 100)).toBeNull();
  });
  it('whatever is suggested fits the day and is shorter than what was typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1440 }), fc.integer({ min: 240, max: 1440 }), (minutes, longest) => {
        const guess = probablyMeantMinutes(minutes, longest);
        if (minutes <= longest) expect(guess).toBeNull();
        if (guess !== null) {
          expect(guess).toBeGreaterThanOrEqual(1);
          expect(guess).toBeLessThanOrEqual(longest);
          expect(guess).toBeLessThan(minutes);
        }
      }),
    );
  });
});
