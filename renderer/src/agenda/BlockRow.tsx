/**
 * One agenda block: its clock times, name, kind and length, with a handle to reorder it and a
 * menu of actions. Rows are memoised on the block itself; their clock times come from the timing
 * store, so a change of length elsewhere repaints only the times that move.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator } from 'react-aria-components';
import { BLOCK_KIND_LABELS } from '../../../main/domain/blockKinds';
import type { Person } from '../../../main/domain/people';
import type { Block } from '../../../main/domain/plan';
import type { BlockPatch } from '../../../main/domain/validation';
import { formatClockTime, formatDuration, formatDurationLong } from '../../../main/domain/time';
import { DraftField } from '../components/DraftField';
import { useAnnounce } from '../components/Announcer';
import { probablyMeantMinutes } from '../../../main/domain/timing';
import { plural } from '../../../main/domain/words';
import { minutesCheck } from '../lib/checks';
import { decidersText, leadText } from '../people/BlockPeopleFields';
import { BlockEditor } from './BlockEditor';
import { useRowTiming, type TimingStore } from './timingStore';

export type BlockAction = 'edit' | 'duplicate' | 'up' | 'down' | 'delete';

export interface BlockRowProps {
  block: Block;
  index: number;
  count: number;
  timing: TimingStore;
  expanded: boolean;
  onToggle: (blockId: string) => void;
  onUpdate: (blockId: string, patch: BlockPatch) => void;
  onAction: (blockId: string, action: BlockAction) => void;
  /** The plan's people (the same array until someone changes), to name who leads and decides. */
  people: readonly Person[];
  /** The longest length that is not queried ("Did you mean 60 minutes?"), and whether it is the plan's whole day. */
  longestBlock: number;
  dayIsSet: boolean;
  /** Tells the list the row's drawn height (the list places the row: only those near the screen are drawn). */
  measureRef: (el: HTMLElement | null) => void;
  /** Tells the list the row's height has just changed (opened or closed), even mid-scroll. */
  remeasure: (el: HTMLElement) => void;
}

const minutesText = (n: number) => String(n);

/**
 * The sortable shell. useSortable re-renders whenever dnd-kit's context changes, so it holds only
 * what dragging needs; the row's content below is memoised on plain values and repaints only when
 * its own block or times change.
 */
export const BlockRow = memo(function BlockRow({ measureRef, remeasure, ...props }: BlockRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: props.block.id,
  });
  const ref = useCallback(
    (el: HTMLLIElement | null) => {
      setNodeRef(el);
      node.current = el;
      if (el) measureRef(el);
    },
    [setNodeRef, measureRef],
  );
  // Opening or closing a block changes its height a lot: tell the list now, before the browser
  // paints, rather than when the resize is next observed. (Closing the moved block as a move
  // starts must not leave the page a screen too tall for a frame: dnd-kit would take the page
  // shrinking back as a scroll, and the block would seem to jump.)
  const node = useRef<HTMLLIElement | null>(null);
  const mounted = useRef(false);
  useLayoutEffect(() => {
    if (!mounted.current) mounted.current = true;
    else if (node.current) remeasure(node.current);
  }, [props.expanded, remeasure]);
  // dnd-kit moves rows with transform; the list places them with top (see AgendaList).
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li
      ref={ref}
      style={style}
      className={`block-row kind-${props.block.kind}${isDragging ? ' is-dragging' : ''}`}
      data-block-id={props.block.id}
      data-index={props.index}
      // Only some rows are in the page: each says where it is in the whole agenda.
      aria-setsize={props.count}
      aria-posinset={props.index + 1}
    >
      <BlockRowBody {...props} handleRef={setActivatorNodeRef} handleProps={attributes} handleListeners={listeners} />
    </li>
  );
});

type BodyProps = Omit<BlockRowProps, 'measureRef' | 'remeasure'> & {
  handleRef: (el: HTMLElement | null) => void;
  handleProps: ReturnType<typeof useSortable>['attributes'];
  handleListeners: ReturnType<typeof useSortable>['listeners'];
};

