/**
 * Plan rows: prepared statements created once per connection, with named parameters. Columns are
 * aliased to the domain's camelCase names so rows come back ready to use.
 */
import { EMPTY_DEBRIEF, type Change, type Debrief, type PlanDetails, type PlanSort, type PlanSummary } from '../domain/plan';
import type { Database, Statement } from './database';

/** A plan row as written: the details plus the denormalised agenda totals. */
export interface PlanRecord extends PlanDetails {
  blockCount: number;
  totalMinutes: number;
}

const DETAILS = `id, title, purpose, what_could_change AS whatCouldChange, date, start_time AS startTime,
  end_time AS endTime, format, venue_name AS venueName, venue_address AS venueAddress, status,
  expected_participants AS expectedParticipants, gives_back AS givesBack, gives_back_note AS givesBackNote,
  follow_up AS followUp, audience, follow_up_by AS followUpBy, follow_up_format AS followUpFormat,
  contact_person_id AS contactPersonId, dial_in_number AS dialInNumber, dial_in_how AS dialInHow,
  fees_paid_method AS feesPaidMethod, fees_paid_when AS feesPaidWhen, venue_checks AS venueChecks, online_checks AS onlineChecks, delivered_on AS deliveredOn,
  personal_data_cleared_on AS personalDataClearedOn, created_at AS createdAt, updated_at AS updatedAt`;

/** A details row as SQLite returns it: JSON columns still text. */
type DetailsRow = Omit<PlanDetails, 'givesBack' | 'audience' | 'venueChecks' | 'onlineChecks'> & {
  givesBack: string;
  audience: string;
  venueChecks: string;
  onlineChecks: string;
};
type DetailsParams = DetailsRow;

const toRow = (d: PlanDetails): DetailsParams => ({
  ...d,
  givesBack: JSON.stringify(d.givesBack),
  audience: JSON.stringify(d.audience),
  venueChecks: JSON.stringify(d.venueChecks),
  onlineChecks: JSON.stringify(d.onlineChecks),
});
const fromRow = (r: DetailsRow): PlanDetails => ({
  ...r,
  givesBack: JSON.parse(r.givesBack) as PlanDetails['givesBack'],
  audience: JSON.parse(r.audience) as PlanDetails['audience'],
  venueChecks: JSON.parse(r.venueChecks) as PlanDetails['venueChecks'],
  onlineChecks: JSON.parse(r.onlineChecks) as PlanDetails['onlineChecks'],
});

const SUMMARY = `id, title, date, start_time AS startTime, status, format, block_count AS blockCount,
  total_minutes AS totalMinutes, created_at AS createdAt, updated_at AS updatedAt, delivered_on AS deliveredOn,
  personal_data_cleared_on AS personalDataClearedOn,
  (SELECT count(*) FROM people WHERE people.plan_id = plans.id) AS peopleCount`;

// Plans without a date go last in both date orders. Every order ends on id so equal keys never
// swap places between two loads of the list.
const ORDER: Record<PlanSort, string> = {
  date_desc: 'date IS NULL, date DESC, updated_at DESC, id',
  date_asc: 'date IS NULL, date ASC, updated_at DESC, id',
  updated_desc: 'updated_at DESC, id',
  title_asc: 'title COLLATE NOCASE ASC, id',
};

/**
 * Case- and accent-insensitive form used for search, so "cafe" finds "Café" and "ŁÓDŹ" finds
 * "Łódź". SQLite's own LIKE folds ASCII letters only.
 */
function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');
}

