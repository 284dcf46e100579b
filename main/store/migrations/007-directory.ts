import { randomUUID } from 'node:crypto';
import type { Migration } from '../migrations';

/*
 * A directory of the people you work with, across plans. Each plan's person links to one entry
 * (people.directory_person_id; SET NULL so deleting an entry never takes a plan's person with it).
 *
 * Every person already in a plan gets an entry of their own, made from what the plan knew, so
 * nothing is lost and nothing is merged behind anyone's back: the same name with the same email or
 * phone in two plans becomes two entries, which the People screen offers to merge. The one
 * exception is a plan whose personal data was deleted after the day: its people are "Carer 1" and
 * the like by design, so they get no entry (that would bring back what was deliberately cleared).
 *
 * Written in SQL and plain JS over rows, never with today's domain code, so this step stays what it
 * was when it shipped. Needs become the profile's "what helps me take part" with the same ids, so
 * each plan's arrangements stay matched to them.
 */
export const directory: Migration = {
  version: 7,
  name: 'a directory of people across plans: directory_people and people.directory_person_id',
  up(db) {
    db.exec(`
      CREATE TABLE directory_people (
        id                  TEXT PRIMARY KEY NOT NULL,
        name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
        known_as            TEXT NOT NULL DEFAULT '',
        pronouns            TEXT NOT NULL DEFAULT '',
        email               TEXT NOT NULL DEFAULT '',
        phone               TEXT NOT NULL DEFAULT '',
        contact             TEXT NOT NULL DEFAULT '',
        roles               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles) AND json_type(roles) = 'array'),
        organisation        TEXT NOT NULL DEFAULT '',
        consent_store       INTEGER NOT NULL DEFAULT 0 CHECK (consent_store IN (0, 1)),
        consent_share       INTEGER NOT NULL DEFAULT 0 CHECK (consent_share IN (0, 1)),
        consent_recorded_on TEXT,
        consent_ask_again_on TEXT,
        access_profile      TEXT NOT NULL DEFAULT '[]'
                            CHECK (json_valid(access_profile) AND json_type(access_profile) = 'array'
                                   AND (consent_store = 1 OR access_profile = '[]')),
        pack_format         TEXT NOT NULL DEFAULT 'standard',
        pack_delivery       TEXT NOT NULL DEFAULT 'email',
        payment_method      TEXT,
        declines_payment    INTEGER NOT NULL DEFAULT 0 CHECK (declines_payment IN (0, 1)),
        benefits_advice_on  TEXT,
        notes               TEXT NOT NULL DEFAULT '',
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      ) STRICT;
      ALTER TABLE people ADD COLUMN directory_person_id TEXT REFERENCES directory_people (id) ON DELETE SET NULL;
      CREATE INDEX people_directory_person ON people (directory_person_id);
    `);

    const rows = db
      .prepare<[], { id: string; createdAt: string; onDate: string }>(
        `SELECT p.id, pl.created_at AS createdAt, coalesce(pl.date, substr(pl.created_at, 1, 10)) AS onDate
         FROM people p JOIN plans pl ON pl.id = p.plan_id
         WHERE pl.personal_data_cleared_on IS NULL
         ORDER BY pl.created_at, p.plan_id, p.position`,
      )
      .all();
    const insert = db.prepare<{ entryId: string; personId: string; createdAt: string; onDate: string }>(
      `INSERT INTO directory_people (id, name, known_as, pronouns, email, phone, contact, roles, organisation,
         consent_store, consent_share, consent_recorded_on, access_profile, pack_format, pack_delivery,
         payment_method, declines_payment, benefits_advice_on, created_at, updated_at)
       SELECT @entryId, CASE WHEN length(trim(name)) > 0 THEN name ELSE 'Someone' END, known_as, pronouns, email, phone, contact,
         json_array(role), organisation, consent_store, consent_share, consent_recorded_on,
         CASE WHEN consent_store = 1 THEN
           (SELECT json_group_array(json_object('id', json_extract(value, '$.id'), 'type', json_extract(value, '$.type'),
              'detail', coalesce(json_extract(value, '$.detail'), '')))
            FROM json_each(people.access_needs))
         ELSE '[]' END,
         pack_format, pack_delivery, json_extract(payment, '$.method'),
         CASE WHEN json_extract(payment, '$.status') = 'declined' THEN 1 ELSE 0 END,
         CASE WHEN json_extract(payment, '$.benefitsAdviceOffered') THEN @onDate ELSE NULL END,
         @createdAt, @createdAt
       FROM people WHERE id = @personId`,
    );
    const link = db.prepare<{ entryId: string; personId: string }>('UPDATE people SET directory_person_id = @entryId WHERE id = @personId');
    for (const row of rows) {
      const entryId = randomUUID();
      insert.run({ entryId, personId: row.id, createdAt: row.createdAt, onDate: row.onDate });
      link.run({ entryId, personId: row.id });
    }
  },
};
