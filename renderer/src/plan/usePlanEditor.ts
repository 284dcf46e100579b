/**
 * The plan editor for React: one PlanEditorStore per open plan, read through useSyncExternalStore.
 * The store holds the plan and its edits; this hook only ties its life to the screen's (open on
 * mount, tracked for "save before the window closes", waiting edits sent when the page is hidden
 * or left) and hands the screens one object, so they need not know a store exists.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { api } from '../api/client';
import { trackOpenQueue } from '../lib/saveQueue';
import { PlanEditorStore, type PlanEditorSnapshot } from './planEditorStore';

export type { LoadState } from './planEditorStore';

/** The store's edits (each bound to it), without what only this hook uses. */
type EditorActions = Omit<PlanEditorStore, 'planId' | 'subscribe' | 'getSnapshot' | 'open' | 'close'>;

/** What every plan screen is given: the plan as shown now, and the ways to change it. */
export type PlanEditor = PlanEditorSnapshot & EditorActions;

export function usePlanEditor(planId: string): PlanEditor {
  // One store (and so one save queue) per plan; PlanScreen is also keyed by plan.
  const store = useMemo(() => new PlanEditorStore(planId, api), [planId]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);

  useEffect(() => {
    void store.open();
    const untrack = trackOpenQueue(store.queue);
    // Leaving the plan (or the page) sends any edit still waiting for a pause in typing.
    const flush = () => store.queue.flushScheduled();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      untrack();
      store.close();
    };
  }, [store]);

  return useMemo(
    () => ({
      ...snapshot,
      queue: store.queue,
      updateDetails: store.updateDetails,
      updateBlock: store.updateBlock,
      addBlock: store.addBlock,
      restoreBlock: store.restoreBlock,
      duplicateBlock: store.duplicateBlock,
      deleteBlock: store.deleteBlock,
      moveBlock: store.moveBlock,
      undo: store.undo,
      redo: store.redo,
      addPerson: store.addPerson,
      addFromDirectory: store.addFromDirectory,
      updatePerson: store.updatePerson,
      deletePerson: store.deletePerson,
      restorePerson: store.restorePerson,
      forgetPerson: store.forgetPerson,
      setAsideFinding: store.setAsideFinding,
      restoreFinding: store.restoreFinding,
      updateDebrief: store.updateDebrief,
      setChanges: store.setChanges,
      clearPersonalData: store.clearPersonalData,
      replaceNamesInPlace: store.replaceNamesInPlace,
    }),
    [store, snapshot],
  );
}
