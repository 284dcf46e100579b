/**
 * Asking a long list to draw an item it has not drawn yet (lists draw their first few, see
 * shownCount.ts). goTo.ts dispatches it on `document`, with the item's id as `detail`, while the
 * item it is to focus is not on the page; the list that holds the item grows to draw it.
 */
export const REVEAL_NEED = 'kindred:reveal-need';
