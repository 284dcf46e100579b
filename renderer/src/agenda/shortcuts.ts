/** Keyboard shortcut helpers shared by the agenda screen. */

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "Meta" on macOS, "Control" elsewhere, for aria-keyshortcuts. */
export const modifierName = () => (isMac() ? 'Meta' : 'Control');

const mod = (e: KeyboardEvent) => (isMac() ? e.metaKey : e.ctrlKey);

export const isUndoKey = (e: KeyboardEvent) => mod(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z';

export const isRedoKey = (e: KeyboardEvent) =>
  mod(e) && !e.altKey && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!isMac() && !e.shiftKey && e.key.toLowerCase() === 'y'));

/** Inside a text box the browser's own text undo is what people expect. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}
