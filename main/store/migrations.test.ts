/**
 * Every old schema must open in this Kindred with nothing lost. Each test builds a database as an
 * older Kindred left it (running only the migrations that version had, then writing rows with that
 * version's SQL), opens it with today's code, and checks the facilitator's work is all there.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EMPTY_DEBRIEF } from '../domain/plan';
import { createService } from '../service/service';
import { tempDir } from '../testing/tempStore';
import { openDatabase } from './database';
import { currentVersion, MIGRATIONS, runMigrations } from './migrations';

const PLAN = '11111111-1111-4111-8111-111111111111';
const BLOCK_A = '22222222-2222-4222-8222-222222222222';
const BLOCK_B = '33333333-3333-4333-8333-333333333333';

/** A database exactly as Kindred 0.1 (schema version 1) left it, with one plan of two blocks. */
function version1Database(): string {
  const file = join(tempDir(), 'kindred.db');
  const db = new BetterSqlite3(file);
  db.pragma('foreign_keys = ON');
  runMigrations(
    db,
    MIGRATIONS.filter((m) => m.version <= 1),
  );
  db.exec(`
    INSERT INTO plans (id, title, purpose, what_could_change, date, start_time, end_time, format, venue_name,
      venue_address, status, block_count, total_minutes, created_at, updated_at)
    VALUES ('${PLAN}', 'Carers’ voices', 'Hear from carers', 'The next study', '2027-05-04', '10:30', '13:00',
      'hybrid', 'Library', '1 High St', 'ready', 2, 90, '2027-01-01T10:00:00.000Z', '2027-01-02T10:00:00.000Z');
    INSERT INTO blocks (id, plan_id, position, title, kind, duration_minutes, description, facilitator_notes,
      materials, lead_by, pinned_time)
    VALUES ('${BLOCK_A}', '${PLAN}', 0, 'Welcome', 'welcome', 15, 'Hello', 'Notes', 'Badges', 'Amara', NULL),
           ('${BLOCK_B}', '${PLAN}', 1, 'Decide', 'decision', 60, 'Vote', '', '', 'Sam', '11:00');
    INSERT INTO settings (key, value) VALUES ('theme', '"dark"');
  `);
  expect(currentVersion(db)).toBe(1);
  db.close();
  return file;
}

