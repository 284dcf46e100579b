/**
 * Blocks the review offers to add with one click. They come from the built-in method library, so a
 * suggested check-in reads exactly like the one a facilitator would pick from the library, with
 * plain words for participants and steps and access notes for the facilitator.
 */
import { BLOCK_KIND_DEFAULT_MINUTES, BLOCK_KIND_LABELS, type BlockKind } from '../blockKinds';
import { methodById, methodToBlock } from '../library/methods';
import type { PlanFormat } from '../plan';
import type { SuggestedBlock } from './types';
import type { BlockTiming } from '../timing';

/** The library method behind each suggestion. Method ids never change once shipped. */
export const SUGGESTED_METHODS = {
  welcome: 'welcome-and-housekeeping',
  checkIn: 'one-word-check-in',
  relationships: 'paired-introductions',
  groundRules: 'working-agreement',
  smallGroups: 'one-two-four-all',
  break: 'break-with-quiet-space',
  meal: 'shared-meal',
  reflection: 'check-out-one-thing',
} as const;

export type Suggestion = keyof typeof SUGGESTED_METHODS;

const FALLBACK_KIND: Record<Suggestion, BlockKind> = {
  welcome: 'welcome',
  checkIn: 'check_in',
  relationships: 'relationship_building',
  groundRules: 'ground_rules',
  smallGroups: 'small_groups',
  break: 'break',
  meal: 'meal',
  reflection: 'reflection',
};

/** The block to suggest, with notes that suit the plan's format. */
export function suggestedBlock(suggestion: Suggestion, format: PlanFormat, durationMinutes?: number): SuggestedBlock {
  const method = methodById(SUGGESTED_METHODS[suggestion]);
  if (!method) {
    // Only if the library lost a method: still offer a plain block of the right kind.
    const kind = FALLBACK_KIND[suggestion];
    return {
      kind,
      title: BLOCK_KIND_LABELS[kind],
      durationMinutes: durationMinutes ?? BLOCK_KIND_DEFAULT_MINUTES[kind],
      description: '',
      facilitatorNotes: '',
    };
  }
  const b = methodToBlock(method, { format });
  return {
    kind: b.kind,
    title: b.title,
    durationMinutes: durationMinutes ?? b.durationMinutes,
    description: b.description,
    facilitatorNotes: b.facilitatorNotes,
  };
}

/** The block boundary (an index to insert at) nearest a clock time. */
export function boundaryNearest(ctx: { readonly rows: readonly BlockTiming[] }, minute: number): number {
  const { rows } = ctx;
  if (rows.length < 2) return rows.length;
  let best = 1;
  let bestDistance = Infinity;
  for (let k = 1; k < rows.length; k++) {
    const distance = Math.abs(rows[k - 1]!.end - minute);
    if (distance < bestDistance) {
      best = k;
      bestDistance = distance;
    }
  }
  return best;
}
