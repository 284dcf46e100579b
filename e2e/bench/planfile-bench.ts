/**
 * Hostile plan files: a crafted file of 20 MB (the most Kindred takes in) must be refused in under a
 * second, using under 200 MB, however it is shaped. Each kind is read in a new Node process of its
 * own, so its peak memory (maxRSS, above the same process just before reading) is its own and not
 * the other benches'. The file goes the way an import goes: base64 through the one dispatch, read in
 * process (the web bridge and the command line); and, when the app is built, through the worker
 * thread the app reads in (out/main/planFileWorker.js).
 *
 * Run directly with `npx tsx e2e/bench/planfile-bench.ts`, or through `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PLAN_FILE_MAX_BYTES } from '../../main/domain/planFileBytes';
import { summarise, type BenchResult } from './results';

const BUDGET_MS = 1000;
const BUDGET_MB = 200;
const RUNS = 3;
const WORKER = resolve(import.meta.dirname, '../../out/main/planFileWorker.js');

/** 20 MB of each shape a crafted file can take. */
const HOSTILE: Record<string, { label: string; make: () => string }> = {
  deep: { label: 'arrays nested 10 million deep', make: () => '['.repeat(PLAN_FILE_MAX_BYTES / 2) + ']'.repeat(PLAN_FILE_MAX_BYTES / 2) },
  flat: { label: 'one list of 10 million values', make: () => `[${'0,'.repeat(PLAN_FILE_MAX_BYTES / 2 - 1)}0]` },
  wide: {
    label: 'lists of 999 nested three deep',
    make: () => {
      const inner = `[${'0,'.repeat(998)}0]`;
      const middle = `[${Array.from({ length: 999 }, () => inner).join(',')}]`;
      return `[${Array.from({ length: Math.floor(PLAN_FILE_MAX_BYTES / middle.length) - 1 }, () => middle).join(',')}]`;
    },
  },
  keys: {
    label: 'an object with a million keys',
    make: () => `{${Array.from({ length: 1_500_000 }, (_, i) => `"k${i}":0`).join(',')}}`.slice(0, PLAN_FILE_MAX_BYTES),
  },
  text: {
    label: 'a plan whose name is 20 MB long',
    make: () => `{"kindred":"plan","version":3,"savedAt":"2027-01-01T00:00:00Z","plan":{"title":"${'x'.repeat(PLAN_FILE_MAX_BYTES - 200)}"}}`,
  },
};

interface ChildReport {
  ms: number;
  extraMb: number;
  message: string;
}

/** In the child: builds the file, then times the import and measures the memory it took. */
async function child(kind: string, via: 'process' | 'worker'): Promise<ChildReport> {
  const { openKindred } = await import('../../main/service/openKindred');
  const { readInWorker } = await import('../../main/service/planFileReader');
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-bench-planfile-'));
  const kindred = openKindred({ dataDir, ...(via === 'worker' ? { planFileReader: readInWorker(WORKER) } : {}) });
  try {
    const base64 = Buffer.from(HOSTILE[kind]!.make()).toString('base64');
    global.gc?.();
    const before = process.resourceUsage().maxRSS;
    const t0 = performance.now();
    const answer = await kindred.dispatch('importPlanFile', { base64, fileName: 'crafted.kindred' });
    const ms = performance.now() - t0;
    const extraMb = (process.resourceUsage().maxRSS - before) / 1024;
    if (answer.ok) throw new Error(`The ${kind} file was imported!`);
    return { ms, extraMb, message: answer.error.message };
  } finally {
    kindred.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function runChild(kind: string, via: 'process' | 'worker'): ChildReport {
  const self = fileURLToPath(import.meta.url);
  const out = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', self, '--child', kind, via], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = out.stdout.trim().split('\n').pop() ?? '';
  if (out.status !== 0 || !line.startsWith('{')) throw new Error(`The ${kind} bench child failed: ${out.stderr.slice(-2000)}`);
  return JSON.parse(line) as ChildReport;
}

export async function runPlanFileBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const ways: ('process' | 'worker')[] = existsSync(WORKER) ? ['process', 'worker'] : ['process'];
  for (const via of ways) {
    for (const [kind, { label }] of Object.entries(HOSTILE)) {
      const reports = Array.from({ length: RUNS }, () => runChild(kind, via));
      const peakMb = Math.max(...reports.map((r) => r.extraMb));
      const name = `Refuse a 20 MB crafted plan file, ${label}${via === 'worker' ? ', in the worker' : ''} (memory +${Math.round(peakMb)} MB)`;
      const summary = summarise(
        name,
        BUDGET_MS,
        reports.map((r) => r.ms),
      );
      // Memory has its budget too: over it, the figure is marked over budget whatever the time.
      results.push(peakMb < BUDGET_MB ? summary : { ...summary, p95Ms: Number.POSITIVE_INFINITY });
    }
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--child');
  if (at !== -1) {
    console.log(JSON.stringify(await child(process.argv[at + 1]!, process.argv[at + 2] === 'worker' ? 'worker' : 'process')));
  } else {
    for (const r of await runPlanFileBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(0)} ms, p95 ${r.p95Ms.toFixed(0)} ms`);
  }
}
