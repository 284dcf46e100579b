/**
 * A quick note per block, written while the day runs: what people said, and what the team will do
 * about it. In the After tab each note becomes a draft "you said, we did" row for the facilitator
 * to confirm or edit; nothing is sent anywhere.
 */
import type { Change } from '../plan';

export interface RunNote {
  blockId: string;
  /** "What we heard". */
  heard: string;
  /** "What we will do". */
  willDo: string;
  /** Epoch ms of the last change. */
  updatedAt: number;
}

/**
 * A note as kept on disk: with the run it was written on, since a plan run twice keeps both days'
 * notes (migrations/009-run-notes.ts). Forgetting someone has to look at every day, not just the last.
 */
export interface DayNote extends RunNote {
  runId: string;
}

/** A note with something in it. */
export const hasWords = (note: Pick<RunNote, 'heard' | 'willDo'>) => note.heard.trim() !== '' || note.willDo.trim() !== '';

/** The "you said, we did" row a note drafts: the facilitator's own words, trimmed. */
export function draftChange(note: Pick<RunNote, 'heard' | 'willDo'>, id: string): Change {
  return { id, youSaid: note.heard.trim(), weDid: note.willDo.trim() };
}

/** Whether `changes` already hold this note's draft (so the After tab offers it only once). */
export function alreadyDrafted(note: Pick<RunNote, 'heard' | 'willDo'>, changes: readonly Pick<Change, 'youSaid' | 'weDid'>[]): boolean {
  const youSaid = note.heard.trim();
  const weDid = note.willDo.trim();
  return changes.some((c) => c.youSaid.trim() === youSaid && c.weDid.trim() === weDid);
}
