/**
 * Which parts of a person's card are closed, remembered on this computer (localStorage) so they
 * stay as the facilitator left them across tab switches and restarts. Only ids and section names
 * are kept, never anything about the person. Sections start open: closing is the choice remembered.
 */
import { useCallback, useSyncExternalStore } from 'react';

export const CARD_SECTIONS = ['details', 'taking-part', 'access', 'payment', 'pack'] as const;
export type CardSection = (typeof CARD_SECTIONS)[number];

const KEY = 'kindred.personCard.closed';
/** Enough for every person in many plans; the oldest choices go first. */
export const REMEMBERED_LIMIT = 1000;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export interface SectionMemory {
  isOpen(personId: string, section: CardSection): boolean;
  setOpen(personId: string, section: CardSection, open: boolean): void;
  subscribe(listener: () => void): () => void;
}

export function createSectionMemory(store: Store | null): SectionMemory {
  const listeners = new Set<() => void>();
  let closed = read(store);
  const keyOf = (personId: string, section: CardSection) => `${personId}:${section}`;
  return {
    isOpen: (personId, section) => !closed.includes(keyOf(personId, section)),
    setOpen(personId, section, open) {
      const key = keyOf(personId, section);
      const rest = closed.filter((k) => k !== key);
      closed = open ? rest : [...rest, key].slice(-REMEMBERED_LIMIT);
      try {
        store?.setItem(KEY, JSON.stringify(closed));
      } catch {
        // Storage full or switched off: the choice still holds until the app closes.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A damaged or hand-edited value is ignored, never trusted: every section opens again. */
function read(store: Store | null): string[] {
  try {
    const value: unknown = JSON.parse(store?.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string').slice(-REMEMBERED_LIMIT) : [];
  } catch {
    return [];
  }
}

const memory = createSectionMemory(typeof localStorage === 'undefined' ? null : localStorage);

export function useCardSection(personId: string, section: CardSection): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(memory.subscribe, () => memory.isOpen(personId, section));
  const setOpen = useCallback((next: boolean) => memory.setOpen(personId, section, next), [personId, section]);
  return [open, setOpen];
}
