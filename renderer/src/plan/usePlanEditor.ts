/**
 * Everything the plan screens edit, held locally for instant feedback and saved through one
 * ordered queue. Local state is the truth the facilitator sees; the queue makes the store agree.
 * When the store refuses an edit outright, the plan is reloaded from the store so the screen never
 * shows something that was not kept.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { newBlockWithDefaults, type BlockKind } from '../../../main/domain/blockKinds';
import { newPersonWithDefaults, type Person } from '../../../main/domain/people';
import type { Block, Change, Debrief, Plan, PlanDetails, SetAside } from '../../../main/domain/plan';
import type { BlockPatch, NewPerson, PersonPatch, PlanDetailsPatch } from '../../../main/domain/validation';
import { localToday } from '../../../main/domain/time';
import { api, ApiError } from '../api/client';
import { SaveQueue, trackOpenQueue, type SaveState } from '../lib/saveQueue';
import { commit, initHistory, redo, undo, type AgendaHistory } from '../agenda/history';

const TYPING_DELAY_MS = 400;

export type LoadState = { status: 'loading' } | { status: 'missing'; message: string } | { status: 'ready' };

/** Everything about the plan except the agenda, which lives in the undo history. */
interface PlanParts {
  people: Person[];
  setAsides: SetAside[];
  debrief: Debrief;
  changes: Change[];
}

export interface PlanEditor {
  load: LoadState;
  details: PlanDetails | null;
  /** The whole plan as the facilitator sees it now (for the live review); null until loaded. */
  plan: Plan | null;
  people: Person[];
  setAsides: SetAside[];
  debrief: Debrief | null;
  changes: Change[];
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
  /** Adds a person at the end of the list; returns them at once (saved in the background). */
  addPerson(person: NewPerson): Person;
  updatePerson(personId: string, patch: PersonPatch): void;
  /** Removes a person, and them from every block they led or decided in; returns them for undo. */
  deletePerson(personId: string): Person | null;
  /** Puts a removed person back where they were (the toast's Undo). Blocks they led are not re-linked. */
  restorePerson(person: Person, index: number): void;
  /**
   * Forgets a person for good: them, everything about them, and their name where it is written as
   * who leads (also in the agenda's undo steps). No undo. Returns who was forgotten.
   */
  forgetPerson(personId: string): Person | null;
  setAsideFinding(findingId: string, reason: string): void;
  restoreFinding(findingId: string): void;
  updateDebrief(patch: Partial<Debrief>): void;
  setChanges(changes: Change[]): void;
  /**
   * After the workshop: deletes personal data (see api.clearPersonalData) once every waiting edit is
   * saved, then shows the plan as the store now holds it. Resolves with that plan; no undo.
   */
  clearPersonalData(): Promise<Plan>;
}

const NO_PEOPLE: Person[] = [];
const NO_SET_ASIDES: SetAside[] = [];
const NO_CHANGES: Change[] = [];

function withoutMissingPeople(block: Block, present: ReadonlySet<string>): Block {
  const leadGone = block.leadPersonId !== null && !present.has(block.leadPersonId);
  const decidersGone = block.deciderIds.some((id) => !present.has(id));
  if (!leadGone && !decidersGone) return block;
  return {
    ...block,
    leadPersonId: leadGone ? null : block.leadPersonId,
    deciderIds: decidersGone ? block.deciderIds.filter((id) => present.has(id)) : block.deciderIds,
  };
}

const isPermanent = (err: unknown) => err instanceof ApiError && (err.code === 'invalid' || err.code === 'not_found');

