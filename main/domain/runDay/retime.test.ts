import { describe, expect, it } from 'vitest';
import { makeBlock } from '../../testing/testPlan';
import type { Block } from '../plan';
import { retime, type RunPlan } from './retime';
import { applyAction, isRefusal, replay, type RunAction, type RunEvent, type RunState } from './runLog';
import { suggestTime } from './suggestions';

// The plan's day begins at this (UTC) midnight; clock minutes count from it.
const MIDNIGHT = Date.UTC(2027, 2, 12);
const at = (hhmm: string, seconds = 0) => {
  const [h, m] = hhmm.split(':').map(Number);
  return MIDNIGHT + (h! * 60 + m!) * 60_000 + seconds * 1000;
};
const clock = (minutes: number | null) =>
  minutes === null ? null : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.round(minutes % 60)).padStart(2, '0')}`;

function day(blocks: Block[], startTime = '10:00', endTime: string | null = '12:00'): RunPlan {
  return { startTime, endTime, blocks };
}

/** Replays `steps` (each at its clock time) on the plan; fails the test if one is refused. */
function run(plan: RunPlan, steps: [string, RunAction | RunAction['kind']][]): RunState {
  const ids = plan.blocks.map((b) => b.id);
  const events: RunEvent[] = steps.map(([time, a], i) => ({
    seq: i + 1,
    at: at(time),
    action: typeof a === 'string' ? (a === 'start_day' ? { kind: 'start_day', order: ids } : ({ kind: a } as RunAction)) : a,
  }));
  let state = replay([], ids);
  for (const e of events) {
    const next = applyAction(state, e.action, e.at, ids);
    if (isRefusal(next)) throw new Error(`${e.action.kind} at ${clock((e.at - MIDNIGHT) / 60000)} refused: ${next.refused}`);
    state = next;
  }
  expect(replay(events, ids)).toEqual({ ...state, lastSeq: events.length });
  return state;
}

const welcome = makeBlock('welcome', { title: 'Welcome', durationMinutes: 10 });
const talk = makeBlock('discussion', { title: 'Talk', durationMinutes: 30, flexible: true, minMinutes: 15 });
const tea = makeBlock('break', { title: 'Tea', durationMinutes: 15, flexible: true, minMinutes: 5 });
const groups = makeBlock('small_groups', { title: 'Groups', durationMinutes: 30, flexible: true, minMinutes: 20 });
const lunch = makeBlock('meal', { title: 'Lunch', durationMinutes: 30, pinnedTime: '11:30' });
const close = makeBlock('close', { title: 'Close', durationMinutes: 15 });
const plan = day([welcome, talk, tea, groups, lunch, close], '10:00', '12:15');

describe('the running block and the day’s position', () => {
  it('before the day starts, the rest of the day is the plan, from its start time', () => {
    const r = retime(
      plan,
      replay(
        [],
        plan.blocks.map((b) => b.id),
      ),
      at('09:30'),
      MIDNIGHT,
    );
    expect(r.phase).toBe('not_started');
    expect(r.rows.map((x) => clock(x.start))).toEqual(['10:00', '10:10', '10:40', '10:55', '11:30', '12:00']);
    expect(r.nextId).toBe(welcome.id);
    expect(r.position).toMatchObject({ behindBy: 0, finish: 12 * 60 + 15, pastEndBy: 0 });
  });

  it('counts down the running block, and a late start makes the day behind', () => {
    const state = run(plan, [['10:04', 'start_day']]);
    const r = retime(plan, state, at('10:09'), MIDNIGHT);
    expect(r.running).toMatchObject({ blockId: welcome.id, minutesLeft: 5 });
    expect(r.nextId).toBe(talk.id);
    expect(r.position.behindBy).toBe(4);
    // Lunch is pinned at 11:30 and the morning still fits (its 5-minute gap shrinks to 1).
    expect(clock(r.rows[4]!.start)).toBe('11:30');
    expect(r.conflicts).toEqual([]);
  });

  it('a block that overruns keeps going, and pushes the rest on minute by minute', () => {
    const state = run(plan, [
      ['10:00', 'start_day'],
      ['10:10', 'next'],
    ]);
    const r = retime(plan, state, at('10:52'), MIDNIGHT);
    expect(r.running).toMatchObject({ blockId: talk.id, minutesLeft: -12 });
    expect(r.position.behindBy).toBe(12);
    expect(clock(r.rows[2]!.start)).toBe('10:52');
    expect(clock(r.rows[3]!.start)).toBe('11:07');
    // Groups would end 11:37, past lunch's 11:30 pin: lunch starts late and says so, never moved quietly.
    expect(r.rows[4]).toMatchObject({ pinAt: 690, lateBy: 7 });
    expect(r.conflicts).toEqual([
      { blockId: lunch.id, at: 690, lateBy: 7 },
      { blockId: null, at: 735, lateBy: 7 },
    ]);
    expect(clock(r.position.finish)).toBe('12:22');
    expect(r.position.pastEndBy).toBe(7);
  });

  it('+5 and −5 change the running block’s length, and pauses stop its clock', () => {
    const base: [string, RunAction | RunAction['kind']][] = [
      ['10:00', 'start_day'],
      ['10:01', { kind: 'adjust', minutes: 5 }],
      ['10:02', { kind: 'adjust', minutes: 5 }],
      ['10:03', { kind: 'adjust', minutes: -5 }],
    ];
    expect(retime(plan, run(plan, base), at('10:05'), MIDNIGHT).running!.minutesLeft).toBe(10);
    const paused = run(plan, [...base, ['10:05', 'pause']]);
    expect(retime(plan, paused, at('10:20'), MIDNIGHT).running).toMatchObject({ minutesLeft: 10, paused: true });
    const resumed = run(plan, [...base, ['10:05', 'pause'], ['10:20', 'resume']]);
    expect(retime(plan, resumed, at('10:25'), MIDNIGHT).running).toMatchObject({ minutesLeft: 5, paused: false });
    expect(resumed.blocks.get(welcome.id)!.pausedMs).toBe(15 * 60_000);
  });

  it('keeps the actual start and end of every block, and the end of the day', () => {
    const state = run(plan, [
      ['10:02', 'start_day'],
      ['10:15', 'next'],
      ['10:40', 'next'],
      ['10:58', 'end_day'],
    ]);
    expect(
      [...state.blocks.values()].map((b) => [
        b.status,
        clock(b.startedAt && (b.startedAt - MIDNIGHT) / 60000),
        clock(b.endedAt && (b.endedAt - MIDNIGHT) / 60000),
      ]),
    ).toEqual([
      ['done', '10:02', '10:15'],
      ['done', '10:15', '10:40'],
      ['done', '10:40', '10:58'],
      ['to_come', null, null],
      ['to_come', null, null],
      ['to_come', null, null],
    ]);
    const r = retime(plan, state, at('13:00'), MIDNIGHT);
    expect(r.phase).toBe('ended');
    expect(clock(r.position.finish)).toBe('10:58');
    expect(applyAction(state, { kind: 'next' }, at('13:00'), [])).toEqual({ refused: expect.stringMatching(/day has ended/) });
  });
});

describe('skipping, swapping and going back', () => {
  it('a skipped block leaves the day and gives its time back', () => {
    const state = run(plan, [
      ['10:00', 'start_day'],
      ['10:10', 'next'],
      ['10:50', 'skip'],
    ]);
    const r = retime(plan, state, at('10:50'), MIDNIGHT);
    expect(r.rows.find((x) => x.blockId === tea.id)).toMatchObject({ status: 'skipped', start: null });
    expect(r.nextId).toBe(groups.id);
    expect(clock(r.rows.find((x) => x.blockId === groups.id)!.start)).toBe('10:50');
    expect(r.conflicts).toEqual([]);
    // Next after a skip goes to the block after it.
    const on = run(plan, [
      ['10:00', 'start_day'],
      ['10:10', 'next'],
      ['10:50', 'skip'],
      ['10:51', 'next'],
    ]);
    expect(on.runningId).toBe(groups.id);
  });

  it('swaps the next two blocks still to come; a pinned one swapped later keeps its pin and shows it is late', () => {
    const state = run(plan, [
      ['10:00', 'start_day'],
      ['10:10', 'next'],
      ['10:40', 'swap_next'],
    ]);
    expect(state.order).toEqual([welcome.id, talk.id, groups.id, tea.id, lunch.id, close.id]);
    const later = run(plan, [
      ['10:00', 'start_day'],
      ['10:10', 'next'],
      ['10:40', 'next'],
      ['10:55', 'next'],
      ['11:00', 'swap_next'],
    ]);
    expect(later.order.slice(4)).toEqual([close.id, lunch.id]);
    const r = retime(plan, later, at('11:00'), MIDNIGHT);
    // Groups ends 11:25, close runs to 11:40: lunch (11:30) starts 10 minutes late, and says so.
    expect(r.rows.find((x) => x.blockId === lunch.id)).toMatchObject({ pinAt: 690, lateBy: 10, start: 700 });
    expect(r.conflicts[0]).toEqual({ blockId: lunch.id, at: 690, lateBy: 10 });
  });

  it('back reopens the block before, stepping over skipped ones, and the running one waits again', () => {
    const state = run(plan, [
      ['10:00', 'start_day'],
      ['10:10', 'next'],
      ['10:30', 'skip'],
      ['10:40', 'next'],
      ['10:41', 'back'],
    ]);
    expect(state.runningId).toBe(talk.id);
    expect(state.blocks.get(talk.id)).toMatchObject({ status: 'running', startedAt: at('10:10'), endedAt: null });
    expect(state.blocks.get(groups.id)).toMatchObject({ status: 'to_come', startedAt: null });
    expect(state.blocks.get(tea.id)!.status).toBe('skipped');
    expect(applyAction(run(plan, [['10:00', 'start_day']]), { kind: 'back' }, at('10:01'), [])).toEqual({ refused: expect.any(String) });
  });

  it('refuses, kindly, what cannot be done, and changes nothing', () => {
    const ids = plan.blocks.map((b) => b.id);
    const before = replay([], ids);
    expect(applyAction(before, { kind: 'next' }, at('10:00'), ids)).toEqual({ refused: 'The day has not started yet. Start the day first.' });
    expect(applyAction(replay([], []), { kind: 'start_day', order: [] }, at('10:00'), [])).toEqual({ refused: expect.stringMatching(/no blocks/) });
    const last = run(plan, [
      ['10:00', 'start_day'],
      ['10:01', 'next'],
      ['10:02', 'next'],
      ['10:03', 'next'],
      ['10:04', 'next'],
      ['10:05', 'next'],
    ]);
    expect(applyAction(last, { kind: 'swap_next' }, at('10:06'), ids)).toEqual({ refused: expect.stringMatching(/two blocks/) });
    expect(applyAction(last, { kind: 'skip' }, at('10:06'), ids)).toEqual({ refused: expect.stringMatching(/no block still to come/) });
    expect(before).toEqual(replay([], ids));
  });

  it('replays a log over a plan edited since: deleted blocks drop out, new ones join the end', () => {
    const added = makeBlock('reflection', { durationMinutes: 10 });
    const ids = [welcome.id, tea.id, added.id];
    const state = replay([{ seq: 1, at: at('10:00'), action: { kind: 'start_day', order: [welcome.id, talk.id, tea.id] } }], ids);
    expect(state.order).toEqual([welcome.id, tea.id, added.id]);
  });
});

describe('where time could come from', () => {
  it('suggests flexible blocks down to their minimum, never the break or the meal', () => {
    const state = run(plan, [
      ['10:00', 'start_day'],
      ['10:10', 'next'],
    ]);
    // 25 minutes over in the talk: groups would end 11:50, lunch 20 minutes late.
    const r = retime(plan, state, at('11:05'), MIDNIGHT);
    expect(r.conflicts[0]).toMatchObject({ blockId: lunch.id, lateBy: 20 });
    const s = suggestTime(plan, r);
    // Tea is marked flexible but is a break: never offered. Groups can give 10 (30 down to 20).
    expect(s.shortenings).toEqual([{ blockId: groups.id, minutes: 10, from: 30, to: 20 }]);
    expect(s.stillLate).toEqual([
      { blockId: lunch.id, at: 690, lateBy: 10 },
      { blockId: null, at: 735, lateBy: 10 },
    ]);
  });

  it('takes only what is needed, from the blocks with most room, between the last pin kept and the conflict', () => {
    const a = makeBlock('activity', { durationMinutes: 40, flexible: true, minMinutes: 10 });
    const b = makeBlock('discussion', { durationMinutes: 40, flexible: true, minMinutes: 35 });
    const speaker = makeBlock('presentation', { durationMinutes: 20, pinnedTime: '11:00' });
    const c = makeBlock('discussion', { durationMinutes: 30, flexible: true }); // no minimum: half
    const p = day([welcome, a, speaker, b, c], '10:00', '12:30');
    const state = run(p, [['10:00', 'start_day']]);
    const r = retime(p, state, at('10:20'), MIDNIGHT);
    // Welcome overran by 10 minutes, using up the 10-minute gap before the speaker: still on time.
    expect(r.conflicts).toEqual([]);
    const late = retime(p, state, at('10:32'), MIDNIGHT);
    expect(late.conflicts).toEqual([
      { blockId: speaker.id, at: 660, lateBy: 12 },
      { blockId: null, at: 750, lateBy: 12 },
    ]);
    const s = suggestTime(p, late);
    expect(s.shortenings).toEqual([{ blockId: a.id, minutes: 12, from: 40, to: 28 }]);
    expect(s.stillLate).toEqual([]);
  });

  it('nothing is suggested when the day is on time', () => {
    const r = retime(plan, run(plan, [['10:00', 'start_day']]), at('10:05'), MIDNIGHT);
    expect(suggestTime(plan, r)).toEqual({ shortenings: [], stillLate: [] });
  });
});
