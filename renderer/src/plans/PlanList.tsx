/**
 * The list of plan cards, drawing only those on screen (and a few either side), so a facilitator
 * with 1,000 plans gets the list as fast as one with ten. What stays true for everyone:
 * - screen readers hear the list's full size and each card's place in it (aria-setsize/posinset);
 * - Tab reaches every plan: the browser scrolls a focused card into view, which draws the next
 *   ones, and the card holding focus is always drawn, even when scrolled away;
 * - find-in-page cannot see cards not drawn, so the search box above searches every plan.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import type { PlanSummary } from '../../../main/domain/plan';

/** Where a card sits: its index, the list's size, its offset from the list's top, and the ref that measures it. */
export interface CardPlace {
  index: number;
  setSize: number;
  top: number;
  ref: (el: HTMLLIElement | null) => void;
}

/** A card's usual height with its gap (measured once drawn; this only sizes the first guess). */
const ESTIMATE_PX = 132;
/** Cards drawn beyond each edge of the screen: enough for Tab and quick scrolling to find them ready. */
const OVERSCAN = 6;

/** A card's height including its bottom margin, which is the gap between cards. */
function measureWithGap(el: Element): number {
  return el.getBoundingClientRect().height + parseFloat(getComputedStyle(el).marginBottom || '0');
}

export function PlanList({
  plans,
  card,
  focusRequest,
}: {
  plans: readonly PlanSummary[];
  card: (plan: PlanSummary, place: CardPlace) => ReactNode;
  /** Bring this plan into view and focus its title link (after a copy is made, say). */
  focusRequest: { planId: string } | null;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The card holding focus stays drawn, so scrolling away with the wheel never drops focus.
  const focused = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const f = focused.current;
    if (f === null || f >= range.count || indexes.includes(f)) return indexes;
    return [...indexes, f].sort((a, b) => a - b);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: plans.length,
    estimateSize: () => ESTIMATE_PX,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey: (i) => plans[i]?.id ?? i,
    measureElement: measureWithGap,
    rangeExtractor,
    // Known before the first paint, so the first frame already shows the cards.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  // Where the list starts on the page moves when the welcome closes or the text grows, and either
  // resizes the page. (A ResizeObserver reports once at the start too, before the first paint.)
  useLayoutEffect(() => {
    const observer = new ResizeObserver(() => {
      const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((now) => (Math.abs(top - now) > 0.5 ? top : now));
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!focusRequest) return;
    const index = plans.findIndex((p) => p.id === focusRequest.planId);
    if (index < 0) return;
    focused.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // The card is drawn once the virtualizer has scrolled there, within a frame or two.
    let raf = 0;
    let tries = 10;
    const focusWhenDrawn = () => {
      const link = listRef.current?.querySelector<HTMLElement>(`[data-plan-id="${CSS.escape(focusRequest.planId)}"] .plan-card-title a`);
      if (link) link.focus();
      else if (tries-- > 0) raf = requestAnimationFrame(focusWhenDrawn);
    };
    focusWhenDrawn();
    return () => cancelAnimationFrame(raf);
  }, [focusRequest, plans, virtualizer]);

  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const item = (e.target as Element).closest<HTMLElement>('[data-index]');
    focused.current = item ? Number(item.dataset.index) : null;
  };
  const onBlur = (e: FocusEvent<HTMLUListElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) focused.current = null;
  };

  const items = virtualizer.getVirtualItems();
  return (
    <ul
      ref={listRef}
      className="plan-list plan-list-virtual"
      aria-label="Plans"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {items.map((item) =>
        card(plans[item.index]!, { index: item.index, setSize: plans.length, top: item.start - scrollMargin, ref: virtualizer.measureElement }),
      )}
    </ul>
  );
}
