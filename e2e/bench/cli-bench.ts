/**
 * How fast the command line starts: `kindred review` and `kindred export` run as a person runs them,
 * a new Node process each time, over every example plan in docs/examples/, against Node's own
 * start-up (`node -e ''`) as the baseline, since no command can start faster than Node does.
 * The built command line is bundled afresh first (main/cli/bundle.ts), so the figure is for the code
 * as it is now, and run through the package.json bin as `npx kindred` runs it (npx's own start-up,
 * which depends on npm, is left out). Budget: 300 ms for a command, which the issue asks of both.
 *
 * Run directly with `npx tsx e2e/bench/cli-bench.ts`, or through `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { bundleCli } from '../../main/cli/bundle';
import { summarise, type BenchResult } from './results';

const root = resolve(import.meta.dirname, '../..');
const ROUNDS = 5;

/** Wall-clock milliseconds for one run of Node with `args`; throws when it does not exit 0. */
function timeRun(args: string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

export async function runCliBench(): Promise<BenchResult[]> {
  await bundleCli(root);
  // What `npx kindred` runs (the package.json bin), which hands over to the bundle just built.
  const cli = join(root, 'main/cli/kindred.mjs');
  const examples = readdirSync(join(root, 'docs/examples'))
    .filter((f) => f.endsWith('.kindred'))
    .map((f) => join(root, 'docs/examples', f));
  if (examples.length === 0) throw new Error('No example plans in docs/examples to run the command line on.');
  const out = mkdtempSync(join(tmpdir(), 'kindred-cli-bench-'));
  try {
    // One untimed run of each, so the first sample does not pay for a cold disk cache.
    timeRun(['-e', '']);
    timeRun([cli, 'review', examples[0]!]);
    const node: number[] = [];
    const review: number[] = [];
    const exportPack: number[] = [];
    // Interleaved, so a busy moment on the machine falls on all three alike.
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, file] of examples.entries()) {
        node.push(timeRun(['-e', '']));
        review.push(timeRun([cli, 'review', file]));
        exportPack.push(timeRun([cli, 'export', file, '--pack', 'participant', '--out', join(out, `${i}.docx`)]));
      }
    }
    return [
      summarise("Node's own start-up, node -e '' (the baseline)", 300, node),
      summarise(`kindred review, start to finish (${examples.length} example plans)`, 300, review),
      summarise(`kindred export, one participant pack (${examples.length} example plans)`, 300, exportPack),
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runCliBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms, ${r.runs} runs`);
}
