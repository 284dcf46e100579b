import type { Migration } from '../migrations';

/*
 * The room screen and who came on the day.
 *
 * A block's lead is shown on the room screen only when they chose to be (blocks.lead_in_room):
 * every block saved before this was not, so nobody's name reaches a wall without their say.
 *
 * Who came on the day. One row per plan person once the facilitator has marked them: came (1) or
 * did not (0); no row means not marked yet, which is not the same as "did not come" (nobody is
 * assumed absent, and so unpaid). It goes with the person: removing them from the plan removes it.
 * Attendance decides whose fee is due and whose expenses to claim (domain/attendance.ts), and
 * shows in each person's history across plans.
 *
 * The version number lives here only.
 */
export const ATTENDANCE_VERSION = 11;

export const attendance: Migration = {
  version: ATTENDANCE_VERSION,
  name: 'the room screen and who came: blocks.lead_in_room, attendance',
  up(db) {
    db.exec(`
      ALTER TABLE blocks ADD COLUMN lead_in_room INTEGER NOT NULL DEFAULT 0 CHECK (lead_in_room IN (0, 1));

      CREATE TABLE attendance (
        person_id   TEXT PRIMARY KEY NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        came        INTEGER NOT NULL CHECK (came IN (0, 1)),
        -- ISO time it was marked, for the record of the day.
        recorded_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
