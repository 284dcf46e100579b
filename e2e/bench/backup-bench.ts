/**
 * Backups with a busy facilitator's data: 200 plans of 30 blocks and 8 people each, on a real
 * SQLite file opened as the app opens it. Times backupNow (SQLite's online backup, then the copy's
 * quick_check and rotation) and a restore of that backup (staging, safety copy, one-transaction
 * replace), and reports the backup's size. Budgets: a backup under 2 s, a restore under 3 s.
 *
 * Run directly with `npx tsx e2e/bench/backup-bench.ts`, or through `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { BackupSummary } from '../../main/contract/contract';
import { openKindred } from '../../main/service/openKindred';
import { summarise, type BenchResult } from './results';
import { agenda } from './store-bench';

const PLANS = 200;
const PEOPLE_PER_PLAN = 8;
const RUNS = 8;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export async function runBackupBench(): Promise<{ results: BenchResult[]; sizeBytes: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-bench-backup-'));
  const kindred = openKindred({ dataDir });
  try {
    const { service, db } = kindred;
    await service.backupsIdle();
    db.transaction(() => {
      for (let p = 0; p < PLANS; p++) {
        const plan = service.createPlan({ details: { title: `Co-production workshop ${p + 1}`, date: '2027-05-15' } });
        for (let n = 0; n < PEOPLE_PER_PLAN; n++) {
          service.addPerson({
            planId: plan.id,
            person: { name: `Person ${n + 1}`, role: n === 0 ? 'facilitator' : 'public_contributor', contact: `person${n}@example.org` },
          });
        }
        service.setAgenda({ planId: plan.id, blocks: agenda(p) });
      }
    })();

    const backups: number[] = [];
    let last: BackupSummary | undefined;
    for (let i = 0; i < RUNS; i++) {
      const { ms, value } = await timed(() => service.backupNow(undefined));
      backups.push(ms);
      last = value;
    }
    const restores: number[] = [];
    for (let i = 0; i < RUNS / 2; i++) {
      restores.push((await timed(() => service.restoreBackup({ backupId: last!.id }))).ms);
    }
    return {
      results: [
        summarise(`backupNow (${PLANS} plans, ${(last!.sizeBytes / 1024 / 1024).toFixed(1)} MB)`, 2000, backups),
        summarise(`restoreBackup (${PLANS} plans, safety copy included)`, 3000, restores),
      ],
      sizeBytes: last!.sizeBytes,
    };
  } finally {
    kindred.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { results, sizeBytes } = await runBackupBench();
  for (const r of results) console.log(`${r.name}: median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms, ${r.runs} runs`);
  console.log(`backup file: ${sizeBytes} bytes`);
}
