import { describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../testing/tempStore';
import { createDispatch } from './dispatch';
import { KindredError } from './errors';
import { API_METHODS } from '../contract/methods';

/** Every row of every table, to prove a refused call changed nothing. */
function snapshot({ db }: TestStore) {
  return ['plans', 'blocks', 'settings', 'meta'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
}

function seeded() {
  const store = openTestStore();
  const plan = store.service.createPlan({ details: { title: 'Our workshop' } });
  const block = store.service.addBlock({ planId: plan.id, block: { kind: 'welcome' } });
  return { ...store, planId: plan.id, blockId: block.id };
}

describe('dispatch', async () => {
  it('answers a method that returns a promise once it settles, errors included', async () => {
    const store = seeded();
    const failing = createDispatch({
      ...store.service,
      getPlan: (() => Promise.reject(new KindredError('not_found', 'We couldn’t find that plan.'))) as never,
      listPlans: (() => Promise.resolve([])) as never,
    });
    expect(await failing('listPlans', undefined)).toEqual({ ok: true, value: [] });
    expect(await failing('getPlan', { planId: store.planId })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'We couldn’t find that plan.' },
    });
  });

  it('wraps a result in an ok envelope', async () => {
    const { dispatch, planId } = seeded();
    const res = await dispatch('getPlan', { planId });
    expect(res.ok).toBe(true);
    expect(res.ok && (res.value as { title: string }).title).toBe('Our workshop');
    expect(await dispatch('listPlans', undefined)).toMatchObject({ ok: true, value: [{ id: planId }] });
  });

  it.each(['deleteEverything', '', 'purgeDeleted', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'refuses the unknown method %j',
    async (method) => {
      const store = seeded();
      const before = snapshot(store);
      expect(await store.dispatch(method, {})).toEqual({
        ok: false,
        error: { code: 'invalid', message: 'Kindred does not know how to do that.' },
      });
      expect(snapshot(store)).toEqual(before);
    },
  );

  it('turns a KindredError into its code and message', async () => {
    const { dispatch } = seeded();
    expect(await dispatch('getPlan', { planId: '00000000-0000-4000-8000-000000000000' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: "We couldn't find that plan. It may have been deleted." },
    });
  });

  describe('wrong types get a kind invalid error and change nothing', async () => {
    const cases: [string, (ids: { planId: string; blockId: string }) => [string, unknown], string][] = [
      ['a number as a string', (i) => ['updateBlock', { ...i, patch: { durationMinutes: '15' } }], 'patch.durationMinutes'],
      ['an index as a string', (i) => ['moveBlock', { ...i, toIndex: '2' }], 'toIndex'],
      ['a fractional index', (i) => ['moveBlock', { ...i, toIndex: 1.5 }], 'toIndex'],
      ['a negative duration', (i) => ['updateBlock', { ...i, patch: { durationMinutes: -30 } }], 'patch.durationMinutes'],
      ['a fractional duration', (i) => ['updateBlock', { ...i, patch: { durationMinutes: 12.5 } }], 'patch.durationMinutes'],
      ['a duration over 24 hours', (i) => ['updateBlock', { ...i, patch: { durationMinutes: 1441 } }], 'patch.durationMinutes'],
      ['an array for the input', () => ['updatePlan', []], '_'],
      ['an array for the patch', (i) => ['updatePlan', { planId: i.planId, patch: ['title'] }], 'patch'],
      ['null for the input', () => ['getPlan', null], '_'],
      ['null for listPlans', () => ['listPlans', null], '_'],
      ['undefined for a required input', () => ['deletePlan', undefined], '_'],
      ['nested garbage', (i) => ['updatePlan', { planId: i.planId, patch: { title: { $ne: '' } } }], 'patch.title'],
      ['an unknown key', (i) => ['updatePlan', { planId: i.planId, patch: { title: 'Fine', owner: 'me' } }], 'patch.owner'],
      ['an unknown top-level key', (i) => ['getPlan', { planId: i.planId, sql: 'DROP TABLE plans' }], 'sql'],
      ['a prototype key', (i) => ['updatePlan', JSON.parse(`{"planId":"${i.planId}","patch":{"__proto__":{"title":"x"}}}`)], 'patch.__proto__'],
      ['a top-level prototype key', (i) => ['getPlan', JSON.parse(`{"planId":"${i.planId}","__proto__":{"x":1}}`)], '__proto__'],
      ['an id that is not an id', () => ['getPlan', { planId: "' OR 1=1 --" }], 'planId'],
      ['a start time that is not a time', (i) => ['updatePlan', { planId: i.planId, patch: { startTime: 'after lunch' } }], 'patch.startTime'],
      ['an end time before the start', (i) => ['updatePlan', { planId: i.planId, patch: { endTime: '09:00' } }], 'patch.endTime'],
      ['an empty title', (i) => ['updatePlan', { planId: i.planId, patch: { title: '  ' } }], 'patch.title'],
      ['a 100,000-character description', (i) => ['updateBlock', { ...i, patch: { description: 'x'.repeat(100_000) } }], 'patch.description'],
      ['an unknown kind', (i) => ['addBlock', { planId: i.planId, block: { kind: 'rave' } }], 'block.kind'],
      ['a boolean setting as a string', () => ['updateSettings', { welcomeDismissed: 'yes' }], 'welcomeDismissed'],
      ['a date locale Kindred does not offer', () => ['updateSettings', { locale: 'fr-FR' }], 'locale'],
      ['a bad block in a whole agenda', (i) => ['setAgenda', { planId: i.planId, blocks: [{ id: i.blockId, title: 'x' }] }], 'blocks.0.kind'],
      ['a number for the sample plan input', () => ['addSamplePlan', 7], '_'],
    ];

    it.each(cases)('%s', async (_name, build, field) => {
      const store = seeded();
      const before = snapshot(store);
      const [method, input] = build(store);
      const res = await store.dispatch(method, input);
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.code).toBe('invalid');
      expect(Object.keys(res.error.fields!)).toContain(field);
      expect(res.error.message).toBe(Object.values(res.error.fields!)[0]);
      // Plain words, never zod's own.
      for (const m of Object.values(res.error.fields!)) expect(m).not.toMatch(/Invalid input|Unrecognized|expected/);
      expect(snapshot(store)).toEqual(before);
      expect(store.unexpected).toEqual([]);
    });

    it('reports the length of a huge description in words', async () => {
      const store = seeded();
      const res = await store.dispatch('updateBlock', { planId: store.planId, blockId: store.blockId, patch: { description: 'x'.repeat(100_000) } });
      expect(res).toEqual({
        ok: false,
        error: {
          code: 'invalid',
          message: 'The description can be up to 10,000 characters; it has 100,000. Could some of it go somewhere else?',
          fields: { 'patch.description': 'The description can be up to 10,000 characters; it has 100,000. Could some of it go somewhere else?' },
        },
      });
    });
  });

  it('turns an unexpected exception into an internal error, reports it, and keeps working', async () => {
    const store = seeded();
    const seen: [unknown, string][] = [];
    const boom = new Error('disk on fire');
    const dispatch = createDispatch(
      {
        ...store.service,
        listPlans: () => {
          throw boom;
        },
      },
      (err, method) => seen.push([err, method]),
    );
    expect(await dispatch('listPlans', undefined)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong and that change was not saved. Please try again.' },
    });
    expect(seen).toEqual([[boom, 'listPlans']]);
    expect((await dispatch('getPlan', { planId: store.planId })).ok).toBe(true);
  });

  it('turns a real database failure into an internal error too', async () => {
    const store = seeded();
    store.db.exec('DROP TABLE settings');
    expect(await store.dispatch('getSettings', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(store.unexpected).toHaveLength(1);
    expect((await store.dispatch('listPlans', undefined)).ok).toBe(true);
  });

  it('knows every contract method', async () => {
    const { dispatch } = seeded();
    for (const method of API_METHODS) {
      const res = await dispatch(method, { definitely: 'wrong' });
      expect(res.ok === false && res.error.message).not.toBe('Kindred does not know how to do that.');
    }
  });
});
