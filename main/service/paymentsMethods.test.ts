import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../testing/tempStore';
import { paidAgreed } from '../testing/testPlan';

const SHARE: { store: boolean; share: boolean; recordedOn: string | null } = { store: false, share: true, recordedOn: '2027-02-01' };

function store() {
  const s = openTestStore();
  const plan = (title: string, date: string | null) => s.service.createPlan({ details: { title, date } }).id;
  const paid = (planId: string, name: string, consent = SHARE) =>
    s.service.addPerson({
      planId,
      person: {
        name,
        role: 'public_contributor',
        consent,
        payment: paidAgreed({ expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus', amountPence: 450 }] }),
      },
    });
  return { ...s, plan, paid };
}

const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('paymentsFile', () => {
  it('makes a CSV of the sessions in the range, naming only people who agreed to share, and says what it left out', async () => {
    const { service, plan, paid } = store();
    const april = plan('April panel', '2027-04-08');
    paid(april, 'Amara Okafor');
    paid(april, 'Rhian Jones', { store: false, share: false, recordedOn: '2027-02-01' });
    paid(plan('Too early', '2027-01-08'), 'Amara Okafor');
    paid(plan('No date yet', null), 'Amara Okafor');

    const file = await service.paymentsFile({ from: '2027-04-01', to: '2027-06-30', format: 'csv' });
    expect(file).toMatchObject({ fileName: 'Payments 2027-04-01 to 2027-06-30.csv', lines: 2, sessions: 1, notNamed: 1 });
    expect(file.leftOut).toEqual([
      '1 line does not name the person, because they have not agreed to their details being shared. Their amounts are included, so the totals are complete.',
      '1 plan has no date yet, so it is not in this list.',
    ]);
    const csv = text(file.base64);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Amara Okafor,April panel,2027-04-08,8,200.00,4.50,');
    expect(csv).toContain('Not named (Public contributor),April panel');
    expect(csv).not.toContain('Rhian');
    expect(csv).not.toContain('Too early');
  });

  it('takes only the plans asked for, as a project would', async () => {
    const { service, plan, paid } = store();
    const a = plan('Session A', '2027-04-08');
    paid(a, 'Amara Okafor');
    paid(plan('Session B', '2027-04-09'), 'Amara Okafor');
    const file = await service.paymentsFile({ from: '2027-01-01', to: '2027-12-31', format: 'csv', planIds: [a] });
    expect(text(file.base64)).toContain('Session A');
    expect(text(file.base64)).not.toContain('Session B');
  });

  it('makes an Excel workbook with numbers in pounds, real dates, a totals row and a sheet about what is left out', async () => {
    const { service, plan, paid } = store();
    const april = plan('=Budget panel', '2027-04-08');
    paid(april, 'Amara Okafor');
    paid(april, 'Rhian Jones', { store: false, share: false, recordedOn: null });
    const file = await service.paymentsFile({ from: '2027-04-08', to: '2027-04-08', format: 'xlsx' });
    expect(file.fileName).toBe('Payments 2027-04-08.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Payments')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Person');
    const amara = sheet.getRow(2);
    expect(amara.getCell(1).value).toBe('Amara Okafor');
    // A text cell: shown as typed, never run as a formula.
    expect(amara.getCell(2).value).toBe('=Budget panel');
    expect(amara.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect((amara.getCell(3).value as Date).toISOString().slice(0, 10)).toBe('2027-04-08');
    expect(amara.getCell(5).value).toBe(200);
    expect(amara.getCell(5).numFmt).toBe('£#,##0.00');
    expect(sheet.getRow(3).getCell(1).value).toBe('Not named (Public contributor)');
    const totals = sheet.getRow(4);
    expect(totals.getCell(1).value).toBe('Total');
    expect(totals.getCell(5).value).toBe(400);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(18);
    const about = book.getWorksheet('About this list')!;
    expect(about.getColumn(1).values.join('\n')).toContain('1 line does not name the person');
  });

  it('keeps a workbook readable when a title holds characters XML cannot (a pasted control character)', async () => {
    const { service, plan, paid } = store();
    paid(plan('Panel\u0007 one\u001b', '2027-04-08'), 'Amara Okafor');
    const file = await service.paymentsFile({ from: '2027-04-08', to: '2027-04-08', format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.getWorksheet('Payments')!.getRow(2).getCell(2).value).toBe('Panel one');
  });

  it('refuses a range that ends before it starts, kindly, through the dispatch', async () => {
    const { dispatch } = store();
    const res = await dispatch('paymentsFile', { from: '2027-06-30', to: '2027-04-01', format: 'csv' });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid', message: 'The last date needs to be on or after the first date.' } });
    const bad = await dispatch('paymentsFile', { from: '2027-02-30', to: '2027-04-01', format: 'pdf' });
    expect(bad.ok).toBe(false);
  });
});