export function usePlanEditor(planId: string): PlanEditor {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [details, setDetails] = useState<PlanDetails | null>(null);
  const [parts, setParts] = useState<PlanParts | null>(null);
  const partsRef = useRef(parts);
  partsRef.current = parts;
  const pendingPersonPatches = useRef(new Map<string, PersonPatch>());
  const pendingDebrief = useRef<Partial<Debrief>>({});
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
        const { blocks, people, setAsides, debrief, changes, ...rest } = plan;
        setDetails(rest);
        setParts({ people, setAsides, debrief, changes });
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
      // As the store does: marking it delivered dates it (the personal-data reminder counts from then).
      const delivery = (d: PlanDetails): Partial<PlanDetails> =>
        patch.status === undefined ? {} : { deliveredOn: patch.status !== 'delivered' ? null : d.status === 'delivered' ? d.deliveredOn : localToday() };
      setDetails((d) => (d ? { ...d, ...patch, ...delivery(d) } : d));
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
      const stepped = direction === 'undo' ? undo(h) : redo(h);
      if (stepped === h) return false;
      // An older agenda may name someone removed since: it comes back without them, as the store does.
      const present = new Set(partsRef.current?.people.map((p) => p.id));
      const next = { ...stepped, blocks: stepped.blocks.map((b) => withoutMissingPeople(b, present)) };
      historyRef.current = next;
      setHistory(next);
      queue.flushScheduled();
      // The whole agenda is replaced in one transaction; a newer undo/redo replaces a waiting one.
      queue.enqueueReplacingLast('agenda', () => api.setAgenda({ planId, blocks: next.blocks }));
      return true;
    },
    [planId, queue],
  );

  const patchParts = useCallback((update: (p: PlanParts) => PlanParts) => {
    setParts((p) => {
      const next = p ? update(p) : p;
      partsRef.current = next;
      return next;
    });
  }, []);

  const insertPerson = useCallback(
    (person: Person, index: number) => {
      if (partsRef.current?.people.some((p) => p.id === person.id)) return;
      patchParts((p) => {
        const people = [...p.people];
        people.splice(index, 0, person);
        return { ...p, people };
      });
      queue.flushScheduled();
      const { id, ...fields } = person;
      queue.enqueue(() => api.addPerson({ planId, person: { id, ...fields } }));
    },
    [planId, queue, patchParts],
  );

  const addPerson = useCallback(
    (input: NewPerson) => {
      const person = newPersonWithDefaults(input.id ?? crypto.randomUUID(), input);
      insertPerson(person, partsRef.current?.people.length ?? 0);
      return person;
    },
    [insertPerson],
  );

  const updatePerson = useCallback(
    (personId: string, patch: PersonPatch) => {
      patchParts((p) => ({ ...p, people: p.people.map((x) => (x.id === personId ? { ...x, ...patch } : x)) }));
      pendingPersonPatches.current.set(personId, { ...pendingPersonPatches.current.get(personId), ...patch });
      queue.schedule(
        `person:${personId}`,
        () => {
          const patchToSend = pendingPersonPatches.current.get(personId) ?? {};
          pendingPersonPatches.current.delete(personId);
          return () => api.updatePerson({ planId, personId, patch: patchToSend });
        },
        TYPING_DELAY_MS,
      );
    },
    [planId, queue, patchParts],
  );

  const deletePerson = useCallback(
    (personId: string) => {
      const person = partsRef.current?.people.find((p) => p.id === personId) ?? null;
      if (!person) return null;
      // As the store does: findings set aside about them go with them.
      patchParts((p) => ({
        ...p,
        people: p.people.filter((x) => x.id !== personId),
        setAsides: p.setAsides.filter((a) => !a.findingId.split(':').includes(personId)),
      }));
      // The store unlinks them from blocks in the same transaction; the screen follows suit,
      // in place, so the agenda's undo history is not disturbed.
      const unlink = (b: Block): Block =>
        b.leadPersonId === personId || b.deciderIds.includes(personId)
          ? { ...b, leadPersonId: b.leadPersonId === personId ? null : b.leadPersonId, deciderIds: b.deciderIds.filter((id) => id !== personId) }
          : b;
      const h = historyRef.current;
      const next = { ...h, blocks: h.blocks.map(unlink) };
      historyRef.current = next;
      setHistory(next);
      queue.flushScheduled();
      queue.enqueue(() => api.deletePerson({ planId, personId }));
      return person;
    },
    [planId, queue, patchParts],
  );

  const forgetPerson = useCallback(
    (personId: string) => {
      const person = partsRef.current?.people.find((p) => p.id === personId) ?? null;
      if (!person) return null;
      // As the store does (privacyMethods): set-asides about them or their needs go, and so does their
      // name typed as who leads, unless someone else in the plan has the same name.
      const about = new Set([personId, ...person.accessNeeds.map((n) => n.id)]);
      const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
      const others = partsRef.current?.people.filter((p) => p.id !== personId) ?? [];
      const clearLead = person.name.trim() !== '' && !others.some((p) => sameName(p.name, person.name));
      patchParts((p) => ({
        ...p,
        people: p.people.filter((x) => x.id !== personId),
        setAsides: p.setAsides.filter((a) => !a.findingId.split(':').some((part) => about.has(part))),
      }));
      pendingPersonPatches.current.delete(personId);
      const scrub = (b: Block): Block => {
        const lead = clearLead && b.leadBy.trim() !== '' && sameName(b.leadBy, person.name);
        const linked = b.leadPersonId === personId || b.deciderIds.includes(personId);
        if (!lead && !linked) return b;
        return {
          ...b,
          ...(lead ? { leadBy: '' } : {}),
          leadPersonId: b.leadPersonId === personId ? null : b.leadPersonId,
          deciderIds: b.deciderIds.filter((id) => id !== personId),
        };
      };
      // Every undo step too, so that undoing an agenda edit cannot bring their name back.
      const h = historyRef.current;
      const next = { ...h, blocks: h.blocks.map(scrub), past: h.past.map((bs) => bs.map(scrub)), future: h.future.map((bs) => bs.map(scrub)) };
      historyRef.current = next;
      setHistory(next);
      queue.flushScheduled();
      queue.enqueue(() => api.forgetPerson({ planId, personId }));
      return person;
    },
    [planId, queue, patchParts],
  );

  const setAsideFinding = useCallback(
    (findingId: string, reason: string) => {
      const setAt = new Date().toISOString();
      patchParts((p) => ({
        ...p,
        setAsides: [...p.setAsides.filter((s) => s.findingId !== findingId), { findingId, reason, setAt }],
      }));
      queue.enqueue(() => api.setAsideFinding({ planId, findingId, reason }));
    },
    [planId, queue, patchParts],
  );

  const restoreFinding = useCallback(
    (findingId: string) => {
      patchParts((p) => ({ ...p, setAsides: p.setAsides.filter((s) => s.findingId !== findingId) }));
      queue.enqueue(() => api.restoreFinding({ planId, findingId }));
    },
    [planId, queue, patchParts],
  );

  const updateDebrief = useCallback(
    (patch: Partial<Debrief>) => {
      patchParts((p) => ({ ...p, debrief: { ...p.debrief, ...patch } }));
      pendingDebrief.current = { ...pendingDebrief.current, ...patch };
      queue.schedule(
        'debrief',
        () => {
          const patchToSend = pendingDebrief.current;
          pendingDebrief.current = {};
          return () => api.updateDebrief({ planId, patch: patchToSend });
        },
        TYPING_DELAY_MS,
      );
    },
    [planId, queue, patchParts],
  );

  const setChanges = useCallback(
    (changes: Change[]) => {
      patchParts((p) => ({ ...p, changes }));
      // The whole list is sent; a newer list replaces one still waiting for a pause in typing.
      queue.schedule('changes', () => () => api.setChanges({ planId, changes: partsRef.current?.changes ?? changes }), TYPING_DELAY_MS);
    },
    [planId, queue, patchParts],
  );

  const clearPersonalData = useCallback(
    () =>
      new Promise<Plan>((resolve, reject) => {
        // A change that could not be saved is waiting: this would wait behind it, unseen.
        if (queue.getState().status === 'error' && queue.hasPending()) {
          reject(new Error('Your last change has not been saved yet, so nothing was deleted. Try saving it again first.'));
          return;
        }
        queue.flushScheduled();
        queue.enqueue(async () => {
          try {
            const fresh = await api.clearPersonalData({ planId });
            const { blocks, people, setAsides, debrief, changes, ...rest } = fresh;
            setDetails(rest);
            patchParts((p) => (p ? { ...p, people, setAsides } : p));
            // "Led by" names became roles too; the old agenda (and its undo steps) still hold the names.
            const cleared = initHistory(blocks);
            historyRef.current = cleared;
            setHistory(cleared);
            resolve(fresh);
          } catch (err) {
            reject(err);
            throw err;
          }
        });
      }),
    [planId, queue, patchParts],
  );

  const plan = useMemo<Plan | null>(
    () => (details && parts ? { ...details, ...parts, blocks: history.blocks } : null),
    [details, parts, history.blocks],
  );

  return {
    load,
    details,
    plan,
    people: parts?.people ?? NO_PEOPLE,
    setAsides: parts?.setAsides ?? NO_SET_ASIDES,
    debrief: parts?.debrief ?? null,
    changes: parts?.changes ?? NO_CHANGES,
    addPerson,
    updatePerson,
    deletePerson,
    restorePerson: insertPerson,
    forgetPerson,
    setAsideFinding,
    restoreFinding,
    updateDebrief,
    setChanges,
    clearPersonalData,
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
