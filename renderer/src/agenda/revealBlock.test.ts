import { describe, expect, it } from 'vitest';
import { revealBlock, setBlockRevealer } from './revealBlock';

describe('revealBlock', () => {
  it('asks the agenda on screen for the block, and does nothing when none is showing', () => {
    const asked: string[] = [];
    expect(() => revealBlock('b1')).not.toThrow();
    const unregister = setBlockRevealer((id) => asked.push(id));
    revealBlock('b2');
    unregister();
    revealBlock('b3');
    expect(asked).toEqual(['b2']);
  });

  it('a list leaving after a newer one arrived does not unregister the newer one', () => {
    const first: string[] = [];
    const second: string[] = [];
    const leaveFirst = setBlockRevealer((id) => first.push(id));
    const leaveSecond = setBlockRevealer((id) => second.push(id));
    leaveFirst();
    revealBlock('b4');
    leaveSecond();
    expect(first).toEqual([]);
    expect(second).toEqual(['b4']);
  });
});
