/**
 * Autosave without a Save button. Edits are sent to the service one at a time, in order; typing is
 * debounced per key so a burst of keystrokes becomes one write. The status only says "saved" once
 * the service has acknowledged every edit, so a reload never loses something shown as saved.
 */
export type SaveStatus = 'saved' | 'saving' | 'error';

export interface SaveState {
  status: SaveStatus;
  /** A kind sentence explaining the last failure, when status is 'error'. */
  message: string | null;
}

interface Job {
  key: string | null;
  run: () => Promise<unknown>;
}

/** Errors that will not go away by trying again (bad input, missing item). */
export type IsPermanent = (err: unknown) => boolean;

export class SaveQueue {
  private readonly jobs: Job[] = [];
  private readonly scheduled = new Map<string, { timer: ReturnType<typeof setTimeout>; take: () => () => Promise<unknown> }>();
  private running = false;
  private failed = false;
  private state: SaveState = { status: 'saved', message: null };
  private readonly listeners = new Set<(s: SaveState) => void>();
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly isPermanent: IsPermanent = () => false,
    /** Told when a job is dropped because it can never succeed, so the caller can reload. */
    private readonly onRejected: (err: unknown) => void = () => {},
  ) {}

  getState(): SaveState {
    return this.state;
  }

  subscribe(listener: (s: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * After `delayMs` of quiet for this key, `take()` is called and the write it returns is queued. A
   * newer call for the key restarts the wait. `take` runs at queueing time, so what it captures is
   * fixed in order with the writes around it (an undo queued later cannot be overtaken by it).
   */
  schedule(key: string, take: () => () => Promise<unknown>, delayMs: number): void {
    const existing = this.scheduled.get(key);
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.scheduled.delete(key);
      this.enqueue(take());
    }, delayMs);
    this.scheduled.set(key, { timer, take });
    this.update();
  }

  /** Queue a write now, after everything already queued. */
  enqueue(run: () => Promise<unknown>, key: string | null = null): void {
    this.jobs.push({ key, run });
    this.update();
    void this.pump();
  }

  /**
   * Queue a write that states the whole of something (the agenda after an undo): if the last
   * queued write is one of the same key and has not started, it is replaced, since this one
   * supersedes it and nothing was queued in between.
   */
  enqueueReplacingLast(key: string, run: () => Promise<unknown>): void {
    const lastIndex = this.jobs.length - 1;
    const last = this.jobs[lastIndex];
    if (last && last.key === key && !(lastIndex === 0 && this.running)) this.jobs.pop();
    this.enqueue(run, key);
  }

  /** Send every debounced edit now (before a structural change, leaving a screen, closing). */
  flushScheduled(): void {
    for (const [key, { timer, take }] of this.scheduled) {
      clearTimeout(timer);
      this.scheduled.delete(key);
      this.enqueue(take());
    }
  }

  /** Resolves when everything scheduled and queued has been acknowledged (or has failed). */
  whenIdle(): Promise<void> {
    this.flushScheduled();
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  hasPending(): boolean {
    return this.jobs.length > 0 || this.scheduled.size > 0;
  }

  /** Try the failed write again. */
  retry(): void {
    this.failed = false;
    if (this.jobs.length === 0) this.lastMessage = null;
    this.update();
    void this.pump();
  }

  /** Forget a refused write's message once the screen has been brought back in step with the store. */
  clearError(): void {
    if (this.failed) return;
    this.lastMessage = null;
    this.update();
  }

  private isIdle(): boolean {
    return (!this.running && this.jobs.length === 0 && this.scheduled.size === 0) || this.failed;
  }

  private async pump(): Promise<void> {
    if (this.running || this.failed) return;
    this.running = true;
    this.update();
    while (this.jobs.length > 0 && !this.failed) {
      const job = this.jobs[0]!;
      try {
        await job.run();
        this.jobs.shift();
        this.setMessage(null);
      } catch (err) {
        if (this.isPermanent(err)) {
          this.jobs.shift();
          this.setMessage(errorText(err));
          this.onRejected(err);
        } else {
          this.failed = true;
          this.setMessage(errorText(err));
        }
      }
    }
    this.running = false;
    this.update();
    if (this.isIdle()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  private lastMessage: string | null = null;
  private setMessage(m: string | null) {
    this.lastMessage = m;
  }

  private update(): void {
    const status: SaveStatus =
      this.failed || (this.lastMessage && !this.hasPending()) ? 'error' : this.running || this.hasPending() ? 'saving' : 'saved';
    const next: SaveState = { status, message: status === 'error' ? this.lastMessage : null };
    if (next.status === this.state.status && next.message === this.state.message) return;
    this.state = next;
    for (const l of this.listeners) l(next);
  }
}

function errorText(err: unknown): string {
  const m = err instanceof Error && err.message ? err.message : '';
  return m || 'Your last change could not be saved.';
}

/** The queues of the plans open now, so that closing the window can wait for all of them. */
const openQueues = new Set<SaveQueue>();

export function trackOpenQueue(queue: SaveQueue): () => void {
  openQueues.add(queue);
  return () => openQueues.delete(queue);
}

/** Sends every waiting edit and resolves once the store has acknowledged them all (or one failed). */
export async function saveEverything(): Promise<void> {
  await Promise.all([...openQueues].map((q) => q.whenIdle()));
}
