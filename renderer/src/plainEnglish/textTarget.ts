/**
 * How a participant-facing text field is found on screen, so the review can take the facilitator
 * straight to it. Every PlainTextField carries `data-text-target` with one of these keys:
 *   plan:<field>               e.g. plan:purpose (Details tab)
 *   block:<blockId>:<field>    e.g. block:3f2a…:description (inside the block's editor, Agenda tab)
 */
import type { TextTarget } from '../../../main/domain/review/types';

export function textTargetKey(target: TextTarget): string {
  return target.kind === 'plan' ? `plan:${target.field}` : `block:${target.blockId}:${target.field}`;
}

/** The text box for a target, if it is on screen now. */
export function findTextBox(target: TextTarget): HTMLInputElement | HTMLTextAreaElement | null {
  const key = CSS.escape(textTargetKey(target));
  return document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-text-target="${key}"] :is(input, textarea)`);
}
