/**
 * Privacy across plans, from the People screen: consent reminders and their filter, a copy of
 * everything about one person (Word and JSON), forgetting them everywhere with the notes that still
 * name them, and an imported plan's person who may be someone known, asked about rather than
 * guessed. Axe on every screen and dialog.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function call<T>(app: KindredApp, method: string, input: unknown): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

/** A date `days` from today, as the page's own clock sees it. */
function fromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const entryNamed = (app: KindredApp, name: string) => call<{ id: string; name: string; planCount: number }[]>(app, 'listDirectory', { search: name });

async function openPeopleScreen(page: Page, app: KindredApp) {
  await page.goto(`${app.url}/#/`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People you work with' })).toBeFocused();
}

function seed(app: KindredApp) {
  const spring = call<{ id: string }>(app, 'createPlan', { details: { title: 'Spring panel', date: '2027-03-04', startTime: '10:00' } }).id;
  const summer = call<{ id: string }>(app, 'createPlan', { details: { title: 'Summer panel', date: '2027-06-04', startTime: '10:00' } }).id;
  call(app, 'addPerson', {
    planId: spring,
    person: {
      name: 'Perpetua Quillfeather',
      role: 'carer',
      email: 'perpetua@example.org',
      consent: { store: true, share: false, recordedOn: '2026-01-10' },
      accessNeeds: [
        {
          id: crypto.randomUUID(),
          type: 'breaks',
          detail: 'A break every hour helps me',
          arrangement: { how: 'Breaks on the agenda', owner: 'me', dueDate: null, status: 'arranged', personTold: true },
        },
      ],
    },
  });
  const perpetua = entryNamed(app, 'Perpetua')[0]!.id;
  call(app, 'addDirectoryPersonToPlan', { planId: summer, directoryPersonId: perpetua });
  call(app, 'addBlock', {
    planId: summer,
    block: { kind: 'discussion', title: 'Talk', facilitatorNotes: 'Ask Perpetua Quillfeather about the bus' },
  });
  call(app, 'addPerson', { planId: spring, person: { name: 'Sam Lee', role: 'researcher', phone: '07700 900123' } });
  call(app, 'addPerson', { planId: summer, person: { name: 'Nia Evans', role: 'public_contributor' } });
  const sam = entryNamed(app, 'Sam')[0]!.id;
  const nia = entryNamed(app, 'Nia')[0]!.id;
  const consent = (askAgainOn: string) => ({ store: false, share: false, recordedOn: '2026-01-10', askAgainOn });
  call(app, 'updateDirectoryPerson', { directoryPersonId: sam, patch: { consent: consent(fromToday(-3)) } });
  call(app, 'updateDirectoryPerson', { directoryPersonId: nia, patch: { consent: consent(fromToday(10)) } });
  return { spring, summer, perpetua, sam };
}

test('consent reminders, a copy of everything about someone, and forgetting them everywhere', async ({ page, app }) => {
  test.slow();
  const { spring, summer } = seed(app);
  await openPeopleScreen(page, app);

  // Consent to check: in words, with a way to see just those people.
  const reminder = page.getByRole('region', { name: 'Consent to check' });
  await expect(reminder).toContainText('It is time to check consent with 2 people');
  await expect(reminder).toContainText('For one person, the date has passed.');
  await page.screenshot({ path: test.info().outputPath('people-consent.png'), fullPage: true });
  await expectNoAxeViolations(page, 'people screen with consent reminders');
  await reminder.getByRole('button', { name: 'Show only them' }).click();
  const list = page.getByRole('list', { name: 'People' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  // In the order chosen (by name): Nia's check is coming up, Sam's date has passed.
  await expect(list.getByRole('listitem').first()).toContainText('Nia Evans');
  await expect(list.getByRole('listitem').first()).toContainText(`Check consent by`);
  await expect(list.getByRole('listitem').nth(1)).toContainText('Sam Lee');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Time to check consent again (it was due');
  await expect(page.getByText('2 people to check consent with.')).toBeVisible();
  await page.getByRole('button', { name: /Show$/ }).click();
  await page.getByRole('option', { name: 'Everyone' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);

  // A copy of everything about Perpetua: a Word document and the same as JSON.
  await list.getByRole('button', { name: /Perpetua Quillfeather/ }).click();
  const profile = page.getByRole('dialog', { name: 'Perpetua Quillfeather’s profile' });
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await profile.getByRole('button', { name: 'Save a copy of everything about Perpetua Quillfeather' }).click();
  await expect(profile.getByRole('status').filter({ hasText: 'The copy for Perpetua Quillfeather is downloaded as' })).toBeVisible();
  expect(downloads.map((d) => d.suggestedFilename())).toEqual([
    expect.stringMatching(/^What we hold about Perpetua Quillfeather \d{4}-\d{2}-\d{2}\.docx$/),
    expect.stringMatching(/^What we hold about Perpetua Quillfeather \d{4}-\d{2}-\d{2}\.json$/),
  ]);
  const docxPath = test.info().outputPath('subject-access.docx');
  await downloads[0]!.saveAs(docxPath);
  const data = JSON.parse(await readFile((await downloads[1]!.path())!, 'utf8')) as { profile: { email: string }; plans: { title: string }[] };
  expect(data.profile.email).toBe('perpetua@example.org');
  expect(data.plans.map((p) => p.title)).toEqual(['Summer panel', 'Spring panel']);
  await profile.getByRole('heading', { name: 'Their data' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('their-data.png') });
  await expectNoAxeViolations(page, 'profile with their data');

  // Forget her everywhere: asked first, then the notes that still name her.
  await profile.getByRole('button', { name: 'Forget Perpetua Quillfeather…' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Forget Perpetua Quillfeather everywhere?' });
  await expect(ask).toContainText('from the 2 plans they are in, delivered ones too');
  await expect(ask.getByRole('button', { name: 'Keep Perpetua Quillfeather' })).toBeFocused();
  await expectNoAxeViolations(page, 'forget everywhere question');
  await ask.getByRole('button', { name: 'Forget Perpetua Quillfeather' }).click();
  const after = page.getByRole('dialog', { name: 'Perpetua Quillfeather has been forgotten' });
  await expect(after).toContainText('Kindred no longer holds their details, in 2 plans');
  const inSummer = after.getByRole('region', { name: 'In “Summer panel”' });
  await expect(inSummer).toContainText('Ask Perpetua Quillfeather about the bus');
  await page.screenshot({ path: test.info().outputPath('forgotten.png'), fullPage: true });
  await expectNoAxeViolations(page, 'forgotten, with notes that name her');
  await inSummer.getByRole('button', { name: 'Replace with “a participant”' }).click();
  await expect(inSummer).toContainText('None of your notes, reasons or write-up name them now.');
  await after.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('#main').getByText('Forgot Perpetua Quillfeather: taken out of 2 plans and the people you work with.')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  expect(entryNamed(app, 'Perpetua')).toEqual([]);
  const people = (planId: string) => call<{ people: { name: string }[] }>(app, 'getPlan', { planId }).people.map((p) => p.name);
  expect(people(spring)).toEqual(['Sam Lee']);
  expect(people(summer)).toEqual(['Nia Evans']);
  const notes = call<{ blocks: { facilitatorNotes: string }[] }>(app, 'getPlan', { planId: summer }).blocks[0]!.facilitatorNotes;
  expect(notes).toBe('Ask a participant about the bus');
});

test('an imported plan’s person who may be someone you know is asked about, never guessed', async ({ page, app }) => {
  const { spring, sam } = seed(app);
  const file = call<{ fileName: string; text: string }>(app, 'exportPlanFile', { planId: spring, includePersonal: true });
  // Since the file was made, Sam's number here has changed: maybe the same Sam.
  call(app, 'updateDirectoryPerson', { directoryPersonId: sam, patch: { phone: '07700 900999' } });
  const path = test.info().outputPath(file.fileName);
  await writeFile(path, file.text);

  await page.goto(`${app.url}/#/`);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a plan…' }).click();
  await (await choosing).setFiles(path);
  await page.getByRole('dialog', { name: 'You already have this plan' }).getByRole('button', { name: 'Import as a copy' }).click();
  const who = page.getByRole('dialog', { name: 'Is Sam Lee someone you already work with?' });
  await expect(who).toContainText('“Copy of Spring panel” includes Sam Lee (07700 900123).');
  await expect(who).toContainText('07700 900999 · the same name');
  await expect(who.getByRole('button', { name: 'No, keep them separate' })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('who-is-this.png'), fullPage: true });
  await expectNoAxeViolations(page, 'who is this question');
  await who.getByRole('button', { name: 'Yes, this is Sam Lee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Copy of Spring panel' })).toBeFocused();

  expect(entryNamed(app, 'Sam')).toMatchObject([{ id: sam, planCount: 2 }]);
  // Perpetua was an exact match: linked without a question.
  expect(entryNamed(app, 'Perpetua')).toMatchObject([{ planCount: 3 }]);
});

test('the consent reminder, their data and forgetting, at 200% zoom, in high contrast and by keyboard', async ({ page, app }) => {
  test.slow();
  seed(app);
  call(app, 'updateSettings', { theme: 'high_contrast' });
  await page.setViewportSize({ width: 640, height: 800 });
  await openPeopleScreen(page, app);
  await expect(page.getByRole('region', { name: 'Consent to check' })).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('people-consent-200.png'), fullPage: true });
  await expectNoAxeViolations(page, 'people screen at 200% zoom, high contrast');

  // By keyboard: to Perpetua's profile, to Forget, and Escape keeps her.
  const row = page.getByRole('list', { name: 'People' }).getByRole('button', { name: /Perpetua Quillfeather/ });
  await row.focus();
  await page.keyboard.press('Enter');
  const profile = page.getByRole('dialog', { name: 'Perpetua Quillfeather’s profile' });
  const forget = profile.getByRole('button', { name: 'Forget Perpetua Quillfeather…' });
  await forget.focus();
  await expect(forget).toBeFocused();
  await page.keyboard.press('Enter');
  const ask = page.getByRole('alertdialog', { name: 'Forget Perpetua Quillfeather everywhere?' });
  await expect(ask.getByRole('button', { name: 'Keep Perpetua Quillfeather' })).toBeFocused();
  await expectNoAxeViolations(page, 'forget everywhere at 200% zoom, high contrast');
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  expect(entryNamed(app, 'Perpetua')).toHaveLength(1);
});
