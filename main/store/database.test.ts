import { existsSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createService } from '../service/service';
import { tempDir } from '../testing/tempStore';
import { openDatabase } from './database';
import { currentVersion, DatabaseTooNewError, MIGRATIONS, runMigrations, type Migration } from './migrations';

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

function freshFile(): string {
  return join(tempDir(), 'kindred.db');
}

function tables(db: ReturnType<typeof openDatabase>): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name);
}

describe('openDatabase', () => {
  it('creates the file and migrates an empty database to the latest version', () => {
    const file = freshFile();
    const db = openDatabase(file);
    expect(existsSync(file)).toBe(true);
    expect(tables(db)).toEqual([
      'attendance',
      'block_deciders',
      'blocks',
      'day_runs',
      'directory_people',
      'impact_entries',
      'library_items',
      'meta',
      'people',
      'plans',
      'project_members',
      'projects',
      'run_events',
      'run_notes',
      'schema_migrations',
      'set_asides',
      'settings',
      'templates',
    ]);
    expect(currentVersion(db)).toBe(LATEST);
    db.close();
  });

  it('records each migration with its name and when it was applied', () => {
    const before = Date.now();
    const db = openDatabase(freshFile());
    const rows = db.prepare<[], { version: number; name: string; applied_at: string }>('SELECT * FROM schema_migrations ORDER BY version').all();
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(rows[0]!.name).toBe(MIGRATIONS[0]!.name);
    expect(Date.parse(rows[0]!.applied_at)).toBeGreaterThanOrEqual(before - 1000);
    db.close();
  });

  it('turns on WAL, foreign keys, FULL sync (a saved edit survives a power cut), a busy timeout and secure delete', () => {
    const db = openDatabase(freshFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // 2 is FULL: with WAL, NORMAL (1) may lose every commit since the last checkpoint on a power cut.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('keeps everything across a close and reopen, without migrating again', () => {
    const file = freshFile();
    const first = openDatabase(file);
    const service = createService(first);
    const plan = service.createPlan({ details: { title: 'Carers’ voices', date: '2027-05-04', endTime: '13:00' } });
    service.addBlock({ planId: plan.id, block: { kind: 'welcome' } });
    service.addBlock({ planId: plan.id, block: { kind: 'meal', pinnedTime: '12:30', description: 'Lunch together' } });
    service.updateSettings({ theme: 'dark' });
    const saved = service.getPlan({ planId: plan.id });
    const appliedAt = first.prepare('SELECT applied_at FROM schema_migrations').all();
    first.close();

    const again = openDatabase(file);
    const reopened = createService(again);
    expect(reopened.getPlan({ planId: plan.id })).toEqual(saved);
    expect(reopened.listPlans(undefined)).toHaveLength(1);
    expect(reopened.getSettings(undefined).theme).toBe('dark');
    expect(again.prepare('SELECT applied_at FROM schema_migrations').all()).toEqual(appliedAt);
    again.close();
  });

  it('refuses, with a plain message, a database written by a newer Kindred and leaves it untouched', () => {
    const file = freshFile();
    const db = openDatabase(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', '2030-01-01')").run(LATEST + 5);
    db.close();

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(
      `These plans were saved by a newer version of Kindred (data version ${LATEST + 5}; this one understands up to ${LATEST}). ` +
        'Please update Kindred to open them. Nothing has been changed.',
    );
    const raw = new BetterSqlite3(file);
    expect(currentVersion(raw)).toBe(LATEST + 5);
    raw.close();
  });

  it('enforces foreign keys (blocks go with their plan) and cheap CHECKs', () => {
    const db = openDatabase(freshFile());
    const service = createService(db);
    const plan = service.createPlan(undefined);
    service.addBlock({ planId: plan.id, block: { kind: 'break' } });
    expect(() =>
      db.prepare("INSERT INTO blocks (id, plan_id, position, title, kind, duration_minutes) VALUES ('x', 'no-such-plan', 0, 't', 'other', 5)").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE blocks SET duration_minutes = 0').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE blocks SET duration_minutes = 1441').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE blocks SET pinned_time = '24:00'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE plans SET status = 'archived'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE plans SET format = 'carrier pigeon'").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM plans').run();
    expect(db.prepare('SELECT count(*) AS n FROM blocks').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('runMigrations', () => {
  it('applies each step in its own transaction: a failing step leaves the earlier ones and nothing of itself', () => {
    const db = openDatabase(freshFile());
    const broken: Migration = {
      version: LATEST + 1,
      name: 'half-finished',
      up(d) {
        d.exec('CREATE TABLE reflections (id TEXT PRIMARY KEY)');
        throw new Error('power cut');
      },
    };
    expect(() => runMigrations(db, [...MIGRATIONS, broken])).toThrow('power cut');
    expect(currentVersion(db)).toBe(LATEST);
    expect(tables(db)).not.toContain('reflections');

    const fixed: Migration = { ...broken, up: (d) => void d.exec('CREATE TABLE reflections (id TEXT PRIMARY KEY)') };
    runMigrations(db, [...MIGRATIONS, fixed]);
    expect(currentVersion(db)).toBe(LATEST + 1);
    expect(tables(db)).toContain('reflections');
    db.close();
  });

  it('applies migrations in version order whatever order they are listed in', () => {
    const db = openDatabase(freshFile());
    const order: number[] = [];
    const step = (version: number): Migration => ({ version, name: `step ${version}`, up: () => void order.push(version) });
    runMigrations(db, [step(LATEST + 2), ...MIGRATIONS, step(LATEST + 1)]);
    expect(order).toEqual([LATEST + 1, LATEST + 2]);
    db.close();
  });
});
