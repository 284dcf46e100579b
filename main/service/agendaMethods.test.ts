import { describe, expect, it } from 'vitest';
import { LIMITS, type Block } from '../domain/plan';
import { openTestStore } from '../testing/tempStore';
import { caught } from '../testing/caught';
import { makeBlock } from '../testing/testPlan';

const MISSING = '00000000-0000-4000-8000-000000000000';

function storeWithPlan() {
  const store = openTestStore();
  const plan = store.service.createPlan(undefined);
  const summary = () => store.service.listPlans(undefined).find((p) => p.id === plan.id)!;
  const titles = () => store.service.getPlan({ planId: plan.id }).blocks.map((b) => b.title);
  return { ...store, plan, planId: plan.id, summary, titles };
}

const block = (title: string, durationMinutes = 10, extra: Partial<Block> = {}): Block =>
  makeBlock('other', { title, durationMinutes, description: '', ...extra });

describe('addBlock', () => {
  it('fills friendly defaults from the kind', () => {
    const { service, planId } = storeWithPlan();
    const added = service.addBlock({ planId, block: { kind: 'meal' } });
    expect(added).toEqual({
      id: added.id,
      title: 'Meal',
      kind: 'meal',
      durationMinutes: 45,
      description: '',
      easyRead: '',
      facilitatorNotes: '',
      materials: '',
      leadBy: '',
      leadPersonId: null,
      decision: '',
      deciderIds: [],
      decidedByAll: false,
      pinnedTime: null,
      flexible: false,
      minMinutes: null,
      leadInRoom: false,
    });
    expect(service.getPlan({ planId }).blocks).toEqual([added]);
  });

  it('keeps the id the renderer chose, and refuses it a second time', () => {
    const { service, planId } = storeWithPlan();
    const id = crypto.randomUUID();
    expect(service.addBlock({ planId, block: { id, kind: 'welcome', title: 'Hello' } }).id).toBe(id);
    expect(caught(() => service.addBlock({ planId, block: { id, kind: 'welcome' } })).message).toBe('That block has already been added.');
    expect(service.getPlan({ planId }).blocks).toHaveLength(1);
  });

  it('adds at the end by default, or at the index given (clamped to the end)', () => {
    const { service, planId, titles } = storeWithPlan();
    service.addBlock({ planId, block: { kind: 'other', title: 'B' } });
    service.addBlock({ planId, block: { kind: 'other', title: 'D' } });
    service.addBlock({ planId, block: { kind: 'other', title: 'A' }, index: 0 });
    service.addBlock({ planId, block: { kind: 'other', title: 'C' }, index: 2 });
    service.addBlock({ planId, block: { kind: 'other', title: 'E' }, index: 400 });
    expect(titles()).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('keeps the plan’s totals and last-changed time up to date', () => {
    const { service, planId, summary, advance } = storeWithPlan();
    advance(1_000);
    service.addBlock({ planId, block: { kind: 'welcome', durationMinutes: 25 } });
    expect(summary()).toMatchObject({ blockCount: 1, totalMinutes: 25, updatedAt: '2027-03-01T09:00:01.000Z' });
  });

  it('stops at 500 blocks with a kind message, saving nothing', () => {
    const { service, planId, summary } = storeWithPlan();
    service.setAgenda({ planId, blocks: Array.from({ length: LIMITS.blocksPerPlan }, (_, i) => block(`Block ${i}`, 1)) });
    const err = caught(() => service.addBlock({ planId, block: { kind: 'break' } }));
    expect(err.code).toBe('invalid');
    expect(err.message).toBe('A plan can hold up to 500 blocks. Could some be combined, or part of the day become a plan of its own?');
    const first = service.getPlan({ planId }).blocks[0]!;
    expect(caught(() => service.duplicateBlock({ planId, blockId: first.id })).code).toBe('invalid');
    expect(summary().blockCount).toBe(500);
  });

  it('needs a plan that exists and is not deleted', () => {
    const { service, planId } = storeWithPlan();
    expect(caught(() => service.addBlock({ planId: MISSING, block: { kind: 'break' } })).code).toBe('not_found');
    service.deletePlan({ planId });
    expect(caught(() => service.addBlock({ planId, block: { kind: 'break' } })).code).toBe('not_found');
  });
});

describe('updateBlock', () => {
  it('changes only the fields given and returns the whole block', () => {
    const { service, planId } = storeWithPlan();
    const b = service.addBlock({ planId, block: { kind: 'discussion', description: 'Talk' } });
    const updated = service.updateBlock({ planId, blockId: b.id, patch: { title: 'What matters most?', leadBy: 'Amara' } });
    expect(updated).toEqual({ ...b, title: 'What matters most?', leadBy: 'Amara' });
    expect(service.getPlan({ planId }).blocks[0]).toEqual(updated);
  });

  it('recomputes the total when a length or pin changes, and bumps the last-changed time for any edit', () => {
    const { service, planId, summary, advance } = storeWithPlan();
    const a = service.addBlock({ planId, block: { kind: 'welcome', durationMinutes: 30 } });
    const lunch = service.addBlock({ planId, block: { kind: 'meal', durationMinutes: 60 } });
    service.updateBlock({ planId, blockId: a.id, patch: { durationMinutes: 45 } });
    expect(summary().totalMinutes).toBe(105);
    service.updateBlock({ planId, blockId: lunch.id, patch: { pinnedTime: '12:00' } });
    expect(summary().totalMinutes).toBe(180);
    service.updateBlock({ planId, blockId: lunch.id, patch: { pinnedTime: null } });
    expect(summary().totalMinutes).toBe(105);
    advance(2_000);
    service.updateBlock({ planId, blockId: a.id, patch: { description: 'Tea is ready' } });
    expect(summary().updatedAt).toBe('2027-03-01T09:00:02.000Z');
  });

  it('cannot reach a block through another plan', () => {
    const { service, planId } = storeWithPlan();
    const other = service.createPlan(undefined);
    const b = service.addBlock({ planId: other.id, block: { kind: 'welcome' } });
    expect(caught(() => service.updateBlock({ planId, blockId: b.id, patch: { title: 'Taken' } })).code).toBe('not_found');
    expect(caught(() => service.updateBlock({ planId, blockId: MISSING, patch: { title: 'x' } })).message).toBe(
      "We couldn't find that block. It may have been deleted.",
    );
    expect(service.getPlan({ planId: other.id }).blocks[0]!.title).toBe('Welcome');
  });
});

describe('deleteBlock and duplicateBlock', () => {
  it('deletes a block and closes the gap', () => {
    const { service, planId, titles, summary } = storeWithPlan();
    const [, b] = ['A', 'B', 'C'].map((t) => service.addBlock({ planId, block: { kind: 'other', title: t, durationMinutes: 10 } }));
    expect(service.deleteBlock({ planId, blockId: b!.id })).toEqual({ blockId: b!.id });
    expect(titles()).toEqual(['A', 'C']);
    expect(summary()).toMatchObject({ blockCount: 2, totalMinutes: 20 });
    service.addBlock({ planId, block: { kind: 'other', title: 'B2' }, index: 1 });
    expect(titles()).toEqual(['A', 'B2', 'C']);
    expect(caught(() => service.deleteBlock({ planId, blockId: b!.id })).code).toBe('not_found');
  });

  it('duplicates a block right after the original, with the same title and a new id', () => {
    const { service, planId, titles, summary } = storeWithPlan();
    const [, b] = ['A', 'B', 'C'].map((t) =>
      service.addBlock({ planId, block: { kind: 'other', title: t, durationMinutes: 10, materials: 'Pens' } }),
    );
    const copy = service.duplicateBlock({ planId, blockId: b!.id });
    expect(copy).toEqual({ ...b, id: copy.id });
    expect(copy.id).not.toBe(b!.id);
    expect(titles()).toEqual(['A', 'B', 'B', 'C']);
    expect(service.getPlan({ planId }).blocks[2]!.id).toBe(copy.id);
    expect(summary()).toMatchObject({ blockCount: 4, totalMinutes: 40 });
  });

  it('does not copy a pin: two blocks pinned to one time would always clash', () => {
    const { service, planId } = storeWithPlan();
    const lunch = service.addBlock({ planId, block: { kind: 'meal', title: 'Lunch', pinnedTime: '12:30' } });
    const copy = service.duplicateBlock({ planId, blockId: lunch.id });
    expect(copy).toEqual({ ...lunch, id: copy.id, pinnedTime: null });
    expect(service.getPlan({ planId }).blocks.map((b) => b.pinnedTime)).toEqual(['12:30', null]);
  });
});

describe('moveBlock', () => {
  it('moves a block up or down and returns the new order', () => {
    const { service, planId } = storeWithPlan();
    const ids = ['A', 'B', 'C', 'D'].map((t) => service.addBlock({ planId, block: { kind: 'other', title: t } }).id);
    expect(service.moveBlock({ planId, blockId: ids[0]!, toIndex: 2 }).map((b) => b.title)).toEqual(['B', 'C', 'A', 'D']);
    expect(service.moveBlock({ planId, blockId: ids[3]!, toIndex: 0 }).map((b) => b.title)).toEqual(['D', 'B', 'C', 'A']);
    expect(service.getPlan({ planId }).blocks.map((b) => b.title)).toEqual(['D', 'B', 'C', 'A']);
  });

  it('clamps an index past the end', () => {
    const { service, planId } = storeWithPlan();
    const ids = ['A', 'B', 'C'].map((t) => service.addBlock({ planId, block: { kind: 'other', title: t } }).id);
    expect(service.moveBlock({ planId, blockId: ids[0]!, toIndex: 99 }).map((b) => b.title)).toEqual(['B', 'C', 'A']);
    expect(service.moveBlock({ planId, blockId: ids[0]!, toIndex: 2 }).map((b) => b.title)).toEqual(['B', 'C', 'A']);
  });

  it('recomputes the total: moving a block after a pin can close the gap before it', () => {
    const { service, planId, summary } = storeWithPlan();
    const talk = service.addBlock({ planId, block: { kind: 'presentation', durationMinutes: 30 } });
    service.addBlock({ planId, block: { kind: 'meal', durationMinutes: 60, pinnedTime: '12:00' } });
    expect(summary().totalMinutes).toBe(180);
    service.moveBlock({ planId, blockId: talk.id, toIndex: 1 });
    expect(summary().totalMinutes).toBe(120 + 60 + 30);
  });
});

describe('setAgenda', () => {
  it('replaces the whole agenda, keeping the ids given (undo and redo)', () => {
    const { service, planId, summary } = storeWithPlan();
    const kept = service.addBlock({ planId, block: { kind: 'welcome' } });
    service.addBlock({ planId, block: { kind: 'close' } });
    const next = [block('New first', 20), { ...kept, title: 'Welcome back' }, block('Lunch', 45, { kind: 'meal', pinnedTime: '12:30' })];
    expect(service.setAgenda({ planId, blocks: next })).toEqual(next);
    expect(service.getPlan({ planId }).blocks).toEqual(next);
    expect(summary()).toMatchObject({ blockCount: 3, totalMinutes: 150 + 45 });
    expect(service.setAgenda({ planId, blocks: [] })).toEqual([]);
    expect(summary()).toMatchObject({ blockCount: 0, totalMinutes: 0 });
  });

  it('takes blocks from a caller that knows nothing of flexible blocks, as not flexible', () => {
    const { dispatch, service, planId } = storeWithPlan();
    const { flexible: _flexible, minMinutes: _minMinutes, ...older } = block('Before flexible blocks', 15);
    // Through the dispatch, which checks what callers send, as the window and the bridge do.
    expect(dispatch('setAgenda', { planId, blocks: [older] })).toMatchObject({ ok: true });
    expect(service.getPlan({ planId }).blocks).toMatchObject([{ title: 'Before flexible blocks', flexible: false, minMinutes: null }]);
  });

  it('keeps the rows of blocks that stay, so what refers to them survives an undo', () => {
    const { service, planId, db } = storeWithPlan();
    const [a, b, c] = ['A', 'B', 'C'].map((t) => service.addBlock({ planId, block: { kind: 'other', title: t } }));
    const rowid = (id: string) => (db.prepare('SELECT rowid AS r FROM blocks WHERE id = ?').get(id) as { r: number } | undefined)?.r;
    const before = [a!, b!, c!].map((x) => rowid(x.id));
    service.setAgenda({ planId, blocks: [{ ...c!, title: 'C first' }, a!] });
    expect(service.getPlan({ planId }).blocks.map((x) => x.title)).toEqual(['C first', 'A']);
    expect([rowid(a!.id), rowid(b!.id), rowid(c!.id)]).toEqual([before[0], undefined, before[2]]);
  });

  it('refuses blocks that belong to another plan, leaving both agendas as they were', () => {
    const { service, planId } = storeWithPlan();
    const mine = service.addBlock({ planId, block: { kind: 'welcome' } });
    const other = service.createPlan(undefined);
    const theirs = service.addBlock({ planId: other.id, block: { kind: 'close' } });
    const err = caught(() => service.setAgenda({ planId, blocks: [mine, { ...theirs, title: 'Stolen' }] }));
    expect(err.code).toBe('invalid');
    expect(err.message).toBe('Some of those blocks belong to another plan, so nothing was changed.');
    expect(service.getPlan({ planId }).blocks).toEqual([mine]);
    expect(service.getPlan({ planId: other.id }).blocks).toEqual([theirs]);
  });

  it('refuses the same block twice', () => {
    const { service, planId } = storeWithPlan();
    const b = block('Twice');
    expect(caught(() => service.setAgenda({ planId, blocks: [b, b] })).message).toBe(
      'The same block appears twice in that agenda, so nothing was changed.',
    );
  });

  it('saves nothing when a block fails part-way through: the old agenda stays intact', () => {
    const { service, planId, summary, advance } = storeWithPlan();
    const before = ['A', 'B'].map((t) => service.addBlock({ planId, block: { kind: 'other', title: t } }));
    const totalsBefore = summary();
    advance(1_000);
    // Straight to the service, past validation, so the database itself rejects the third block
    // after the old agenda was deleted and two new blocks were written.
    const bad = [block('One'), block('Two'), block('Zero minutes', 0)];
    expect(() => service.setAgenda({ planId, blocks: bad })).toThrow(/CHECK constraint/);
    expect(service.getPlan({ planId }).blocks).toEqual(before);
    expect(summary()).toEqual(totalsBefore);
  });
});
