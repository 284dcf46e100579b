import { describe, expect, it, vi } from 'vitest';
import { createClient } from './client';
import { dataVersion, onDataChanged } from './dataChanges';

const answering = (ok: boolean) => async () =>
  ok
    ? { ok: true as const, value: [] }
    : { ok: false as const, error: { code: 'invalid' as const, message: 'Give the plan a name so you can find it later.' } };

describe('data changes seen by the client', () => {
  it('a read leaves the data version alone', async () => {
    const api = createClient(answering(true));
    const before = dataVersion();
    await api.listPlans({});
    await api.getSettings({});
    await api.listBackups({});
    expect(dataVersion()).toBe(before);
  });

  it('a write counts up the version and tells the listeners, once it has answered', async () => {
    let answer!: () => void;
    const api = createClient(
      () =>
        new Promise((resolve) => {
          answer = () => resolve({ ok: true, value: {} });
        }),
    );
    const listener = vi.fn();
    const stop = onDataChanged(listener);
    const before = dataVersion();
    const saving = api.updatePlan({ planId: '00000000-0000-4000-8000-000000000001', patch: { title: 'Autumn listening event' } });
    // Still on its way: a list fetched now may not have it, but nothing says it changed yet.
    expect(dataVersion()).toBe(before);
    answer();
    await saving;
    expect(dataVersion()).toBe(before + 1);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    const deleting = api.deletePlan({ planId: '00000000-0000-4000-8000-000000000001' });
    answer();
    await deleting;
    expect(dataVersion()).toBe(before + 2);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('a refused write counts too: a kept copy is refetched rather than trusted', async () => {
    const api = createClient(answering(false));
    const before = dataVersion();
    await expect(api.updatePlan({ planId: '00000000-0000-4000-8000-000000000001', patch: { title: '' } })).rejects.toThrow(/Give the plan a name/);
    expect(dataVersion()).toBe(before + 1);
  });

  it('a lost answer counts too (the write may have happened)', async () => {
    const api = createClient(() => Promise.reject(new Error('The bridge went away.')));
    const before = dataVersion();
    await expect(api.addSamplePlan({})).rejects.toThrow('The bridge went away.');
    expect(dataVersion()).toBe(before + 1);
  });
});
