/**
 * Learning from the day through the one validated dispatch: notes per block saved on the day's run,
 * a delivered plan copied with the lengths it really took, and the history of kinds of block that
 * ran over, worked out from the run logs of the facilitator's other delivered workshops.
 */
import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../domain/blockKinds';
import type { RunStep } from '../domain/runDay/steps';
import { openTestStore, type TestStore } from '../testing/tempStore';

const T0 = Date.UTC(2027, 2, 12, 10, 0);
const min = (n: number, day = 0) => T0 + day * 86_400_000 + n * 60_000;

/** A plan with blocks of `kinds` (each its kind's usual length unless given). */
function planWith(store: TestStore, title: string, blocks: [BlockKind, number][]) {
  const plan = store.service.createPlan({ details: { title, startTime: '10:00', endTime: '13:00' } });
  const made = blocks.map(([kind, durationMinutes]) => store.service.addBlock({ planId: plan.id, block: { kind, durationMinutes } }));
  return { planId: plan.id, blocks: made };
}

function run(store: TestStore, planId: string, steps: [RunStep, number][]) {
  for (const [step, at] of steps) {
    const res = store.dispatch('runDay', { planId, step, at });
    if (res instanceof Promise || !res.ok) throw new Error(`${step} was refused`);
  }
}

function call(store: TestStore, method: Parameters<TestStore['dispatch']>[0], input: unknown) {
  const res = store.dispatch(method, input);
  if (res instanceof Promise) throw new Error('answered with a promise');
  return res;
}

describe('notes on the day', () => {
  it('are saved on the day’s run as they are typed, one per block, and read back in the order first written', () => {
    const store = openTestStore();
    const { planId, blocks } = planWith(store, 'Carers’ day', [
      ['welcome', 10],
      ['discussion', 30],
    ]);
    run(store, planId, [['start_day', min(0)]]);
    const [welcome, talk] = blocks;
    expect(call(store, 'setRunNote', { planId, blockId: talk!.id, heard: 'Mornings are hard', willDo: '' }).ok).toBe(true);
    expect(call(store, 'setRunNote', { planId, blockId: welcome!.id, heard: 'Tea helped', willDo: 'More tea' }).ok).toBe(true);
    expect(call(store, 'setRunNote', { planId, blockId: talk!.id, heard: 'Mornings are hard for carers', willDo: 'Start at 11' }).ok).toBe(true);
    expect(store.service.getRunNotes({ planId }).map((n) => [n.blockId, n.heard, n.willDo])).toEqual([
      [talk!.id, 'Mornings are hard for carers', 'Start at 11'],
      [welcome!.id, 'Tea helped', 'More tea'],
    ]);
  });

  it('are refused kindly before the day starts, for a block not in the plan, or when too long, changing nothing', () => {
    const store = openTestStore();
    const { planId, blocks } = planWith(store, 'Carers’ day', [['welcome', 10]]);
    const before = call(store, 'setRunNote', { planId, blockId: blocks[0]!.id, heard: 'Hello', willDo: '' });
    expect(before).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Notes are kept with the day as it runs\. Start the day first/) },
    });
    run(store, planId, [['start_day', min(0)]]);
    expect(call(store, 'setRunNote', { planId, blockId: crypto.randomUUID(), heard: 'Hello', willDo: '' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(call(store, 'setRunNote', { planId, blockId: blocks[0]!.id, heard: 'x'.repeat(10_001), willDo: '' })).toMatchObject({ ok: false });
    expect(store.service.getRunNotes({ planId })).toEqual([]);
  });

  it('stay with their run: running the day again starts with no notes, and deleting the plan removes them', () => {
    const store = openTestStore();
    const { planId, blocks } = planWith(store, 'Carers’ day', [['welcome', 10]]);
    run(store, planId, [['start_day', min(0)]]);
    store.service.setRunNote({ planId, blockId: blocks[0]!.id, heard: 'Tea helped', willDo: '' });
    run(store, planId, [
      ['end_day', min(10)],
      ['start_day', min(20)],
    ]);
    expect(store.service.getRunNotes({ planId })).toEqual([]);
    const notesKept = store.db.prepare('SELECT count(*) AS n FROM run_notes');
    expect(notesKept.get()).toEqual({ n: 1 });
    store.service.deletePlan({ planId });
    expect(notesKept.get()).toEqual({ n: 0 });
  });
});

