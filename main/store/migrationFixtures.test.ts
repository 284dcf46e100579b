/**
 * Every schema version that ever shipped has a fixture database (fixtures/schema-v<N>.db, made by
 * fixtures/makeFixtures.ts). Each is copied, opened the way the app opens its data folder, migrated
 * to the latest version, and compared row by row with what the service then answers: every plan,
 * block, person, payment, access need, decision, set-aside, saved block, template and setting the
 * old file held must come back unchanged.
 */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain/plan';
import { openKindred } from '../service/openKindred';
import { tempDir } from '../testing/tempStore';
import { FIXTURES_DIR, SHIPPED_VERSIONS, fixturePath } from './fixtures/makeFixtures';
import { IDS } from './fixtures/fixtureRows';
import { currentVersion, MIGRATIONS } from './migrations';

type RawRow = Record<string, string | number | null>;

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const JSON_COLUMNS = new Set(['gives_back', 'changes', 'venue_checks', 'online_checks', 'payment', 'access_needs', 'audience']);
const BOOLEAN_COLUMNS = new Set(['co_plans', 'co_facilitates', 'hosts_online', 'decided_by_all', 'flexible']);

/** A raw row as the API would name and type it, leaving out the columns given. */
function asApi(row: RawRow, leaveOut: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (leaveOut.includes(column)) continue;
    if (JSON_COLUMNS.has(column)) out[camel(column)] = JSON.parse(String(value));
    else if (BOOLEAN_COLUMNS.has(column)) out[camel(column)] = value === 1;
    else out[camel(column)] = value;
  }
  return out;
}

/** Every row of every table, read before Kindred touches the file. */
function readRaw(file: string): Map<string, RawRow[]> {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    return new Map(tables.map(({ name }) => [name, db.prepare<[], RawRow>(`SELECT * FROM "${name}" ORDER BY 1, 2`).all()]));
  } finally {
    db.close();
  }
}

const fixtureVersions = () =>
  readdirSync(FIXTURES_DIR)
    .map((f) => /^schema-v(\d+)\.db$/.exec(f)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);

