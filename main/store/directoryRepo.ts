/**
 * The directory of people across plans, and each plan person's link to an entry. Small nested
 * values (roles, the access profile) are JSON read and written whole with their row.
 */
import type { DirectoryPerson, DirectorySummary, Involvement, ProfileNeed } from '../domain/directory';
import type { PaymentMethod, PersonRole } from '../domain/people';
import type { Database } from './database';

interface Row {
  id: string;
  name: string;
  knownAs: string;
  pronouns: string;
  email: string;
  phone: string;
  contact: string;
  roles: string;
  organisation: string;
  consentStore: number;
  consentShare: number;
  consentRecordedOn: string | null;
  consentAskAgainOn: string | null;
  accessProfile: string;
  packFormat: DirectoryPerson['packFormat'];
  packDelivery: DirectoryPerson['packDelivery'];
  paymentMethod: PaymentMethod | null;
  declinesPayment: number;
  benefitsAdviceOn: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, name, known_as AS knownAs, pronouns, email, phone, contact, roles, organisation,
  consent_store AS consentStore, consent_share AS consentShare, consent_recorded_on AS consentRecordedOn,
  consent_ask_again_on AS consentAskAgainOn, access_profile AS accessProfile, pack_format AS packFormat,
  pack_delivery AS packDelivery, payment_method AS paymentMethod, declines_payment AS declinesPayment,
  benefits_advice_on AS benefitsAdviceOn, notes, created_at AS createdAt, updated_at AS updatedAt`;

const toRow = (p: DirectoryPerson): Row => ({
  id: p.id,
  name: p.name,
  knownAs: p.knownAs,
  pronouns: p.pronouns,
  email: p.email,
  phone: p.phone,
  contact: p.contact,
  roles: JSON.stringify(p.roles),
  organisation: p.organisation,
  consentStore: p.consent.store ? 1 : 0,
  consentShare: p.consent.share ? 1 : 0,
  consentRecordedOn: p.consent.recordedOn,
  consentAskAgainOn: p.consent.askAgainOn,
  // Never written without consent; the table's CHECK refuses it too.
  accessProfile: JSON.stringify(p.consent.store ? p.accessProfile : []),
  packFormat: p.packFormat,
  packDelivery: p.packDelivery,
  paymentMethod: p.paymentPreferences.method,
  declinesPayment: p.paymentPreferences.declines ? 1 : 0,
  benefitsAdviceOn: p.paymentPreferences.benefitsAdviceOfferedOn,
  notes: p.notes,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

const fromRow = (r: Row): DirectoryPerson => ({
  id: r.id,
  name: r.name,
  knownAs: r.knownAs,
  pronouns: r.pronouns,
  email: r.email,
  phone: r.phone,
  contact: r.contact,
  roles: JSON.parse(r.roles) as PersonRole[],
  organisation: r.organisation,
  consent: { store: r.consentStore === 1, share: r.consentShare === 1, recordedOn: r.consentRecordedOn, askAgainOn: r.consentAskAgainOn },
  accessProfile: JSON.parse(r.accessProfile) as ProfileNeed[],
  packFormat: r.packFormat,
  packDelivery: r.packDelivery,
  paymentPreferences: { method: r.paymentMethod, declines: r.declinesPayment === 1, benefitsAdviceOfferedOn: r.benefitsAdviceOn },
  notes: r.notes,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

type SummaryRow = Omit<DirectorySummary, 'roles'> & { roles: string };

/** A plan person linked to an entry, with what the profile flow needs to know about their plan. */
export interface LinkedPlanPerson {
  planId: string;
  personId: string;
  delivered: boolean;
  cleared: boolean;
}

export function createDirectoryRepo(db: Database) {
  const get = db.prepare<{ id: string }, Row>(`SELECT ${COLUMNS} FROM directory_people WHERE id = @id`);
  const all = db.prepare<[], Row>(`SELECT ${COLUMNS} FROM directory_people`);
  const summaries = db.prepare<[], SummaryRow>(
    `SELECT d.id, d.name, d.known_as AS knownAs, d.organisation, d.email, d.phone, d.roles, d.created_at AS createdAt,
       d.consent_ask_again_on AS askAgainOn, max(pl.date) AS lastInvolved, count(DISTINCT pl.id) AS planCount
     FROM directory_people d
     LEFT JOIN people p ON p.directory_person_id = d.id
     LEFT JOIN plans pl ON pl.id = p.plan_id
     GROUP BY d.id`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM directory_people');
  const contacts = db.prepare<[], Pick<DirectoryPerson, 'id' | 'name' | 'email' | 'phone' | 'contact'>>(
    'SELECT id, name, email, phone, contact FROM directory_people',
  );
  const insert = db.prepare<Row>(
    `INSERT INTO directory_people (id, name, known_as, pronouns, email, phone, contact, roles, organisation, consent_store,
       consent_share, consent_recorded_on, consent_ask_again_on, access_profile, pack_format, pack_delivery, payment_method,
       declines_payment, benefits_advice_on, notes, created_at, updated_at)
     VALUES (@id, @name, @knownAs, @pronouns, @email, @phone, @contact, @roles, @organisation, @consentStore,
       @consentShare, @consentRecordedOn, @consentAskAgainOn, @accessProfile, @packFormat, @packDelivery, @paymentMethod,
       @declinesPayment, @benefitsAdviceOn, @notes, @createdAt, @updatedAt)`,
  );
  const update = db.prepare<Row>(
    `UPDATE directory_people SET name = @name, known_as = @knownAs, pronouns = @pronouns, email = @email, phone = @phone,
       contact = @contact, roles = @roles, organisation = @organisation, consent_store = @consentStore,
       consent_share = @consentShare, consent_recorded_on = @consentRecordedOn, consent_ask_again_on = @consentAskAgainOn,
       access_profile = @accessProfile, pack_format = @packFormat, pack_delivery = @packDelivery,
       payment_method = @paymentMethod, declines_payment = @declinesPayment, benefits_advice_on = @benefitsAdviceOn,
       notes = @notes, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const remove = db.prepare<{ id: string }>('DELETE FROM directory_people WHERE id = @id');
  const link = db.prepare<{ personId: string; entryId: string | null }>('UPDATE people SET directory_person_id = @entryId WHERE id = @personId');
  const relink = db.prepare<{ from: string; to: string }>('UPDATE people SET directory_person_id = @to WHERE directory_person_id = @from');
  const unlinkPlan = db.prepare<{ planId: string }>('UPDATE people SET directory_person_id = NULL WHERE plan_id = @planId');
  const linkOf = db.prepare<{ personId: string }, { entryId: string | null }>(
    'SELECT directory_person_id AS entryId FROM people WHERE id = @personId',
  );
  const linksInPlan = db.prepare<{ planId: string }, { personId: string; entryId: string }>(
    'SELECT id AS personId, directory_person_id AS entryId FROM people WHERE plan_id = @planId AND directory_person_id IS NOT NULL',
  );
  const linked = db.prepare<{ entryId: string }, { planId: string; personId: string; delivered: number; cleared: number }>(
    `SELECT p.plan_id AS planId, p.id AS personId, pl.status = 'delivered' AS delivered,
       pl.personal_data_cleared_on IS NOT NULL AS cleared
     FROM people p JOIN plans pl ON pl.id = p.plan_id WHERE p.directory_person_id = @entryId`,
  );
  const involvement = db.prepare<{ entryId: string }, Omit<Involvement, 'delivered' | 'attended'> & { delivered: number; attended: number | null }>(
    `SELECT pl.id AS planId, pl.title, pl.date, pl.status = 'delivered' AS delivered, p.role, a.came AS attended
     FROM people p JOIN plans pl ON pl.id = p.plan_id LEFT JOIN attendance a ON a.person_id = p.id
     WHERE p.directory_person_id = @entryId
     ORDER BY pl.date IS NULL, pl.date DESC, pl.created_at DESC`,
  );

