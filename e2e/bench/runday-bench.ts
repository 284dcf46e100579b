/**
 * Running the day on a very long day: 300 blocks (a pin every 25th, a third of them flexible, breaks
 * and meals among them), half of it run with +5s, pauses, skips and swaps, and now 40 minutes late.
 * One "live re-time" is what the facilitator's view does every second: replay the run log, lay the
 * rest of the day out, and work out where time could come from. Budget: 5 ms at p95.
 *
 * Run directly with `npx tsx e2e/bench/runday-bench.ts`, or through `npm run bench`.
 */
import { pathToFileURL } from 'node:url';
import { BLOCK_KINDS } from '../../main/domain/blockKinds';
import { retime } from '../../main/domain/runDay/retime';
import { replay, type RunAction, type RunEvent } from '../../main/domain/runDay/runLog';
import { suggestTime } from '../../main/domain/runDay/suggestions';
import { formatClockTime } from '../../main/domain/time';
import { makeBlock } from '../../main/testing/testPlan';
import { measure, type BenchResult } from './results';

const MIDNIGHT = Date.UTC(2027, 2, 12);

export function longDay() {
  const blocks = Array.from({ length: 300 }, (_, i) =>
    makeBlock(BLOCK_KINDS[i % BLOCK_KINDS.length]!, {
      durationMinutes: 2 + (i % 5),
      pinnedTime: i > 0 && i % 25 === 0 ? formatClockTime(8 * 60 + i * 4) : null,
      flexible: i % 3 === 0,
      minMinutes: i % 3 === 0 ? 1 : null,
    }),
  );
  const ids = blocks.map((b) => b.id);
  const events: RunEvent[] = [];
  let at = MIDNIGHT + 8 * 60 * 60_000;
  const push = (action: RunAction, minutes: number) => {
    at += minutes * 60_000;
    events.push({ seq: events.length + 1, at, action });
  };
  push({ kind: 'start_day', order: ids }, 0);
  for (let i = 0; i < 150; i++) {
    if (i % 10 === 3) push({ kind: 'adjust', minutes: 5 }, 0.5);
    if (i % 20 === 7) push({ kind: 'pause' }, 1);
    if (i % 20 === 7) push({ kind: 'resume' }, 3);
    if (i % 30 === 11) push({ kind: 'skip' }, 0.2);
    if (i % 40 === 13) push({ kind: 'swap_next' }, 0.2);
    push({ kind: 'next' }, 4.5);
  }
  return { plan: { startTime: '08:00', endTime: '17:00', blocks }, ids, events, now: at + 40 * 60_000 };
}

export async function runRunDayBench(): Promise<BenchResult[]> {
  const { plan, ids, events, now } = longDay();
  let conflicts = 0;
  const result = measure('Run the day: live re-time of a 300-block day, half run', 5, 500, () => {
    const retimed = retime(plan, replay(events, ids), now, MIDNIGHT);
    conflicts = retimed.conflicts.length + suggestTime(plan, retimed).shortenings.length;
  });
  if (conflicts === 0) throw new Error('The run-the-day bench day has nothing late: it is not exercising the re-timing.');
  return [result];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runRunDayBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms`);
}
