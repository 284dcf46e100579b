import type { Migration } from '../migrations';

/*
 * Access needs and their arrangements, consent, pack formats, venue and online checks, Easy Read
 * text, and the dates that drive the "delete personal data" reminder. A person's access needs are
 * one JSON value read and written whole with them (like their payment); the CHECK below keeps the
 * consent rule in the database too: no needs are kept for someone who has not agreed to it.
 */
export const access: Migration = {
  version: 3,
  name: 'access needs, arrangements, consent, pack formats, venue and online checks, Easy Read',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN joins_online INTEGER NOT NULL DEFAULT 0 CHECK (joins_online IN (0, 1));
      ALTER TABLE people ADD COLUMN consent_store INTEGER NOT NULL DEFAULT 0 CHECK (consent_store IN (0, 1));
      ALTER TABLE people ADD COLUMN consent_share INTEGER NOT NULL DEFAULT 0 CHECK (consent_share IN (0, 1));
      ALTER TABLE people ADD COLUMN consent_recorded_on TEXT;
      ALTER TABLE people ADD COLUMN access_needs TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(access_needs) AND (consent_store = 1 OR access_needs = '[]'));
      ALTER TABLE people ADD COLUMN pack_format TEXT NOT NULL DEFAULT 'standard';
      ALTER TABLE people ADD COLUMN pack_delivery TEXT NOT NULL DEFAULT 'email';
      ALTER TABLE people ADD COLUMN materials_sent_on TEXT;

      ALTER TABLE plans ADD COLUMN venue_checks TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(venue_checks));
      ALTER TABLE plans ADD COLUMN online_checks TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(online_checks));
      ALTER TABLE plans ADD COLUMN delivered_on TEXT;
      ALTER TABLE plans ADD COLUMN personal_data_cleared_on TEXT;
      -- Plans already marked delivered start their reminder clock from their last change.
      UPDATE plans SET delivered_on = substr(updated_at, 1, 10) WHERE status = 'delivered';

      ALTER TABLE blocks ADD COLUMN easy_read TEXT NOT NULL DEFAULT '';
      ALTER TABLE library_items ADD COLUMN easy_read TEXT NOT NULL DEFAULT '';
    `);
  },
};
