/**
 * The agenda draws only the blocks near the screen, so a block far down may not be in the page.
 * Whatever needs one (a finding's "Go to", focus after a move) asks for it here first: the agenda
 * on screen scrolls to it and draws it, and the caller finds it in the page a frame later.
 */
type Revealer = (blockId: string) => void;

let current: Revealer | null = null;

/** The agenda list on screen registers itself; the returned function unregisters it. */
export function setBlockRevealer(revealer: Revealer): () => void {
  current = revealer;
  return () => {
    if (current === revealer) current = null;
  };
}

/** Brings a block into the page if an agenda is showing (otherwise does nothing). */
export function revealBlock(blockId: string): void {
  current?.(blockId);
}

/**
 * Focuses an element inside a block's row once the row is drawn: asks for the block, then looks
 * for it each frame for a short while (a row scrolled to is drawn on the next frame or two).
 */
export function focusInBlock(blockId: string, selector: string, frames = 10): void {
  revealBlock(blockId);
  const tick = (left: number) => {
    const row = document.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`);
    const target = row?.querySelector<HTMLElement>(selector);
    if (target) target.focus();
    else if (left > 0) requestAnimationFrame(() => tick(left - 1));
  };
  requestAnimationFrame(() => tick(frames));
}