/** `50%_off` → `50\%\_off`, so what a person types is matched literally by LIKE … ESCAPE '\'. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function createPlansRepo(db: Database) {
  db.function('kindred_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldForSearch(value) : value));

  const list = Object.fromEntries(
    (Object.keys(ORDER) as PlanSort[]).map((sort) => [
      sort,
      db.prepare<{ pattern: string | null }, PlanSummary>(
        `SELECT ${SUMMARY} FROM plans
         WHERE (@pattern IS NULL OR kindred_fold(title) LIKE @pattern ESCAPE '\\')
         ORDER BY ${ORDER[sort]}`,
      ),
    ]),
  ) as Record<PlanSort, Statement<{ pattern: string | null }, PlanSummary>>;

  const insert = db.prepare<DetailsParams & { blockCount: number; totalMinutes: number }>(
    `INSERT INTO plans (id, title, purpose, what_could_change, date, start_time, end_time, format,
       venue_name, venue_address, status, expected_participants, gives_back, gives_back_note, follow_up, audience,
       follow_up_by, follow_up_format, contact_person_id, dial_in_number, dial_in_how, fees_paid_method, fees_paid_when,
       venue_checks, online_checks, delivered_on, personal_data_cleared_on,
       block_count, total_minutes, created_at, updated_at)
     VALUES (@id, @title, @purpose, @whatCouldChange, @date, @startTime, @endTime, @format,
       @venueName, @venueAddress, @status, @expectedParticipants, @givesBack, @givesBackNote, @followUp, @audience,
       @followUpBy, @followUpFormat, @contactPersonId, @dialInNumber, @dialInHow, @feesPaidMethod, @feesPaidWhen,
       @venueChecks, @onlineChecks, @deliveredOn, @personalDataClearedOn,
       @blockCount, @totalMinutes, @createdAt, @updatedAt)`,
  );
  const updateDetails = db.prepare<DetailsParams>(
    `UPDATE plans SET title = @title, purpose = @purpose, what_could_change = @whatCouldChange, date = @date,
       start_time = @startTime, end_time = @endTime, format = @format, venue_name = @venueName,
       venue_address = @venueAddress, status = @status, expected_participants = @expectedParticipants,
       gives_back = @givesBack, gives_back_note = @givesBackNote, follow_up = @followUp, audience = @audience,
       follow_up_by = @followUpBy, follow_up_format = @followUpFormat, contact_person_id = @contactPersonId,
       dial_in_number = @dialInNumber, dial_in_how = @dialInHow, fees_paid_method = @feesPaidMethod,
       fees_paid_when = @feesPaidWhen, venue_checks = @venueChecks, online_checks = @onlineChecks, delivered_on = @deliveredOn,
       personal_data_cleared_on = @personalDataClearedOn, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const debrief = db.prepare<{ id: string }, Debrief & { changes: string }>(
    `SELECT debrief_aim AS aim, debrief_methods AS methods, debrief_results AS results,
       debrief_outcomes AS outcomes, debrief_reflections AS reflections, changes
     FROM plans WHERE id = @id`,
  );
  const updateDebrief = db.prepare<Debrief & { id: string; updatedAt: string }>(
    `UPDATE plans SET debrief_aim = @aim, debrief_methods = @methods, debrief_results = @results,
       debrief_outcomes = @outcomes, debrief_reflections = @reflections, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const forgetContact = db.prepare<{ id: string; personId: string }>(
    'UPDATE plans SET contact_person_id = NULL WHERE id = @id AND contact_person_id = @personId',
  );
  const updateChanges = db.prepare<{ id: string; changes: string; updatedAt: string }>(
    'UPDATE plans SET changes = @changes, updated_at = @updatedAt WHERE id = @id',
  );
  const details = db.prepare<{ id: string }, DetailsRow>(`SELECT ${DETAILS} FROM plans WHERE id = @id`);
  const summary = db.prepare<{ id: string }, PlanSummary>(`SELECT ${SUMMARY} FROM plans WHERE id = @id`);
  const startTime = db.prepare<{ id: string }, { startTime: string }>('SELECT start_time AS startTime FROM plans WHERE id = @id');
  const touch = db.prepare<{ id: string; updatedAt: string }>('UPDATE plans SET updated_at = @updatedAt WHERE id = @id');
  const setTotals = db.prepare<{ id: string; blockCount: number; totalMinutes: number; updatedAt: string }>(
    `UPDATE plans SET block_count = @blockCount, total_minutes = @totalMinutes, updated_at = @updatedAt
     WHERE id = @id`,
  );
  // With secure_delete on, the rows' bytes are overwritten in the file; blocks, people, deciders
  // and set-asides go by cascade in the same statement.
  const remove = db.prepare<{ id: string }>('DELETE FROM plans WHERE id = @id');

  return {
    /** Plans in the given order; `search` matches anywhere in the title. */
    list(sort: PlanSort, search: string | undefined): PlanSummary[] {
      const term = search === undefined ? '' : foldForSearch(search.trim());
      return list[sort].all({ pattern: term === '' ? null : `%${escapeLike(term)}%` });
    },
    insert(plan: PlanRecord): void {
      insert.run({ ...toRow(plan), blockCount: plan.blockCount, totalMinutes: plan.totalMinutes });
    },
    /** The plan's contact for participants is no longer `personId` (they left the plan). */
    forgetContactPerson(id: string, personId: string): void {
      forgetContact.run({ id, personId });
    },
    updateDetails(plan: PlanDetails): void {
      updateDetails.run(toRow(plan));
    },
    /** A plan's details, or undefined. */
    details(id: string): PlanDetails | undefined {
      const row = details.get({ id });
      return row && fromRow(row);
    },
    /** The GRIPP2 debrief and "you said, we did" of a plan. */
    debrief(id: string): { debrief: Debrief; changes: Change[] } | undefined {
      const row = debrief.get({ id });
      if (!row) return undefined;
      const { changes, ...fields } = row;
      return { debrief: { ...EMPTY_DEBRIEF, ...fields }, changes: JSON.parse(changes) as Change[] };
    },
    updateDebrief(id: string, value: Debrief, updatedAt: string): void {
      updateDebrief.run({ ...value, id, updatedAt });
    },
    updateChanges(id: string, changes: readonly Change[], updatedAt: string): void {
      updateChanges.run({ id, changes: JSON.stringify(changes), updatedAt });
    },
    summary(id: string): PlanSummary | undefined {
      return summary.get({ id });
    },
    /** A plan's start time, the one detail agenda changes need; undefined when there is none. */
    startTime(id: string): string | undefined {
      return startTime.get({ id })?.startTime;
    },
    touch(id: string, updatedAt: string): void {
      touch.run({ id, updatedAt });
    },
    setTotals(id: string, blockCount: number, totalMinutes: number, updatedAt: string): void {
      setTotals.run({ id, blockCount, totalMinutes, updatedAt });
    },
    /** Removes the plan and everything in it for good; true when there was one. */
    remove(id: string): boolean {
      return remove.run({ id }).changes === 1;
    },
  };
}

export type PlansRepo = ReturnType<typeof createPlansRepo>;
