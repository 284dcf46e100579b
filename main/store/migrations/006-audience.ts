import type { Migration } from '../migrations';

/*
 * Plans record who a session is for (children and young people, young carers, people who work in
 * the daytime), so the review can fit its advice about times to them. A JSON list like gives_back,
 * starting empty for every plan already saved: nothing is assumed about a group nobody described.
 * Numbered 6: version 5 is being written alongside this one.
 */
export const audience: Migration = {
  version: 6,
  name: 'plans record who the session is for: plans.audience',
  up(db) {
    db.exec(`ALTER TABLE plans ADD COLUMN audience TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(audience) AND json_type(audience) = 'array')`);
  },
};
