import { describe, expect, it } from 'vitest';
import { CONSENT_GIVEN, makePerson, paidAgreed } from '../../testing/testPlan';
import { NO_CONSENT } from '../access';
import type { Person } from '../people';
import { leftOutSentences, mayNameToFinance, paymentsList, type PaymentsPlan } from './paymentsList';
import { paymentsCsv, csvField, UTF8_BOM } from './paymentsCsv';
import { paymentsTable, PAYMENT_COLUMNS, rangeWords } from './paymentsTable';

const sharing = { consent: CONSENT_GIVEN };
const plan = (id: string, title: string, date: string | null, people: Person[]): PaymentsPlan => ({ id, title, date, people });

const amara = makePerson('Amara Okafor', 'public_contributor', {
  ...sharing,
  payment: paidAgreed({ expenses: [{ id: 'e1', kind: 'travel', note: 'Train from Leeds', amountPence: 1240 }] }),
});
const private1 = makePerson('Rhian Private', 'carer', { consent: { ...NO_CONSENT } });
const researcher = makePerson('Dr Lee', 'researcher', sharing);

describe('paymentsList', () => {
  it('lists each paid person per session in the range, oldest first, with hours, fee and each kind of expense', () => {
    const list = paymentsList(
      [
        plan('b', 'Second', '2027-05-01', [amara]),
        plan('a', 'First', '2027-04-01', [amara, researcher]),
        plan('c', 'Too late', '2027-08-01', [amara]),
      ],
      { from: '2027-04-01', to: '2027-06-30' },
    );
    expect(list.lines.map((l) => [l.session, l.person])).toEqual([
      ['First', 'Amara Okafor'],
      ['Second', 'Amara Okafor'],
    ]);
    const first = list.lines[0]!;
    // paidAgreed: 8 hours at £25 an hour.
    expect(first).toMatchObject({ hours: 8, feePence: 20000, totalPence: 21240, method: 'Bank transfer', status: 'Agreed', date: '2027-04-01' });
    expect(first.expenses.travel).toBe(1240);
    expect(first.expenseNotes).toBe('Train from Leeds');
    expect(list.totals).toMatchObject({ feePence: 40000, totalPence: 42480, hours: 16 });
    expect(list.totals.expenses.travel).toBe(2480);
    expect(list.sessions).toBe(2);
  });

  it('names only people whose consent to share is recorded, keeping the others’ amounts under their role', () => {
    const list = paymentsList([plan('a', 'Panel', '2027-04-01', [private1, amara])], { from: '2027-01-01', to: '2027-12-31' });
    expect(list.lines.map((l) => l.person)).toEqual(['Amara Okafor', 'Not named (Carer)']);
    expect(list.lines.some((l) => l.person.includes('Rhian'))).toBe(false);
    expect(list.notNamed).toBe(1);
    expect(list.totals.feePence).toBe(40000);
    expect(mayNameToFinance({ consent: { store: true, share: true, recordedOn: null } })).toBe(false);
  });

  it('keeps people with expenses who declined a fee, and leaves out people with nothing to pay', () => {
    const declined = makePerson('Jo', 'public_contributor', {
      ...sharing,
      payment: paidAgreed({ status: 'declined', expenses: [{ id: 'e2', kind: 'childcare', note: '', amountPence: 3000 }] }),
    });
    const list = paymentsList([plan('a', 'Panel', '2027-04-01', [declined, researcher])]);
    expect(list.lines).toHaveLength(1);
    expect(list.lines[0]).toMatchObject({ person: 'Jo', feePence: 0, totalPence: 3000, status: 'Fee declined (expenses only)' });
  });

  it('counts undated plans it left out of a range, and takes every plan given when there is no range (a project)', () => {
    const plans = [plan('a', 'Dated', '2027-04-01', [amara]), plan('b', 'Undated', null, [amara])];
    const ranged = paymentsList(plans, { from: '2027-01-01', to: '2027-12-31' });
    expect(ranged.lines).toHaveLength(1);
    expect(ranged.undatedPlans).toBe(1);
    expect(leftOutSentences(ranged)).toEqual(['1 plan has no date yet, so it is not in this list.']);
    const project = paymentsList(plans);
    expect(project.lines.map((l) => l.session)).toEqual(['Dated', 'Undated']);
    expect(project.undatedPlans).toBe(0);
  });
});

describe('paymentsCsv', () => {
  it('defuses text a spreadsheet would run as a formula, and quotes commas, quotes and line ends', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('Okafor, Amara')).toBe('"Okafor, Amara"');
    expect(csvField('Plain')).toBe('Plain');
  });

  it('is UTF-8 with a BOM, one header, a line per payment, totals and the notes, with amounts as plain numbers', () => {
    const evil = makePerson('=cmd|calc', 'public_contributor', sharing);
    const list = paymentsList([plan('a', 'Café, “panel”', '2027-04-01', [amara, evil, private1])], { from: '2027-04-01', to: '2027-04-01' });
    const csv = paymentsCsv(paymentsTable(list, rangeWords({ from: '2027-04-01', to: '2027-04-01' })));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(PAYMENT_COLUMNS.map(csvField).join(','));
    expect(lines[0]).toContain('Fee (£)');
    expect(lines.some((l) => l.startsWith(`'=cmd|calc,`))).toBe(true);
    expect(lines.some((l) => l.startsWith('=') || l.includes(',='))).toBe(false);
    expect(lines.find((l) => l.startsWith('Amara'))).toBe(
      'Amara Okafor,"Café, “panel”",2027-04-01,8,200.00,12.40,0.00,0.00,0.00,0.00,Train from Leeds,212.40,Bank transfer,Agreed',
    );
    expect(lines[4]).toMatch(/^Total,1 session,,24,/);
    expect(csv).toContain('Sessions on 1 April 2027.');
    expect(csv).toContain('1 line does not name the person');
  });
});
