/**
 * The people you work with, across plans: one profile per person, kept once, that flows into each
 * plan they join. What is about one workshop (their role that day, co-planning, arrangements at that
 * venue, fee and expenses, materials sent) stays with the plan's person; what is about *them* (who
 * they are, how to reach them, their consent, what helps them take part, how they like their pack
 * and to be paid) lives here.
 */
import type { AccessNeed, Consent, NeedTypeId, PackDelivery, PackFormat } from './access';
import { EMPTY_ARRANGEMENT } from './access';
import { splitContact, type PaymentMethod, type Person, type PersonRole } from './people';

/** Consent as the directory keeps it: the plan's consent plus when to ask again. */
export interface DirectoryConsent extends Consent {
  /** ISO date to check consent is still given; null when none is set. */
  askAgainOn: string | null;
}

/** One thing that helps them take part, in their own words; how it is met is decided per plan. */
export interface ProfileNeed {
  id: string;
  type: NeedTypeId;
  detail: string;
}

export interface PaymentPreferences {
  method: PaymentMethod | null;
  /** They would rather give their time unpaid (every plan then records them as declining). */
  declines: boolean;
  /** ISO date they were last pointed to benefits advice; null when not yet. */
  benefitsAdviceOfferedOn: string | null;
}

export interface DirectoryPerson {
  id: string;
  name: string;
  knownAs: string;
  pronouns: string;
  email: string;
  phone: string;
  /** Any other way to reach them, as typed. */
  contact: string;
  /** The parts they play with you; a plan picks one as their role that day. */
  roles: PersonRole[];
  organisation: string;
  consent: DirectoryConsent;
  /** "What helps me take part". Kept only while `consent.store` is true. */
  accessProfile: ProfileNeed[];
  packFormat: PackFormat;
  packDelivery: PackDelivery;
  paymentPreferences: PaymentPreferences;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

/** The editable part of a profile. */
export type DirectoryProfile = Omit<DirectoryPerson, 'id' | 'createdAt' | 'updatedAt'>;

/** One line of the People screen. */
export interface DirectorySummary {
  id: string;
  name: string;
  knownAs: string;
  organisation: string;
  email: string;
  phone: string;
  roles: PersonRole[];
  createdAt: string;
  /** The date of the latest dated plan they are in; null when none. */
  lastInvolved: string | null;
  planCount: number;
  /** ISO date consent should be checked again; null when none is set. */
  askAgainOn: string | null;
}

/** A plan someone is part of, as their profile lists it. */
export interface Involvement {
  planId: string;
  title: string;
  date: string | null;
  delivered: boolean;
  role: PersonRole;
  /** Whether they came on the day, as marked when it ran; null when not marked. */
  attended: boolean | null;
}

export const NO_PAYMENT_PREFERENCES: PaymentPreferences = { method: null, declines: false, benefitsAdviceOfferedOn: null };

export function emptyProfile(name: string): DirectoryProfile {
  return {
    name,
    knownAs: '',
    pronouns: '',
    email: '',
    phone: '',
    contact: '',
    roles: [],
    organisation: '',
    consent: { store: false, share: false, recordedOn: null, askAgainOn: null },
    accessProfile: [],
    packFormat: 'standard',
    packDelivery: 'email',
    paymentPreferences: { ...NO_PAYMENT_PREFERENCES },
    notes: '',
  };
}

/**
 * A plan's person as a profile: how someone typed into a plan (or a migrated, or imported one)
 * first enters the directory. Need ids are kept, so the plan's arrangements stay matched to them.
 * `onDate` stands in for when benefits advice was offered, which plans recorded only as yes/no.
 */
export function profileFromPlanPerson(person: Person, onDate: string): DirectoryProfile {
  return {
    name: person.name,
    knownAs: person.knownAs,
    pronouns: person.pronouns,
    email: person.email,
    phone: person.phone,
    contact: person.contact,
    roles: [person.role],
    organisation: person.organisation,
    consent: { ...person.consent, askAgainOn: null },
    accessProfile: person.consent.store ? person.accessNeeds.map(({ id, type, detail }) => ({ id, type, detail })) : [],
    packFormat: person.packFormat,
    packDelivery: person.packDelivery,
    paymentPreferences: {
      method: person.payment.method,
      declines: person.payment.status === 'declined',
      benefitsAdviceOfferedOn: person.payment.benefitsAdviceOffered ? onDate : null,
    },
    notes: '',
  };
}

/**
 * The plan's person with their profile flowed in. The profile wins for who they are and what helps
 * them; the plan keeps its own role, co-planning, arrangements, fee, expenses and materials sent.
 * `droppedNeedIds`: needs taken out of the profile since it last flowed, which leave the plan too;
 * needs the plan added for this workshop alone stay.
 */
export function flowProfile(profile: DirectoryProfile, person: Person, droppedNeedIds: ReadonlySet<string> = new Set()): Person {
  const fromProfile = new Map(profile.accessProfile.map((n) => [n.id, n]));
  const kept: AccessNeed[] = person.accessNeeds
    .filter((n) => !droppedNeedIds.has(n.id))
    .map((n) => {
      const p = fromProfile.get(n.id);
      return p ? { ...n, type: p.type, detail: p.detail } : n;
    });
  const present = new Set(kept.map((n) => n.id));
  const added = profile.accessProfile.filter((n) => !present.has(n.id)).map((n) => ({ ...n, arrangement: { ...EMPTY_ARRANGEMENT } }));
  const prefs = profile.paymentPreferences;
  const status = prefs.declines ? 'declined' : person.payment.status === 'declined' ? 'to_agree' : person.payment.status;
  const { askAgainOn: _askAgainOn, ...consent } = profile.consent;
  return {
    ...person,
    name: profile.name,
    knownAs: profile.knownAs,
    pronouns: profile.pronouns,
    email: profile.email,
    phone: profile.phone,
    contact: profile.contact,
    organisation: profile.organisation,
    consent,
    // Health information goes with consent: none is kept in the plan once it is withdrawn.
    accessNeeds: consent.store ? [...kept, ...added] : [],
    packFormat: profile.packFormat,
    packDelivery: profile.packDelivery,
    payment: {
      ...person.payment,
      status,
      method: prefs.method ?? person.payment.method,
      benefitsAdviceOffered: person.payment.benefitsAdviceOffered || prefs.benefitsAdviceOfferedOn !== null,
    },
  };
}

const normalName = (name: string) => name.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');
const normalEmail = (p: Pick<DirectoryPerson, 'email' | 'contact'>) => (p.email.trim() || splitContact(p.contact).email).toLocaleLowerCase('en-GB');
/** The last ten digits, so "+44 7700 900123" and "07700 900123" are the same number. */
const normalPhone = (p: Pick<DirectoryPerson, 'phone' | 'contact'>) =>
  (p.phone.trim() || splitContact(p.contact).phone).replace(/\D/g, '').slice(-10);

/** The keys under which two entries are probably the same person: the same name and the same email or phone. */
export function sameness(p: Pick<DirectoryPerson, 'name' | 'email' | 'phone' | 'contact'>): string[] {
  const name = normalName(p.name);
  const keys: string[] = [];
  const email = normalEmail(p);
  const phone = normalPhone(p);
  if (email) keys.push(`${name}\u0000e:${email}`);
  if (phone.length >= 7) keys.push(`${name}\u0000p:${phone}`);
  return keys;
}

/**
 * Groups of entries that are likely one person, each group's ids in the order given. Never acted on
 * by itself: the facilitator decides, one merge at a time.
 */
export function likelyDuplicates(people: readonly Pick<DirectoryPerson, 'id' | 'name' | 'email' | 'phone' | 'contact'>[]): string[][] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const firstWithKey = new Map<string, string>();
  for (const p of people) {
    parent.set(p.id, p.id);
    for (const key of sameness(p)) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, p.id);
      else parent.set(root(p.id), root(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const p of people) {
    const r = root(p.id);
    groups.set(r, [...(groups.get(r) ?? []), p.id]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** How much a profile holds: the fuller of two is kept whole when they are merged. */
export function fullness(p: DirectoryProfile): number {
  const texts = [p.knownAs, p.pronouns, p.email, p.phone, p.contact, p.organisation, p.notes].filter((t) => t.trim() !== '').length;
  return (
    texts +
    p.roles.length +
    p.accessProfile.length * 2 +
    (p.consent.recordedOn ? 2 : 0) +
    (p.packFormat !== 'standard' ? 1 : 0) +
    (p.paymentPreferences.method ? 1 : 0) +
    (p.paymentPreferences.benefitsAdviceOfferedOn ? 1 : 0)
  );
}

const TEXT_FIELDS = [
  ['knownAs', 'the name they like to be called'],
  ['pronouns', 'pronouns'],
  ['email', 'email'],
  ['phone', 'phone number'],
  ['contact', 'other contact details'],
  ['organisation', 'organisation'],
] as const;

const laterDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a >= b ? a : b);

/**
 * Two profiles as one: the fuller kept whole, with what only the other held added (empty fields
 * filled, roles and needs joined, notes put together), and a plain list of what was combined.
 * Consent is the most recently recorded one; needs are kept only if that consent allows it.
 */
export function mergeProfiles(a: DirectoryProfile, b: DirectoryProfile): { profile: DirectoryProfile; combined: string[]; keptFirst: boolean } {
  const keptFirst = fullness(a) >= fullness(b);
  const [base, other] = keptFirst ? [a, b] : [b, a];
  const combined: string[] = [];
  const merged: DirectoryProfile = { ...base, roles: [...base.roles], accessProfile: [...base.accessProfile] };
  for (const [field, words] of TEXT_FIELDS) {
    if (merged[field].trim() === '' && other[field].trim() !== '') {
      merged[field] = other[field];
      combined.push(`${words} from the other entry`);
    }
  }
  const newRoles = other.roles.filter((r) => !merged.roles.includes(r));
  if (newRoles.length > 0) {
    merged.roles.push(...newRoles);
    combined.push(newRoles.length === 1 ? 'one more role' : `${newRoles.length} more roles`);
  }
  const otherRecorded = (other.consent.recordedOn ?? '') > (base.consent.recordedOn ?? '');
  if (otherRecorded) {
    merged.consent = { ...other.consent };
    combined.push('the more recent consent record');
  }
  merged.consent.askAgainOn = laterDate(base.consent.askAgainOn, other.consent.askAgainOn);
  if (merged.consent.store) {
    const seen = new Set(merged.accessProfile.map((n) => `${n.type}\u0000${n.detail.trim()}`));
    const extra = (other.consent.store ? other.accessProfile : []).filter((n) => !seen.has(`${n.type}\u0000${n.detail.trim()}`));
    if (extra.length > 0) {
      merged.accessProfile.push(...extra);
      combined.push(extra.length === 1 ? 'one more thing that helps them take part' : `${extra.length} more things that help them take part`);
    }
  } else merged.accessProfile = [];
  if (other.notes.trim() !== '' && base.notes.trim() !== '' && other.notes.trim() !== base.notes.trim()) {
    merged.notes = `${base.notes.trim()}\n\n${other.notes.trim()}`;
    combined.push('both sets of notes');
  }
  const prefs = merged.paymentPreferences;
  if (prefs.method === null && other.paymentPreferences.method !== null) {
    merged.paymentPreferences = { ...prefs, method: other.paymentPreferences.method };
    combined.push('how they like to be paid');
  }
  const offered = laterDate(prefs.benefitsAdviceOfferedOn, other.paymentPreferences.benefitsAdviceOfferedOn);
  if (offered !== merged.paymentPreferences.benefitsAdviceOfferedOn) {
    merged.paymentPreferences = { ...merged.paymentPreferences, benefitsAdviceOfferedOn: offered };
    combined.push('when benefits advice was offered');
  }
  return { profile: merged, combined, keptFirst };
}

export const DIRECTORY_SORTS = ['name', 'last_involved', 'added'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
export const DIRECTORY_SORT_LABELS: Record<DirectorySort, string> = {
  name: 'Name',
  last_involved: 'Last involved',
  added: 'Date added',
};

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Lower-cased once per person, so each keystroke only compares strings. */
export function searchText(p: Pick<DirectorySummary, 'name' | 'knownAs' | 'organisation' | 'email'>): string {
  return `${p.name}\n${p.knownAs}\n${p.organisation}\n${p.email}`.toLocaleLowerCase('en-GB');
}

/** The whole list in the order chosen. Most recent first for dates; never-involved people last. */
export function sortPeople<T extends DirectorySummary>(people: readonly T[], sort: DirectorySort): T[] {
  const byName = (a: T, b: T) => collator.compare(a.name, b.name);
  const list = [...people];
  if (sort === 'name') return list.sort(byName);
  if (sort === 'added') return list.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : byName(a, b)));
  return list.sort((a, b) => {
    if (a.lastInvolved === b.lastInvolved) return byName(a, b);
    if (a.lastInvolved === null) return 1;
    if (b.lastInvolved === null) return -1;
    return a.lastInvolved < b.lastInvolved ? 1 : -1;
  });
}

/**
 * Those whose name, known-as name, organisation or email holds every word of the search, in the
 * order given. The screen sorts once when the list or the order changes, so a keystroke only
 * filters (and `texts`, from `searchText`, spares lower-casing everyone again).
 */
export function filterPeople<T extends DirectorySummary>(sorted: readonly T[], search: string, texts: ReadonlyMap<string, string> = new Map()): T[] {
  const words = search.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sorted];
  return sorted.filter((p) => {
    const hay = texts.get(p.id) ?? searchText(p);
    return words.every((w) => hay.includes(w));
  });
}

/** The People screen's list: found, then sorted. */
export function findPeople<T extends DirectorySummary>(people: readonly T[], search: string, sort: DirectorySort): T[] {
  return sortPeople(filterPeople(people, search), sort);
}

type Contacts = Pick<DirectoryPerson, 'id' | 'name' | 'email' | 'phone' | 'contact'>;

/** A directory entry an imported person may be, and what they have in common, in words. */
export interface LikelyMatch {
  directoryPersonId: string;
  alike: string;
}

/** How an imported person meets the directory: exactly one entry, some that may be them, or no one. */
export type DirectoryMatch = { exact: string } | { likely: LikelyMatch[] } | null;

/**
 * Finds who an incoming person may be. Exactly one entry with the same name and the same email or
 * phone is them. Anything less certain (the same name with other or no contact details, the same
 * email or phone under another name, or several exact entries) is only likely, for the facilitator
 * to decide: Kindred never guesses who someone is. Indexes the directory once.
 */
export function directoryMatcher(entries: readonly Contacts[]): (person: Pick<Person, 'name' | 'email' | 'phone' | 'contact'>) => DirectoryMatch {
  const index = new Map<string, string[]>();
  const add = (key: string, id: string) => index.set(key, [...(index.get(key) ?? []), id]);
  for (const e of entries) {
    for (const key of sameness(e)) add(`x:${key}`, e.id);
    add(`n:${normalName(e.name)}`, e.id);
    const email = normalEmail(e);
    if (email) add(`e:${email}`, e.id);
    const phone = normalPhone(e);
    if (phone.length >= 7) add(`p:${phone}`, e.id);
  }
  return (person) => {
    const exact = new Set(sameness(person).flatMap((k) => index.get(`x:${k}`) ?? []));
    if (exact.size === 1) return { exact: [...exact][0]! };
    const likely = new Map<string, string[]>();
    const note = (ids: readonly string[] | undefined, words: string) => {
      for (const id of ids ?? []) likely.set(id, [...(likely.get(id) ?? []), words]);
    };
    note(index.get(`n:${normalName(person.name)}`), 'the same name');
    const email = normalEmail(person);
    if (email) note(index.get(`e:${email}`), 'the same email');
    const phone = normalPhone(person);
    if (phone.length >= 7) note(index.get(`p:${phone}`), 'the same phone number');
    if (likely.size === 0) return null;
    return { likely: [...likely].map(([directoryPersonId, alike]) => ({ directoryPersonId, alike: alike.join(' and ') })) };
  };
}
