import { describe, expect, it } from 'vitest';
import { controlForKey, controlsFor } from './controls';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('the controls of running the day', () => {
  it('offers only "Start the day" before the start, and nothing after the end', () => {
    expect(controlsFor('not_started', false).map((c) => c.step)).toEqual(['start_day']);
    expect(controlsFor('ended', false)).toEqual([]);
  });

  it('gives every control its own key, and pause becomes carry on while paused', () => {
    const running = controlsFor('running', false);
    expect(running.map((c) => c.step)).toEqual(['next', 'back', 'add_five', 'take_five', 'pause', 'skip', 'swap_next']);
    const keys = running.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(controlsFor('running', true).find((c) => c.keyLabel === 'P')).toMatchObject({ step: 'resume', label: 'Carry on' });
  });

  it('reads a key as its control, but never with Ctrl, Alt or Cmd held, or while typing in a field', () => {
    const running = controlsFor('running', false);
    expect(controlForKey(running, key('+'), null)?.step).toBe('add_five');
    expect(controlForKey(running, key('='), null)?.step).toBe('add_five');
    expect(controlForKey(running, key('N'), null)?.step).toBe('next');
    expect(controlForKey(running, key('n', { ctrlKey: true }), null)).toBeUndefined();
    expect(controlForKey(running, key('n', { metaKey: true }), null)).toBeUndefined();
    expect(controlForKey(running, key('s'), { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget)).toBeUndefined();
    expect(controlForKey(running, key('s'), { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBeUndefined();
    expect(controlForKey(running, key('x'), null)).toBeUndefined();
  });
});
