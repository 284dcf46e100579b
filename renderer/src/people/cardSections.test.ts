import { describe, expect, it, vi } from 'vitest';
import { REMEMBERED_LIMIT, createSectionMemory } from './cardSections';

function fakeStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('createSectionMemory', () => {
  it('starts with every section open, and remembers one closed for that person only', () => {
    const store = fakeStorage();
    const memory = createSectionMemory(store);
    expect(memory.isOpen('amara', 'payment')).toBe(true);
    memory.setOpen('amara', 'payment', false);
    expect(memory.isOpen('amara', 'payment')).toBe(false);
    expect(memory.isOpen('amara', 'access')).toBe(true);
    expect(memory.isOpen('ben', 'payment')).toBe(true);
  });

  it('keeps the choice for next time (a restart reads it back), and opening again forgets it', () => {
    const store = fakeStorage();
    createSectionMemory(store).setOpen('amara', 'pack', false);
    const afterRestart = createSectionMemory(store);
    expect(afterRestart.isOpen('amara', 'pack')).toBe(false);
    afterRestart.setOpen('amara', 'pack', true);
    expect(createSectionMemory(store).isOpen('amara', 'pack')).toBe(true);
  });

  it('tells listeners, so every card showing the section follows', () => {
    const memory = createSectionMemory(fakeStorage());
    const listener = vi.fn();
    const stop = memory.subscribe(listener);
    memory.setOpen('amara', 'details', false);
    expect(listener).toHaveBeenCalledOnce();
    stop();
    memory.setOpen('amara', 'details', true);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('ignores a damaged stored value, opening everything rather than failing', () => {
    for (const bad of ['not json', '{"a":1}', '[1, null, "x:details"]']) {
      const memory = createSectionMemory(fakeStorage({ 'kindred.personCard.closed': bad }));
      expect(memory.isOpen('amara', 'details')).toBe(true);
    }
    expect(createSectionMemory(fakeStorage({ 'kindred.personCard.closed': '[1, "x:details"]' })).isOpen('x', 'details')).toBe(false);
  });

  it('keeps no more than its limit, letting the oldest choices go first', () => {
    const store = fakeStorage();
    const memory = createSectionMemory(store);
    for (let i = 0; i <= REMEMBERED_LIMIT; i++) memory.setOpen(`p${i}`, 'access', false);
    expect(memory.isOpen('p0', 'access')).toBe(true);
    expect(memory.isOpen(`p${REMEMBERED_LIMIT}`, 'access')).toBe(false);
    expect(JSON.parse(store.data.get('kindred.personCard.closed')!)).toHaveLength(REMEMBERED_LIMIT);
  });

  it('still works, for this session, with no storage or storage that refuses', () => {
    const memory = createSectionMemory(null);
    memory.setOpen('amara', 'payment', false);
    expect(memory.isOpen('amara', 'payment')).toBe(false);
    const refusing = createSectionMemory({
      getItem: () => null,
      setItem: () => {
        throw new Error('full');
      },
    });
    refusing.setOpen('amara', 'payment', false);
    expect(refusing.isOpen('amara', 'payment')).toBe(false);
  });
});