describe('migrating from every older schema', () => {
  it('version 1 → latest keeps every plan, block and setting, with kind defaults for what is new', () => {
    const db = openDatabase(version1Database());
    expect(currentVersion(db)).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    const service = createService(db);
    const plan = service.getPlan({ planId: PLAN });
    expect(plan).toMatchObject({
      title: 'Carers’ voices',
      purpose: 'Hear from carers',
      whatCouldChange: 'The next study',
      date: '2027-05-04',
      startTime: '10:30',
      endTime: '13:00',
      format: 'hybrid',
      status: 'ready',
      updatedAt: '2027-01-02T10:00:00.000Z',
      expectedParticipants: null,
      givesBack: [],
      givesBackNote: '',
      followUp: '',
      venueChecks: {},
      onlineChecks: {},
      deliveredOn: null,
      personalDataClearedOn: null,
      people: [],
      setAsides: [],
      debrief: EMPTY_DEBRIEF,
      changes: [],
    });
    expect(plan.blocks).toEqual([
      {
        id: BLOCK_A,
        title: 'Welcome',
        kind: 'welcome',
        durationMinutes: 15,
        description: 'Hello',
        easyRead: '',
        facilitatorNotes: 'Notes',
        materials: 'Badges',
        leadBy: 'Amara',
        leadPersonId: null,
        decision: '',
        deciderIds: [],
        decidedByAll: false,
        pinnedTime: null,
        // Running the day (version 8): nothing saved before was offered as flexible.
        flexible: false,
        minMinutes: null,
        // The room screen (version 11): nobody was named on it without choosing to be.
        leadInRoom: false,
      },
      expect.objectContaining({ id: BLOCK_B, leadBy: 'Sam', pinnedTime: '11:00', deciderIds: [], decidedByAll: false }),
    ]);
    expect(service.listPlans(undefined)[0]).toMatchObject({ id: PLAN, blockCount: 2, totalMinutes: 90 });
    expect(service.getSettings(undefined)).toMatchObject({ theme: 'dark', rates: [] });

    // And the migrated plan takes the new things at once.
    const amara = service.addPerson({ planId: PLAN, person: { name: 'Amara', role: 'public_contributor' } });
    service.updateBlock({ planId: PLAN, blockId: BLOCK_B, patch: { deciderIds: [amara.id], leadPersonId: amara.id } });
    expect(service.getPlan({ planId: PLAN }).blocks[1]).toMatchObject({ deciderIds: [amara.id], leadPersonId: amara.id });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('version 2 → latest keeps people, payments, decisions, set-asides, the library and templates', () => {
    const db = openDatabase(version2Database());
    expect(currentVersion(db)).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    const service = createService(db);
    const plan = service.getPlan({ planId: PLAN });
    expect(plan).toMatchObject({
      title: 'Carers’ voices',
      status: 'delivered',
      expectedParticipants: 12,
      givesBack: ['feedback'],
      followUp: 'We will write',
      // Delivered before the reminder existed: its clock starts from the plan's last change.
      deliveredOn: '2027-05-06',
      personalDataClearedOn: null,
      venueChecks: {},
      onlineChecks: {},
      debrief: { ...EMPTY_DEBRIEF, aim: 'To hear carers' },
      changes: [{ id: CHANGE, youSaid: 'Later start', weDid: 'Started at 10:30' }],
      setAsides: [{ findingId: `decision-unnamed:${BLOCK_A}`, reason: 'We decide together', setAt: '2027-01-03T10:00:00.000Z' }],
    });
    expect(plan.people).toEqual([
      {
        id: PERSON,
        name: 'Amara',
        role: 'public_contributor',
        organisation: 'Carers Together',
        pronouns: 'she/her',
        // Version 5 moved a contact that is plainly an email into its own field.
        knownAs: '',
        email: 'amara@example.org',
        phone: '',
        contact: '',
        coPlans: true,
        coFacilitates: false,
        hostsOnline: false,
        takesPart: 'in_room',
        payment: PAYMENT,
        consent: { store: false, share: false, recordedOn: null },
        accessNeeds: [],
        packFormat: 'standard',
        packDelivery: 'email',
        materialsSentOn: null,
      },
    ]);
    expect(plan.blocks[0]).toMatchObject({ id: BLOCK_A, leadPersonId: PERSON, deciderIds: [PERSON], easyRead: '' });
    expect(service.listLibrary(undefined)).toEqual([expect.objectContaining({ title: 'Tea and talk', easyRead: '' })]);
    expect(service.listTemplates(undefined).find((t) => t.name === 'Our roundtable')).toMatchObject({ blockCount: 1 });
    expect(service.createPlanFromTemplate({ templateId: TEMPLATE }).blocks[0]).toMatchObject({ title: 'Welcome', easyRead: '' });

    // The database keeps the consent rule itself: no needs for someone who has not agreed.
    expect(() => db.prepare(`UPDATE people SET access_needs = '[{"id":"x"}]' WHERE id = ?`).run(PERSON)).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

const PERSON = '44444444-4444-4444-8444-444444444444';
const CHANGE = '55555555-5555-4555-8555-555555555555';
const TEMPLATE = '66666666-6666-4666-8666-666666666666';
const PAYMENT = {
  status: 'agreed',
  prepHours: 2,
  sessionHours: 3,
  followUpHours: 0,
  rate: { name: 'Half day', amountPence: 7500, unit: 'day', source: 'Our policy', asOf: '2027-01-01' },
  method: 'bank_transfer',
  expenses: [{ id: '77777777-7777-4777-8777-777777777777', kind: 'travel', note: 'Bus', amountPence: 450 }],
  benefitsAdviceOffered: true,
  notes: 'Paid after the day',
};

/** A database exactly as Kindred 0.2 (schema version 2) left it: people, a decision, a set-aside, a saved block and template. */
function version2Database(): string {
  const file = join(tempDir(), 'kindred.db');
  const db = new BetterSqlite3(file);
  db.pragma('foreign_keys = ON');
  runMigrations(
    db,
    MIGRATIONS.filter((m) => m.version <= 2),
  );
  const template = {
    details: {
      title: 'Roundtable',
      purpose: '',
      whatCouldChange: '',
      startTime: '10:00',
      endTime: null,
      format: 'in_person',
      venueName: '',
      venueAddress: '',
      expectedParticipants: null,
      givesBack: [],
      givesBackNote: '',
      followUp: '',
    },
    agenda: [
      {
        title: 'Welcome',
        kind: 'welcome',
        durationMinutes: 10,
        description: '',
        facilitatorNotes: '',
        materials: '',
        leadBy: '',
        leadPersonId: null,
        decision: '',
        deciderIds: [],
        decidedByAll: false,
        pinnedTime: null,
      },
    ],
  };
  db.prepare(
    `INSERT INTO plans (id, title, purpose, what_could_change, date, start_time, end_time, format, venue_name,
      venue_address, status, block_count, total_minutes, created_at, updated_at, expected_participants, gives_back,
      gives_back_note, follow_up, debrief_aim, changes)
    VALUES (@plan, 'Carers’ voices', '', '', '2027-05-04', '10:30', '13:00', 'in_person', 'Library', '1 High St',
      'delivered', 1, 15, '2027-01-01T10:00:00.000Z', '2027-05-06T16:00:00.000Z', 12, '["feedback"]', '',
      'We will write', 'To hear carers', @changes)`,
  ).run({ plan: PLAN, changes: JSON.stringify([{ id: CHANGE, youSaid: 'Later start', weDid: 'Started at 10:30' }]) });
  db.prepare(
    `INSERT INTO people (id, plan_id, position, name, role, organisation, pronouns, contact, co_plans, co_facilitates,
      hosts_online, payment)
    VALUES (@person, @plan, 0, 'Amara', 'public_contributor', 'Carers Together', 'she/her', 'amara@example.org', 1, 0, 0, @payment)`,
  ).run({ person: PERSON, plan: PLAN, payment: JSON.stringify(PAYMENT) });
  db.exec(`
    INSERT INTO blocks (id, plan_id, position, title, kind, duration_minutes, description, facilitator_notes,
      materials, lead_by, pinned_time, lead_person_id, decision, decided_by_all)
    VALUES ('${BLOCK_A}', '${PLAN}', 0, 'Decide', 'decision', 15, 'Vote', '', '', '', NULL, '${PERSON}', 'What first', 0);
    INSERT INTO block_deciders (block_id, person_id, position) VALUES ('${BLOCK_A}', '${PERSON}', 0);
    INSERT INTO set_asides (plan_id, finding_id, reason, set_at)
    VALUES ('${PLAN}', 'decision-unnamed:${BLOCK_A}', 'We decide together', '2027-01-03T10:00:00.000Z');
    INSERT INTO library_items (id, title, kind, duration_minutes, description, facilitator_notes, materials, created_at)
    VALUES ('${CHANGE}', 'Tea and talk', 'relationship_building', 20, 'Tea', '', '', '2027-01-01T10:00:00.000Z');
  `);
  db.prepare(`INSERT INTO templates (id, name, summary, content, created_at) VALUES (?, 'Our roundtable', '', ?, '2027-01-01T10:00:00.000Z')`).run(
    TEMPLATE,
    JSON.stringify(template),
  );
  expect(currentVersion(db)).toBe(2);
  db.close();
  return file;
}

describe('migration 4: deleted plans are removed, not marked', () => {
  it('purges plans only marked deleted, with everything in them, keeps the rest, and drops deleted_at', () => {
    const file = join(tempDir(), 'kindred.db');
    const db = new BetterSqlite3(file);
    runMigrations(
      db,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    const gone = '55555555-5555-4555-8555-555555555555';
    db.exec(`
      INSERT INTO plans (id, title, start_time, format, status, created_at, updated_at, deleted_at)
      VALUES ('${PLAN}', 'Kept', '10:00', 'in_person', 'draft', '2027-01-01', '2027-01-01', NULL),
             ('${gone}', 'Marked deleted', '10:00', 'in_person', 'draft', '2027-01-01', '2027-01-01', '2027-01-02');
      INSERT INTO people (id, plan_id, position, name, role, payment) VALUES ('${PERSON}', '${gone}', 0, 'Amara', 'carer', '{}');
      INSERT INTO blocks (id, plan_id, position, title, kind, duration_minutes, lead_person_id)
      VALUES ('${BLOCK_A}', '${gone}', 0, 'Gone too', 'welcome', 10, '${PERSON}'),
             ('${BLOCK_B}', '${PLAN}', 0, 'Stays', 'welcome', 10, NULL);
      INSERT INTO block_deciders (block_id, person_id, position) VALUES ('${BLOCK_A}', '${PERSON}', 0);
      INSERT INTO set_asides (plan_id, finding_id, reason, set_at) VALUES ('${gone}', 'x', 'y', '2027-01-01');
    `);
    db.close();

    const migrated = openDatabase(file);
    const count = (table: string) => migrated.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
    expect(migrated.prepare('SELECT id FROM plans').all()).toEqual([{ id: PLAN }]);
    expect(migrated.prepare('SELECT id FROM blocks').all()).toEqual([{ id: BLOCK_B }]);
    expect([count('people'), count('block_deciders'), count('set_asides')]).toEqual([0, 0, 0]);
    const columns = migrated
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('plans')")
      .all()
      .map((c) => c.name);
    expect(columns).not.toContain('deleted_at');
    expect(migrated.prepare("SELECT name FROM sqlite_schema WHERE name = 'plans_deleted_date'").get()).toBeUndefined();
    expect(migrated.pragma('foreign_key_check')).toEqual([]);
    migrated.close();
  });
});
