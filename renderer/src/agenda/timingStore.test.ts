import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../../main/domain/timing';
import { TimingStore } from './timingStore';

const blocks = (...minutes: number[]) => minutes.map((m, i) => ({ id: `b${i}`, durationMinutes: m, pinnedTime: null }));

describe('TimingStore', () => {
  it('tells listeners only after notify, and only when a time moved', () => {
    const store = new TimingStore();
    let calls = 0;
    store.subscribe(() => calls++);
    const a = blocks(10, 20, 30);
    store.update(
      a.map((b) => b.id),
      computeSchedule('10:00', a, null),
      -1,
      null,
    );
    expect(calls).toBe(0);
    store.notify();
    expect(calls).toBe(1);
    store.update(
      a.map((b) => b.id),
      computeSchedule('10:00', a, null),
      -1,
      null,
    );
    store.notify();
    expect(calls).toBe(1);
  });

  it('keeps the same object for rows whose times did not change', () => {
    const store = new TimingStore();
    const ids = ['b0', 'b1', 'b2'];
    store.update(ids, computeSchedule('10:00', blocks(10, 20, 30), null), -1, null);
    const [first, last] = [store.get('b0'), store.get('b2')];
    store.update(ids, computeSchedule('10:00', blocks(10, 25, 30), null), -1, null);
    expect(store.get('b0')).toBe(first);
    expect(store.get('b2')).not.toBe(last);
    expect(store.get('b2')).toMatchObject({ start: 10 * 60 + 35, end: 11 * 60 + 5 });
  });

  it('marks where the agenda first runs past the intended end', () => {
    const store = new TimingStore();
    store.update(['b0', 'b1'], computeSchedule('10:00', blocks(30, 60), '11:00'), 1, '11:00');
    expect(store.get('b0')?.endLineBefore).toBeNull();
    expect(store.get('b1')?.endLineBefore).toBe('11:00');
  });
});

describe('TimingStore.startOf', () => {
  it('gives where a block starts now, so pinning it there moves nothing', () => {
    const store = new TimingStore();
    const a = blocks(45, 20, 30);
    store.update(
      a.map((b) => b.id),
      computeSchedule('09:30', a, null),
      -1,
      null,
    );
    expect(store.startOf('b2')).toBe('10:35');
    expect(store.startOf('missing')).toBeNull();
    const pinned = a.map((b) => (b.id === 'b2' ? { ...b, pinnedTime: store.startOf('b2') } : b));
    expect(computeSchedule('09:30', pinned, null).rows.map((r) => r.start)).toEqual(computeSchedule('09:30', a, null).rows.map((r) => r.start));
  });
});
