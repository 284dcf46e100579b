/**
 * Running the day survives kill -9: a child process (main/testing/runDayCrashChild.ts) presses the
 * day's controls as fast as it can and is killed with SIGKILL at a random moment, again and again.
 * After every kill the database opens, passes integrity_check, holds every acknowledged control (and
 * at most the one in flight), and the next Kindred resumes the same day from exactly there.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../domain/runDay/runLog';
import { openDatabase } from '../store/database';
import { bundleCrashChild } from '../testing/crashChildren';
import { tempDir } from '../testing/tempStore';
import { createService } from './service';

const CYCLES = Number(process.env.KINDRED_CRASH_CYCLES ?? (process.env.CI ? 40 : 8));
let CHILD = '';

interface Run {
  planId?: string;
  /** The last seq the day had when the child started, and the last one it acknowledged. */
  foundSeq: number;
  lastAck: number;
}

function runAndKill(dataDir: string, planId: string | undefined, killAfterMs: number): Promise<Run> {
  return new Promise((done, fail) => {
    const run: Run = { foundSeq: -1, lastAck: 0 };
    const child = spawn(process.execPath, [CHILD, dataDir, ...(planId ? [planId] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'plan') {
          run.planId = a;
          run.foundSeq = Number(b);
          run.lastAck = Number(b);
        } else if (kind === 'ack') run.lastAck = Number(a);
      }
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') fail(new Error(`the child stopped by itself (code ${code}):\n${stderr}`));
      else done(run);
    });
  });
}

describe('running the day survives a crash', () => {
  beforeAll(async () => {
    CHILD = await bundleCrashChild('runDayCrashChild');
  });

  it(`resumes the day where it was after each of ${CYCLES} kills mid-block`, { timeout: 30_000 + CYCLES * 3_000 }, async () => {
    const dataDir = tempDir();
    let planId: string | undefined;
    let stored = 0;
    let acknowledged = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const run = await runAndKill(dataDir, planId, 20 + Math.floor(Math.random() * 120));
      expect(run.planId, `run ${cycle} was killed before it opened its plan`).toBeDefined();
      planId = run.planId;
      // The new Kindred found the day exactly as the last one left it on disk.
      if (cycle > 0) expect(run.foundSeq, `run ${cycle} resumed from`).toBe(stored);
      acknowledged += run.lastAck - run.foundSeq;

      const db = openDatabase(join(dataDir, 'kindred.db'));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const service = createService(db);
        const log = service.getRunDay({ planId: planId! });
        stored = log.events.at(-1)?.seq ?? 0;
        // Every acknowledged control is there; at most the one in flight besides.
        expect(stored === run.lastAck || stored === run.lastAck + 1, `run ${cycle}: acknowledged ${run.lastAck}, stored ${stored}`).toBe(true);
        expect(log.events.map((e) => e.seq)).toEqual(log.events.map((_, i) => i + 1));
        const state = replay(
          log.events,
          service.getPlan({ planId: planId! }).blocks.map((b) => b.id),
        );
        expect(state.startedAt).not.toBeNull();
        expect(state.endedAt).toBeNull();
      } finally {
        db.close();
      }
    }
    console.log(`run the day crash safety: ${CYCLES} kills, ${acknowledged} controls acknowledged, none lost`);
    expect(acknowledged).toBeGreaterThan(CYCLES);
  });
});
