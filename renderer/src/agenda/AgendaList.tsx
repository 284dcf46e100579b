/**
 * The list of blocks, drawing only the rows near the screen: a 300-block agenda would otherwise
 * mount 300 sortable rows, each with a text field and a menu, before the tab could show.
 *
 * What keeps it whole for keyboard and screen-reader users:
 * - every row says its place in the whole list (aria-setsize, aria-posinset), and the list's
 *   name says how many blocks there are;
 * - besides the rows on screen, these are always drawn: the first and last blocks (so Tab from
 *   above and Shift+Tab from below enter the list at its ends), the block with focus and its
 *   neighbours (so Tab and Shift+Tab move on block by block, scrolling as they go), the block
 *   being moved (dnd-kit keeps its handle focused and scrolls with it) and the open block (so its
 *   half-typed details are never dropped);
 * - anything that needs a block far away asks for it through revealBlock first.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import type { Block } from '../../../main/domain/plan';
import { BlockRow, type BlockRowProps } from './BlockRow';
import { setBlockRevealer } from './revealBlock';

/** Row props that are the same for every row. */
export type SharedRowProps = Omit<BlockRowProps, 'block' | 'index' | 'count' | 'expanded' | 'measureRef' | 'remeasure'>;

/** A closed row's height in rem before it is measured (most rows are one line). */
const ESTIMATE_REM = 4.6;
/** The space between rows, in rem (as the list's CSS gap was). */
const GAP_REM = 0.5;
/** Rows drawn beyond each edge of the screen, so a quick scroll or arrow key rarely meets a blank. */
const OVERSCAN = 6;

/**
 * A row's height: from the resize observer's entry, or read now when a row asks to be measured
 * (the library's default would answer from its cache, missing a block just opened or closed).
 */
const measureRow = (el: Element, entry: ResizeObserverEntry | undefined) => {
  const box = entry?.borderBoxSize[0];
  return Math.round(box ? box.blockSize : el.getBoundingClientRect().height);
};

/**
 * Rows drawn either side of where a moved block would go, whatever the scroll: each arrow key
 * needs the next row to be in the page already, even when keys come faster than the page scrolls.
 */
const MOVE_REACH = 8;

/** A block being moved: its id, and the block whose place it would take. */
export interface Moving {
  id: string;
  overId: string;
}

const rootRem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

export function AgendaList({
  blocks,
  label,
  listRef,
  expandedId,
  moving,
  row,
}: {
  blocks: readonly Block[];
  label: string;
  listRef: React.RefObject<HTMLOListElement | null>;
  expandedId: string | null;
  /** The block being dragged or moved by keyboard, if any, and where it would go. */
  moving: Moving | null;
  row: SharedRowProps;
}) {
  const count = blocks.length;
  const lastMeasured = useRef<number | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [revealId, setRevealId] = useState<string | null>(null);

  // Sizes follow the text size (Settings, or the browser's zoom): read the rem once, and again on resize.
  const [rem, setRem] = useState(rootRem);
  useEffect(() => {
    const onResize = () => setRem(rootRem());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  // Where the list starts on the page, since the page itself scrolls. It moves when what is above
  // it changes size (the summary's notes come and go), which changes the agenda section's size too.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    const section = list?.parentElement;
    if (!list || !section) return;
    const measure = () => setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(section);
    return () => observer.disconnect();
  }, [listRef]);

  const indexOf = useCallback((id: string | null) => (id === null ? -1 : blocks.findIndex((b) => b.id === id)), [blocks]);
  const focusedIndex = indexOf(focusedId);
  const kept = useMemo(() => {
    const keep = [0, count - 1, focusedIndex - 1, focusedIndex, focusedIndex + 1, indexOf(expandedId), indexOf(revealId)];
    if (moving) {
      keep.push(indexOf(moving.id));
      const over = indexOf(moving.overId);
      for (let i = over - MOVE_REACH; i <= over + MOVE_REACH; i++) keep.push(i);
    }
    return [...new Set(keep.filter((i) => i >= 0 && i < count))];
  }, [count, focusedIndex, moving, expandedId, revealId, indexOf]);
  const rangeExtractor = useCallback((range: Range) => [...new Set([...defaultRangeExtractor(range), ...kept])].sort((a, b) => a - b), [kept]);

  const virtualizer = useWindowVirtualizer({
    count,
    // Rows not yet drawn are taken to be as tall as the last one measured: at 200% zoom a closed
    // row is several lines, and a keyboard move must not meet rows that jump once drawn.
    estimateSize: () => lastMeasured.current ?? ESTIMATE_REM * rem,
    gap: GAP_REM * rem,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor,
    getItemKey: (i) => blocks[i]?.id ?? i,
    measureElement: (el, entry) => {
      const height = measureRow(el, entry);
      // An open block is no guide to the others.
      if (!el.querySelector('.block-editor')) lastMeasured.current = height;
      return height;
    },
    // Positions and the list's height are written straight to the page, so scrolling, and a row
    // growing or shrinking, move the rows in the same frame without React drawing them again.
    directDomUpdates: true,
    directDomUpdatesMode: 'position',
  });

  // Scroll to a block asked for and keep it drawn; whoever asked focuses it once it is there.
  const blocksRef = useRef(blocks);
  useLayoutEffect(() => {
    blocksRef.current = blocks;
  });
  useEffect(
    () =>
      setBlockRevealer((blockId) => {
        const index = blocksRef.current.findIndex((b) => b.id === blockId);
        if (index < 0) return;
        setRevealId(blockId);
        virtualizer.scrollToIndex(index, { align: 'auto' });
      }),
    [virtualizer],
  );

  const { containerRef } = virtualizer;
  // The library skips measuring while the page scrolls, but focusing a row's handle scrolls it, and
  // a block closed as a move is picked up must shrink at once (see BlockRow).
  const remeasure = useCallback((el: HTMLElement) => virtualizer.resizeItem(Number(el.dataset.index), measureRow(el, undefined)), [virtualizer]);
  const setListRef = useCallback(
    (el: HTMLOListElement | null) => {
      listRef.current = el;
      containerRef(el);
    },
    [listRef, containerRef],
  );

  const onFocus = (e: FocusEvent<HTMLOListElement>) => {
    const id = (e.target as HTMLElement).closest('[data-block-id]')?.getAttribute('data-block-id') ?? null;
    if (id !== null && id !== focusedId) setFocusedId(id);
  };

  return (
    <ol className="agenda-list" ref={setListRef} aria-label={label} onFocus={onFocus}>
      {virtualizer.getVirtualItems().map((item) => {
        const block = blocks[item.index]!;
        return (
          <BlockRow
            key={block.id}
            {...row}
            block={block}
            index={item.index}
            count={count}
            expanded={expandedId === block.id}
            measureRef={virtualizer.measureElement}
            remeasure={remeasure}
          />
        );
      })}
    </ol>
  );
}
