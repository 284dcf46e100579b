/**
 * Money and thanks across plans: a payments list for a finance team from the plans list (a date
 * range typed into the date fields, CSV and Excel, naming only people who agreed to share), and a
 * letter of involvement from a person's profile, made only once the facilitator ticks that they
 * asked for it. Each file is read back from its download. Axe on each dialog.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { checkDocx } from '../../main/testing/docxRules';
import { localToday } from '../../main/domain/time';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';
import { dateTimeField, typeDate } from '../support/dateTimeFields';

function call<T>(app: KindredApp, method: string, input: unknown): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

/** A date `days` from today (negative: before), as the app's own clock sees it. */
const daysFromToday = (days: number) => localToday(new Date(Date.now() + days * 86_400_000));

const PAYMENT = {
  status: 'agreed',
  prepHours: 1,
  sessionHours: 3,
  followUpHours: 0,
  rate: { name: 'Involvement rate', amountPence: 2000, unit: 'hour', source: 'Our policy', asOf: '2026-01-01' },
  method: 'bank_transfer',
  expenses: [{ id: '5a3e0c1e-0000-4000-8000-0000000e0001', kind: 'travel', note: 'Bus, both ways', amountPence: 560 }],
  benefitsAdviceOffered: true,
  notes: '',
};

function seed(app: KindredApp) {
  // Amara is one person in the directory, in every plan; Rhian is typed into each plan and never agreed to share.
  const amara = call<{ id: string }>(app, 'createDirectoryPerson', {
    person: {
      name: 'Amara Okafor',
      roles: ['carer'],
      email: 'amara@example.org',
      consent: { store: false, share: true, recordedOn: daysFromToday(-90), askAgainOn: null },
    },
  });
  const plans = [
    ['Carers’ panel, autumn', daysFromToday(-60)],
    ['Carers’ panel, winter', daysFromToday(-10)],
    ['Carers’ panel, spring', daysFromToday(40)],
  ] as const;
  for (const [title, date] of plans) {
    const planId = call<{ id: string }>(app, 'createPlan', { details: { title, date, startTime: '10:00' } }).id;
    const person = call<{ id: string }>(app, 'addDirectoryPersonToPlan', { planId, directoryPersonId: amara.id });
    call(app, 'updatePerson', { planId, personId: person.id, patch: { payment: PAYMENT, coPlans: true } });
    call(app, 'addPerson', { planId, person: { name: 'Rhian Private', role: 'public_contributor', payment: PAYMENT } });
  }
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('a payments list for finance from the plans list, and a letter of involvement from a profile', async ({ page, app }) => {
  test.slow();
  seed(app);
  await page.goto(`${app.url}/#/`);

  // The payments list: from a date typed part by part to today, as CSV.
  await page.getByRole('button', { name: 'Payments list…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Payments list for finance' });
  await expect(dialog).toBeVisible();
  await typeDate(dateTimeField(dialog, 'First date'), daysFromToday(-200));
  await dialog.getByText(/^CSV file/).click();
  await page.screenshot({ path: test.info().outputPath('payments-dialog.png') });
  await expectNoAxeViolations(page, 'payments list dialog');
  const csv = await download(page, () => dialog.getByRole('button', { name: 'Save the list' }).click());
  expect(csv.name).toMatch(/^Payments \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\.csv$/);
  const text = csv.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('Amara Okafor,“Carers’ panel, autumn”'.replace(/“|”/g, '"'));
  expect(text).not.toContain('Rhian');
  expect(text).not.toContain('spring');
  expect(text.match(/Not named \(Public contributor\)/g)).toHaveLength(2);
  const outcome = dialog.getByRole('status');
  await expect(outcome).toContainText('4 lines from 2 sessions');
  await expect(outcome).toContainText('2 lines do not name the person, because they have not agreed to their details being shared.');
  await page.screenshot({ path: test.info().outputPath('payments-saved.png') });
  await expectNoAxeViolations(page, 'payments list saved');

  // The same range as an Excel workbook: real numbers and the same lines.
  await dialog.getByText(/^Excel workbook/).click();
  const xlsx = await download(page, () => dialog.getByRole('button', { name: 'Save the list' }).click());
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Payments')!;
  expect(sheet.getRow(2).getCell(1).value).toBe('Amara Okafor');
  expect(sheet.getRow(2).getCell(5).value).toBe(80);
  expect(sheet.getRow(6).getCell(1).value).toBe('Total');
  expect(sheet.getRow(6).getCell(12).value).toBeCloseTo(4 * 85.6);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The letter: Amara's profile on the People screen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: /^Amara Okafor/ }).click();
  const profile = page.getByRole('dialog', { name: 'Amara Okafor’s profile' });
  const letter = profile.getByRole('region', { name: 'Letter of involvement' });
  await letter.getByRole('button', { name: 'Save the letter' }).click();
  await expect(letter.getByRole('alert')).toHaveText('Tick to say Amara Okafor asked for the letter or agreed to it first.');
  await letter.getByText('Amara Okafor has asked for this letter, or agreed to it').click();
  await letter.getByRole('button', { name: /Letter format/ }).click();
  await page.getByRole('option', { name: 'Large print' }).click();
  const docx = await download(page, () => letter.getByRole('button', { name: 'Save the letter' }).click());
  expect(docx.name).toBe('Letter of involvement – Amara Okafor – large print.docx');
  await expect(letter.getByRole('status')).toContainText('It tells of 2 workshops.');
  const { problems, facts } = checkDocx(new Uint8Array(docx.bytes), 'large_print');
  expect(problems).toEqual([]);
  expect(facts.text).toContain('Amara Okafor took part in 2 workshops with us');
  expect(facts.text).toContain('Amara Okafor helped to plan 2 workshops.');
  expect(facts.text).not.toContain('spring');
  await letter.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('letter-section.png') });
  await expectNoAxeViolations(page, 'profile with the letter');
});
