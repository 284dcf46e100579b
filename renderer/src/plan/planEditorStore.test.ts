import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../main/domain/plan';
import { goodPlan, personNamed } from '../../../main/testing/testPlan';
import { ApiError } from '../api/client';
import { PlanEditorStore, TYPING_DELAY_MS, type EditorApi } from './planEditorStore';

interface Call {
  method: string;
  input: Record<string, unknown>;
}

/**
 * A service that answers every call at once and keeps a log of them. `answer(method, fn)` sets how
 * the next call to a method goes (hold it, fail it); getPlan serves `served`.
 */
function fakeService(served: Plan) {
  const calls: Call[] = [];
  const next = new Map<string, ((input: Record<string, unknown>) => Promise<unknown>)[]>();
  const state = { served };
  const api = new Proxy(
    {},
    {
      get: (_t, method: string) => (input: Record<string, unknown>) => {
        calls.push({ method, input });
        const scripted = next.get(method)?.shift();
        if (scripted) return scripted(input);
        return Promise.resolve(method === 'getPlan' ? structuredClone(state.served) : undefined);
      },
    },
  ) as EditorApi;
  return {
    api,
    state,
    calls,
    /** The methods called (after loading), in order. */
    writes: () => calls.filter((c) => c.method !== 'getPlan').map((c) => c.method),
    answer(method: string, fn: (input: Record<string, unknown>) => Promise<unknown>) {
      next.set(method, [...(next.get(method) ?? []), fn]);
    },
  };
}

function held() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

/** Lets every promise already settled run its callbacks (the queue awaits one write at a time). */
const settle = () => vi.advanceTimersByTimeAsync(0);

