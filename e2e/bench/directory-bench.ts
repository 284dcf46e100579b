/**
 * The People directory at scale: 2,000 people across 500 plans (four people in each, some in many
 * plans), in the real SQLite file. Times a search keystroke on the People screen (the same
 * `findPeople` the screen runs on every keystroke, over the list it loaded, with each person's text
 * lower-cased once per load and the list sorted once per order, as the screen does), loading that list and the likely duplicates
 * through `dispatch`, and opening one profile with the plans they are part of.
 *
 * Run directly with `npx tsx e2e/bench/directory-bench.ts`, or through `npm run bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { filterPeople, searchText, sortPeople, type DirectorySummary } from '../../main/domain/directory';
import { openKindred, type Kindred } from '../../main/service/openKindred';
import { summarise, unwrap, type BenchResult } from './results';

const PEOPLE = 2_000;
const PLANS = 500;
const FIRST = ['Amara', 'Sam', 'Nia', 'Keri', 'Zara', 'Ben', 'Cat', 'Dev', 'Eira', 'Femi', 'Gwen', 'Hari', 'Iolo', 'Jas', 'Kofi', 'Lowri'];
const LAST = ['Okafor', 'Lee', 'Evans', 'Jones', 'Ali', 'Cole', 'Dunn', 'Patel', 'Hughes', 'Adeyemi', 'Price', 'Shah', 'Morgan', 'Khan'];
const ORGS = ['Carers Together', 'Cardiff University', 'Caerdydd Health Board', 'Mind Cymru', 'The Memory Clinic', ''];

export function measure(name: string, budgetMs: number, runs: number, fn: (i: number) => unknown): BenchResult {
  for (let i = 0; i < 20; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return summarise(name, budgetMs, samples);
}

/**
 * 2,000 people in the directory and 500 plans of four people each (some people in many plans), in
 * one transaction; the directory people's ids, in the order they were made. The history bench
 * fills the same way.
 */
export function fillDirectory(kindred: Kindred): string[] {
  const { service, db } = kindred;
  const ids: string[] = [];
  // One transaction for the whole fill: the service's own transactions nest inside it.
  db.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= 200 ? ` ${i}` : ''}`;
      const person = service.createDirectoryPerson({
        person: {
          name,
          knownAs: i % 5 === 0 ? FIRST[(i + 3) % FIRST.length]! : '',
          organisation: ORGS[i % ORGS.length]!,
          email: i % 3 === 0 ? '' : `person${i}@example.org`,
          roles: ['public_contributor'],
        },
      });
      ids.push(person.id);
    }
    for (let p = 0; p < PLANS; p++) {
      const month = String((p % 12) + 1).padStart(2, '0');
      const planId = service.createPlan({ details: { title: `Panel ${p + 1}`, date: `20${26 + (p % 3)}-${month}-15`, startTime: '10:00' } }).id;
      for (let k = 0; k < 4; k++) service.addDirectoryPersonToPlan({ planId, directoryPersonId: ids[(p * 4 + k * 13) % PEOPLE]! });
    }
  })();
  return ids;
}

export async function runDirectoryBench(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-bench-directory-'));
  const kindred = openKindred({ dataDir });
  try {
    const { dispatch, service } = kindred;
    const ids = fillDirectory(kindred);

    const people = unwrap<DirectorySummary[]>(dispatch('listDirectory', {}), 'listDirectory');
    if (people.length !== PEOPLE) throw new Error(`The directory bench expected ${PEOPLE} people and found ${people.length}.`);
    // As the screen holds them: sorted once per load (or change of order), each person's text lower-cased once.
    const texts = new Map(people.map((p) => [p.id, searchText(p)]));
    const byName = sortPeople(people, 'name');
    const byLastInvolved = sortPeople(people, 'last_involved');
    // Keystrokes as someone types names, organisations and emails, one letter more each time.
    const typed = ['a', 'am', 'ama', 'amar', 'c', 'ca', 'car', 'care', 'carers t', 'person1', 'k', 'ko', 'kof', 'zz'];
    let found = 0;
    const search = measure(`People screen: a search keystroke over ${PEOPLE.toLocaleString('en-GB')} people`, 10, 400, (i) => {
      found += filterPeople(i % 2 ? byName : byLastInvolved, typed[i % typed.length]!, texts).length;
    });
    if (found === 0) throw new Error('The directory bench searches found nobody: they are not exercising the search.');
    const list = measure('People screen: loading everyone (listDirectory)', 200, 50, () => unwrap(dispatch('listDirectory', {})));
    const duplicates = measure('People screen: likely duplicates (listDuplicates)', 200, 30, () => unwrap(dispatch('listDuplicates', {})));
    const profile = measure('Opening one profile with their plans', 5, 300, (i) =>
      unwrap(dispatch('getDirectoryPerson', { directoryPersonId: ids[(i * 7919) % PEOPLE] })),
    );
    // Right of access: every plan is read, since free text anywhere may name them.
    const copySamples: number[] = [];
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      await service.exportSubjectAccess({ directoryPersonId: ids[(i * 7919 + 11) % PEOPLE]! });
      if (i >= 2) copySamples.push(performance.now() - t0);
    }
    const copy = summarise(`Everything about one person, Word and JSON, across ${PLANS} plans`, 1000, copySamples);
    // Forgetting is for good, so each run forgets someone else (the first few only warm up).
    let next = 0;
    const forget = measure(`Forgetting one person across plans and listing notes that name them (${PLANS} plans)`, 1000, 20, () =>
      unwrap(dispatch('forgetDirectoryPerson', { directoryPersonId: ids[(next++ * 97 + 5) % PEOPLE] })),
    );
    return [search, list, duplicates, profile, copy, forget];
  } finally {
    kindred.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runDirectoryBench()) console.log(`${r.name}: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms`);
}
