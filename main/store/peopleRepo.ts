/**
 * The people in a plan, kept in the order they were added (positions 0..n-1 with no gaps). A
 * person's payment is one JSON value, read and written whole with them.
 */
import type { AccessNeed } from '../domain/access';
import type { Payment, Person } from '../domain/people';
import type { Database } from './database';

type PersonRow = Omit<Person, 'coPlans' | 'coFacilitates' | 'hostsOnline' | 'payment' | 'consent' | 'accessNeeds'> & {
  coPlans: number;
  coFacilitates: number;
  hostsOnline: number;
  payment: string;
  consentStore: number;
  consentShare: number;
  consentRecordedOn: string | null;
  accessNeeds: string;
};

const COLUMNS = `id, name, role, organisation, pronouns, known_as AS knownAs, email, phone, contact, co_plans AS coPlans,
  co_facilitates AS coFacilitates, hosts_online AS hostsOnline, takes_part AS takesPart, payment,
  consent_store AS consentStore, consent_share AS consentShare, consent_recorded_on AS consentRecordedOn,
  access_needs AS accessNeeds, pack_format AS packFormat, pack_delivery AS packDelivery,
  materials_sent_on AS materialsSentOn`;

const toRow = ({ consent, ...p }: Person): PersonRow => ({
  ...p,
  coPlans: p.coPlans ? 1 : 0,
  coFacilitates: p.coFacilitates ? 1 : 0,
  hostsOnline: p.hostsOnline ? 1 : 0,
  payment: JSON.stringify(p.payment),
  consentStore: consent.store ? 1 : 0,
  consentShare: consent.share ? 1 : 0,
  consentRecordedOn: consent.recordedOn,
  // Never written without consent; the table's CHECK refuses it too.
  accessNeeds: JSON.stringify(consent.store ? p.accessNeeds : []),
});

const fromRow = ({ consentStore, consentShare, consentRecordedOn, ...r }: PersonRow): Person => ({
  ...r,
  coPlans: r.coPlans === 1,
  coFacilitates: r.coFacilitates === 1,
  hostsOnline: r.hostsOnline === 1,
  payment: JSON.parse(r.payment) as Payment,
  consent: { store: consentStore === 1, share: consentShare === 1, recordedOn: consentRecordedOn },
  accessNeeds: JSON.parse(r.accessNeeds) as AccessNeed[],
});

export function createPeopleRepo(db: Database) {
  const list = db.prepare<{ planId: string }, PersonRow>(`SELECT ${COLUMNS} FROM people WHERE plan_id = @planId ORDER BY position`);
  const get = db.prepare<{ planId: string; id: string }, PersonRow>(`SELECT ${COLUMNS} FROM people WHERE plan_id = @planId AND id = @id`);
  const ids = db.prepare<{ planId: string }, { id: string }>('SELECT id FROM people WHERE plan_id = @planId');
  const count = db.prepare<{ planId: string }, { n: number }>('SELECT count(*) AS n FROM people WHERE plan_id = @planId');
  const exists = db.prepare<{ id: string }, { one: number }>('SELECT 1 AS one FROM people WHERE id = @id');
  const insert = db.prepare<PersonRow & { planId: string; position: number }>(
    `INSERT INTO people (id, plan_id, position, name, role, organisation, pronouns, known_as, email, phone, contact, co_plans,
       co_facilitates, hosts_online, takes_part, payment, consent_store, consent_share, consent_recorded_on,
       access_needs, pack_format, pack_delivery, materials_sent_on)
     VALUES (@id, @planId, @position, @name, @role, @organisation, @pronouns, @knownAs, @email, @phone, @contact, @coPlans,
       @coFacilitates, @hostsOnline, @takesPart, @payment, @consentStore, @consentShare, @consentRecordedOn,
       @accessNeeds, @packFormat, @packDelivery, @materialsSentOn)`,
  );
  const update = db.prepare<PersonRow & { planId: string }>(
    `UPDATE people SET name = @name, role = @role, organisation = @organisation, pronouns = @pronouns,
       known_as = @knownAs, email = @email, phone = @phone, contact = @contact, co_plans = @coPlans, co_facilitates = @coFacilitates, hosts_online = @hostsOnline,
       takes_part = @takesPart, payment = @payment, consent_store = @consentStore, consent_share = @consentShare,
       consent_recorded_on = @consentRecordedOn, access_needs = @accessNeeds, pack_format = @packFormat,
       pack_delivery = @packDelivery, materials_sent_on = @materialsSentOn
     WHERE id = @id AND plan_id = @planId`,
  );
  const position = db.prepare<{ planId: string; id: string }, { position: number }>(
    'SELECT position FROM people WHERE plan_id = @planId AND id = @id',
  );
  const remove = db.prepare<{ planId: string; id: string }>('DELETE FROM people WHERE id = @id AND plan_id = @planId');
  const closeGap = db.prepare<{ planId: string; from: number }>(
    'UPDATE people SET position = position - 1 WHERE plan_id = @planId AND position > @from',
  );

  return {
    list(planId: string): Person[] {
      return list.all({ planId }).map(fromRow);
    },
    get(planId: string, id: string): Person | undefined {
      const row = get.get({ planId, id });
      return row && fromRow(row);
    },
    ids(planId: string): Set<string> {
      return new Set(ids.all({ planId }).map((r) => r.id));
    },
    count(planId: string): number {
      return count.get({ planId })?.n ?? 0;
    },
    exists(id: string): boolean {
      return exists.get({ id }) !== undefined;
    },
    /** Adds at the end of the plan's list. */
    insert(planId: string, person: Person): void {
      insert.run({ ...toRow(person), planId, position: count.get({ planId })?.n ?? 0 });
    },
    update(planId: string, person: Person): void {
      update.run({ ...toRow(person), planId });
    },
    /** Removes a person; blocks they led keep going with no lead, and they leave every decision. */
    remove(planId: string, id: string): boolean {
      const at = position.get({ planId, id });
      if (!at) return false;
      remove.run({ planId, id });
      closeGap.run({ planId, from: at.position });
      return true;
    },
  };
}

export type PeopleRepo = ReturnType<typeof createPeopleRepo>;
