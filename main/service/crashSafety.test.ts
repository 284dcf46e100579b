/**
 * Crash safety: a child process (main/testing/crashChild.ts) saves edits through dispatch in a
 * tight loop and says which ones the service acknowledged; it is killed with SIGKILL at a random
 * moment, again and again. After every kill the database must open, pass integrity_check, and hold
 * every acknowledged edit (with WAL a killed process loses nothing that was committed, and with
 * synchronous=FULL neither does a power cut: every commit is synced before it is acknowledged). At least 100 kills when CI is set;
 * KINDRED_CRASH_CYCLES chooses another number.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import { openDatabase } from '../store/database';
import { bundleCrashChild } from '../testing/crashChildren';
import { tempDir } from '../testing/tempStore';
import { createService } from './service';

const CYCLES = Number(process.env.KINDRED_CRASH_CYCLES ?? (process.env.CI ? 100 : 20));
let CHILD = '';

/** What one run of the child had acknowledged when it was killed. */
interface Acknowledged {
  planId?: string;
  blockId?: string;
  /** Last acknowledged sequence number for each single-valued field. */
  last: Map<'title' | 'description' | 'aim', number>;
  people: Set<string>;
  peopleGone: Set<string>;
  blocks: Set<string>;
  blocksGone: Set<string>;
  /** The highest sequence number acknowledged: the one after it may have been in flight. */
  lastSeq: number;
  count: number;
}

const emptyAcks = (): Acknowledged => ({
  last: new Map(),
  people: new Set(),
  peopleGone: new Set(),
  blocks: new Set(),
  blocksGone: new Set(),
  lastSeq: -1,
  count: 0,
});

function record(acks: Acknowledged, line: string): void {
  const [kind, a, b, c] = line.split(' ');
  if (kind === 'plan') {
    acks.planId = a;
    acks.blockId = b;
    return;
  }
  if (kind !== 'ack' || a === undefined || b === undefined || c === undefined) throw new Error(`unexpected line from the child: ${line}`);
  const seq = Number(a);
  expect(seq, 'sequence numbers rise one by one').toBe(acks.lastSeq === -1 ? seq : acks.lastSeq + 1);
  acks.lastSeq = seq;
  acks.count++;
  if (b === 'title' || b === 'description' || b === 'aim') acks.last.set(b, seq);
  else if (b === 'addPerson') acks.people.add(c);
  else if (b === 'deletePerson') {
    acks.people.delete(c);
    acks.peopleGone.add(c);
  } else if (b === 'addBlock') acks.blocks.add(c);
  else if (b === 'deleteBlock') {
    acks.blocks.delete(c);
    acks.blocksGone.add(c);
  }
}

/** Starts the child, kills it `killAfterMs` after its first acknowledgement, and collects what it acknowledged. */
function runAndKill(dataDir: string, firstSeq: number, killAfterMs: number): Promise<Acknowledged> {
  return new Promise((done, fail) => {
    const acks = emptyAcks();
    const child = spawn(process.execPath, [CHILD, dataDir, String(firstSeq)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    let stderr = '';
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      try {
        for (const line of lines) record(acks, line);
      } catch (err) {
        child.kill('SIGKILL');
        fail(err);
      }
      if (timer === undefined && acks.planId !== undefined) {
        timer = setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    // 'close' comes once stdout is drained, so every line written before the kill has been read.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (!killed) fail(new Error(`the child stopped by itself (code ${code}, signal ${signal}):\n${stderr}`));
      else done(acks);
    });
  });
}

const seqOf = (text: string) => Number(/(\d+)$/.exec(text)?.[1] ?? NaN);

/** Acknowledged edits the database does not hold (0 when Kindred kept its promise), with a reason for each. */
function lostEdits(plan: Plan, acks: Acknowledged): string[] {
  const lost: string[] = [];
  const inFlight = acks.lastSeq + 1;
  const stored = {
    title: seqOf(plan.title),
    description: seqOf(plan.blocks.find((b) => b.id === acks.blockId)?.description ?? ''),
    aim: seqOf(plan.debrief.aim),
  };
  for (const [field, seq] of acks.last) {
    // The latest acknowledged value, or the one edit after it that was committed but not yet acknowledged.
    if (stored[field] !== seq && stored[field] !== inFlight) lost.push(`${field}: acknowledged ${seq}, stored ${stored[field]}`);
  }
  const people = new Set(plan.people.map((p) => p.id));
  const blocks = new Set(plan.blocks.map((b) => b.id));
  for (const id of acks.people) if (!people.has(id)) lost.push(`person ${id} was added but is missing`);
  for (const id of acks.peopleGone) if (people.has(id)) lost.push(`person ${id} was removed but is back`);
  for (const id of acks.blocks) if (!blocks.has(id)) lost.push(`block ${id} was added but is missing`);
  for (const id of acks.blocksGone) if (blocks.has(id)) lost.push(`block ${id} was removed but is back`);
  // At most one unacknowledged addition (the edit in flight) may also have been committed.
  const extraPeople = plan.people.filter((p) => !acks.people.has(p.id)).map((p) => seqOf(p.name));
  const extraBlocks = plan.blocks.filter((b) => b.id !== acks.blockId && !acks.blocks.has(b.id)).map((b) => seqOf(b.title));
  for (const seq of [...extraPeople, ...extraBlocks]) if (seq !== inFlight) lost.push(`an unexpected row from edit ${seq}`);
  return lost;
}

describe('crash safety', () => {
  beforeAll(async () => {
    // Same code as the app: the service and the store.
    CHILD = await bundleCrashChild('crashChild');
  });

  it(`keeps every acknowledged edit through ${CYCLES} kills (SIGKILL at random moments)`, { timeout: 30_000 + CYCLES * 3_000 }, async () => {
    const dataDir = tempDir();
    const runs: Acknowledged[] = [];
    const started = Date.now();
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const acks = await runAndKill(dataDir, (cycle + 1) * 10_000_000, 5 + Math.floor(Math.random() * 76));
      runs.push(acks);
      expect(acks.planId, `run ${cycle} was killed before it made its plan`).toBeDefined();

      const db = openDatabase(join(dataDir, 'kindred.db'));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const service = createService(db);
        const plan = service.getPlan({ planId: acks.planId! });
        expect(lostEdits(plan, acks), `run ${cycle}`).toEqual([]);
        // The denormalised totals moved with the agenda, in the same transactions.
        const summary = service.listPlans(undefined).find((p) => p.id === acks.planId);
        expect(summary).toMatchObject({
          blockCount: plan.blocks.length,
          totalMinutes: plan.blocks.reduce((sum, b) => sum + b.durationMinutes, 0),
        });
      } finally {
        db.close();
      }
    }

    // Later crashes never damaged what earlier runs saved.
    const db = openDatabase(join(dataDir, 'kindred.db'));
    let lost = 0;
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const service = createService(db);
      for (const acks of runs) lost += lostEdits(service.getPlan({ planId: acks.planId! }), acks).length;
    } finally {
      db.close();
    }
    const acknowledged = runs.reduce((n, r) => n + r.count, 0);
    console.log(`crash safety: ${CYCLES} kills, ${acknowledged} edits acknowledged, ${lost} lost, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(lost).toBe(0);
    expect(acknowledged).toBeGreaterThan(CYCLES);
  });
});
