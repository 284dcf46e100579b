/**
 * Everything the plan screens edit, held outside React for instant feedback and saved through one
 * ordered queue. What this store holds is the truth the facilitator sees; the queue makes the
 * service agree. When the service refuses an edit outright, the plan is reloaded from it so the
 * screen never shows something that was not kept. React reads it through `useSyncExternalStore`
 * (usePlanEditor), as it does the SaveQueue and the agenda's TimingStore; being a plain class, it
 * can be tested without a screen.
 */
import { newBlockWithDefaults, type BlockKind } from '../../../main/domain/blockKinds';
import { newPersonWithDefaults, type Person } from '../../../main/domain/people';
import { withNamesReplaced, type TextPlace } from '../../../main/domain/nameMentions';
import { deliveredOnFor, findingIsAbout, idsNaming, sameName } from '../../../main/domain/personalData';
import type { Block, Change, Debrief, Plan, PlanDetails, SetAside } from '../../../main/domain/plan';
import type { BlockPatch, NewPerson, PersonPatch, PlanDetailsPatch } from '../../../main/domain/validation';
import { localToday } from '../../../main/domain/time';
import type { KindredApi } from '../../../main/contract/contract';
import { ApiError } from '../api/client';
import { SaveQueue, type SaveState } from '../lib/saveQueue';
import { commit, initHistory, redo, undo, type AgendaHistory } from './history';

/** How long typing must pause before an edit is sent: a burst of keystrokes becomes one write. */
export const TYPING_DELAY_MS = 400;

export type LoadState = { status: 'loading' } | { status: 'missing'; message: string } | { status: 'ready' };

/** The service as the editor reaches it: the real client in the app, a fake in tests. */
export type EditorApi = KindredApi;

/** What the screens read; a new object whenever any of it changes, the same one otherwise. */
export interface PlanEditorSnapshot {
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
}

/** Everything about the plan except the details and the agenda, which lives in the undo history. */
interface PlanParts {
  people: Person[];
  setAsides: SetAside[];
  debrief: Debrief;
  changes: Change[];
}

interface EditorState {
  load: LoadState;
  details: PlanDetails | null;
  parts: PlanParts | null;
  history: AgendaHistory;
}

const NO_PEOPLE: Person[] = [];
const NO_SET_ASIDES: SetAside[] = [];
const NO_CHANGES: Change[] = [];

/** Errors that trying again will not mend: the edit is dropped and the plan reloaded instead. */
const isPermanent = (err: unknown) => err instanceof ApiError && (err.code === 'invalid' || err.code === 'not_found');

/** An older agenda (undo) may name someone removed since: it comes back without them, as the store does. */
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

function unlinkPerson(block: Block, personId: string): Block {
  if (block.leadPersonId !== personId && !block.deciderIds.includes(personId)) return block;
  return {
    ...block,
    leadPersonId: block.leadPersonId === personId ? null : block.leadPersonId,
    deciderIds: block.deciderIds.filter((id) => id !== personId),
  };
}

function splitPlan(plan: Plan): { details: PlanDetails; parts: PlanParts; blocks: Block[] } {
  const { blocks, people, setAsides, debrief, changes, ...details } = plan;
  return { details, parts: { people, setAsides, debrief, changes }, blocks };
}

