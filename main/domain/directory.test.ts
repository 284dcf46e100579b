import { describe, expect, it } from 'vitest';
import { makeNeed, makePerson } from '../testing/testPlan';
import { emptyProfile, findPeople, flowProfile, likelyDuplicates, mergeProfiles, type DirectorySummary } from './directory';

const entry = (id: string, name: string, fields: { email?: string; phone?: string; contact?: string } = {}) => ({
  id,
  name,
  email: fields.email ?? '',
  phone: fields.phone ?? '',
  contact: fields.contact ?? '',
});

describe('likely duplicates', () => {
  it('groups the same name with the same email or phone, however written, even in the old one-line contact', () => {
    const groups = likelyDuplicates([
      entry('a', 'Keri Jones', { contact: 'Ring before 5pm\n029 2074 7747\nkeri@example.org' }),
      entry('b', ' keri  jones', { email: 'KERI@example.org' }),
      entry('c', 'Keri Jones', { phone: '+44 29 2074 7747' }),
      entry('d', 'Keri Jones'),
      entry('e', 'Kerry Jones', { email: 'keri@example.org' }),
    ]);
    expect(groups).toEqual([['a', 'b', 'c']]);
  });

  it('finds none where nobody shares a name and a contact', () => {
    expect(likelyDuplicates([entry('a', 'Sam', { email: 's@x.org' }), entry('b', 'Sam', { email: 't@x.org' })])).toEqual([]);
  });
});

describe('a profile flowing into a plan', () => {
  it('keeps the plan’s own role, arrangements and fee; drops only needs taken out of the profile', () => {
    const loop = makeNeed('hearing_loop', { status: 'arranged', how: 'Tested' }, 'Loop');
    const dropped = makeNeed('breaks');
    const venueOnly = makeNeed('parking');
    const person = makePerson('Sam', 'researcher', {
      coPlans: true,
      consent: { store: true, share: false, recordedOn: '2027-01-01' },
      accessNeeds: [loop, dropped, venueOnly],
      payment: { ...makePerson('x', 'carer').payment, status: 'declined', sessionHours: 3 },
    });
    const profile = {
      ...emptyProfile('Sam Lee'),
      consent: { store: true, share: true, recordedOn: '2027-02-01', askAgainOn: null },
      accessProfile: [{ id: loop.id, type: loop.type, detail: 'A loop, please' }],
      paymentPreferences: { method: 'voucher' as const, declines: false, benefitsAdviceOfferedOn: null },
    };
    const next = flowProfile(profile, person, new Set([dropped.id]));
    expect(next).toMatchObject({ name: 'Sam Lee', role: 'researcher', coPlans: true, consent: { share: true } });
    expect(next.accessNeeds).toEqual([{ ...loop, detail: 'A loop, please' }, venueOnly]);
    expect(next.payment).toMatchObject({ status: 'to_agree', method: 'voucher', sessionHours: 3 });
    expect(flowProfile({ ...profile, consent: { ...profile.consent, store: false } }, person).accessNeeds).toEqual([]);
  });
});

describe('merging two profiles', () => {
  it('keeps the fuller, fills its gaps, takes the latest consent and keeps needs only with consent', () => {
    const thin = { ...emptyProfile('Amara'), email: 'a@x.org', consent: { store: false, share: false, recordedOn: '2027-06-01', askAgainOn: null } };
    const full = {
      ...emptyProfile('Amara'),
      pronouns: 'she/her',
      roles: ['carer' as const],
      notes: 'Prefers mornings',
      consent: { store: true, share: true, recordedOn: '2027-01-01', askAgainOn: '2028-01-01' },
      accessProfile: [{ id: 'n1', type: 'step_free' as const, detail: '' }],
    };
    const { profile, combined, keptFirst } = mergeProfiles(thin, full);
    expect(keptFirst).toBe(false);
    expect(profile).toMatchObject({ email: 'a@x.org', pronouns: 'she/her', notes: 'Prefers mornings' });
    // The later record says no to keeping needs: none are kept.
    expect(profile.consent).toEqual({ store: false, share: false, recordedOn: '2027-06-01', askAgainOn: '2028-01-01' });
    expect(profile.accessProfile).toEqual([]);
    expect(combined).toEqual(['email from the other entry', 'the more recent consent record']);
  });
});

describe('finding people', () => {
  const summary = (name: string, lastInvolved: string | null, createdAt: string): DirectorySummary => ({
    id: name,
    name,
    knownAs: '',
    organisation: '',
    email: '',
    phone: '',
    roles: [],
    createdAt,
    lastInvolved,
    planCount: 0,
    askAgainOn: null,
  });
  const people = [summary('émile', '2027-01-01', '3'), summary('Adam', null, '1'), summary('Zed', '2027-05-01', '2')];
  it('sorts names as people read them, latest involvement first (never involved last), newest added first', () => {
    expect(findPeople(people, '', 'name').map((p) => p.name)).toEqual(['Adam', 'émile', 'Zed']);
    expect(findPeople(people, '', 'last_involved').map((p) => p.name)).toEqual(['Zed', 'émile', 'Adam']);
    expect(findPeople(people, '', 'added').map((p) => p.name)).toEqual(['émile', 'Zed', 'Adam']);
    expect(findPeople(people, '  ZE ', 'name').map((p) => p.name)).toEqual(['Zed']);
  });
});
