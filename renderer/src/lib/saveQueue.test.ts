import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveState } from './saveQueue';

class Permanent extends Error {}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs writes one at a time, in the order they were made', async () => {
    const q = new SaveQueue();
    const order: string[] = [];
    const first = deferred();
    q.enqueue(async () => {
      order.push('a:start');
      await first.promise;
      order.push('a:end');
    });
    q.enqueue(async () => {
      order.push('b');
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['a:start']);
    first.resolve();
    await q.whenIdle();
    expect(order).toEqual(['a:start', 'a:end', 'b']);
  });

  it('says "saving" until every write is acknowledged, then "saved"', async () => {
    const q = new SaveQueue();
    const states: SaveState['status'][] = [];
    q.subscribe((s) => states.push(s.status));
    const d = deferred();
    q.enqueue(() => d.promise);
    expect(q.getState().status).toBe('saving');
    d.resolve();
    await q.whenIdle();
    expect(q.getState().status).toBe('saved');
    expect(states).toEqual(['saving', 'saved']);
  });

  it('debounces a burst of typing into one write with the latest value', async () => {
    const q = new SaveQueue();
    const sent: number[] = [];
    for (const v of [1, 12, 123]) q.schedule('title', () => async () => void sent.push(v), 400);
    expect(q.getState().status).toBe('saving');
    await vi.advanceTimersByTimeAsync(399);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await q.whenIdle();
    expect(sent).toEqual([123]);
  });

  it('flushScheduled sends waiting edits before a structural change', async () => {
    const q = new SaveQueue();
    const sent: string[] = [];
    q.schedule('block:1', () => async () => void sent.push('patch'), 400);
    q.flushScheduled();
    q.enqueue(async () => void sent.push('delete'));
    await q.whenIdle();
    expect(sent).toEqual(['patch', 'delete']);
  });

  it('keeps a failed write at the head and retries it, without running later writes first', async () => {
    const q = new SaveQueue();
    const sent: string[] = [];
    let fail = true;
    q.enqueue(async () => {
      if (fail) throw new Error('The disk is busy.');
      sent.push('a');
    });
    q.enqueue(async () => void sent.push('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(q.getState()).toEqual({ status: 'error', message: 'The disk is busy.' });
    expect(sent).toEqual([]);
    fail = false;
    q.retry();
    await q.whenIdle();
    expect(sent).toEqual(['a', 'b']);
    expect(q.getState().status).toBe('saved');
  });

  it('drops a write the service refuses for good, tells the owner, and carries on', async () => {
    const rejected: unknown[] = [];
    const q = new SaveQueue(
      (e) => e instanceof Permanent,
      (e) => rejected.push(e),
    );
    const sent: string[] = [];
    q.enqueue(async () => {
      throw new Permanent('That block no longer exists.');
    });
    q.enqueue(async () => void sent.push('next'));
    await q.whenIdle();
    expect(rejected).toHaveLength(1);
    expect(sent).toEqual(['next']);
    expect(q.getState().status).toBe('saved');
  });

  it('an undo replaces only a waiting undo that is last in line (latest whole agenda wins)', async () => {
    const q = new SaveQueue();
    const sent: string[] = [];
    const d = deferred();
    q.enqueue(() => d.promise);
    q.enqueueReplacingLast('agenda', async () => void sent.push('agenda v1'));
    q.enqueueReplacingLast('agenda', async () => void sent.push('agenda v2'));
    q.enqueue(async () => void sent.push('edit'));
    q.enqueueReplacingLast('agenda', async () => void sent.push('agenda v3'));
    d.resolve();
    await q.whenIdle();
    expect(sent).toEqual(['agenda v2', 'edit', 'agenda v3']);
  });

  it('fixes what a debounced edit sends when it is queued, so a later undo cannot be overtaken', async () => {
    const q = new SaveQueue();
    const sent: string[] = [];
    const pending = new Map<string, string>();
    const type = (text: string) => {
      pending.set('title', text);
      q.schedule(
        'block',
        () => {
          const value = pending.get('title');
          pending.delete('title');
          return async () => void sent.push(`title=${value}`);
        },
        400,
      );
    };
    const slow = deferred();
    q.enqueue(() => slow.promise);
    type('Hello');
    q.flushScheduled();
    q.enqueueReplacingLast('agenda', async () => void sent.push('undo'));
    type('Hello again');
    slow.resolve();
    await q.whenIdle();
    expect(sent).toEqual(['title=Hello', 'undo', 'title=Hello again']);
  });

  it("clears a refused write's message once the screen is back in step", async () => {
    const q = new SaveQueue((e) => e instanceof Permanent);
    q.enqueue(async () => {
      throw new Permanent('That block no longer exists.');
    });
    await q.whenIdle();
    expect(q.getState()).toEqual({ status: 'error', message: 'That block no longer exists.' });
    q.clearError();
    expect(q.getState()).toEqual({ status: 'saved', message: null });
  });
});

describe('saveEverything', () => {
  it('waits for every open plan’s queue, including edits still waiting for a pause in typing', async () => {
    const { saveEverything, trackOpenQueue } = await import('./saveQueue');
    const a = new SaveQueue();
    const b = new SaveQueue();
    const untrackA = trackOpenQueue(a);
    const untrackB = trackOpenQueue(b);
    const sent: string[] = [];
    a.schedule('details', () => async () => void sent.push('a'), 60_000);
    b.enqueue(async () => void sent.push('b'));
    await saveEverything();
    expect(sent.sort()).toEqual(['a', 'b']);
    untrackA();
    untrackB();
  });
});
