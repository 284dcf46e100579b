/**
 * The process runDayCrash.test.ts kills mid-day. It opens the store in the folder it is given and
 * runs the day of the plan it is given (making the plan and starting the day the first time), then
 * presses controls through dispatch as fast as it can, forever. After each control the service has
 * acknowledged — and only then — it writes `ack <seq>` (the log's sequence number) to stdout.
 *
 *   node runDayCrashChild.mjs <dataDir> [planId]
 *
 * The first line is `plan <planId> <lastSeq>`: the day as this process found it (0: not started),
 * which is how the parent checks that a restarted Kindred resumes the day where it was.
 */
import { join } from 'node:path';
import type { ApiResponse } from '../contract/contract';
import type { RunDayLog, RunStep } from '../domain/runDay/steps';
import { createDispatch } from '../service/dispatch';
import { createService } from '../service/service';
import { openDatabase } from '../store/database';
import { say } from './crashChildren';

/** Pressed in turn; some are refused at times (nothing to swap near the end), which is part of the test. */
const STEPS: RunStep[] = ['add_five', 'next', 'pause', 'resume', 'take_five', 'swap_next', 'next', 'back', 'skip', 'next', 'next'];

function main([dataDir, givenPlanId]: string[]): void {
  if (dataDir === undefined) throw new Error('usage: runDayCrashChild <dataDir> [planId]');
  const dispatch = createDispatch(createService(openDatabase(join(dataDir, 'kindred.db'))), (err) => {
    throw err;
  });
  const call = <T>(method: string, input: unknown): ApiResponse<T> => dispatch(method, input) as ApiResponse<T>;
  const value = <T>(res: ApiResponse<T>): T => {
    if (!res.ok) throw new Error(res.error.message);
    return res.value;
  };

  let planId = givenPlanId;
  if (planId === undefined) {
    planId = value(call<{ id: string }>('createPlan', { details: { title: 'Crash day', startTime: '10:00', endTime: '16:00' } })).id;
    for (const kind of ['welcome', 'check_in', 'discussion', 'break', 'small_groups', 'close']) value(call('addBlock', { planId, block: { kind } }));
  }
  const found = value(call<RunDayLog>('getRunDay', { planId }));
  say(`plan ${planId} ${found.events.at(-1)?.seq ?? 0}`);
  if (found.runId === null) say(`ack ${value(call<RunDayLog>('runDay', { planId, step: 'start_day' })).events.at(-1)!.seq}`);

  for (let i = 0; ; i++) {
    const res = call<RunDayLog>('runDay', { planId, step: STEPS[i % STEPS.length] });
    if (res.ok) say(`ack ${res.value.events.at(-1)!.seq}`);
  }
}

main(process.argv.slice(2));