// The drag handle's callback ref is taken out of props first, so props is plain data to render from.
const BlockRowBody = memo(function BlockRowBody({ handleRef, ...props }: BodyProps) {
  const { block, index, count, expanded, timing } = props;
  const editorId = `block-editor-${block.id}`;
  const lead = leadText(block, props.people);
  const deciders = decidersText(block, props.people);
  // An open block is closed before a keyboard move picks it up, not as the move starts: the page
  // gets shorter, and dnd-kit would take the scroll that follows as the block moving.
  const pickUpClosed = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (expanded && (e.code === 'Space' || e.code === 'Enter')) flushSync(() => props.onToggle(block.id));
    props.handleListeners?.onKeyDown?.(e);
  };

  return (
    <>
      <RowLead timing={timing} blockId={block.id} />
      <div className="block-line">
        <button
          type="button"
          ref={handleRef}
          className="drag-handle"
          {...props.handleProps}
          {...props.handleListeners}
          onKeyDown={pickUpClosed}
          aria-label={`Move “${block.title}”, block ${index + 1} of ${count}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <RowTimes timing={timing} blockId={block.id} />
        <div className="block-main">
          <h3 className="block-title">
            <button
              type="button"
              className="block-toggle"
              aria-expanded={expanded}
              aria-controls={expanded ? editorId : undefined}
              onClick={() => props.onToggle(block.id)}
            >
              <span className="toggle-chevron" aria-hidden="true">
                {expanded ? '▾' : '▸'}
              </span>
              {block.title}
            </button>
          </h3>
          <p className="block-meta">
            <span className="kind-tag">{BLOCK_KIND_LABELS[block.kind]}</span>
            {lead && <span>Led by {lead}</span>}
            {deciders && <span>{deciders}</span>}
            {block.pinnedTime !== null && <span className="pin-tag">Pinned to {block.pinnedTime}</span>}
          </p>
        </div>
        <DurationField
          blockId={block.id}
          title={block.title}
          minutes={block.durationMinutes}
          onUpdate={props.onUpdate}
          longest={props.longestBlock}
          dayIsSet={props.dayIsSet}
        />
        <BlockActions
          blockId={block.id}
          title={block.title}
          isFirst={index === 0}
          isLast={index === count - 1}
          expanded={expanded}
          onAction={props.onAction}
        />
      </div>
      <RowConflict timing={timing} blockId={block.id} />
      {expanded && (
        <BlockEditor
          id={editorId}
          block={block}
          onUpdate={props.onUpdate}
          durationLabel={formatDurationLong(block.durationMinutes)}
          people={props.people}
          currentStart={() => timing.startOf(block.id) ?? '12:30'}
        />
      )}
    </>
  );
});

/*
 * The heavy parts of a row (a react-aria text field and menu) are their own memoised components:
 * when an earlier block's length changes, a row repaints its times but not these.
 */
const DurationField = memo(function DurationField({
  blockId,
  title,
  minutes,
  onUpdate,
  longest,
  dayIsSet,
}: {
  blockId: string;
  title: string;
  minutes: number;
  onUpdate: BlockRowProps['onUpdate'];
  longest: number;
  dayIsSet: boolean;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const announce = useAnnounce();
  const tooLong = minutes > longest;
  const meant = probablyMeantMinutes(minutes, longest);
  const nudge = tooLong
    ? `${dayIsSet ? 'That is longer than the whole day.' : `That is over ${formatDurationLong(longest)}.`}${meant === null ? '' : ` Did you mean ${plural(meant, 'minute', 'minutes')}?`}`
    : null;
  // The question appears away from where the eye is (under a small box); say it once as it appears.
  const spoken = useRef<string | null>(null);
  useEffect(() => {
    if (nudge && spoken.current !== nudge) announce(nudge);
    spoken.current = nudge;
  }, [nudge, announce]);
  const useMeant = () => {
    if (meant === null) return;
    onUpdate(blockId, { durationMinutes: meant });
    announce(`“${title}” is now ${formatDurationLong(meant)}.`);
    // The button goes with the question: focus goes back to the length it fixed, never to the page.
    requestAnimationFrame(() => wrapper.current?.querySelector<HTMLInputElement>('input')?.focus());
  };
  return (
    <div className="block-duration" ref={wrapper}>
      <div className="block-duration-field">
        <DraftField
          label={`Length in minutes for “${title}”`}
          labelHidden
          value={minutes}
          format={minutesText}
          check={minutesCheck}
          onCommit={(durationMinutes) => onUpdate(blockId, { durationMinutes })}
          type="number"
          className="field-minutes"
          description={nudge ? <span className="visually-hidden">{nudge}</span> : undefined}
        />
        <span className="unit" aria-hidden="true">
          min
        </span>
      </div>
      {nudge && (
        <div className="duration-nudge" data-testid="duration-nudge">
          <p aria-hidden="true">{nudge}</p>
          {meant !== null && (
            <button type="button" className="button button-secondary" onClick={useMeant}>
              Make it {plural(meant, 'minute', 'minutes')}
            </button>
          )}
        </div>
      )}
    </div>
  );
});

const BlockActions = memo(function BlockActions({
  blockId,
  title,
  isFirst,
  isLast,
  expanded,
  onAction,
}: {
  blockId: string;
  title: string;
  isFirst: boolean;
  isLast: boolean;
  expanded: boolean;
  onAction: BlockRowProps['onAction'];
}) {
  // A menu (react-aria's trigger, popover and items) is heavy to mount in every row; until focus
  // arrives or it is pressed, a plain button that looks and reads the same stands in.
  const [live, setLive] = useState<'no' | 'focus' | 'open'>('no');
  const label = `Actions for “${title}”`;
  if (live === 'no') {
    return (
      <button
        type="button"
        className="button button-quiet block-menu-button"
        aria-label={label}
        aria-haspopup="true"
        aria-expanded="false"
        onFocus={() => setLive('focus')}
        // Pressed before the real menu is in place (a tap with no hover first, a quick click, or a
        // screen reader's click): open it at once, as the real one would have.
        onPointerDown={() => setLive('open')}
        onClick={() => setLive('open')}
      >
        <span aria-hidden="true">⋯</span>
      </button>
    );
  }
  return (
    <MenuTrigger defaultOpen={live === 'open'}>
      <Button className="button button-quiet block-menu-button" aria-label={label} autoFocus>
        <span aria-hidden="true">⋯</span>
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" onAction={(k) => onAction(blockId, k as BlockAction)}>
          <MenuItem id="edit" className="menu-item">
            {expanded ? 'Close the details' : 'Edit the details'}
          </MenuItem>
          <MenuItem id="duplicate" className="menu-item">
            Duplicate
          </MenuItem>
          <MenuItem id="up" className="menu-item" isDisabled={isFirst}>
            Move up
          </MenuItem>
          <MenuItem id="down" className="menu-item" isDisabled={isLast}>
            Move down
          </MenuItem>
          <Separator className="menu-separator" />
          <MenuItem id="delete" className="menu-item menu-item-danger">
            Delete
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
});

/* The parts of a row that depend on the clock: each reads its own row's timing. */

function RowLead({ timing, blockId }: { timing: TimingStore; blockId: string }) {
  const t = useRowTiming(timing, blockId);
  return (
    <>
      {t.endLineBefore && (
        <p className="end-line" data-testid="end-line">
          <span>Intended end, {t.endLineBefore}. The blocks from here run past it.</span>
        </p>
      )}
      {t.pinAt !== null && t.gapBefore > 0 && (
        <div className="gap-row" data-testid="gap-row">
          <p className="block-time">
            <time>{formatClockTime(t.start - t.gapBefore)}</time>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden"> to </span>
            <time>{formatClockTime(t.start)}</time>
          </p>
          <p className="gap-text">
            <strong>Unplanned gap, {formatDuration(t.gapBefore)}.</strong> Nothing is planned until this block, pinned to {formatClockTime(t.pinAt)}.
            You could lengthen a block, add one, or move the pin.
          </p>
        </div>
      )}
    </>
  );
}

function RowTimes({ timing, blockId }: { timing: TimingStore; blockId: string }) {
  const t = useRowTiming(timing, blockId);
  const startText = formatClockTime(t.start);
  const endText = formatClockTime(t.end);
  return (
    <p className="block-time">
      <time data-testid="block-start">{startText}</time>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden"> to </span>
      <time data-testid="block-end">{endText}</time>
    </p>
  );
}

function RowConflict({ timing, blockId }: { timing: TimingStore; blockId: string }) {
  const t = useRowTiming(timing, blockId);
  if (t.lateBy === 0 || t.pinAt === null) return null;
  return (
    <p className="block-conflict" data-testid="pin-conflict">
      Pinned to {formatClockTime(t.pinAt)}, but the blocks before it run {formatDuration(t.lateBy)} over, so it starts at {formatClockTime(t.start)}.
      You could shorten an earlier block or move the pin.
    </p>
  );
}
