import { describe, expect, it } from 'vitest';
import { budget, EMPTY_PAYMENT, feePence, formatPence, hasPaymentRecorded, newPersonWithDefaults, type Payment, type Person } from './people';

const rate = (amountPence: number, unit: 'hour' | 'day') => ({ name: 'Ours', amountPence, unit, source: 'Policy', asOf: '2027-01-01' });
const pay = (p: Partial<Payment>): Payment => ({ ...EMPTY_PAYMENT, ...p });
const person = (name: string, payment: Payment): Person => newPersonWithDefaults(name, { name, role: 'public_contributor', payment });

describe('fees', () => {
  it('pays hours at an hourly rate, all three kinds of time together', () => {
    expect(feePence(pay({ prepHours: 1.5, sessionHours: 3, followUpHours: 0.5, rate: rate(2000, 'hour') }))).toBe(10_000);
  });

  it('pays a day rate in half days, rounded up so nobody is short-changed', () => {
    const day = rate(15_000, 'day');
    expect(feePence(pay({ sessionHours: 3.5, rate: day }))).toBe(7_500);
    expect(feePence(pay({ sessionHours: 3.6, rate: day }))).toBe(15_000);
    expect(feePence(pay({ sessionHours: 7, rate: day }))).toBe(15_000);
    expect(feePence(pay({ prepHours: 2, sessionHours: 7, rate: day }))).toBe(22_500);
  });

  it('pays nothing to someone who would rather not be paid, or with no rate yet', () => {
    expect(feePence(pay({ status: 'declined', sessionHours: 4, rate: rate(2000, 'hour') }))).toBe(0);
    expect(feePence(pay({ sessionHours: 4 }))).toBe(0);
  });

  it('counts a choice not to be paid, a fee or expenses as payment recorded', () => {
    expect(hasPaymentRecorded(pay({}))).toBe(false);
    expect(hasPaymentRecorded(pay({ sessionHours: 4 }))).toBe(false);
    expect(hasPaymentRecorded(pay({ status: 'declined' }))).toBe(true);
    expect(hasPaymentRecorded(pay({ sessionHours: 1, rate: rate(2000, 'hour') }))).toBe(true);
    expect(hasPaymentRecorded(pay({ expenses: [{ id: 'e', kind: 'travel', note: '', amountPence: 1 }] }))).toBe(true);
  });
});

describe('the budget', () => {
  it('adds up fees and expenses per person and per kind of expense, leaving out people with nothing', () => {
    const b = budget([
      person('Amara', pay({ sessionHours: 4, rate: rate(2000, 'hour'), expenses: [{ id: '1', kind: 'travel', note: '', amountPence: 640 }] })),
      person(
        'Priya',
        pay({
          expenses: [
            { id: '2', kind: 'carer_cover', note: '', amountPence: 6000 },
            { id: '3', kind: 'travel', note: '', amountPence: 360 },
          ],
        }),
      ),
      person('Sam', pay({})),
    ]);
    expect(b.lines).toEqual([
      { personId: 'Amara', name: 'Amara', feePence: 8000, expensesPence: 640 },
      { personId: 'Priya', name: 'Priya', feePence: 0, expensesPence: 6360 },
    ]);
    expect(b).toMatchObject({ feesPence: 8000, expensesPence: 7000, totalPence: 15_000 });
    expect(b.byExpenseKind).toEqual({ travel: 1000, carer_cover: 6000, childcare: 0, subsistence: 0, other: 0 });
  });

  it('formats pounds the UK way', () => {
    expect(formatPence(2500)).toBe('£25');
    expect(formatPence(123_450)).toBe('£1,234.50');
    expect(formatPence(640)).toBe('£6.40');
  });
});
