import { describe, expect, it } from 'vitest';
import { EMPTY_PAYMENT } from '../domain/people';
import { caught } from '../testing/caught';
import { openTestStore } from '../testing/tempStore';

const RATE = { name: 'Hourly', amountPence: 2500, unit: 'hour' as const, source: 'Our policy', asOf: '2026-01-05' };

/** Nia in three plans: two delivered in the 2026 to 2027 tax year, one in 2027 to 2028, one still ahead. */
function niaAcrossPlans() {
  const s = openTestStore();
  const { service } = s;
  const nia = service.createDirectoryPerson({ person: { name: 'Nia Evans', roles: ['public_contributor'] } });
  const session = (
    title: string,
    date: string,
    hours: number,
    delivered: boolean,
    extra: { lead?: boolean; coPlans?: boolean; travel?: number } = {},
  ) => {
    const planId = service.createPlan({ details: { title, date } }).id;
    const person = service.addDirectoryPersonToPlan({ planId, directoryPersonId: nia.id });
    service.updatePerson({
      planId,
      personId: person.id,
      patch: {
        coPlans: extra.coPlans ?? false,
        payment: {
          ...EMPTY_PAYMENT,
          status: 'agreed',
          sessionHours: hours,
          rate: RATE,
          expenses: extra.travel ? [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus', amountPence: extra.travel }] : [],
        },
      },
    });
    if (extra.lead) service.addBlock({ planId, block: { title: 'Our welcome', kind: 'welcome', durationMinutes: 15, leadPersonId: person.id } });
    if (delivered) service.updatePlan({ planId, patch: { status: 'delivered' } });
    return { planId, personId: person.id };
  };
  const march = session('Panel, March', '2027-03-10', 2, true, { lead: true, travel: 600 });
  const april5 = session('Panel, early April', '2027-04-05', 3, true, { coPlans: true });
  const april6 = session('Panel, late April', '2027-04-06', 4, true);
  const ahead = session('Panel, June', '2027-06-02', 2, false);
  return { ...s, nia, march, april5, april6, ahead };
}

describe('one person’s history with you', () => {
  it('lists their workshops newest first with role, leading, co-planning, hours and money', () => {
    const { service, nia } = niaAcrossPlans();
    const history = service.getPersonHistory({ directoryPersonId: nia.id });
    expect(history.entries.map((e) => [e.title, e.delivered])).toEqual([
      ['Panel, June', false],
      ['Panel, late April', true],
      ['Panel, early April', true],
      ['Panel, March', true],
    ]);
    expect(history.entries[3]).toMatchObject({
      role: 'public_contributor',
      led: ['Our welcome'],
      coPlanned: false,
      hours: 2,
      feePence: 5000,
      expensesPence: 600,
    });
    expect(history.entries[2]).toMatchObject({ led: [], coPlanned: true, hours: 3, feePence: 7500 });
  });

  it('totals what was paid per UK tax year, 6 April to 5 April, leaving out workshops still ahead', () => {
    const { service, nia } = niaAcrossPlans();
    const { taxYears } = service.getPersonHistory({ directoryPersonId: nia.id });
    expect(taxYears).toEqual([
      { startYear: 2027, label: '2027 to 2028', sessions: 1, feesPence: 10000, expensesPence: 0, totalPence: 10000, passesBenefitsCheck: false },
      { startYear: 2026, label: '2026 to 2027', sessions: 2, feesPence: 12500, expensesPence: 600, totalPence: 13100, passesBenefitsCheck: false },
    ]);
  });

  it('flags a tax year whose payments pass the benefits check amount the facilitator set, and only then', () => {
    const { service, nia } = niaAcrossPlans();
    service.updateSettings({ benefitsCheck: { amountPence: 12000, source: 'Our welfare rights adviser', asOf: '2027-01-04' } });
    const history = service.getPersonHistory({ directoryPersonId: nia.id });
    expect(history.taxYears.map((t) => [t.label, t.passesBenefitsCheck])).toEqual([
      ['2027 to 2028', false],
      ['2026 to 2027', true],
    ]);
    expect(history.benefitsCheck).toEqual({ amountPence: 12000, source: 'Our welfare rights adviser', asOf: '2027-01-04' });
  });

  it('lists the "you said, we did" items that came from them, only where they agreed to be named', () => {
    const { service, nia, march } = niaAcrossPlans();
    service.setChanges({
      planId: march.planId,
      changes: [
        { id: crypto.randomUUID(), youSaid: 'Start later', weDid: 'We start at 10:30', fromPersonId: march.personId, fromAgreed: true },
        { id: crypto.randomUUID(), youSaid: 'Fewer slides', weDid: 'Two slides at most', fromPersonId: march.personId, fromAgreed: false },
        { id: crypto.randomUUID(), youSaid: 'More tea', weDid: 'Tea all day' },
      ],
    });
    const entry = service.getPersonHistory({ directoryPersonId: nia.id }).entries.find((e) => e.planId === march.planId);
    expect(entry?.changes.map((c) => c.youSaid)).toEqual(['Start later']);
  });

  it('keeps a "you said, we did" whose person left the plan as from nobody in particular, so the list can still be edited', () => {
    const { service, march } = niaAcrossPlans();
    const item = { id: crypto.randomUUID(), youSaid: 'Start later', weDid: '', fromPersonId: march.personId, fromAgreed: true };
    service.setChanges({ planId: march.planId, changes: [item] });
    service.deletePerson({ planId: march.planId, personId: march.personId });
    const saved = service.setChanges({ planId: march.planId, changes: [{ ...item, weDid: 'We start at 10:30' }] });
    expect(saved).toEqual([{ ...item, weDid: 'We start at 10:30', fromPersonId: null, fromAgreed: false }]);
    expect(service.getPlan({ planId: march.planId }).changes).toEqual(saved);
  });

  it('asks kindly for someone not in the directory, and a benefits amount needs its source', () => {
    const { service, dispatch } = niaAcrossPlans();
    expect(caught(() => service.getPersonHistory({ directoryPersonId: crypto.randomUUID() }))).toMatchObject({ code: 'not_found' });
    const before = service.getSettings(undefined);
    expect(dispatch('updateSettings', { benefitsCheck: { amountPence: 100, source: ' ', asOf: '2027-01-04' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'Say where this amount comes from, so anyone can check it later.' },
    });
    expect(service.getSettings(undefined)).toEqual(before);
  });
});

describe('the past the review is given', () => {
  it('gives each directory person in the plan their earlier dated sessions, oldest first, and their consent date', () => {
    const { service, nia, april6, march, april5 } = niaAcrossPlans();
    service.updateDirectoryPerson({
      directoryPersonId: nia.id,
      patch: { consent: { store: false, share: false, recordedOn: '2027-01-01', askAgainOn: '2027-04-01' } },
    });
    const past = service.getReviewHistory({ planId: april6.planId });
    expect(Object.keys(past)).toEqual([april6.personId]);
    expect(past[april6.personId]).toEqual({
      consentAskAgainOn: '2027-04-01',
      sessions: [
        { planId: march.planId, date: '2027-03-10', delivered: true, sharedPower: true, toldWhatChanged: false, needs: [] },
        { planId: april5.planId, date: '2027-04-05', delivered: true, sharedPower: true, toldWhatChanged: false, needs: [] },
      ],
    });
  });
});
