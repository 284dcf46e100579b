import { describe, expect, it } from 'vitest';
import type { Block } from '../../../main/domain/plan';
import { makeBlock } from '../../../main/testing/testPlan';
import { HISTORY_LIMIT, commit, initHistory, redo, undo } from './history';

const block = (id: string, durationMinutes = 10): Block => makeBlock('other', { id, title: id, durationMinutes, description: '' });

describe('agenda history', () => {
  it('undoes and redoes whole agenda states', () => {
    let h = initHistory([block('a')]);
    h = commit(h, [block('a'), block('b')]);
    h = commit(h, [block('b'), block('a')]);
    h = undo(h);
    expect(h.blocks.map((b) => b.id)).toEqual(['a', 'b']);
    h = undo(h);
    expect(h.blocks.map((b) => b.id)).toEqual(['a']);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.blocks.map((b) => b.id)).toEqual(['b', 'a']);
    expect(redo(h)).toBe(h);
  });

  it('a new edit after undo clears the redo list', () => {
    let h = commit(initHistory([block('a')]), [block('a', 20)]);
    h = undo(h);
    h = commit(h, [block('a', 30)]);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('coalesces quick edits to the same field into one step, but not different fields', () => {
    let h = initHistory([block('a', 1)]);
    h = commit(h, [block('a', 4)], 'a:durationMinutes', 1000);
    h = commit(h, [block('a', 45)], 'a:durationMinutes', 1300);
    expect(h.past).toHaveLength(1);
    expect(undo(h).blocks[0]!.durationMinutes).toBe(1);
    h = commit(h, [{ ...block('a', 45), title: 'x' }], 'a:title', 1400);
    expect(h.past).toHaveLength(2);
    // After a pause the same field starts a new step.
    h = commit(h, [{ ...block('a', 45), title: 'xy' }], 'a:title', 5000);
    expect(h.past).toHaveLength(3);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let h = initHistory([block('a', 1)]);
    for (let i = 2; i < HISTORY_LIMIT + 20; i++) h = commit(h, [block('a', i)]);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]![0]!.durationMinutes).toBe(19);
  });
});
