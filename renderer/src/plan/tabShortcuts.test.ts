import { describe, expect, it } from 'vitest';
import { tabForKeys, tabShortcutLabel } from './tabShortcuts';

const keys = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('tabForKeys', () => {
  it('Ctrl+1 to Ctrl+7 go to the tabs in order on Windows and Linux', () => {
    const tabs = [1, 2, 3, 4, 5, 6, 7].map((n) => tabForKeys(keys(`Digit${n}`, { ctrlKey: true }), false));
    expect(tabs).toEqual(['details', 'people', 'access', 'agenda', 'review', 'packs', 'after']);
    expect(tabForKeys(keys('Numpad4', { ctrlKey: true }), false)).toBe('agenda');
  });

  it('on a Mac it is Cmd, and Ctrl+digit is left alone', () => {
    expect(tabForKeys(keys('Digit2', { metaKey: true }), true)).toBe('people');
    expect(tabForKeys(keys('Digit2', { ctrlKey: true }), true)).toBeNull();
    expect(tabForKeys(keys('Digit2', { metaKey: true }), false)).toBeNull();
  });

  it('ignores digits alone, other modifiers, digits past the last tab and other keys', () => {
    expect(tabForKeys(keys('Digit1'), false)).toBeNull();
    expect(tabForKeys(keys('Digit1', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(tabForKeys(keys('Digit1', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(tabForKeys(keys('Digit8', { ctrlKey: true }), false)).toBeNull();
    expect(tabForKeys(keys('Digit0', { ctrlKey: true }), false)).toBeNull();
    expect(tabForKeys(keys('KeyZ', { ctrlKey: true }), false)).toBeNull();
  });
});

describe('tabShortcutLabel', () => {
  it('names the keys as each platform does', () => {
    expect(tabShortcutLabel('details', false)).toBe('Ctrl+1');
    expect(tabShortcutLabel('after', true)).toBe('⌘7');
  });
});