describe('migration fixtures', () => {
  it('exist for every schema version that has shipped, and for every version before the newest', () => {
    const found = fixtureVersions();
    expect(found).toEqual([...SHIPPED_VERSIONS]);
    // A new migration is written against the last shipped version, which by then has a fixture.
    for (let v = 1; v < LATEST; v++) expect(found, `a fixture for schema version ${v}: run makeFixtures.ts`).toContain(v);
  });

  describe.each(SHIPPED_VERSIONS.map((v) => [v]))('schema version %i', (version) => {
    it(`opens, migrates to the latest version and keeps every row`, () => {
      const dataDir = tempDir();
      const file = join(dataDir, 'kindred.db');
      copyFileSync(fixturePath(version), file);
      const raw = readRaw(file);
      const rows = (table: string) => raw.get(table) ?? [];
      const schemaVersions = rows('schema_migrations').map((r) => r.version);
      expect(Math.max(...schemaVersions.map(Number))).toBe(version);
      // The fixture is not empty: something to lose at every version.
      expect(rows('plans').length).toBeGreaterThanOrEqual(3);
      expect(rows('blocks').length).toBeGreaterThanOrEqual(5);
      expect(rows('settings').length).toBeGreaterThanOrEqual(4);
      if (version >= 2) expect(rows('people').length).toBeGreaterThanOrEqual(3);
      if (version >= 3) expect(rows('people').some((p) => p.access_needs !== '[]')).toBe(true);

      const kindred = openKindred({ dataDir });
      try {
        const { service, db } = kindred;
        expect(currentVersion(db)).toBe(LATEST);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);

        // Plans: every live one whole, the deleted one gone, and no sample plan added.
        // Version 4 dropped deleted_at: from then on a deleted plan is simply not there.
        const live = rows('plans').filter((p) => p.deleted_at === null || p.deleted_at === undefined);
        const plans = new Map<string, Plan>(live.map((p) => [String(p.id), service.getPlan({ planId: String(p.id) })]));
        expect(
          service
            .listPlans(undefined)
            .map((p) => p.id)
            .sort(),
        ).toEqual([...plans.keys()].sort());
        expect(service.getPlan.bind(service, { planId: IDS.deletedPlan })).toThrow(/couldn't find that plan/);
        for (const row of live) {
          const plan = plans.get(String(row.id))!;
          const summary = service.listPlans(undefined).find((s) => s.id === row.id);
          expect(summary).toMatchObject({ blockCount: row.block_count, totalMinutes: row.total_minutes });
          expect(plan).toMatchObject(
            // The project a plan belongs to (version 10) is read through the project, not the plan.
            asApi(row, ['deleted_at', 'block_count', 'total_minutes', 'project_id', ...Object.keys(row).filter((c) => c.startsWith('debrief_'))]),
          );
          const debrief = Object.fromEntries(
            Object.entries(row)
              .filter(([c]) => c.startsWith('debrief_'))
              .map(([c, v]) => [c.slice(8), v]),
          );
          expect(plan.debrief).toMatchObject(debrief);
          // Plans delivered before version 3 start their personal-data reminder from their last change.
          if (version < 3 && row.status === 'delivered') expect(plan.deliveredOn).toBe(String(row.updated_at).slice(0, 10));
        }

        for (const row of rows('blocks').filter((b) => plans.has(String(b.plan_id)))) {
          const plan = plans.get(String(row.plan_id))!;
          const deciders = rows('block_deciders')
            .filter((d) => d.block_id === row.id)
            .sort((a, b) => Number(a.position) - Number(b.position))
            .map((d) => d.person_id);
          expect(plan.blocks[Number(row.position)]).toMatchObject({ ...asApi(row, ['plan_id', 'position']), deciderIds: deciders });
        }
        for (const [planId, plan] of plans) {
          expect(plan.blocks).toHaveLength(rows('blocks').filter((b) => b.plan_id === planId).length);
          expect(plan.people).toHaveLength(rows('people').filter((p) => p.plan_id === planId).length);
        }

        for (const row of rows('people')) {
          const person = plans.get(String(row.plan_id))!.people[Number(row.position)];
          const consent = ['consent_store', 'consent_share', 'consent_recorded_on'];
          // Version 5 split the one contact text and turned joins_online into how they take part; a
          // version 5 database already keeps them apart, so its rows come back as they are.
          if (version >= 5) {
            // The directory link (version 7) is the store's own; the plan's person does not carry it.
            expect(person).toMatchObject(asApi(row, ['plan_id', 'position', 'directory_person_id', ...consent]));
            continue;
          }
          expect(person).toMatchObject(asApi(row, ['plan_id', 'position', 'contact', 'joins_online', ...consent]));
          expect(person?.takesPart).toBe(row.joins_online === 1 ? 'online' : 'in_room');
          expect(person?.knownAs).toBe('');
          const typed = String(row.contact);
          const kept = [person!.email, person!.phone, ...person!.contact.split('\n')].filter(Boolean);
          // Every line typed is still there, in one field or another, and nothing was made up.
          expect(kept.sort()).toEqual(
            typed
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
              .sort(),
          );
          if (typed === 'amara@example.org') expect(person).toMatchObject({ email: typed, phone: '', contact: '' });
          if (row.id === IDS.keri)
            expect(person).toMatchObject({ email: 'keri@example.org', phone: '029 2074 7747', contact: 'Ring before 5pm please' });
          if ('consent_store' in row) {
            expect(person?.consent).toEqual({ store: row.consent_store === 1, share: row.consent_share === 1, recordedOn: row.consent_recorded_on });
          }
        }

        // Version 8 kept the day as it was run, and version 9 its notes per block: both come back whole.
        for (const run of rows('day_runs')) {
          expect(service.getRunDay({ planId: String(run.plan_id) }).events).toHaveLength(
            rows('run_events').filter((e) => e.run_id === run.id).length,
          );
          expect(service.getRunNotes({ planId: String(run.plan_id) })).toEqual(
            rows('run_notes')
              .filter((n) => n.run_id === run.id)
              .map((n) => ({ blockId: n.block_id, heard: n.heard, willDo: n.will_do, updatedAt: n.updated_at })),
          );
        }

        // Version 7: everyone in a plan became a directory entry of their own, linked to them, with
        // what the plan knew about them; none merged, likely duplicates only offered.
        const peopleRows = rows('people').filter((p) => plans.has(String(p.plan_id)));
        const directory = service.listDirectory(undefined);
        expect(directory).toHaveLength(peopleRows.length);
        const linkOf = db.prepare<[string], { entry: string | null }>('SELECT directory_person_id AS entry FROM people WHERE id = ?');
        const entries = new Set<string>();
        for (const row of peopleRows) {
          const entryId = linkOf.get(String(row.id))?.entry;
          expect(entryId, `${String(row.name)} is linked to a directory entry`).toEqual(expect.any(String));
          entries.add(entryId!);
          const person = plans.get(String(row.plan_id))!.people[Number(row.position)]!;
          const { person: entry, plans: involved } = service.getDirectoryPerson({ directoryPersonId: entryId! });
          expect(entry).toMatchObject({
            name: person.name,
            knownAs: person.knownAs,
            pronouns: person.pronouns,
            email: person.email,
            phone: person.phone,
            contact: person.contact,
            organisation: person.organisation,
            roles: [person.role],
            packFormat: person.packFormat,
            packDelivery: person.packDelivery,
            consent: { ...person.consent, askAgainOn: null },
            accessProfile: person.accessNeeds.map(({ id, type, detail }) => ({ id, type, detail })),
            paymentPreferences: { method: person.payment.method, declines: person.payment.status === 'declined' },
          });
          expect(entry.paymentPreferences.benefitsAdviceOfferedOn !== null).toBe(person.payment.benefitsAdviceOffered);
          expect(involved.map((i) => i.planId)).toEqual([row.plan_id]);
        }
        expect(entries.size).toBe(peopleRows.length);
        const duplicates = service.listDuplicates(undefined).map((group) => group.map((e) => e.name.trim()));
        expect(duplicates).toEqual(version >= 6 ? [['Amara Okafor', 'Amara Okafor']] : []);

        for (const row of rows('set_asides')) {
          expect(plans.get(String(row.plan_id))!.setAsides).toContainEqual({ findingId: row.finding_id, reason: row.reason, setAt: row.set_at });
        }
        expect(service.listLibrary(undefined)).toEqual(rows('library_items').map((r) => expect.objectContaining(asApi(r, []))));
        for (const row of rows('templates')) {
          const content = JSON.parse(String(row.content)) as { agenda: { title: string; durationMinutes: number }[] };
          expect(service.listTemplates(undefined)).toContainEqual(expect.objectContaining({ id: row.id, name: row.name, summary: row.summary }));
          const made = service.createPlanFromTemplate({ templateId: String(row.id) });
          expect(made.blocks.map((b) => [b.title, b.durationMinutes])).toEqual(content.agenda.map((b) => [b.title, b.durationMinutes]));
        }
        const settings = service.getSettings(undefined) as unknown as Record<string, unknown>;
        for (const row of rows('settings')) expect(settings[String(row.key)]).toEqual(JSON.parse(String(row.value)));

        // And the migrated data takes new edits at once.
        const first = live[0]!;
        const block = service.addBlock({ planId: String(first.id), block: { kind: 'break', title: 'Tea', easyRead: 'We rest.' } });
        expect(service.getPlan({ planId: String(first.id) }).blocks.at(-1)).toEqual(block);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        kindred.close();
      }
      expect(existsSync(file)).toBe(true);
    });
  });
});
