/**
 * One person's history at scale: the People directory's 2,000 people and 500 plans, plus a regular
 * who is in every one of the 500 plans (leading a block, with fees, travel and a "you said, we did"
 * of their own in each), in the real SQLite file. Times their history through `dispatch` (the
 * worst case: 500 workshops and their tax years), an ordinary person's, and the past the review is
 * given for a plan with the regular in it.
 *
 * Run directly with `npx tsx e2e/bench/history-bench.ts`, or through `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PersonHistory } from '../../main/domain/history';
import { openKindred } from '../../main/service/openKindred';
import { paidAgreed } from '../../main/testing/testPlan';
import { fillDirectory, measure } from './directory-bench';
import { unwrap, type BenchResult } from './results';

export async function runHistoryBench(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-bench-history-'));
  const kindred = openKindred({ dataDir });
  try {
    const { service, dispatch, db } = kindred;
    const ids = fillDirectory(kindred);
    const regular = service.createDirectoryPerson({ person: { name: 'Rosa Regular', roles: ['public_contributor'] } }).id;
    const plans = service.listPlans(undefined).map((p) => p.id);
    db.transaction(() => {
      for (const planId of plans) {
        const person = service.addDirectoryPersonToPlan({ planId, directoryPersonId: regular });
        service.updatePerson({
          planId,
          personId: person.id,
          patch: { payment: paidAgreed({ expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus', amountPence: 640 }] }) },
        });
        service.addBlock({ planId, block: { title: 'Welcome', kind: 'welcome', durationMinutes: 15, leadPersonId: person.id } });
        service.setChanges({
          planId,
          changes: [{ id: crypto.randomUUID(), youSaid: 'Later starts', weDid: 'We start at 10:30', fromPersonId: person.id, fromAgreed: true }],
        });
        service.updatePlan({ planId, patch: { status: 'delivered' } });
      }
    })();

    const theirs = unwrap<PersonHistory>(dispatch('getPersonHistory', { directoryPersonId: regular }), 'getPersonHistory');
    if (theirs.entries.length !== plans.length || theirs.taxYears.length === 0) {
      throw new Error(`The history bench expected ${plans.length} workshops for the regular and found ${theirs.entries.length}.`);
    }
    const regularHistory = measure(`One person’s history: a regular in all ${plans.length} plans`, 20, 200, () =>
      unwrap(dispatch('getPersonHistory', { directoryPersonId: regular })),
    );
    const ordinary = measure('One person’s history: someone in a plan or two', 20, 300, (i) =>
      unwrap(dispatch('getPersonHistory', { directoryPersonId: ids[(i * 7919) % ids.length] })),
    );
    const reviewPast = measure('The past the review is given, for a plan of five', 20, 200, (i) =>
      unwrap(dispatch('getReviewHistory', { planId: plans[(i * 31) % plans.length] })),
    );
    return [regularHistory, ordinary, reviewPast];
  } finally {
    kindred.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runHistoryBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms`);
}
