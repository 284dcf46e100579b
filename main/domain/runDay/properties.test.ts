/**
 * Properties of live re-timing over any plan and any sequence of actions: the rest of the day never
 * overlaps itself, and a pinned block keeps its time unless that is impossible, when the conflict
 * is reported. Suggestions never touch breaks or meals, or go below a block's minimum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, REST_KINDS } from '../blockKinds';
import { makeBlock } from '../../testing/testPlan';
import { formatClockTime } from '../time';
import { retime, roomToShorten, type RunPlan } from './retime';
import { applyAction, isRefusal, replay, RUN_ACTIONS, type RunAction } from './runLog';
import { suggestTime } from './suggestions';

const MIDNIGHT = Date.UTC(2027, 2, 12);

const blockArb = fc.record({
  kind: fc.constantFrom(...BLOCK_KINDS),
  durationMinutes: fc.integer({ min: 1, max: 90 }),
  pinAt: fc.option(fc.integer({ min: 8 * 60, max: 18 * 60 }), { freq: 4 }),
  flexible: fc.boolean(),
  minMinutes: fc.option(fc.integer({ min: 1, max: 90 })),
});
const planArb = fc.record({
  start: fc.integer({ min: 8 * 60, max: 11 * 60 }),
  end: fc.option(fc.integer({ min: 12 * 60, max: 19 * 60 })),
  blocks: fc.array(blockArb, { minLength: 1, maxLength: 12 }),
});
const stepArb = fc.record({
  kind: fc.constantFrom(...RUN_ACTIONS.filter((k) => k !== 'start_day' && k !== 'end_day')),
  minutes: fc.constantFrom(5, -5),
  gapSeconds: fc.integer({ min: 0, max: 40 * 60 }),
});

describe('live re-timing, for any day', () => {
  it('never starts a block before the one before it ends, keeps pins unless impossible, and reports every late pin', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.integer({ min: 0, max: 120 }),
        fc.array(stepArb, { maxLength: 25 }),
        fc.integer({ min: 0, max: 60 * 60 }),
        (p, lateStart, steps, waitSeconds) => {
          const plan: RunPlan = {
            startTime: formatClockTime(p.start),
            endTime: p.end === null ? null : formatClockTime(p.end),
            blocks: p.blocks.map((b) =>
              makeBlock(b.kind, {
                durationMinutes: b.durationMinutes,
                pinnedTime: b.pinAt === null ? null : formatClockTime(b.pinAt),
                flexible: b.flexible,
                minMinutes: b.minMinutes,
              }),
            ),
          };
          const ids = plan.blocks.map((b) => b.id);
          let at = MIDNIGHT + (p.start + lateStart) * 60_000;
          let state = replay([], ids);
          const started = applyAction(state, { kind: 'start_day', order: ids }, at, ids);
          if (isRefusal(started)) throw new Error(started.refused);
          state = started;
          for (const s of steps) {
            at += s.gapSeconds * 1000;
            const action = (s.kind === 'adjust' ? { kind: 'adjust', minutes: s.minutes } : { kind: s.kind }) as RunAction;
            const next = applyAction(state, action, at, ids);
            if (!isRefusal(next)) state = next;
          }
          const now = at + waitSeconds * 1000;
          const r = retime(plan, state, now, MIDNIGHT);

          // The running block and the blocks to come, in order, never overlap, and none starts before now.
          const ahead = r.rows.filter((x) => x.status === 'running' || x.status === 'to_come');
          for (let i = 1; i < ahead.length; i++) expect(ahead[i]!.start!).toBeGreaterThanOrEqual(ahead[i - 1]!.end! - 1e-9);
          const nowMin = (now - MIDNIGHT) / 60_000;
          for (const x of ahead.filter((x) => x.status === 'to_come')) expect(x.start!).toBeGreaterThanOrEqual(nowMin - 1e-9);
          // Finished blocks are facts: in the order they happened, none overlapping.
          const done = r.rows.filter((x) => x.status === 'done').sort((a, b) => a.start! - b.start!);
          for (let i = 1; i < done.length; i++) expect(done[i]!.start!).toBeGreaterThanOrEqual(done[i - 1]!.end!);

          for (const x of r.rows.filter((x) => x.status === 'to_come' && x.pinAt !== null)) {
            if (x.lateBy === 0) expect(x.start).toBe(x.pinAt);
            else {
              expect(x.start!).toBeCloseTo(x.pinAt! + x.lateBy, 6);
              expect(r.conflicts).toContainEqual({ blockId: x.blockId, at: x.pinAt, lateBy: x.lateBy });
            }
          }

          const s = suggestTime(plan, r);
          const byId = new Map(plan.blocks.map((b) => [b.id, b]));
          for (const cut of s.shortenings) {
            const b = byId.get(cut.blockId)!;
            expect(REST_KINDS.has(b.kind)).toBe(false);
            expect(b.flexible).toBe(true);
            expect(cut.minutes).toBeLessThanOrEqual(roomToShorten(b));
            expect(r.rows.find((x) => x.blockId === cut.blockId)!.status).toBe('to_come');
          }
          // Taking the suggestions never makes anything later than it was.
          const totalLate = (cs: { lateBy: number }[]) => cs.reduce((n, c) => n + c.lateBy, 0);
          expect(totalLate(s.stillLate)).toBeLessThanOrEqual(totalLate(r.conflicts) + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
});
