/**
 * Everything the plan screens edit, held locally for instant feedback and saved through one
 * ordered queue. Local state is the truth the facilitator sees; the queue makes the store agree.
 * When the store refuses an edit outright, the plan is reloaded from the store so the screen never
 * shows something that was not kept.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { newBlockWithDefaults, type BlockKind } from '../../../main/domain/blockKinds';
import type { Block, Plan, PlanDetails } from '../../../main/domain/plan';
import type { BlockPatch, PlanDetailsPatch } from '../../../main/domain/validation';
import { api, ApiError } from '../api/client';
import { SaveQueue, trackOpenQueue, type SaveState } from '../lib/saveQueue';
import { commit, initHistory, redo, undo, type AgendaHistory } from '../agenda/history';

const TYPING_DELAY_MS = 400;

export type LoadState = { status: 'loading' } | { status: 'missing'; message: string } | { status: 'ready' };

export interface PlanEditor {
  load: LoadState;
  details: PlanDetails | null;
  history: AgendaHistory;
  save: SaveState;
  queue: SaveQueue;
  updateDetails(patch: PlanDetailsPatch): void;
  updateBlock(blockId: string, patch: BlockPatch, coalesceKey?: string): void;
  addBlock(kind: BlockKind, index?: number): Block;
  /** Put a deleted block back where it was (the toast's Undo). */
  restoreBlock(block: Block, index: number): void;
  duplicateBlock(blockId: string): Block | null;
  deleteBlock(blockId: string): Block | null;
  moveBlock(blockId: string, toIndex: number): void;
  undo(): boolean;
  redo(): boolean;
}

const isPermanent = (err: unknown) => err instanceof ApiError && (err.code === 'invalid' || err.code === 'not_found');

