/**
 * Making Word files from packs on worker threads, so a pack for each of 60 people uses every core
 * and the thread that answers the app stays free. The service, the CLI and the web bridge all make
 * packs through this; none of it knows about Electron.
 *
 * Where the worker's code is depends on how Kindred is running:
 * - built (electron-vite's out/main, the CLI's out/cli): packWorker.js or .mjs, built beside the
 *   file this code was bundled into (or one folder up, from a shared chunk);
 * - from the TypeScript sources (tsx, vitest, the bench): packWorker.ts, loaded through tsx's loader.
 * When neither is there, or a worker cannot start or stops, packs are made in this thread instead,
 * exactly as before: slower, never wrong.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PackDocument } from '../domain/pack/model';
import { renderPack, type PackAssets, type RenderOptions } from '../domain/pack/render';
import type { PackWorkerData, RenderReply, RenderRequest } from './packWorkerMessages';

export interface PackRenderer {
  /** The pack as a .docx file. */
  render(doc: PackDocument, options?: RenderOptions): Promise<Uint8Array>;
  /** How many packs it makes at once: worth keeping this many asked for. */
  readonly parallel: number;
  /** Stops the workers (they never keep the process alive while idle, so this is for tests). */
  close(): Promise<void>;
  /** How many packs were made on worker threads, and how many in this thread. */
  readonly made: { inWorkers: number; here: number };
}

/** Where a worker's code is, and whether it needs tsx to load. */
export interface WorkerEntry {
  url: URL;
  typescript: boolean;
}

/** The worker's code, found from `from` (this module's own location unless a test says otherwise). */
export function findPackWorker(from: string = import.meta.url): WorkerEntry | null {
  for (const name of ['packWorker.js', 'packWorker.mjs', '../packWorker.js', '../packWorker.mjs']) {
    const url = new URL(name, from);
    if (existsSync(fileURLToPath(url))) return { url, typescript: false };
  }
  const source = new URL('packWorker.ts', from);
  return existsSync(fileURLToPath(source)) ? { url: source, typescript: true } : null;
}

/** tsx's ES module API (its `import` export: the CommonJS one cannot register in a worker). */
function tsxLoaderPath(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const api = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!;
  return join(dirname(manifest), api.import.default);
}

/**
 * A worker for TypeScript sources: a few lines of plain JavaScript that register tsx's loader in
 * the new thread and then load the entry (the thread does not inherit the parent's loader).
 */
