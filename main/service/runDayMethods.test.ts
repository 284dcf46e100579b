/**
 * Running the day through the one validated dispatch: every control is saved as it happens, a
 * reopened store resumes the day exactly, and what cannot be done now is refused kindly with
 * nothing saved.
 */
import { describe, expect, it } from 'vitest';
import { localMidnight, retime } from '../domain/runDay/retime';
import { replay } from '../domain/runDay/runLog';
import type { RunDayLog } from '../domain/runDay/steps';
import { openDatabase } from '../store/database';
import { openTestStore } from '../testing/tempStore';
import { createDispatch } from './dispatch';
import { createService } from './service';

const T0 = Date.UTC(2027, 2, 12, 10, 0);
const min = (n: number) => T0 + n * 60_000;

function dayWithAgenda() {
  const store = openTestStore();
  const plan = store.service.createPlan({ details: { title: 'Carers’ day', startTime: '10:00', endTime: '12:00' } });
  const kinds = ['welcome', 'discussion', 'break', 'small_groups', 'close'] as const;
  const blocks = kinds.map((kind) => store.service.addBlock({ planId: plan.id, block: { kind } }));
  const step = (step: string, at: number) => {
    const res = store.dispatch('runDay', { planId: plan.id, step, at });
    if (res instanceof Promise) throw new Error('runDay answered with a promise');
    return res;
  };
  const ok = (s: string, at: number) => {
    const res = step(s, at);
    if (!res.ok) throw new Error(res.error.message);
    return res.value as RunDayLog;
  };
  return { ...store, planId: plan.id, blocks, step, ok };
}

describe('running the day through dispatch', () => {
  it('starts the day, records each control in order, and keeps every block’s actual start and end', () => {
    const { ok, service, planId, blocks } = dayWithAgenda();
    expect(service.getRunDay({ planId })).toEqual({ planId, runId: null, midnight: null, events: [] });
    ok('start_day', min(2));
    ok('add_five', min(3));
    ok('next', min(17));
    ok('pause', min(20));
    ok('resume', min(26));
    ok('swap_next', min(30));
    const log = ok('next', min(50));
    expect(log.events.map((e) => [e.seq, e.action.kind])).toEqual([
      [1, 'start_day'],
      [2, 'adjust'],
      [3, 'next'],
      [4, 'pause'],
      [5, 'resume'],
      [6, 'swap_next'],
      [7, 'next'],
    ]);
    expect(log.midnight).toBe(localMidnight(min(2)));
    const state = replay(
      log.events,
      blocks.map((b) => b.id),
    );
    // The swap put small groups before the break.
    expect(state.runningId).toBe(blocks[3]!.id);
    expect(state.blocks.get(blocks[0]!.id)).toMatchObject({ status: 'done', startedAt: min(2), endedAt: min(17), extraMinutes: 5 });
    expect(state.blocks.get(blocks[1]!.id)).toMatchObject({ status: 'done', startedAt: min(17), endedAt: min(50), pausedMs: 6 * 60_000 });
    expect(service.getRunDay({ planId })).toEqual(log);
  });

  it('refuses what cannot be done now, kindly, and saves nothing', () => {
    const { step, ok, service, planId } = dayWithAgenda();
    expect(step('next', min(0))).toEqual({ ok: false, error: { code: 'invalid', message: 'The day has not started yet. Start the day first.' } });
    ok('start_day', min(0));
    expect(step('start_day', min(1))).toMatchObject({ ok: false, error: { message: 'The day is already running.' } });
    expect(step('resume', min(1))).toMatchObject({ ok: false, error: { message: 'The day is not paused.' } });
    expect(step('jump', min(1))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(service.getRunDay({ planId }).events).toHaveLength(1);
    ok('end_day', min(90));
    expect(step('next', min(91))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/day has ended/) } });
    // Starting again after the end begins a new run; the first is kept.
    const again = ok('start_day', min(120));
    expect(again.events.map((e) => e.seq)).toEqual([1]);
  });

  it('never lets time run backwards in the log, whatever the clock sent', () => {
    const { ok } = dayWithAgenda();
    ok('start_day', min(10));
    const log = ok('next', min(5));
    expect(log.events[1]!.at).toBe(min(10));
  });

  it('resumes exactly where it was after the store is closed and opened again', () => {
    const { ok, db, dbPath, planId, blocks } = dayWithAgenda();
    ok('start_day', min(0));
    ok('next', min(12));
    ok('skip', min(20));
    const before = ok('add_five', min(21));
    db.close();

    const reopened = openDatabase(dbPath);
    try {
      const dispatch = createDispatch(createService(reopened), (err) => {
        throw err;
      });
      const res = dispatch('getRunDay', { planId });
      expect(res).toEqual({ ok: true, value: before });
      const plan = createService(reopened).getPlan({ planId });
      const r = retime(
        plan,
        replay(
          before.events,
          blocks.map((b) => b.id),
        ),
        min(25),
        before.midnight!,
      );
      expect(r.running).toMatchObject({ blockId: blocks[1]!.id, minutesLeft: 30 + 5 - 13 });
      expect(r.nextId).toBe(blocks[3]!.id);
    } finally {
      reopened.close();
    }
  });

  it('a deleted plan takes its day with it', () => {
    const { ok, service, db, planId } = dayWithAgenda();
    ok('start_day', min(0));
    service.deletePlan({ planId });
    expect(() => service.getRunDay({ planId })).toThrow(/couldn't find that plan/);
    db.prepare('DELETE FROM plans WHERE id = ?').run(planId);
    expect(db.prepare('SELECT count(*) AS n FROM run_events').get()).toEqual({ n: 0 });
  });
});
