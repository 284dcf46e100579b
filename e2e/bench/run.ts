/**
 * `npm run bench`: the store figures and the agenda repaint in Chromium, printed as a table and
 * written into docs/performance.md between the bench markers. Exits 1 when any p95 misses its budget.
 * Needs the built renderer (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { arch, cpus, loadavg, platform } from 'node:os';
import { resolve } from 'node:path';
import { runAgendaBench } from './agenda-bench';
import { runBackupBench } from './backup-bench';
import { runCliBench } from './cli-bench';
import { runDirectoryBench } from './directory-bench';
import { runHistoryBench } from './history-bench';
import { runPackBench } from './pack-bench';
import { runPlanFileBench } from './planfile-bench';
import { runProjectBench } from './project-bench';
import type { BenchResult } from './results';
import { runReviewBench } from './review-bench';
import { runRunDayBench } from './runday-bench';
import { runStoreBench } from './store-bench';
import { runUiStartBench } from './ui-start-bench';
import { runUiTabsBench } from './ui-tabs-bench';

const DOC = resolve(import.meta.dirname, '../../docs/performance.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const INTRO = `# Performance

Kindred should feel instant on an ordinary laptop, even for a facilitator with years of plans.
\`npm run bench\` measures what the facilitator waits for, and the section below is rewritten each
time it runs (run \`npm run build\` first: the agenda figure uses the built renderer).

- **Store** (Node, the real SQLite file, through \`dispatch\` so validation counts): 1,000 plans of
  30 blocks each; listing the plans, loading one plan, and an autosaved block edit.
- **Review** (Node, pure domain code): the plan review of a 300-block plan with 60 people and
  jargon-heavy text, which the renderer runs on every edit; and the jargon scan of one long field.
- **People** (Node, the real SQLite file, through \`dispatch\`): 2,000 people across 500 plans; a
  search keystroke on the People screen (the screen's own filtering over the list it loaded, sorted
  once per order), loading that list, the likely duplicates, and opening one profile.
- **Projects** (Node, the real SQLite file, through \`dispatch\`): a project of 24 monthly sessions,
  each with an agenda, ten members with fees and travel, a "you said, we did" line and its GRIPP2
  notes; the impact report made as a .docx (standard and Easy Read in turn, budget 300 ms), and
  opening the project page.
- **Run the day** (Node, pure domain code): a 300-block day half run (with +5s, pauses, skips and
  swaps) and running 40 minutes late; one live re-time, as the facilitator's view does every
  second: replay the run log, lay out the rest of the day, and work out where time could come from.
- **Packs** (Node, pure domain code and the docx packer): one participant pack for a full-day plan,
  and the "one per person" export of 40 personalised packs in mixed formats, Easy Read pictures
  included. And "a pack for each of 60 people" as the app makes them: the plan in the store
  (40 blocks, and 300), 60 people with 5 access needs each in the four formats, every pack asked of
  the service's dispatch 4 at a time and taken in order, so the worker threads share the work
  (budgets 3 s and 6 s).
- **Backups** (Node, the real SQLite file): 200 plans of 30 blocks and 8 people each; a backup made
  with SQLite's online backup and checked, and a restore of it (with its safety copy).
- **Hostile plan files** (a new Node process for each, so its memory is its own): 20 MB crafted
  files of five shapes (nested 10 million deep, one list of 10 million values, lists nested three deep,
  a million keys, a 20 MB name), imported through \`dispatch\` in process and, when built, through the
  app's worker thread; each must be refused in under 1 s (budget) using under 200 MB (shown in the name).
- **Agenda** (headless Chromium, the built renderer over the web bridge): a realistic plan (40
  blocks) and a stress plan (300 blocks), each with 60 people with 5 access needs each; opening the
  Agenda tab, typing one character in a description, and changing the first block's length until
  the day's last clock time shows it (and, at 300 blocks, every clock time drawn below it), each
  timed inside the page from the input event to the frame that shows the result.
- **Start-up and the plans list** (headless Chromium, the built renderer over the web bridge):
  1,000 plans in the store; from navigation to the frame showing the plans list, each time in a
  fresh browser context, and from clicking "Your plans" in an open plan (40 and 300 blocks) to the
  frame showing the list again.
- **Plan tabs** (headless Chromium, the built renderer over the web bridge): a realistic plan (40
  blocks, 60 people with one to three access needs each) and a stress plan (300 blocks, 60 people
  with 5 needs each); opening the Review tab and the Access tab from Details, marking a need
  arranged, and the pack preview after choosing another format (what it takes beyond its own 250 ms
  rest). Timed inside the page the same way: a click, a MutationObserver, then the next frame.
- **Command line** (a new Node process each time, as a person runs it): \`kindred review\` and
  \`kindred export\` of a participant pack on every example in docs/examples/, start to finish, with
  the built command line (out/cli/kindred.mjs, bundled afresh first); and \`node -e ''\`, Node's own
  start-up, as the baseline no command can beat.

A figure passes when its p95 is under its budget. The timings depend on the machine and on what
else it is doing, so compare runs on the same machine.

`;

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
const within = (r: BenchResult) => r.p95Ms < r.budgetMs;

function markdownTable(results: BenchResult[]): string {
  const rows = results.map(
    (r) => `| ${r.name} | ${r.budgetMs} ms | ${ms(r.medianMs)} | ${ms(r.p95Ms)} | ${r.runs} | ${within(r) ? 'within budget' : '**over budget**'} |`,
  );
  return ['| What | Budget | Median | p95 | Runs | |', '|---|---:|---:|---:|---:|---|', ...rows].join('\n');
}

function consoleTable(results: BenchResult[]): string {
  const all = [
    ['measure', 'budget', 'median', 'p95', 'runs', ''],
    ...results.map((r) => [r.name, `${r.budgetMs} ms`, ms(r.medianMs), ms(r.p95Ms), String(r.runs), within(r) ? 'ok' : 'OVER BUDGET']),
  ];
  const widths = all[0]!.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  return all
    .map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function section(results: BenchResult[], load: number): string {
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'} (${cpu.length} logical cores), ${platform()} ${arch()}`;
  // Load says how busy the machine was, which explains most of the difference between two runs.
  const context = `Measured on ${date} with Node ${process.version} on ${machine}; 1-minute load average ${load.toFixed(1)} at the start.`;
  return [START, context, '', markdownTable(results), END].join('\n');
}

/** Replaces the marked section, keeping whatever else the file says; creates the file if needed. */
async function writeDoc(results: BenchResult[], load: number): Promise<void> {
  const current = existsSync(DOC) ? await readFile(DOC, 'utf8') : `${INTRO}${START}\n${END}\n`;
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next =
    from === -1 || to < from
      ? `${current.trimEnd()}\n\n${section(results, load)}\n`
      : `${current.slice(0, from)}${section(results, load)}${current.slice(to + END.length)}`;
  await writeFile(DOC, next);
}

const loadAtStart = loadavg()[0] ?? 0;
const results: BenchResult[] = [
  ...(await runStoreBench()),
  ...(await runReviewBench()),
  ...(await runDirectoryBench()),
  ...(await runHistoryBench()),
  ...(await runProjectBench()),
  ...(await runRunDayBench()),
  ...(await runPackBench()),
  ...(await runBackupBench()).results,
  ...(await runPlanFileBench()),
  ...(await runAgendaBench()),
  ...(await runUiStartBench()),
  ...(await runUiTabsBench()),
  ...(await runCliBench()),
];
console.log(consoleTable(results));
await writeDoc(results, loadAtStart);
console.log(`\nFigures written to ${DOC}`);
const missed = results.filter((r) => !within(r));
if (missed.length > 0) {
  console.error(`\n${missed.length} over budget: ${missed.map((r) => r.name).join('; ')}`);
  process.exitCode = 1;
}
