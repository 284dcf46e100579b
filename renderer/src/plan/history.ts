/**
 * Undo and redo for agenda edits. Each entry is a whole agenda (blocks are small and immutable, so
 * unchanged blocks are shared between entries). Keystrokes in the same field of the same block
 * within a short while coalesce into one step, so undo takes back a word, not a letter.
 */
import type { Block } from '../../../main/domain/plan';

export interface AgendaHistory {
  blocks: Block[];
  past: Block[][];
  future: Block[][];
  /** The field last edited and when, for coalescing. */
  last: { key: string; at: number } | null;
}

export const HISTORY_LIMIT = 100;
const COALESCE_MS = 1200;

export function initHistory(blocks: Block[]): AgendaHistory {
  return { blocks, past: [], future: [], last: null };
}

export function commit(h: AgendaHistory, blocks: Block[], coalesceKey: string | null = null, now = Date.now()): AgendaHistory {
  if (coalesceKey && h.last && h.last.key === coalesceKey && now - h.last.at < COALESCE_MS) {
    return { blocks, past: h.past, future: [], last: { key: coalesceKey, at: now } };
  }
  const past = h.past.length >= HISTORY_LIMIT ? [...h.past.slice(1), h.blocks] : [...h.past, h.blocks];
  return { blocks, past, future: [], last: coalesceKey ? { key: coalesceKey, at: now } : null };
}

export function undo(h: AgendaHistory): AgendaHistory {
  const prev = h.past[h.past.length - 1];
  if (!prev) return h;
  return { blocks: prev, past: h.past.slice(0, -1), future: [h.blocks, ...h.future], last: null };
}

export function redo(h: AgendaHistory): AgendaHistory {
  const next = h.future[0];
  if (!next) return h;
  return { blocks: next, past: [...h.past, h.blocks], future: h.future.slice(1), last: null };
}
