/**
 * The timed agenda: clock times computed as you type, pinned blocks, drag-and-drop and keyboard
 * reordering with spoken feedback, and undo/redo of every agenda edit.
 */
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import {
  DndContext,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { restrictToVerticalAxis } from '@dnd-kit/modifiers';
import type { PlanDetails } from '../../../main/domain/plan';
import { newBlockWithDefaults } from '../../../main/domain/blockKinds';
import type { MethodBlock } from '../../../main/domain/library/methods';
import { MethodLibraryDialog } from '../library/MethodLibraryDialog';
import { computeSchedule, longestPlausibleBlock } from '../../../main/domain/timing';
import { plural } from '../../../main/domain/words';
import { formatClockTime, formatDuration } from '../../../main/domain/time';
import type { BlockPatch } from '../../../main/domain/validation';
import { useAnnounce } from '../components/Announcer';
import { useToast } from '../components/Toasts';
import type { PlanEditor } from '../plan/usePlanEditor';
import { AddBlockMenu } from './AddBlockMenu';
import { AgendaSummary } from './AgendaSummary';
import type { BlockAction } from './BlockRow';
import { AgendaList, type Moving, type SharedRowProps } from './AgendaList';
import { focusInBlock } from './revealBlock';
import { TimingStore } from './timingStore';
import { isTextEntry, isUndoKey, isRedoKey, modifierName } from './shortcuts';

// dnd-kit re-measures and re-renders every sortable row when its props change identity, so
// everything handed to it is a constant or memoised: a 300-block agenda must repaint in a frame.
const MODIFIERS = [restrictToVerticalAxis];
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };
const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } };

const INSTRUCTIONS =
  'To move a block, press Space or Enter on its handle, then use the up and down arrow keys. Press Space or Enter to drop it there, or Escape to leave it where it was.';