let ids = 0;
async function openStore(plan: Plan = goodPlan()) {
  const service = fakeService(plan);
  const store = new PlanEditorStore(plan.id, service.api, () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`);
  await store.open();
  return { store, service, plan };
}

const offline = () => Promise.reject(new ApiError({ code: 'offline', message: 'Kindred could not reach its store.' }));
const refused = () => Promise.reject(new ApiError({ code: 'invalid', message: 'That name is too long.' }));

describe('PlanEditorStore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2027-05-12T16:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  describe('loading', () => {
    it('says it is opening, then shows the plan the service holds', async () => {
      const plan = goodPlan();
      const service = fakeService(plan);
      const store = new PlanEditorStore(plan.id, service.api);
      expect(store.getSnapshot().load).toEqual({ status: 'loading' });
      expect(store.getSnapshot().plan).toBeNull();

      await store.open();
      const s = store.getSnapshot();
      expect(service.calls).toEqual([{ method: 'getPlan', input: { planId: plan.id } }]);
      expect(s.load).toEqual({ status: 'ready' });
      expect(s.details?.title).toBe(plan.title);
      expect(s.people.map((p) => p.name)).toEqual(['Amara', 'Joe', 'Priya', 'Sam']);
      expect(s.history.blocks).toEqual(plan.blocks);
      expect(s.plan).toEqual(plan);
      expect(s.save.status).toBe('saved');
    });

    it('says kindly why a plan cannot be opened', async () => {
      const service = fakeService(goodPlan());
      service.answer('getPlan', () => Promise.reject(new ApiError({ code: 'not_found', message: 'We could not find that plan.' })));
      const store = new PlanEditorStore('gone', service.api);
      await store.open();
      expect(store.getSnapshot().load).toEqual({ status: 'missing', message: 'We could not find that plan.' });
    });

    it('ignores an answer that comes after the plan was left, or after a newer load', async () => {
      const plan = goodPlan();
      const service = fakeService(plan);
      const slow = held();
      service.answer('getPlan', async () => {
        await slow.promise;
        return { ...plan, title: 'An old answer' };
      });
      const store = new PlanEditorStore(plan.id, service.api);
      const first = store.open();
      const second = store.open();
      await second;
      slow.release();
      await first;
      expect(store.getSnapshot().details?.title).toBe(plan.title);

      service.answer('getPlan', async () => ({ ...plan, title: 'After leaving' }));
      const late = store.open(true);
      store.close();
      await late;
      expect(store.getSnapshot().details?.title).toBe(plan.title);
    });

    it('tells subscribers of each change and stops when they unsubscribe', async () => {
      const { store } = await openStore();
      const heard = vi.fn();
      const stop = store.subscribe(heard);
      store.updateDetails({ title: 'New name' });
      expect(heard).toHaveBeenCalled();
      stop();
      heard.mockClear();
      store.updateDetails({ title: 'Newer name' });
      expect(heard).not.toHaveBeenCalled();
    });
  });

  describe('optimistic edits', () => {
    it('shows a details edit at once, and sends a burst of typing as one write after a pause', async () => {
      const { store, service, plan } = await openStore();
      store.updateDetails({ title: 'Our' });
      store.updateDetails({ title: 'Our study' });
      store.updateDetails({ venueName: 'The library' });
      expect(store.getSnapshot().details).toMatchObject({ title: 'Our study', venueName: 'The library' });
      expect(store.getSnapshot().save.status).toBe('saving');
      expect(service.writes()).toEqual([]);

      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      expect(service.calls.at(-1)).toEqual({
        method: 'updatePlan',
        input: { planId: plan.id, patch: { title: 'Our study', venueName: 'The library' } },
      });
      expect(service.writes()).toEqual(['updatePlan']);
      expect(store.getSnapshot().save.status).toBe('saved');
    });

    it('keeps a waiting edit for each block apart, merging the fields typed in each', async () => {
      const { store, service, plan } = await openStore();
      const [a, b] = plan.blocks;
      store.updateBlock(a!.id, { title: 'Hello' });
      store.updateBlock(b!.id, { durationMinutes: 25 });
      store.updateBlock(a!.id, { durationMinutes: 5 });
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      const sent = service.calls.filter((c) => c.method === 'updateBlock').map((c) => c.input);
      expect(sent).toEqual([
        { planId: plan.id, blockId: b!.id, patch: { durationMinutes: 25 } },
        { planId: plan.id, blockId: a!.id, patch: { title: 'Hello', durationMinutes: 5 } },
      ]);
    });

    it('keeps each person’s waiting edits apart, and the debrief’s', async () => {
      const { store, service, plan } = await openStore();
      const amara = personNamed(plan, 'Amara');
      const joe = personNamed(plan, 'Joe');
      store.updatePerson(amara.id, { name: 'Amara B' });
      store.updatePerson(joe.id, { pronouns: 'he/him' });
      store.updatePerson(amara.id, { pronouns: 'she/her' });
      store.updateDebrief({ aim: 'To choose' });
      store.updateDebrief({ results: 'We chose' });
      expect(store.getSnapshot().people.find((p) => p.id === amara.id)).toMatchObject({ name: 'Amara B', pronouns: 'she/her' });
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      expect(service.calls.filter((c) => c.method !== 'getPlan').map((c) => c.input)).toEqual([
        { planId: plan.id, personId: joe.id, patch: { pronouns: 'he/him' } },
        { planId: plan.id, personId: amara.id, patch: { name: 'Amara B', pronouns: 'she/her' } },
        { planId: plan.id, patch: { aim: 'To choose', results: 'We chose' } },
      ]);
    });

    it('sends typing still waiting before a change to the agenda’s shape, so the order is kept', async () => {
      const { store, service, plan } = await openStore();
      const [a, b] = plan.blocks;
      store.updateBlock(a!.id, { title: 'Hello all' });
      expect(store.deleteBlock(b!.id)).toEqual(b);
      await settle();
      expect(service.writes()).toEqual(['updateBlock', 'deleteBlock']);
      expect(store.getSnapshot().history.blocks.map((x) => x.id)).not.toContain(b!.id);
    });

    it('sends the newest list of changes once typing pauses', async () => {
      const { store, service } = await openStore();
      const change = { id: 'c1', youSaid: 'Nearer the bus', weDid: '' };
      store.setChanges([change]);
      store.setChanges([{ ...change, weDid: 'Moved it' }]);
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      const sent = service.calls.filter((c) => c.method === 'setChanges');
      expect(sent).toHaveLength(1);
      expect(sent[0]!.input.changes).toEqual([{ ...change, weDid: 'Moved it' }]);
    });

    it('adds, copies and moves blocks where asked; a copy loses its pin', async () => {
      const { store, service, plan } = await openStore();
      const lunch = plan.blocks.find((b) => b.pinnedTime !== null)!;
      const copy = store.duplicateBlock(lunch.id)!;
      const blocks = () => store.getSnapshot().history.blocks;
      expect(copy).toMatchObject({ title: lunch.title, pinnedTime: null });
      expect(blocks()[blocks().findIndex((b) => b.id === lunch.id) + 1]!.id).toBe(copy.id);

      const added = store.addBlock('break', 0);
      expect(blocks()[0]).toBe(added);
      store.moveBlock(added.id, 3);
      expect(blocks()[3]!.id).toBe(added.id);
      store.moveBlock(added.id, 3);
      expect(store.duplicateBlock('no-such-block')).toBeNull();
      await settle();
      expect(service.writes()).toEqual(['addBlock', 'addBlock', 'moveBlock']);
      expect(service.calls.find((c) => c.method === 'moveBlock')!.input).toEqual({ planId: plan.id, blockId: added.id, toIndex: 3 });
    });

    it('puts a deleted block back where it was, once even if asked twice', async () => {
      const { store, plan } = await openStore();
      const second = plan.blocks[1]!;
      store.deleteBlock(second.id);
      store.restoreBlock(second, 1);
      store.restoreBlock(second, 1);
      expect(store.getSnapshot().history.blocks.map((b) => b.id)).toEqual(plan.blocks.map((b) => b.id));
    });

    it('sets findings aside and brings them back', async () => {
      const { store, service } = await openStore();
      store.setAsideFinding('rule:x', 'We talked it through');
      expect(store.getSnapshot().setAsides).toMatchObject([{ findingId: 'rule:x', reason: 'We talked it through' }]);
      store.restoreFinding('rule:x');
      expect(store.getSnapshot().setAsides).toEqual([]);
      await settle();
      expect(service.writes()).toEqual(['setAsideFinding', 'restoreFinding']);
    });
  });

  describe('the day it was delivered', () => {
    it('is today when marked delivered, kept while it stays so, and cleared otherwise', async () => {
      const { store } = await openStore();
      store.updateDetails({ status: 'delivered' });
      expect(store.getSnapshot().details?.deliveredOn).toBe('2027-05-12');
      vi.setSystemTime(new Date('2027-05-20T10:00:00'));
      store.updateDetails({ status: 'delivered' });
      store.updateDetails({ title: 'Renamed' });
      expect(store.getSnapshot().details?.deliveredOn).toBe('2027-05-12');
      store.updateDetails({ status: 'ready' });
      expect(store.getSnapshot().details?.deliveredOn).toBeNull();
    });
  });

  describe('undo and redo', () => {
    it('takes back a typed word in one step, and sends the whole agenda', async () => {
      const { store, service, plan } = await openStore();
      const first = plan.blocks[0]!;
      store.updateBlock(first.id, { title: 'W' });
      store.updateBlock(first.id, { title: 'We' });
      store.updateBlock(first.id, { title: 'Welcome all' });
      expect(store.undo()).toBe(true);
      expect(store.getSnapshot().history.blocks[0]!.title).toBe(first.title);
      expect(store.undo()).toBe(false);
      expect(store.redo()).toBe(true);
      expect(store.getSnapshot().history.blocks[0]!.title).toBe('Welcome all');
      expect(store.redo()).toBe(false);
      await settle();
      // The typing went first; of the two agendas, the newer replaced the one still waiting.
      expect(service.writes()).toEqual(['updateBlock', 'setAgenda']);
      const agenda = service.calls.find((c) => c.method === 'setAgenda')!.input.blocks as Plan['blocks'];
      expect(agenda[0]!.title).toBe('Welcome all');
    });

    it('brings an older agenda back without people removed since', async () => {
      const { store, plan } = await openStore();
      const amara = personNamed(plan, 'Amara');
      store.moveBlock(plan.blocks[0]!.id, 2);
      store.deletePerson(amara.id);
      store.undo();
      const blocks = store.getSnapshot().history.blocks;
      expect(blocks.map((b) => b.id)).toEqual(plan.blocks.map((b) => b.id));
      expect(blocks.some((b) => b.leadPersonId === amara.id || b.deciderIds.includes(amara.id))).toBe(false);
    });
  });

  describe('people', () => {
    it('adds a person at the end with their details, and once only when put back twice', async () => {
      const { store, service } = await openStore();
      const kit = store.addPerson({ name: 'Kit', role: 'carer' });
      expect(store.getSnapshot().people.at(-1)).toBe(kit);
      expect(kit).toMatchObject({ name: 'Kit', role: 'carer' });
      store.restorePerson(kit, 0);
      expect(store.getSnapshot().people.filter((p) => p.id === kit.id)).toHaveLength(1);
      await settle();
      expect(service.writes()).toEqual(['addPerson']);
    });

    it('removes a person from the blocks they led and the findings about them, without an undo step', async () => {
      const base = goodPlan();
      const amara = personNamed(base, 'Amara');
      const plan = {
        ...base,
        setAsides: [
          { findingId: `rule:${amara.id}`, reason: 'r', setAt: 'x' },
          { findingId: 'other:1', reason: 'r', setAt: 'x' },
        ],
      };
      const { store } = await openStore(plan);
      const pastBefore = store.getSnapshot().history.past.length;
      expect(store.deletePerson(amara.id)).toEqual(amara);
      const s = store.getSnapshot();
      expect(s.people.map((p) => p.name)).toEqual(['Joe', 'Priya', 'Sam']);
      expect(s.setAsides.map((a) => a.findingId)).toEqual(['other:1']);
      expect(s.history.blocks.some((b) => b.leadPersonId === amara.id)).toBe(false);
      expect(s.history.past.length).toBe(pastBefore);
      expect(store.deletePerson(amara.id)).toBeNull();

      store.restorePerson(amara, 0);
      expect(store.getSnapshot().people[0]).toEqual(amara);
    });

    it('forgets a person’s name typed as who leads, in the undo steps too, unless another has that name', async () => {
      const base = goodPlan();
      const joe = personNamed(base, 'Joe');
      const first = base.blocks[0]!;
      const { store } = await openStore(base);
      store.updateBlock(first.id, { leadBy: 'Joe' });
      store.updateBlock(base.blocks[1]!.id, { leadBy: 'joe ' });
      expect(store.forgetPerson(joe.id)).toEqual(joe);
      const h = store.getSnapshot().history;
      for (const blocks of [h.blocks, ...h.past]) expect(blocks.every((b) => b.leadBy === '' || b.leadBy === first.leadBy)).toBe(true);
      expect(h.blocks.some((b) => b.leadPersonId === joe.id)).toBe(false);

      const twoSams = { ...base, people: [...base.people, { ...personNamed(base, 'Sam'), id: 'another-sam' }] };
      const second = await openStore(twoSams);
      second.store.updateBlock(first.id, { leadBy: 'Sam' });
      second.store.forgetPerson(personNamed(base, 'Sam').id);
      expect(second.store.getSnapshot().history.blocks[0]!.leadBy).toBe('Sam');
    });
  });

  describe('when a save fails', () => {
    it('keeps an edit that could not reach the service on screen, says so, and sends it again on retry', async () => {
      const { store, service, plan } = await openStore();
      service.answer('updatePlan', offline);
      store.updateDetails({ title: 'Kept' });
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      expect(store.getSnapshot().save).toEqual({ status: 'error', message: 'Kindred could not reach its store.' });
      expect(store.getSnapshot().details?.title).toBe('Kept');

      store.queue.retry();
      await settle();
      expect(service.calls.filter((c) => c.method === 'updatePlan').map((c) => c.input)).toEqual([
        { planId: plan.id, patch: { title: 'Kept' } },
        { planId: plan.id, patch: { title: 'Kept' } },
      ]);
      expect(store.getSnapshot().save.status).toBe('saved');
    });

    it('rolls back an edit the service refuses by reloading what it holds', async () => {
      const { store, service, plan } = await openStore();
      service.answer('updatePlan', refused);
      store.updateDetails({ title: 'Far too long' });
      expect(store.getSnapshot().details?.title).toBe('Far too long');
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      await settle();
      expect(service.calls.filter((c) => c.method === 'getPlan')).toHaveLength(2);
      expect(store.getSnapshot().details?.title).toBe(plan.title);
      expect(store.getSnapshot().load.status).toBe('ready');
    });

    it('will not delete personal data while a failed edit waits, and says so', async () => {
      const { store, service } = await openStore();
      service.answer('updatePlan', offline);
      store.updateDetails({ title: 'Waiting' });
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      await expect(store.clearPersonalData()).rejects.toThrow('Your last change has not been saved yet, so nothing was deleted.');
      expect(service.writes()).toEqual(['updatePlan']);
    });
  });

  describe('deleting personal data', () => {
    it('saves waiting edits first, then shows the plan as the service holds it, with a fresh undo history', async () => {
      const { store, service, plan } = await openStore();
      const cleared: Plan = {
        ...plan,
        people: plan.people.map((p) => ({ ...p, name: 'Role' })),
        blocks: plan.blocks.map((b) => ({ ...b, leadBy: '' })),
      };
      service.answer('clearPersonalData', async () => cleared);
      store.updateBlock(plan.blocks[0]!.id, { leadBy: 'Amara' });
      const done = store.clearPersonalData();
      await settle();
      await expect(done).resolves.toEqual(cleared);
      expect(service.writes()).toEqual(['updateBlock', 'clearPersonalData']);
      const s = store.getSnapshot();
      expect(s.people.every((p) => p.name === 'Role')).toBe(true);
      expect(s.history.blocks).toEqual(cleared.blocks);
      expect(store.undo()).toBe(false);
    });
  });

  describe('replacing a name in free text', () => {
    it('saves waiting edits first, shows the plan as the service holds it, and takes the name out of the agenda’s undo steps too', async () => {
      const { store, service, plan } = await openStore();
      const blockId = plan.blocks[0]!.id;
      store.updateBlock(blockId, { facilitatorNotes: 'Seat Quin by the door' });
      store.updateBlock(plan.blocks[1]!.id, { title: 'Moved on' });
      const replaced: Plan = {
        ...plan,
        blocks: plan.blocks.map((b, i) =>
          i === 0 ? { ...b, facilitatorNotes: 'Seat a participant by the door' } : i === 1 ? { ...b, title: 'Moved on' } : b,
        ),
        debrief: { ...plan.debrief, aim: 'kept' },
      };
      service.answer('replaceNamesInPlace', async () => replaced);
      const done = store.replaceNamesInPlace({ in: 'block', blockId, field: 'facilitatorNotes' }, ['Quin']);
      await settle();
      await expect(done).resolves.toEqual(replaced);
      expect(service.writes().slice(-1)).toEqual(['replaceNamesInPlace']);
      const s = store.getSnapshot();
      expect(s.history.blocks[0]!.facilitatorNotes).toBe('Seat a participant by the door');
      expect(s.debrief?.aim).toBe('kept');
      // Undoing the title edit keeps the replacement: the name does not come back.
      expect(store.undo()).toBe(true);
      expect(store.getSnapshot().history.blocks[0]!.facilitatorNotes).toBe('Seat a participant by the door');
      expect(JSON.stringify(store.getSnapshot().history)).not.toContain('Quin');
    });
  });

  describe('the snapshot', () => {
    it('stays the same object until something changes, and the plan stays the same while only the save state moves', async () => {
      const { store } = await openStore();
      const before = store.getSnapshot();
      expect(store.getSnapshot()).toBe(before);
      store.updateDetails({ title: 'Changed' });
      const during = store.getSnapshot();
      expect(during).not.toBe(before);
      expect(during.plan?.title).toBe('Changed');
      await vi.advanceTimersByTimeAsync(TYPING_DELAY_MS);
      const after = store.getSnapshot();
      expect(after.save.status).toBe('saved');
      expect(after.plan).toBe(during.plan);
    });
  });
});
