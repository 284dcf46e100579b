/**
 * Long lists (review findings, access needs) draw their first few items and a "Show more" button,
 * so a tab with hundreds of them opens at once: React makes and the browser lays out a few dozen
 * items, not hundreds. The facilitator works from the top, where the most pressing ones are; every
 * item stays a button press away, and the list's full size is always said.
 */

/** How many items a list shows at first, and how many more each press of "Show more" adds. */
export const SHOW_STEP = 20;

/** How many to show after one more press, never more than there are. */
export function nextShown(shown: number, total: number): number {
  return Math.min(total, shown + SHOW_STEP);
}

/**
 * How many to show so the item at `index` is drawn: at least `shown`, else up to the end of the
 * step that holds it (so the list grows in the same steps as by the button).
 */
export function shownToInclude(index: number, shown: number): number {
  if (index < shown) return shown;
  return (Math.floor(index / SHOW_STEP) + 1) * SHOW_STEP;
}

/** "Showing 20 of 182." */
export function showingWords(shown: number, total: number): string {
  return `Showing ${Math.min(shown, total)} of ${total}.`;
}

/** "Show 20 more", or the last few: "Show the last 3". */
export function showMoreWords(shown: number, total: number): string {
  const left = total - shown;
  if (left <= SHOW_STEP) return left === 1 ? 'Show the last one' : `Show the last ${left}`;
  return `Show ${SHOW_STEP} more`;
}
