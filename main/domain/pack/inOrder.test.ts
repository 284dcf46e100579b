import { describe, expect, it } from 'vitest';
import { inOrder } from './inOrder';

describe('inOrder', () => {
  it('starts packs only as they are reached, a few ahead, and gives them back in order', async () => {
    const started: number[] = [];
    const made = inOrder(5, 2, async (i) => {
      started.push(i);
      await new Promise((resolve) => setTimeout(resolve, (5 - i) * 5));
      return i * 10;
    });
    expect(started).toEqual([]);
    expect(await made[0]!()).toBe(0);
    expect(started).toEqual([0, 1]);
    expect(await made[1]!()).toBe(10);
    expect(started).toEqual([0, 1, 2]);
    // Stopping here (a cancel) leaves the last two never started.
    expect(started).not.toContain(4);
  });

  it('does not let a pack asked for ahead and never reached fail unseen', async () => {
    const made = inOrder(2, 2, async (i) => {
      if (i === 1) throw new Error('disk full');
      return i;
    });
    expect(await made[0]!()).toBe(0);
    await expect(made[1]!()).rejects.toThrow('disk full');
  });
});
