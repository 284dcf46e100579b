import { describe, expect, it } from 'vitest';
import { historyEntry, pastBefore, taxYearLabel, taxYearStart, type HistorySession } from './history';
import { makePerson } from '../testing/testPlan';

describe('the UK tax year', () => {
  it('starts on 6 April: 5 April belongs to the year before', () => {
    expect(taxYearStart('2027-04-05')).toBe(2026);
    expect(taxYearStart('2027-04-06')).toBe(2027);
    expect(taxYearStart('2027-01-01')).toBe(2026);
    expect(taxYearStart('2027-12-31')).toBe(2027);
    expect(taxYearLabel(2026)).toBe('2026 to 2027');
  });
});

describe('the past before a plan', () => {
  const session = (planId: string, date: string | null): HistorySession => ({
    planId,
    title: planId,
    date,
    status: 'delivered',
    followUp: '',
    followUpBy: null,
    person: makePerson('Nia', 'public_contributor'),
    ledBlocks: [],
    changes: [],
    attended: null,
  });

  it('keeps dated sessions before the plan, oldest first, leaving out the plan itself and undated ones', () => {
    const all = [
      session('c', '2027-03-01'),
      session('a', '2026-01-01'),
      session('now', '2027-04-01'),
      session('later', '2027-05-01'),
      session('x', null),
    ];
    expect(pastBefore(all, 'now', '2027-04-01').map((s) => s.planId)).toEqual(['a', 'c']);
    // An undated plan has no place in time: every other dated session is its past.
    expect(pastBefore(all, 'now', null).map((s) => s.planId)).toEqual(['a', 'c', 'later']);
  });
});

describe('a workshop they could not come to', () => {
  it('owes them no fee but keeps their expenses, and says so in the history', () => {
    const person = makePerson('Nia', 'public_contributor');
    person.payment = {
      ...person.payment,
      status: 'agreed',
      sessionHours: 3,
      rate: { name: 'Half day', amountPence: 7500, unit: 'day', source: 'Our policy', asOf: '2027-01-04' },
      expenses: [{ id: '00000000-0000-4000-8000-000000000001', kind: 'travel', note: 'Train booked', amountPence: 1200 }],
    };
    const at = (attended: boolean | null): HistorySession => ({
      planId: 'p',
      title: 'Panel',
      date: '2027-03-01',
      status: 'delivered',
      followUp: '',
      followUpBy: null,
      person,
      ledBlocks: [],
      changes: [],
      attended,
    });
    expect(historyEntry(at(true))).toMatchObject({ attended: true, feePence: 7500, expensesPence: 1200 });
    expect(historyEntry(at(null))).toMatchObject({ attended: null, feePence: 7500 });
    expect(historyEntry(at(false))).toMatchObject({ attended: false, feePence: 0, expensesPence: 1200 });
  });
});