export function usePlanEditor(planId: string): PlanEditor {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [details, setDetails] = useState<PlanDetails | null>(null);
  const [history, setHistory] = useState<AgendaHistory>(() => initHistory([]));
  const historyRef = useRef(history);
  historyRef.current = history;
  const pendingBlockPatches = useRef(new Map<string, BlockPatch>());
  const pendingDetails = useRef<PlanDetailsPatch>({});
  const [reloadCount, setReloadCount] = useState(0);

  const queue = useMemo(
    // One queue per plan: a new planId means a new queue (PlanScreen is also keyed by plan).
    () => new SaveQueue(isPermanent, () => setReloadCount((n) => n + 1)),
    [planId],
  );
  const save = useSyncExternalStore(
    useCallback((cb) => queue.subscribe(cb), [queue]),
    () => queue.getState(),
  );

  useEffect(() => {
    let cancelled = false;
    if (reloadCount === 0) setLoad({ status: 'loading' });
    api.getPlan({ planId }).then(
      (plan: Plan) => {
        if (cancelled) return;
        const { blocks, ...rest } = plan;
        setDetails(rest);
        const fresh = initHistory(blocks);
        historyRef.current = fresh;
        setHistory(fresh);
        setLoad({ status: 'ready' });
        // After a refused write, the screen now shows what the store holds again.
        queue.clearError();
      },
      (err: unknown) => {
        if (cancelled) return;
        setLoad({ status: 'missing', message: err instanceof Error ? err.message : 'We could not open that plan.' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [planId, reloadCount, queue]);

  useEffect(() => trackOpenQueue(queue), [queue]);

  // Leaving the plan (or the page) sends any edit still waiting for a pause in typing.
  useEffect(() => {
    const flush = () => queue.flushScheduled();
    window.addEventListener('pagehide', flush);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [queue]);

  const setBlocks = useCallback((blocks: Block[], coalesceKey: string | null = null) => {
    const next = commit(historyRef.current, blocks, coalesceKey);
    historyRef.current = next;
    setHistory(next);
  }, []);

  const updateDetails = useCallback(
    (patch: PlanDetailsPatch) => {
      setDetails((d) => (d ? { ...d, ...patch } : d));
      pendingDetails.current = { ...pendingDetails.current, ...patch };
      queue.schedule(
        'details',
        () => {
          const p = pendingDetails.current;
          pendingDetails.current = {};
          return () => api.updatePlan({ planId, patch: p });
        },
        TYPING_DELAY_MS,
      );
    },
    [planId, queue],
  );

  const updateBlock = useCallback(
    (blockId: string, patch: BlockPatch, coalesceKey?: string) => {
      const blocks = historyRef.current.blocks.map((b) => (b.id === blockId ? { ...b, ...patch } : b));
      setBlocks(blocks, coalesceKey ?? `${blockId}:${Object.keys(patch).join(',')}`);
      const merged = { ...pendingBlockPatches.current.get(blockId), ...patch };
      pendingBlockPatches.current.set(blockId, merged);
      queue.schedule(
        `block:${blockId}`,
        () => {
          const p = pendingBlockPatches.current.get(blockId) ?? {};
          pendingBlockPatches.current.delete(blockId);
          return () => api.updateBlock({ planId, blockId, patch: p });
        },
        TYPING_DELAY_MS,
      );
    },
    [planId, queue, setBlocks],
  );

  const insertBlock = useCallback(
    (block: Block, index: number) => {
      // Already back (say, by Ctrl+Z before the toast's Undo): adding it twice would clash.
      if (historyRef.current.blocks.some((b) => b.id === block.id)) return;
      const blocks = [...historyRef.current.blocks];
      blocks.splice(index, 0, block);
      setBlocks(blocks);
      queue.flushScheduled();
      const { id, ...fields } = block;
      queue.enqueue(() => api.addBlock({ planId, block: { id, ...fields }, index }));
    },
    [planId, queue, setBlocks],
  );

  const addBlock = useCallback(
    (kind: BlockKind, index?: number) => {
      const block: Block = newBlockWithDefaults(crypto.randomUUID(), kind);
      insertBlock(block, index ?? historyRef.current.blocks.length);
      return block;
    },
    [insertBlock],
  );

  const duplicateBlock = useCallback(
    (blockId: string) => {
      const i = historyRef.current.blocks.findIndex((b) => b.id === blockId);
      const original = historyRef.current.blocks[i];
      if (!original) return null;
      // A copy keeps the content but not the pin: two blocks pinned to one time would always clash.
      const copy: Block = { ...original, id: crypto.randomUUID(), pinnedTime: null };
      insertBlock(copy, i + 1);
      return copy;
    },
    [insertBlock],
  );

  const deleteBlock = useCallback(
    (blockId: string) => {
      const block = historyRef.current.blocks.find((b) => b.id === blockId) ?? null;
      if (!block) return null;
      setBlocks(historyRef.current.blocks.filter((b) => b.id !== blockId));
      queue.flushScheduled();
      queue.enqueue(() => api.deleteBlock({ planId, blockId }));
      return block;
    },
    [planId, queue, setBlocks],
  );

  const moveBlock = useCallback(
    (blockId: string, toIndex: number) => {
      const blocks = [...historyRef.current.blocks];
      const from = blocks.findIndex((b) => b.id === blockId);
      if (from < 0 || from === toIndex) return;
      const [moved] = blocks.splice(from, 1);
      blocks.splice(Math.max(0, Math.min(toIndex, blocks.length)), 0, moved!);
      setBlocks(blocks);
      queue.flushScheduled();
      queue.enqueue(() => api.moveBlock({ planId, blockId, toIndex }));
    },
    [planId, queue, setBlocks],
  );

  const travel = useCallback(
    (direction: 'undo' | 'redo') => {
      const h = historyRef.current;
      const next = direction === 'undo' ? undo(h) : redo(h);
      if (next === h) return false;
      historyRef.current = next;
      setHistory(next);
      queue.flushScheduled();
      // The whole agenda is replaced in one transaction; a newer undo/redo replaces a waiting one.
      queue.enqueueReplacingLast('agenda', () => api.setAgenda({ planId, blocks: next.blocks }));
      return true;
    },
    [planId, queue],
  );

  return {
    load,
    details,
    history,
    save,
    queue,
    updateDetails,
    updateBlock,
    addBlock,
    restoreBlock: insertBlock,
    duplicateBlock,
    deleteBlock,
    moveBlock,
    undo: useCallback(() => travel('undo'), [travel]),
    redo: useCallback(() => travel('redo'), [travel]),
  };
}