function startWorker(entry: WorkerEntry, data: PackWorkerData): Worker {
  if (!entry.typescript) return new Worker(entry.url, { workerData: data });
  const tsx = pathToFileURL(tsxLoaderPath()).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry.url.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

export interface PackRendererOptions {
  /** The pictures; when they come from a folder (`dir`), the workers read the same folder. */
  assets: PackAssets & { readonly dir?: string | null };
  /** Worker threads to use; every core (up to 4) unless given. 0 makes every pack in this thread. */
  threads?: number;
  /** The worker's code; found beside this module unless given (null: none, so no workers). */
  worker?: WorkerEntry | null;
  /** Told once when workers cannot be used and packs are made in this thread instead. */
  log?(message: string, err: unknown): void;
  /** Idle workers are stopped after this long (they start again when needed), to give back their memory. */
  idleMs?: number;
}

interface Job {
  id: number;
  doc: PackDocument;
  options: RenderOptions;
  resolve(bytes: Uint8Array): void;
  reject(err: Error): void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
}

export function createPackRenderer(options: PackRendererOptions): PackRenderer {
  const { assets } = options;
  const inProcess = (doc: PackDocument, renderOptions: RenderOptions) => renderPack(doc, assets, renderOptions);
  // Pictures that are not in a folder (a test's own) cannot be read by another thread.
  const entry = options.worker === undefined ? findPackWorker() : options.worker;
  const wanted = typeof assets.dir === 'string' && entry !== null ? (options.threads ?? Math.min(availableParallelism(), 4)) : 0;
  const made = { inWorkers: 0, here: 0 };
  if (wanted <= 0) {
    return {
      render: (doc, o = {}) => (made.here++, inProcess(doc, o)),
      parallel: 1,
      close: async () => {},
      made,
    };
  }

  const queue: Job[] = [];
  const threads: Thread[] = [];
  let started = false;
  /** Set when workers failed: every pack from then on is made in this thread. */
  let fallBack = false;
  let nextId = 1;

  const runInProcess = (job: Job) => {
    made.here++;
    return inProcess(job.doc, job.options).then(job.resolve, job.reject);
  };
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  const stopWorkers = async () => {
    const all = threads.splice(0);
    started = false;
    for (const thread of all) thread.worker.removeAllListeners('exit');
    await Promise.all(all.map((t) => t.worker.terminate()));
    return all;
  };

  const giveUp = (err: unknown) => {
    if (fallBack) return;
    fallBack = true;
    options.log?.('Packs are being made one at a time: the worker threads could not be used.', err);
    for (const job of queue.splice(0)) void runInProcess(job);
  };

  const pump = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    for (const thread of threads) {
      if (thread.job !== null) continue;
      const job = queue.shift();
      if (!job) {
        // Idle: it never keeps the process (the CLI, a test) from ending.
        thread.worker.unref();
        continue;
      }
      thread.job = job;
      thread.worker.ref();
      const request: RenderRequest<PackDocument, RenderOptions> = { id: job.id, doc: job.doc, options: job.options };
      thread.worker.postMessage(request);
    }
    if (queue.length === 0 && threads.every((t) => t.job === null)) {
      idleTimer = setTimeout(() => void stopWorkers(), options.idleMs ?? 30_000);
      idleTimer.unref();
    }
  };

  const lose = (thread: Thread, err: unknown) => {
    const index = threads.indexOf(thread);
    if (index === -1) return;
    threads.splice(index, 1);
    void thread.worker.terminate();
    // Its pack is not lost: it goes back to the front of the queue, for another thread or this one.
    if (thread.job) queue.unshift(thread.job);
    thread.job = null;
    if (threads.length === 0) giveUp(err);
    else pump();
  };

  const start = () => {
    started = true;
    const data: PackWorkerData = { picturesDir: assets.dir ?? null };
    for (let i = 0; i < wanted; i++) {
      let worker: Worker;
      try {
        worker = startWorker(entry!, data);
      } catch (err) {
        giveUp(err);
        return;
      }
      const thread: Thread = { worker, job: null };
      threads.push(thread);
      worker.on('message', (reply: RenderReply) => {
        const job = thread.job;
        if (!job || job.id !== reply.id) return;
        thread.job = null;
        made.inWorkers++;
        if ('bytes' in reply) job.resolve(reply.bytes);
        else job.reject(new Error(reply.error));
        pump();
      });
      worker.on('error', (err) => lose(thread, err));
      worker.on('exit', (code) => lose(thread, new Error(`A pack worker stopped (exit code ${code}).`)));
    }
  };

  return {
    parallel: wanted,
    made,
    render(doc, renderOptions = {}) {
      return new Promise<Uint8Array>((resolve, reject) => {
        const job: Job = { id: nextId++, doc, options: renderOptions, resolve, reject };
        if (fallBack) return void runInProcess(job);
        if (!started) start();
        if (fallBack) return void runInProcess(job);
        queue.push(job);
        pump();
      });
    },
    async close() {
      if (idleTimer) clearTimeout(idleTimer);
      const all = await stopWorkers();
      for (const job of [...all.flatMap((t) => (t.job ? [t.job] : [])), ...queue.splice(0)]) job.reject(new Error('The pack maker was closed.'));
    },
  };
}

const shared = new Map<string, PackRenderer>();

/**
 * One set of workers for each pictures folder, shared by every service in the process (the app
 * has one; tests and the bench open many). Pictures from anywhere else are made in this thread.
 */
export function sharedPackRenderer(assets: PackRendererOptions['assets'], log?: PackRendererOptions['log']): PackRenderer {
  if (typeof assets.dir !== 'string') return createPackRenderer({ assets, threads: 0 });
  let renderer = shared.get(assets.dir);
  if (!renderer) {
    renderer = createPackRenderer({ assets, ...(log ? { log } : {}) });
    shared.set(assets.dir, renderer);
  }
  return renderer;
}
