import { splitContact } from '../../domain/people';
import type { Migration } from '../migrations';

/*
 * What the personal packs need and the plan did not record. A person gets the name they use, an
 * email and a phone kept apart from the old free "contact" text (a whole line that is plainly one
 * of them moves; everything else stays where it was typed), and a three-way "takes part" in place
 * of joins_online (1 became online, 0 in the room). A plan gets its contact for participants, how
 * to join by phone, when and how the follow-up comes, and how and when fees are paid.
 *
 * contact_person_id has no foreign key: plans are written before their people (imports, copies),
 * so the service clears it when that person is removed, and the packs ignore an id that names
 * nobody in the plan.
 */
export const packFacts: Migration = {
  version: 5,
  name: 'pack facts: known-as name, email and phone, how each person takes part, contact for participants, joining by phone, follow-up, fees',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN known_as TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT '';
      ALTER TABLE people ADD COLUMN takes_part TEXT NOT NULL DEFAULT 'in_room'
        CHECK (takes_part IN ('in_room', 'online', 'phone'));
      UPDATE people SET takes_part = 'online' WHERE joins_online = 1;
      ALTER TABLE people DROP COLUMN joins_online;

      ALTER TABLE plans ADD COLUMN follow_up_by TEXT;
      ALTER TABLE plans ADD COLUMN follow_up_format TEXT;
      ALTER TABLE plans ADD COLUMN contact_person_id TEXT;
      ALTER TABLE plans ADD COLUMN dial_in_number TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN dial_in_how TEXT NOT NULL DEFAULT '';
      ALTER TABLE plans ADD COLUMN fees_paid_method TEXT;
      ALTER TABLE plans ADD COLUMN fees_paid_when TEXT NOT NULL DEFAULT '';
    `);
    const people = db.prepare<[], { id: string; contact: string }>("SELECT id, contact FROM people WHERE contact <> ''").all();
    const write = db.prepare<{ id: string; email: string; phone: string; rest: string }>(
      'UPDATE people SET email = @email, phone = @phone, contact = @rest WHERE id = @id',
    );
    for (const { id, contact } of people) {
      const split = splitContact(contact);
      if (split.email || split.phone) write.run({ id, ...split });
    }
  },
};
