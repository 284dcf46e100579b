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
  private readonly scheduled = new Map<string, { timer: ReturnType<typeof setTimeout>; run: () => Promise<unknown> }>();
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

  /** Run `run` after `delayMs` of quiet for this key; a newer call for the key replaces it. */
  schedule(key: string, run: () => Promise<unknown>, delayMs: number): void {
    const existing = this.scheduled.get(key);
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => {
      this.scheduled.delete(key);
      this.enqueue(run, key);
    }, delayMs);
    this.scheduled.set(key, { timer, run });
    this.update();
  }

  /** Queue a write now. A still-waiting job with the same key is replaced (latest wins). */
  enqueue(run: () => Promise<unknown>, key: string | null = null): void {
    if (key !== null) {
      const i = this.jobs.findIndex((j, idx) => j.key === key && !(idx === 0 && this.running));
      if (i >= 0) this.jobs.splice(i, 1);
    }
    this.jobs.push({ key, run });
    this.update();
    void this.pump();
  }

  /** Send every debounced edit now (before a structural change, leaving a screen, closing). */
  flushScheduled(): void {
    for (const [key, { timer, run }] of this.scheduled) {
      clearTimeout(timer);
      this.scheduled.delete(key);
      this.enqueue(run, key);
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
    this.update();
    void this.pump();
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
    const status: SaveStatus = this.failed || (this.lastMessage && !this.hasPending())
      ? 'error'
      : this.running || this.hasPending()
        ? 'saving'
        : 'saved';
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