export function AgendaScreen({ editor, details }: { editor: PlanEditor; details: PlanDetails }) {
  // A keystroke in a block's text box shows in that box at once (it keeps its own draft); the list,
  // the clock times and the summary follow in a render React may put off and interrupt, so typing
  // never waits for them. (The editor's store updates synchronously, so deferring is done here.)
  const current = editor.history.blocks;
  const blocks = useDeferredValue(current);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const announce = useAnnounce();
  const toast = useToast();
  const listRef = useRef<HTMLOListElement>(null);

  const longestBlock = longestPlausibleBlock(details.startTime, details.endTime);
  // The same ids array for as long as the order is the same (a new length must not look like a reorder).
  const idsKey = blocks.map((b) => b.id).join(' ');
  const ids = useMemo(() => (idsKey ? idsKey.split(' ') : []), [idsKey]);
  // The clock times are what a facilitator watches when they change a length, and the schedule is
  // cheap (a pass over the blocks): while the blocks are the same ones in the same order, the times
  // follow the newest lengths in this render, and only the list itself waits for the deferred one.
  const currentIdsKey = current === blocks ? idsKey : current.map((b) => b.id).join(' ');
  const timed = currentIdsKey === idsKey ? current : blocks;
  const schedule = useMemo(() => computeSchedule(details.startTime, timed, details.endTime), [details.startTime, details.endTime, timed]);
  // Callbacks read the latest editor and blocks through refs so that they never change identity.
  // (Updated once the render is committed, never during it: a render React throws away must not leak.)
  const editorRef = useRef(editor);
  const blocksRef = useRef(blocks);
  const idsRef = useRef(ids);
  useLayoutEffect(() => {
    editorRef.current = editor;
    blocksRef.current = blocks;
    idsRef.current = ids;
  });
  const { intendedEnd } = schedule;
  const endLineIndex = intendedEnd === null ? -1 : schedule.rows.findIndex((r) => r.end > intendedEnd);
  const [timing] = useState(() => new TimingStore());
  // Recorded during render so rows rendering now read the new times; the rest hear of it before paint.
  timing.update(ids, schedule, endLineIndex, details.endTime);
  useLayoutEffect(() => timing.notify());

  // The row may be far off screen and not drawn: focusInBlock scrolls to it and waits for it.
  const focusBlock = useCallback((blockId: string) => focusInBlock(blockId, '.block-toggle'), []);

  // Changes of length can push the day past its end or a pinned block late; say so when that
  // changes, since the notices that show it may be far from the field being typed in.
  const overrun = schedule.overrunMinutes;
  const conflicts = schedule.pinConflicts;
  const gaps = schedule.gaps;
  const lastTiming = useRef({ overrun, conflicts, gaps });
  useEffect(() => {
    const before = lastTiming.current;
    lastTiming.current = { overrun, conflicts, gaps };
    if (conflicts > before.conflicts) announce('A pinned block now starts later than its pinned time.');
    else if (gaps > before.gaps) announce('There is now an unplanned gap before a pinned block.');
    else if (overrun > 0 && before.overrun === 0) announce(`The agenda now runs ${formatDuration(overrun)} past your intended end.`);
    else if (overrun === 0 && before.overrun > 0) announce('The agenda fits within your intended end again.');
  }, [overrun, conflicts, gaps, announce]);

  // Undo/redo from the keyboard, except inside a text box where the browser's own undo is expected.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTextEntry(e.target)) return;
      if (isUndoKey(e)) {
        e.preventDefault();
        announce(editorRef.current.undo() ? 'Undone.' : 'Nothing to undo.');
      } else if (isRedoKey(e)) {
        e.preventDefault();
        announce(editorRef.current.redo() ? 'Redone.' : 'Nothing to redo.');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [announce]);

  const positionText = useCallback((id: string | number, overId?: string | number | null) => {
    const index = idsRef.current.indexOf(String(overId ?? id));
    return `position ${index + 1} of ${idsRef.current.length}`;
  }, []);
  const titleOf = useCallback((id: string | number) => blocksRef.current.find((b) => b.id === id)?.title ?? 'Block', []);

  // dnd-kit reports the block as over itself straight after pick-up; saying so would talk over
  // "Picked up", so that first report is kept quiet.
  const justPickedUp = useRef(false);
  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) => {
        justPickedUp.current = true;
        return `Picked up “${titleOf(active.id)}”, at ${positionText(active.id)}.`;
      },
      onDragOver: ({ active, over }) => {
        const quiet = justPickedUp.current && over?.id === active.id;
        justPickedUp.current = false;
        if (quiet) return undefined;
        return over
          ? `“${titleOf(active.id)}” would move to ${positionText(active.id, over.id)}.`
          : `“${titleOf(active.id)}” is not over a place in the agenda.`;
      },
      onDragEnd: ({ active, over }) =>
        over ? `Dropped “${titleOf(active.id)}” at ${positionText(active.id, over.id)}.` : `“${titleOf(active.id)}” stays where it was.`,
      onDragCancel: ({ active }) => `Move cancelled. “${titleOf(active.id)}” stays at ${positionText(active.id)}.`,
    }),
    [positionText, titleOf],
  );

  const accessibility = useMemo(() => ({ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }), [announcements]);

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));

  // An open block is tall; keyboard moves step by whole rows, so close it while moving. The block
  // being moved is always drawn, however far it goes from where it started.
  const [moving, setMoving] = useState<Moving | null>(null);
  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    setExpandedId(null);
    setMoving({ id: String(active.id), overId: String(active.id) });
  }, []);
  const onDragOver = useCallback(({ over }: DragOverEvent) => {
    if (over) setMoving((m) => m && { ...m, overId: String(over.id) });
  }, []);
  const onDragCancel = useCallback(() => setMoving(null), []);
  const onDragEnd = useCallback(({ active, over }: DragEndEvent) => {
    setMoving(null);
    if (!over || active.id === over.id) return;
    const toIndex = idsRef.current.indexOf(String(over.id));
    editorRef.current.moveBlock(String(active.id), toIndex);
  }, []);

  const onToggle = useCallback((blockId: string) => setExpandedId((cur) => (cur === blockId ? null : blockId)), []);
  const onUpdate: (blockId: string, patch: BlockPatch) => void = editor.updateBlock;

  const onAction = useCallback(
    (blockId: string, action: BlockAction) => {
      const editor = editorRef.current;
      const index = editor.history.blocks.findIndex((b) => b.id === blockId);
      const block = editor.history.blocks[index];
      if (!block) return;
      switch (action) {
        case 'edit':
          onToggle(blockId);
          break;
        case 'duplicate': {
          const copy = editor.duplicateBlock(blockId);
          if (copy) {
            announce(`Added a copy of “${block.title}” after it.`);
            focusBlock(copy.id);
          }
          break;
        }
        case 'up':
        case 'down': {
          const to = action === 'up' ? index - 1 : index + 1;
          editor.moveBlock(blockId, to);
          announce(`Moved “${block.title}” ${action}. It is now block ${to + 1} of ${editor.history.blocks.length}.`);
          focusBlock(blockId);
          break;
        }
        case 'delete': {
          editor.deleteBlock(blockId);
          const next = editor.history.blocks[index + 1] ?? editor.history.blocks[index - 1];
          if (next) focusBlock(next.id);
          else document.getElementById('add-block-button')?.focus();
          toast({
            message: `Deleted “${block.title}”.`,
            actionLabel: 'Undo',
            onAction: () => {
              editor.restoreBlock(block, index);
              announce(`“${block.title}” is back.`);
              focusBlock(block.id);
            },
          });
          break;
        }
      }
    },
    [announce, toast, focusBlock, onToggle],
  );

  // From the method library: after the block that is open, or at the end.
  const [libraryOpen, setLibraryOpen] = useState(false);
  const onInsertFromLibrary = (fields: MethodBlock) => {
    const current = editor.history.blocks;
    const openIndex = expandedId ? current.findIndex((b) => b.id === expandedId) : -1;
    const index = openIndex >= 0 ? openIndex + 1 : current.length;
    const block = newBlockWithDefaults(crypto.randomUUID(), fields.kind, fields);
    editor.restoreBlock(block, index);
    setLibraryOpen(false);
    const after = current[openIndex];
    announce(after ? `Added “${block.title}” after “${after.title}”.` : `Added “${block.title}” at the end of the agenda.`);
    focusBlock(block.id);
  };

  const onAdd = (kind: Parameters<PlanEditor['addBlock']>[0]) => {
    const block = editor.addBlock(kind);
    setExpandedId(block.id);
    announce(`Added “${block.title}” at the end of the agenda.`);
    // A new block is ready to be named. (Only here: a block reopened by undo must not steal focus.)
    focusInBlock(block.id, '.block-editor input');
  };

  // A button that greys itself out while focused drops focus to the page body; move it on to the
  // other button, or to the heading when both are grey, so keyboard and screen-reader users stay put.
  const canUndo = editor.history.past.length > 0;
  const canRedo = editor.history.future.length > 0;
  const undoRef = useRef<HTMLButtonElement>(null);
  const redoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastFocused = useRef<'undo' | 'redo' | null>(null);
  const trackFocus = (e: FocusEvent) => {
    lastFocused.current = e.target === undoRef.current ? 'undo' : e.target === redoRef.current ? 'redo' : null;
  };
  const forgetFocus = (e: FocusEvent) => {
    // Only a move elsewhere counts: a button greyed out under focus blurs with nowhere to go.
    if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node)) lastFocused.current = null;
  };
  useLayoutEffect(() => {
    const was = lastFocused.current;
    if (!was) return;
    const lost = was === 'undo' ? !canUndo : !canRedo;
    const active = document.activeElement;
    if (!lost || (active && active !== document.body && active !== undoRef.current && active !== redoRef.current)) return;
    lastFocused.current = null;
    const other = was === 'undo' ? redoRef.current : undoRef.current;
    ((was === 'undo' ? canRedo : canUndo) ? other : headingRef.current)?.focus();
  }, [canUndo, canRedo]);

  const people = editor.people;
  const dayIsSet = details.endTime !== null;
  const rowProps: SharedRowProps = useMemo(
    () => ({ timing, onToggle, onUpdate, onAction, people, longestBlock, dayIsSet }),
    [timing, onToggle, onUpdate, onAction, people, longestBlock, dayIsSet],
  );
  // The same element for as long as what it shows is the same: when the screen renders for a
  // keystroke whose list update is deferred, React skips dnd-kit and the rows entirely.
  const listLabel = `Agenda, ${plural(blocks.length, 'block', 'blocks')}, from ${formatClockTime(schedule.start)} to ${formatClockTime(schedule.end)}`;
  const sortableList = useMemo(
    () => (
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={MODIFIERS}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragOver={onDragOver}
        onDragCancel={onDragCancel}
        measuring={MEASURING}
        accessibility={accessibility}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <AgendaList blocks={blocks} listRef={listRef} label={listLabel} expandedId={expandedId} moving={moving} row={rowProps} />
        </SortableContext>
      </DndContext>
    ),
    [sensors, onDragStart, onDragEnd, onDragOver, onDragCancel, accessibility, ids, blocks, listLabel, expandedId, moving, rowProps],
  );

  const mod = modifierName();
  return (
    <section className="agenda" aria-labelledby="agenda-heading">
      <div className="section-header">
        <h2 id="agenda-heading" ref={headingRef} tabIndex={-1}>
          Agenda
        </h2>
        <div className="toolbar" role="toolbar" aria-label="Agenda tools" onFocus={trackFocus} onBlur={forgetFocus}>
          <AddBlockMenu onAdd={onAdd} />
          <button type="button" className="button button-secondary" onClick={() => setLibraryOpen(true)}>
            Add from the method library
          </button>
          <button
            type="button"
            ref={undoRef}
            className="button button-secondary"
            onClick={() => announce(editor.undo() ? 'Undone.' : 'Nothing to undo.')}
            disabled={!canUndo}
            aria-keyshortcuts={`${mod}+Z`}
          >
            Undo
          </button>
          <button
            type="button"
            ref={redoRef}
            className="button button-secondary"
            onClick={() => announce(editor.redo() ? 'Redone.' : 'Nothing to redo.')}
            disabled={!canRedo}
            aria-keyshortcuts={`Shift+${mod}+Z`}
          >
            Redo
          </button>
        </div>
      </div>
      <MethodLibraryDialog isOpen={libraryOpen} onClose={() => setLibraryOpen(false)} format={details.format} onInsert={onInsertFromLibrary} />
      <AgendaSummary schedule={schedule} blocks={blocks} endTime={details.endTime} />
      {blocks.length === 0 ? (
        <div className="empty-agenda">
          <p>
            The agenda is empty. A kind session often starts with a welcome and a check-in, so people can arrive before they are asked for anything.
          </p>
        </div>
      ) : (
        sortableList
      )}
    </section>
  );
}