export class PlanEditorStore {
  readonly queue: SaveQueue;
  /** What the facilitator sees now; changed only through `change`, which tells the screens. */
  private state: EditorState = { load: { status: 'loading' }, details: null, parts: null, history: initHistory([]) };
  /**
   * Edits typed but not yet sent, one merged patch per thing (the details, each block, each person,
   * the debrief), keyed as in the save queue: a pause in typing sends each as one write.
   */
  private readonly pending = new Map<string, object>();
  /** Each load gets a number; an answer to any but the latest (or after close) is ignored. */
  private loadSeq = 0;
  private snapshot: PlanEditorSnapshot;
  private plan: Plan | null = null;
  private madeFrom: { details: PlanDetails | null; parts: PlanParts | null; blocks: Block[] } | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly planId: string,
    private readonly api: EditorApi,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {
    this.queue = new SaveQueue(isPermanent, () => void this.open(true));
    this.queue.subscribe(() => this.publish());
    this.snapshot = this.build();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PlanEditorSnapshot => this.snapshot;

  /**
   * Reads the plan from the service. The first time, the screen says it is opening; a reload after
   * a refused write swaps the plan in place and forgets the refusal's message, since the screen now
   * shows what the service holds again. Resolves once the answer is in (or was superseded).
   */
  open(reload = false): Promise<void> {
    const seq = ++this.loadSeq;
    if (!reload && this.state.load.status !== 'loading') this.change({ load: { status: 'loading' } });
    return this.api.getPlan({ planId: this.planId }).then(
      (plan) => {
        if (seq !== this.loadSeq) return;
        const { details, parts, blocks } = splitPlan(plan);
        this.change({ details, parts, history: initHistory(blocks), load: { status: 'ready' } });
        this.queue.clearError();
      },
      (err: unknown) => {
        if (seq !== this.loadSeq) return;
        this.change({ load: { status: 'missing', message: err instanceof Error ? err.message : 'We could not open that plan.' } });
      },
    );
  }

  /** Leaving the plan: an answer still on its way is ignored, and edits waiting for a pause are sent. */
  close(): void {
    this.loadSeq++;
    this.queue.flushScheduled();
  }

  updateDetails = (patch: PlanDetailsPatch): void => {
    const d = this.state.details;
    if (d) {
      // As the service does: marking it delivered dates it (the personal-data reminder counts from then).
      const deliveredOn = patch.status === undefined ? d.deliveredOn : deliveredOnFor(d, patch.status, localToday());
      this.change({ details: { ...d, ...patch, deliveredOn } });
    }
    this.sendAfterTyping('details', patch, (p) => this.api.updatePlan({ planId: this.planId, patch: p }));
  };

  updateBlock = (blockId: string, patch: BlockPatch, coalesceKey?: string): void => {
    const blocks = this.state.history.blocks.map((b) => (b.id === blockId ? { ...b, ...patch } : b));
    this.commitBlocks(blocks, coalesceKey ?? `${blockId}:${Object.keys(patch).join(',')}`);
    this.sendAfterTyping(`block:${blockId}`, patch, (p) => this.api.updateBlock({ planId: this.planId, blockId, patch: p }));
  };

  /** Put a deleted block back where it was (the toast's Undo); also how new blocks go in. */
  restoreBlock = (block: Block, index: number): void => {
    // Already back (say, by Ctrl+Z before the toast's Undo): adding it twice would clash.
    if (this.state.history.blocks.some((b) => b.id === block.id)) return;
    const blocks = [...this.state.history.blocks];
    blocks.splice(index, 0, block);
    this.commitBlocks(blocks);
    this.queue.flushScheduled();
    const { id, ...fields } = block;
    this.queue.enqueue(() => this.api.addBlock({ planId: this.planId, block: { id, ...fields }, index }));
  };

  addBlock = (kind: BlockKind, index?: number): Block => {
    const block: Block = newBlockWithDefaults(this.newId(), kind);
    this.restoreBlock(block, index ?? this.state.history.blocks.length);
    return block;
  };

  duplicateBlock = (blockId: string): Block | null => {
    const i = this.state.history.blocks.findIndex((b) => b.id === blockId);
    const original = this.state.history.blocks[i];
    if (!original) return null;
    // A copy keeps the content but not the pin: two blocks pinned to one time would always clash.
    const copy: Block = { ...original, id: this.newId(), pinnedTime: null };
    this.restoreBlock(copy, i + 1);
    return copy;
  };

  deleteBlock = (blockId: string): Block | null => {
    const block = this.state.history.blocks.find((b) => b.id === blockId) ?? null;
    if (!block) return null;
    this.commitBlocks(this.state.history.blocks.filter((b) => b.id !== blockId));
    this.queue.flushScheduled();
    this.queue.enqueue(() => this.api.deleteBlock({ planId: this.planId, blockId }));
    return block;
  };

  moveBlock = (blockId: string, toIndex: number): void => {
    const blocks = [...this.state.history.blocks];
    const from = blocks.findIndex((b) => b.id === blockId);
    if (from < 0 || from === toIndex) return;
    const [moved] = blocks.splice(from, 1);
    blocks.splice(Math.max(0, Math.min(toIndex, blocks.length)), 0, moved!);
    this.commitBlocks(blocks);
    this.queue.flushScheduled();
    this.queue.enqueue(() => this.api.moveBlock({ planId: this.planId, blockId, toIndex }));
  };

  undo = (): boolean => this.travel('undo');
  redo = (): boolean => this.travel('redo');

  /** Adds a person at the end of the list; returns them at once (saved in the background). */
  addPerson = (input: NewPerson): Person => {
    const person = newPersonWithDefaults(input.id ?? this.newId(), input);
    this.restorePerson(person, this.state.parts?.people.length ?? 0);
    return person;
  };

  /**
   * Adds someone from the People directory, made from their profile by the service (their needs,
   * format and consent come with them), after every waiting edit is saved. Resolves with them.
   */
  addFromDirectory = (directoryPersonId: string): Promise<Person> =>
    new Promise<Person>((resolve, reject) => {
      this.queue.flushScheduled();
      this.queue.enqueue(async () => {
        try {
          const person = await this.api.addDirectoryPersonToPlan({ planId: this.planId, directoryPersonId });
          this.patchParts((p) => ({ ...p, people: [...p.people, person] }));
          resolve(person);
        } catch (err) {
          reject(err);
        }
      });
    });

  /** Puts a removed person back where they were (the toast's Undo). Blocks they led are not re-linked. */
  restorePerson = (person: Person, index: number): void => {
    if (this.state.parts?.people.some((p) => p.id === person.id)) return;
    this.patchParts((p) => {
      const people = [...p.people];
      people.splice(index, 0, person);
      return { ...p, people };
    });
    this.queue.flushScheduled();
    const { id, ...fields } = person;
    this.queue.enqueue(() => this.api.addPerson({ planId: this.planId, person: { id, ...fields } }));
  };

  updatePerson = (personId: string, patch: PersonPatch): void => {
    this.patchParts((p) => ({ ...p, people: p.people.map((x) => (x.id === personId ? { ...x, ...patch } : x)) }));
    this.sendAfterTyping(`person:${personId}`, patch, (p) => this.api.updatePerson({ planId: this.planId, personId, patch: p }));
  };

  /** Removes a person, and them from every block they led or decided in; returns them for undo. */
  deletePerson = (personId: string): Person | null => {
    const person = this.state.parts?.people.find((p) => p.id === personId) ?? null;
    if (!person) return null;
    // As the store does: findings set aside about them go with them.
    this.patchParts((p) => ({
      ...p,
      people: p.people.filter((x) => x.id !== personId),
      setAsides: p.setAsides.filter((a) => !findingIsAbout(a.findingId, personId)),
    }));
    // The store unlinks them from blocks in the same transaction; the screen follows suit, in
    // place, so the agenda's undo history is not disturbed.
    this.change({ history: { ...this.state.history, blocks: this.state.history.blocks.map((b) => unlinkPerson(b, personId)) } });
    this.queue.flushScheduled();
    this.queue.enqueue(() => this.api.deletePerson({ planId: this.planId, personId }));
    return person;
  };

  /**
   * Forgets a person for good: them, everything about them, and their name where it is written as
   * who leads (also in the agenda's undo steps). No undo. Returns who was forgotten.
   */
  forgetPerson = (personId: string): Person | null => {
    const person = this.state.parts?.people.find((p) => p.id === personId) ?? null;
    if (!person) return null;
    // As the service does (privacyMethods): set-asides about them or their needs go, and so does
    // their name typed as who leads, unless someone else in the plan has the same name.
    const about = idsNaming(person);
    const others = this.state.parts?.people.filter((p) => p.id !== personId) ?? [];
    const clearLead = person.name.trim() !== '' && !others.some((p) => sameName(p.name, person.name));
    this.patchParts((p) => ({
      ...p,
      people: p.people.filter((x) => x.id !== personId),
      setAsides: p.setAsides.filter((a) => !about.some((id) => findingIsAbout(a.findingId, id))),
    }));
    this.pending.delete(`person:${personId}`);
    const scrub = (b: Block): Block => {
      const unlinked = unlinkPerson(b, personId);
      const lead = clearLead && b.leadBy.trim() !== '' && sameName(b.leadBy, person.name);
      return lead ? { ...unlinked, leadBy: '' } : unlinked;
    };
    // Every undo step too, so that undoing an agenda edit cannot bring their name back.
    const h = this.state.history;
    this.change({
      history: { ...h, blocks: h.blocks.map(scrub), past: h.past.map((bs) => bs.map(scrub)), future: h.future.map((bs) => bs.map(scrub)) },
    });
    this.queue.flushScheduled();
    this.queue.enqueue(() => this.api.forgetPerson({ planId: this.planId, personId }));
    return person;
  };

  setAsideFinding = (findingId: string, reason: string): void => {
    const setAt = new Date().toISOString();
    this.patchParts((p) => ({ ...p, setAsides: [...p.setAsides.filter((s) => s.findingId !== findingId), { findingId, reason, setAt }] }));
    this.queue.enqueue(() => this.api.setAsideFinding({ planId: this.planId, findingId, reason }));
  };

  restoreFinding = (findingId: string): void => {
    this.patchParts((p) => ({ ...p, setAsides: p.setAsides.filter((s) => s.findingId !== findingId) }));
    this.queue.enqueue(() => this.api.restoreFinding({ planId: this.planId, findingId }));
  };

  updateDebrief = (patch: Partial<Debrief>): void => {
    this.patchParts((p) => ({ ...p, debrief: { ...p.debrief, ...patch } }));
    this.sendAfterTyping('debrief', patch, (p) => this.api.updateDebrief({ planId: this.planId, patch: p }));
  };

  setChanges = (changes: Change[]): void => {
    this.patchParts((p) => ({ ...p, changes }));
    // The whole list is sent; a newer list replaces one still waiting for a pause in typing.
    this.queue.schedule(
      'changes',
      () => () => this.api.setChanges({ planId: this.planId, changes: this.state.parts?.changes ?? changes }),
      TYPING_DELAY_MS,
    );
  };

  /**
   * After the workshop: deletes personal data (see api.clearPersonalData) once every waiting edit is
   * saved, then shows the plan as the service now holds it. Resolves with that plan; no undo.
   */
  clearPersonalData = (): Promise<Plan> =>
    this.afterWaitingEdits('Your last change has not been saved yet, so nothing was deleted. Try saving it again first.', async () => {
      const fresh = await this.api.clearPersonalData({ planId: this.planId });
      const { details, parts, blocks } = splitPlan(fresh);
      const kept = this.state.parts;
      // "Led by" names became roles too; the old agenda (and its undo steps) still hold the names.
      this.change({
        details,
        parts: kept ? { ...kept, people: parts.people, setAsides: parts.setAsides } : kept,
        history: initHistory(blocks),
      });
      return fresh;
    });

  /**
   * Puts "a participant" for `names` in one place of free text (api.replaceNamesInPlace), once
   * every waiting edit is saved, then shows the plan as the service holds it. Like forgetting, it
   * has no undo: the agenda's undo steps get the same replacement, so undoing cannot bring a name back.
   */
  replaceNamesInPlace = (place: TextPlace, names: string[]): Promise<Plan> =>
    this.afterWaitingEdits('Your last change has not been saved yet, so nothing was replaced. Try saving it again first.', async () => {
      const fresh = await this.api.replaceNamesInPlace({ planId: this.planId, place, names });
      const { details, parts, blocks } = splitPlan(fresh);
      const scrub = (b: Block): Block =>
        place.in === 'block' && b.id === place.blockId ? { ...b, [place.field]: withNamesReplaced(b[place.field], names) } : b;
      const h = this.state.history;
      this.change({
        details,
        parts,
        history: { ...h, blocks, past: h.past.map((bs) => bs.map(scrub)), future: h.future.map((bs) => bs.map(scrub)) },
      });
      return fresh;
    });

  /**
   * Runs a change the service makes to the whole plan after every edit still waiting is saved, in
   * the queue's order. Refuses at once (with `refusal`) when an edit that could not be saved is
   * waiting: the change would wait behind it, unseen.
   */
  private afterWaitingEdits<T>(refusal: string, run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.queue.getState().status === 'error' && this.queue.hasPending()) {
        reject(new Error(refusal));
        return;
      }
      this.queue.flushScheduled();
      this.queue.enqueue(async () => {
        try {
          resolve(await run());
        } catch (err) {
          reject(err);
          throw err;
        }
      });
    });
  }

  private travel(direction: 'undo' | 'redo'): boolean {
    const h = this.state.history;
    const stepped = direction === 'undo' ? undo(h) : redo(h);
    if (stepped === h) return false;
    const present = new Set(this.state.parts?.people.map((p) => p.id));
    const next = { ...stepped, blocks: stepped.blocks.map((b) => withoutMissingPeople(b, present)) };
    this.change({ history: next });
    this.queue.flushScheduled();
    // The whole agenda is replaced in one transaction; a newer undo/redo replaces a waiting one.
    this.queue.enqueueReplacingLast('agenda', () => this.api.setAgenda({ planId: this.planId, blocks: next.blocks }));
    return true;
  }

  /** Merges `patch` into what waits for this key, and sends the lot once typing pauses. */
  private sendAfterTyping<P extends object>(key: string, patch: P, send: (merged: P) => Promise<unknown>): void {
    this.pending.set(key, { ...this.pending.get(key), ...patch });
    this.queue.schedule(
      key,
      () => {
        const merged = (this.pending.get(key) ?? {}) as P;
        this.pending.delete(key);
        return () => send(merged);
      },
      TYPING_DELAY_MS,
    );
  }

  private commitBlocks(blocks: Block[], coalesceKey: string | null = null): void {
    this.change({ history: commit(this.state.history, blocks, coalesceKey) });
  }

  private patchParts(update: (p: PlanParts) => PlanParts): void {
    const p = this.state.parts;
    if (p) this.change({ parts: update(p) });
  }

  private change(next: Partial<EditorState>): void {
    this.state = { ...this.state, ...next };
    this.publish();
  }

  private publish(): void {
    this.snapshot = this.build();
    for (const l of this.listeners) l();
  }

  private build(): PlanEditorSnapshot {
    const { details, parts, history, load } = this.state;
    // The plan is a new object only when something in it changed, so the live review is not redone.
    const made = this.madeFrom;
    if (!made || made.details !== details || made.parts !== parts || made.blocks !== history.blocks) {
      this.plan = details && parts ? { ...details, ...parts, blocks: history.blocks } : null;
      this.madeFrom = { details, parts, blocks: history.blocks };
    }
    return {
      load,
      details,
      plan: this.plan,
      people: parts?.people ?? NO_PEOPLE,
      setAsides: parts?.setAsides ?? NO_SET_ASIDES,
      debrief: parts?.debrief ?? null,
      changes: parts?.changes ?? NO_CHANGES,
      history,
      save: this.queue.getState(),
    };
  }
}
