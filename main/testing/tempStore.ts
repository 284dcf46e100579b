/**
 * Test helpers: throwaway folders and stores that clean up after each test, and a clock the test
 * moves by hand. Only tests and benches import this; the app never does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createDispatch, type Dispatch } from '../service/dispatch';
import { createService, type KindredService } from '../service/service';
import { openDatabase, type Database } from '../store/database';

/** A new empty folder, removed when the current test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kindred-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestClock {
  clock: () => Date;
  /** Moves time on by `ms` milliseconds. */
  advance(ms: number): void;
}

export function testClock(startIso = '2027-03-01T09:00:00.000Z'): TestClock {
  let t = Date.parse(startIso);
  return { clock: () => new Date(t), advance: (ms) => void (t += ms) };
}

export interface TestStore extends TestClock {
  db: Database;
  dbPath: string;
  service: KindredService;
  dispatch: Dispatch;
  /** Errors dispatch reported as unexpected, for asserting on. */
  unexpected: unknown[];
}

/** An empty store (no sample plan) on a real file, with a hand-moved clock; closed after the test. */
export function openTestStore(): TestStore {
  const dbPath = join(tempDir(), 'kindred.db');
  const db = openDatabase(dbPath);
  onTestFinished(() => {
    if (db.open) db.close();
  });
  const time = testClock();
  const service = createService(db, { clock: time.clock });
  const unexpected: unknown[] = [];
  return { ...time, db, dbPath, service, dispatch: createDispatch(service, (err) => unexpected.push(err)), unexpected };
}
