/**
 * A project's impact report at scale: 24 monthly sessions (main/testing/projectSeed.ts), each with
 * an agenda, ten members with fees and travel, a "you said, we did" line and its GRIPP2 notes, in
 * the real SQLite file. Times the whole report as the Projects screen asks for it: read through
 * `dispatch`, built and packed into a .docx in process (standard and Easy Read, taken in turn), and
 * opening the project page.
 *
 * Run directly with `npx tsx e2e/bench/project-bench.ts`, or through `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openKindred } from '../../main/service/openKindred';
import { seedProject } from '../../main/testing/projectSeed';
import { summarise, unwrap, type BenchResult } from './results';

const SESSIONS = 24;

export async function runProjectBench(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-bench-project-'));
  const kindred = openKindred({ dataDir });
  try {
    const { dispatch, db } = kindred;
    // One transaction for the whole fill: the service's own transactions nest inside it.
    const projectId = db.transaction(() => seedProject(kindred.service, SESSIONS))();
    const formats = ['standard', 'easy_read'] as const;
    const report = async (i: number) => {
      const res = await dispatch('impactReportFile', { projectId, format: formats[i % formats.length] });
      const { base64 } = unwrap<{ base64: string }>(res, 'impactReportFile');
      if (base64.length < 1000) throw new Error('The impact report bench made an empty report.');
    };
    for (let i = 0; i < 4; i++) await report(i);
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      await report(i);
      samples.push(performance.now() - t0);
    }
    const page: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      unwrap(dispatch('getProject', { projectId }), 'getProject');
      page.push(performance.now() - t0);
    }
    return [
      summarise(`Impact report of a ${SESSIONS}-session project (.docx, standard and Easy Read)`, 300, samples),
      summarise(`Opening a ${SESSIONS}-session project (getProject)`, 50, page),
    ];
  } finally {
    kindred.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runProjectBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms`);
}