  return {
    get(id: string): DirectoryPerson | undefined {
      const row = get.get({ id });
      return row && fromRow(row);
    },
    all(): DirectoryPerson[] {
      return all.all().map(fromRow);
    },
    summaries(): DirectorySummary[] {
      return summaries.all().map((r) => ({ ...r, roles: JSON.parse(r.roles) as PersonRole[] }));
    },
    /** Just what telling people apart needs: names and ways to reach them. */
    contacts(): Pick<DirectoryPerson, 'id' | 'name' | 'email' | 'phone' | 'contact'>[] {
      return contacts.all();
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
    insert(person: DirectoryPerson): void {
      insert.run(toRow(person));
    },
    update(person: DirectoryPerson): void {
      update.run(toRow(person));
    },
    remove(id: string): void {
      remove.run({ id });
    },
    /** Links a plan's person to an entry (or unlinks them, with null). */
    link(personId: string, entryId: string | null): void {
      link.run({ personId, entryId });
    },
    /** Moves every plan person linked to `from` over to `to`; returns how many moved. */
    relink(from: string, to: string): number {
      return relink.run({ from, to }).changes;
    },
    /** A plan's people stop pointing at anyone in the directory (their personal data was deleted). */
    unlinkPlan(planId: string): void {
      unlinkPlan.run({ planId });
    },
    linkOf(personId: string): string | null {
      return linkOf.get({ personId })?.entryId ?? null;
    },
    /** Plan person id → directory entry id, for one plan's linked people. */
    linksInPlan(planId: string): Map<string, string> {
      return new Map(linksInPlan.all({ planId }).map((r) => [r.personId, r.entryId]));
    },
    linked(entryId: string): LinkedPlanPerson[] {
      return linked.all({ entryId }).map((r) => ({ ...r, delivered: r.delivered === 1, cleared: r.cleared === 1 }));
    },
    involvement(entryId: string): Involvement[] {
      return involvement
        .all({ entryId })
        .map((r) => ({ ...r, delivered: r.delivered === 1, attended: r.attended === null ? null : r.attended === 1 }));
    },
  };
}

export type DirectoryRepo = ReturnType<typeof createDirectoryRepo>;
