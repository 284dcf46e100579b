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
  runMigrations(db, MIGRATIONS.filter((m) => m.version <= 1));
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
        facilitatorNotes: 'Notes',
        materials: 'Badges',
        leadBy: 'Amara',
        leadPersonId: null,
        decision: '',
        deciderIds: [],
        decidedByAll: false,
        pinnedTime: null,
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
});