describe('copying a plan with the lengths from the day', () => {
  it('gives each block that ran its actual length, keeps the rest as planned, and leaves the original alone', () => {
    const store = openTestStore();
    const { planId, blocks } = planWith(store, 'Carers’ day', [
      ['welcome', 10],
      ['check_in', 15],
      ['discussion', 30],
      ['close', 5],
    ]);
    run(store, planId, [
      ['start_day', min(0)],
      ['next', min(12)],
      ['skip', min(13)],
      ['next', min(35)],
      ['end_day', min(38)],
    ]);
    const copy = call(store, 'duplicatePlan', { planId, actualLengths: true });
    if (!copy.ok) throw new Error(copy.error.message);
    const copied = store.service.getPlan({ planId: (copy.value as { id: string }).id });
    expect(copied.blocks.map((b) => [b.kind, b.durationMinutes])).toEqual([
      ['welcome', 12],
      ['check_in', 23],
      ['discussion', 30],
      ['close', 3],
    ]);
    expect(store.service.getPlan({ planId }).blocks.map((b) => b.durationMinutes)).toEqual(blocks.map((b) => b.durationMinutes));
    // A plain copy is as planned, as before.
    const plain = store.service.getPlan({ planId: store.service.duplicatePlan({ planId }).id });
    expect(plain.blocks.map((b) => b.durationMinutes)).toEqual([10, 15, 30, 5]);
  });

  it('is refused kindly for a plan whose day never ran, and nothing is copied', () => {
    const store = openTestStore();
    const { planId } = planWith(store, 'Carers’ day', [['welcome', 10]]);
    const before = store.service.listPlans({}).length;
    expect(call(store, 'duplicatePlan', { planId, actualLengths: true })).toMatchObject({
      ok: false,
      error: {
        message: 'This plan has no times from running the day yet, so there are no actual lengths to copy. You can copy it as planned instead.',
      },
    });
    expect(store.service.listPlans({})).toHaveLength(before);
  });
});

describe('the history of blocks that ran over', () => {
  /** A delivered workshop, run `day` days after T0, whose check-in (planned 10) took `checkIn` minutes. */
  function pastWorkshop(store: TestStore, n: number, checkIn: number, delivered = true) {
    const { planId } = planWith(store, `Workshop ${n}`, [
      ['welcome', 10],
      ['check_in', 10],
      ['discussion', 30],
    ]);
    run(store, planId, [
      ['start_day', min(0, n)],
      ['next', min(10, n)],
      ['next', min(10 + checkIn, n)],
      ['end_day', min(40 + checkIn, n)],
    ]);
    if (delivered) store.service.updatePlan({ planId, patch: { status: 'delivered' } });
    return planId;
  }

  it('names the kinds that ran over in three delivered workshops, leaving out the plan being reviewed and drafts', () => {
    const store = openTestStore();
    pastWorkshop(store, 1, 18);
    pastWorkshop(store, 2, 17);
    pastWorkshop(store, 3, 19, false); // not delivered: a rehearsal does not count
    const third = pastWorkshop(store, 4, 19);
    const { planId } = planWith(store, 'New plan', [['check_in', 10]]);
    const history = store.service.getOverrunHistory({ planId });
    expect(history).toEqual([
      {
        kind: 'check_in',
        workshops: ['Workshop 4', 'Workshop 2', 'Workshop 1'].map((title) => ({ planId: expect.any(String), title })),
        averageOverrun: 8,
        averageActual: 18,
      },
    ]);
    // Reviewing one of the three itself leaves only two others: not yet a pattern.
    expect(store.service.getOverrunHistory({ planId: third })).toEqual([]);
  });

  it('stays quiet when check-ins ran close to time', () => {
    const store = openTestStore();
    for (const n of [1, 2, 3]) pastWorkshop(store, n, 12);
    const { planId } = planWith(store, 'New plan', [['check_in', 10]]);
    expect(store.service.getOverrunHistory({ planId })).toEqual([]);
  });
});
