import { describe, expect, it } from 'vitest';
import { REST_KINDS } from '../../../main/domain/blockKinds';
import type { PlanFormat } from '../../../main/domain/plan';
import { ASSUMED_LENGTH_MINUTES, breakEveryMinutes, buildStartingAgenda } from './startingAgenda';

const total = (blocks: { durationMinutes: number }[]) => blocks.reduce((n, b) => n + b.durationMinutes, 0);

/** The longest run of minutes without a break or meal. */
function longestStretch(blocks: { kind: string; durationMinutes: number }[]): number {
  let longest = 0;
  let run = 0;
  for (const b of blocks) {
    if (REST_KINDS.has(b.kind as never)) run = 0;
    else run += b.durationMinutes;
    longest = Math.max(longest, run);
  }
  return longest;
}

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('buildStartingAgenda', () => {
  it('opens with a welcome and a check-in and ends with a check-out and a close', () => {
    const { blocks } = buildStartingAgenda({ startTime: '10:00', endTime: '13:00', format: 'in_person' });
    expect(blocks.map((b) => b.kind).slice(0, 4)).toEqual(['welcome', 'check_in', 'relationship_building', 'ground_rules']);
    expect(blocks.map((b) => b.kind).slice(-2)).toEqual(['reflection', 'close']);
    expect(blocks.some((b) => b.kind === 'break')).toBe(true);
  });

  it('assumes two and a half hours when there is no end time', () => {
    const result = buildStartingAgenda({ startTime: '10:00', endTime: null, format: 'in_person' });
    expect(result.assumedLength).toBe(true);
    expect(result.lengthMinutes).toBe(ASSUMED_LENGTH_MINUTES);
    expect(total(result.blocks) + result.spareMinutes).toBe(ASSUMED_LENGTH_MINUTES);
  });

  it('a 10:00 to 15:30 day has lunch near 12:30', () => {
    const { blocks } = buildStartingAgenda({ startTime: '10:00', endTime: '15:30', format: 'hybrid' });
    const i = blocks.findIndex((b) => b.kind === 'meal');
    expect(i).toBeGreaterThan(0);
    const lunchStart = 600 + total(blocks.slice(0, i));
    expect(Math.abs(lunchStart - 750)).toBeLessThanOrEqual(60);
  });

  const formats: PlanFormat[] = ['in_person', 'online', 'hybrid'];
  for (const format of formats) {
    it(`fits every length from 30 minutes to 7 hours, with rests often enough (${format})`, () => {
      for (let length = 30; length <= 420; length += 5) {
        const { blocks, spareMinutes, lengthMinutes } = buildStartingAgenda({ startTime: '10:00', endTime: clock(600 + length), format });
        expect(lengthMinutes).toBe(length);
        expect(total(blocks) + spareMinutes, `length ${length}`).toBe(length);
        expect(longestStretch(blocks), `length ${length}`).toBeLessThanOrEqual(breakEveryMinutes(format));
        for (const b of blocks) expect(b.durationMinutes % 5, `${b.title} at length ${length}`).toBe(0);
        expect(blocks[0]!.kind).toBe('welcome');
        expect(blocks.at(-1)!.kind).toBe('close');
      }
    });
  }

  it('uses the chat check-in online and leaves online notes out in person', () => {
    const online = buildStartingAgenda({ startTime: '10:00', endTime: '12:00', format: 'online' });
    expect(online.blocks[1]!.title).toMatch(/^Chat check-in/);
    const inPerson = buildStartingAgenda({ startTime: '10:00', endTime: '12:00', format: 'in_person' });
    expect(inPerson.blocks[0]!.facilitatorNotes).not.toContain('Online:');
  });
});
