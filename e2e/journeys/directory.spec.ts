/**
 * The People screen: everyone you work with across plans. Find someone, add someone, edit a
 * profile (it reaches open plans), merge two entries that are one person (never by itself), and
 * add someone from People to a plan, seeing their profile arrive there. Axe on every screen.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function call<T>(app: KindredApp, method: string, input: unknown): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

const plan = (app: KindredApp, title: string, date: string | null = null) =>
  call<{ id: string }>(app, 'createPlan', { details: { title, date, startTime: '10:00' } }).id;

async function openPeopleScreen(page: Page, app: KindredApp) {
  await page.goto(`${app.url}/#/`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People you work with' })).toBeFocused();
}

test('find, add and edit people, and merge two entries that are one person', async ({ page, app }) => {
  test.slow();
  const spring = plan(app, 'Spring panel', '2027-03-04');
  const summer = plan(app, 'Summer panel', '2030-06-04');
  // The same carer typed into two plans: two entries, offered for merging.
  call(app, 'addPerson', { planId: spring, person: { name: 'Amara Okafor', role: 'carer', email: 'amara@example.org', pronouns: 'she/her' } });
  call(app, 'addPerson', {
    planId: summer,
    person: { name: 'Amara Okafor', role: 'public_contributor', email: 'amara@example.org', organisation: 'Carers Together' },
  });
  call(app, 'addPerson', { planId: summer, person: { name: 'Sam Lee', role: 'researcher', organisation: 'Cardiff University' } });

  await openPeopleScreen(page, app);
  await expect(page.getByText('3 people')).toBeVisible();
  const list = page.getByRole('list', { name: 'People' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  const notice = page.getByRole('region', { name: 'Possible duplicates' });
  await expect(notice).toContainText('One person seems to be here more than once');
  await page.screenshot({ path: test.info().outputPath('people-screen.png'), fullPage: true });
  await expectNoAxeViolations(page, 'people screen');

  // Search by organisation; sort by when they were last involved.
  await page.getByRole('searchbox', { name: 'Find someone' }).fill('cardiff');
  await expect(page.getByText('Showing 1 of 3 people.')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Sam Lee');
  await page.getByRole('searchbox', { name: 'Find someone' }).fill('');
  await page.getByRole('button', { name: /Sort by/ }).click();
  await page.getByRole('option', { name: 'Last involved' }).click();
  await expect(list.getByRole('listitem').first()).toContainText('Last involved 4 June 2030');

  // Add someone new; their profile opens next.
  await page.getByRole('button', { name: 'Add someone' }).click();
  const add = page.getByRole('dialog', { name: 'Add someone' });
  await add.getByLabel('Email (optional)').fill('not an email');
  await add.getByLabel('Name').fill('Nia Evans');
  await add.getByRole('button', { name: 'Add them' }).click();
  await expect(add.getByText(/doesn’t look like an email address yet/).first()).toBeVisible();
  await add.getByLabel('Email (optional)').fill('nia@example.org');
  await add.getByRole('button', { name: 'Add them' }).click();

  const profile = page.getByRole('dialog', { name: 'Nia Evans’s profile' });
  await expect(profile).toBeVisible();
  await profile.getByLabel('The name they like to be called').fill('Nia');
  await profile.getByLabel('Pronouns').fill('they/them');
  await profile.getByText('Public contributor', { exact: true }).click();
  await expect(profile.getByText('Once they agree we may keep it')).toBeVisible();
  await profile.getByText('They agree we may keep a record of what helps them take part').click();
  await profile.getByRole('button', { name: 'Add something that helps' }).click();
  await profile.getByLabel('Need 1, in their words').fill('Easy Read papers, a week before');
  await profile.getByRole('button', { name: /Format/ }).click();
  await page.getByRole('option', { name: 'Easy Read' }).click();
  await expectNoAxeViolations(page, 'profile editor');
  await page.screenshot({ path: test.info().outputPath('profile.png'), fullPage: true });
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.locator('#main').getByText('Saved Nia Evans’s profile.')).toBeVisible();
  await expect(list).toContainText('Nia Evans (Nia)');
  const nia = call<{ id: string }[]>(app, 'listDirectory', { search: 'nia@example.org' })[0]!;
  expect(call<{ person: unknown }>(app, 'getDirectoryPerson', { directoryPersonId: nia.id }).person).toMatchObject({
    pronouns: 'they/them',
    roles: ['public_contributor'],
    packFormat: 'easy_read',
    consent: { store: true },
    accessProfile: [{ type: 'other', detail: 'Easy Read papers, a week before' }],
  });

  // Merge the two Amaras: shown side by side, merged only when asked.
  await notice.getByRole('button', { name: 'Review Amara Okafor…' }).click();
  const merge = page.getByRole('dialog', { name: 'Are these the same person?' });
  await expect(merge.getByRole('listitem')).toHaveCount(2);
  await expectNoAxeViolations(page, 'merge dialog');
  await page.screenshot({ path: test.info().outputPath('merge.png') });
  await merge.getByRole('button', { name: 'Keep them apart' }).click();
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Review Amara Okafor…' }).click();
  await merge.getByRole('button', { name: 'Merge them' }).click();
  await expect(
    page.locator('#main').getByText(/Merged into one profile for Amara Okafor\. Added .*\. The other entry’s plan now points to this profile\./),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toHaveCount(0);
  await expect(page.getByText('3 people', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'people screen after merging');
});

test('add someone from People to a plan: their needs and pack format come with them', async ({ page, app }) => {
  const planId = plan(app, 'Autumn panel', '2030-09-04');
  const zara = call<{ id: string }>(app, 'createDirectoryPerson', {
    person: {
      name: 'Zara Ali',
      knownAs: 'Zee',
      roles: ['carer'],
      consent: { store: true, share: true, recordedOn: '2030-01-10', askAgainOn: null },
      accessProfile: [{ id: crypto.randomUUID(), type: 'hearing_loop', detail: 'A loop helps me follow' }],
      packFormat: 'large_print',
    },
  });
  for (let i = 0; i < 60; i++) call(app, 'createDirectoryPerson', { person: { name: `Person ${i}` } });

  await page.goto(`${app.url}/#/plan/${planId}/people`);
  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  const picker = dialog.getByRole('combobox', { name: 'Someone you already know' });
  await picker.fill('zee');
  await expect(page.getByRole('option')).toHaveCount(1);
  await expectNoAxeViolations(page, 'add a person, picking from People');
  await page.screenshot({ path: test.info().outputPath('picker.png') });
  await page.getByRole('option', { name: /Zara Ali/ }).click();
  await expect(dialog).toHaveCount(0);

  const card = page.locator('.person-card').filter({ has: page.getByRole('heading', { level: 3, name: 'Zara Ali' }) });
  await expect(card).toBeVisible();
  await expect(card.getByRole('radio', { name: 'Large print' })).toBeChecked();
  await expect(card).toContainText('A loop helps me follow');
  await page.screenshot({ path: test.info().outputPath('plan-person.png'), fullPage: true });
  await expectNoAxeViolations(page, 'plan people with someone from People');

  const [person] = call<{ people: { name: string; role: string; packFormat: string }[] }>(app, 'getPlan', { planId }).people;
  expect(person).toMatchObject({ name: 'Zara Ali', role: 'carer', packFormat: 'large_print' });
  expect(call<{ plans: { planId: string }[] }>(app, 'getDirectoryPerson', { directoryPersonId: zara.id }).plans).toEqual([
    expect.objectContaining({ planId }),
  ]);
  // Once is enough in one plan: picking her again says so kindly.
  await page.getByRole('button', { name: 'Add a person' }).click();
  await dialog.getByRole('combobox', { name: 'Someone you already know' }).fill('zara');
  await page.getByRole('option', { name: /Zara Ali/ }).click();
  await expect(page.getByText('Zara Ali is already in this plan.')).toBeVisible();
});
