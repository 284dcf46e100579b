/**
 * Access needs on the People tab: consent first (keep a note? share it?), needs with their
 * arrangements only with consent, a pack that suits each person, saying no deleting what was noted,
 * a gentle word about two people with one name, kind messages for very long or odd text, and
 * "Forget this person" leaving nothing of them in the database files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';
import { clearField, dateTimeField, expectShows, typeDate } from '../support/dateTimeFields';
import { NEEDS_WITHOUT_CONSENT } from '../../main/domain/validation';
import { formatDate } from '../../main/domain/time';

interface StoredNeed {
  id: string;
  type: string;
  detail: string;
  arrangement: { how: string; owner: string; dueDate: string | null; status: string; personTold: boolean };
}
interface StoredPerson {
  id: string;
  name: string;
  takesPart: string;
  consent: { store: boolean; share: boolean; recordedOn: string | null };
  accessNeeds: StoredNeed[];
  packFormat: string;
  packDelivery: string;
  materialsSentOn: string | null;
}

function dispatch(app: KindredApp, method: string, input: unknown) {
  return app.bridge.kindred.dispatch(method, input);
}

function createPlan(app: KindredApp, details: Record<string, unknown> = {}): string {
  const res = dispatch(app, 'createPlan', { details: { title: 'Access test', startTime: '10:00', ...details } });
  if (!res.ok) throw new Error(res.error.message);
  return (res.value as { id: string }).id;
}

function addPerson(app: KindredApp, planId: string, name: string): string {
  const res = dispatch(app, 'addPerson', { planId, person: { name, role: 'public_contributor' } });
  if (!res.ok) throw new Error(res.error.message);
  return (res.value as { id: string }).id;
}

function storedPeople(app: KindredApp, planId: string): StoredPerson[] {
  const res = dispatch(app, 'getPlan', { planId });
  if (!res.ok) throw new Error(res.error.message);
  return (res.value as { people: StoredPerson[] }).people;
}

const storedPerson = (app: KindredApp, planId: string, name: string) => storedPeople(app, planId).find((p) => p.name === name)!;

const personCard = (page: Page, name: string) =>
  page.locator('.person-card').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

async function expand(page: Page, name: string) {
  const toggle = personCard(page, name).getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

async function addNeed(page: Page, access: Locator, need: string) {
  await access.getByRole('button', { name: /Add an access need/ }).click();
  await page.getByRole('option', { name: need, exact: true }).click();
  await access.getByRole('button', { name: 'Add this need' }).click();
}

/** Today where the facilitator is (the browser runs in Europe/London). */
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

test('consent, then access needs with their arrangements, and a pack that suits them', async ({ page, app }) => {
  test.slow();
  const planId = createPlan(app, { format: 'hybrid', date: '2030-03-29' });
  await page.goto(`${app.url}/#/plan/${planId}/people`);

  // Amara, added here: in a hybrid plan she can be marked as joining online.
  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill('Amara');
  await dialog.getByRole('radiogroup', { name: 'Where they join from' }).getByText('Online', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Add person' }).click();
  const amara = personCard(page, 'Amara');
  await expect(amara.getByRole('radiogroup', { name: 'Where they join from' }).getByRole('radio', { name: 'Online' })).toBeChecked();

  // Consent first: nothing to note until she agrees.
  const access = amara.getByRole('region', { name: 'Access needs for Amara' });
  await expect(access).toContainText('Access needs are health information');
  await expect(access).toContainText('Not asked yet');
  await expect(access).toContainText('Ask Amara first.');
  await expect(access.getByRole('button', { name: /Add an access need/ })).toHaveCount(0);
  const keep = access.getByRole('radiogroup', { name: 'May we keep a note of Amara’s access needs?' });
  await keep.getByText('Yes', { exact: true }).click();
  await expect(access).toContainText(`Recorded ${formatDate(today())}`);
  const share = access.getByRole('radiogroup', { name: 'May we share them with the venue and co-facilitators?' });
  await expect(share.getByRole('radio', { name: 'No' })).toBeChecked();
  await share.getByText('Yes', { exact: true }).click();
  await expect(access.getByTestId(/needs-summary/)).toHaveText('No access needs noted yet.');

  // Adding needs asks which one first.
  await access.getByRole('button', { name: 'Add this need' }).click();
  await expect(access.getByRole('alert')).toHaveText('Choose a need from the list first; “Something else” is fine.');
  await addNeed(page, access, 'A BSL or other sign language interpreter');
  const bsl = access.getByRole('group', { name: '1. A BSL or other sign language interpreter' });
  await expect(bsl.getByLabel('What helps, in their words')).toBeFocused();
  await bsl.getByLabel('What helps, in their words').fill('Two interpreters for a full day, so they can swap.');
  await bsl.getByLabel('How it will be met').fill('Booked through the county interpreting service.');
  await bsl.getByLabel('Who is arranging it').fill('Me');
  // The same name as on the Access tab's board, for the same date.
  await typeDate(dateTimeField(bsl, 'Arrange by'), '2027-03-01');
  await expect(bsl).toContainText('By 1 March 2027.');
  await bsl.getByText('Arranged', { exact: true }).click();
  await expect(bsl.locator('.person-need-status')).toHaveText('Arranged');

  await addNeed(page, access, 'Large print');
  await expect(access.getByTestId(/needs-summary/)).toHaveText('1 of 2 arranged');
  await expect(amara.locator('.person-head')).toContainText('Access needs: 1 of 2 arranged');

  // Her pack: the large print she asked for, in one click; sent by post, today.
  const pack = amara.getByRole('region', { name: 'Amara’s pack' });
  await expect(pack.getByRole('radio', { name: 'Standard clear print' })).toBeChecked();
  await expect(pack).toContainText('Their access needs ask for large print; their pack is set to standard clear print.');
  await pack.getByRole('button', { name: 'Use large print' }).click();
  await expect(pack.getByRole('radio', { name: 'Large print' })).toBeChecked();
  await expect(pack.getByRole('button', { name: 'Use large print' })).toHaveCount(0);
  // Its planned date follows from the workshop's date: large print by post goes 14 days before.
  await expect(pack).toContainText('Send this pack by Friday 22 March 2030.');
  await pack.getByText('By post').click();
  await expect(pack).toContainText('Send this pack by Friday 15 March 2030.');
  await page.getByRole('link', { name: 'Packs' }).click();
  await expect(page.getByRole('region', { name: 'Packs to send' })).toContainText('Amara, large print by post, by Friday 15 March 2030');
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'People' }).click();
  await expand(page, 'Amara');
  await pack.getByRole('button', { name: 'Mark as sent today' }).click();
  await expectShows(dateTimeField(pack, 'Sent on'), today().split('-').reverse().join('/'));
  await expect(pack).toContainText(`Sent ${formatDate(today())}.`);
  await expect(pack).not.toContainText('Send this pack by');
  await saved(page);
  await expectNoAxeViolations(page, 'a person’s panel with access needs');

  const a = storedPerson(app, planId, 'Amara');
  expect(a.takesPart).toBe('online');
  expect(a.consent).toEqual({ store: true, share: true, recordedOn: today() });
  expect(a.accessNeeds.map((n) => n.type)).toEqual(['sign_language', 'large_print']);
  expect(a.accessNeeds[0]!.detail).toBe('Two interpreters for a full day, so they can swap.');
  expect(a.accessNeeds[0]!.arrangement).toEqual({
    how: 'Booked through the county interpreting service.',
    owner: 'Me',
    dueDate: '2027-03-01',
    status: 'arranged',
    personTold: false,
  });
  expect(a).toMatchObject({ packFormat: 'large_print', packDelivery: 'post', materialsSentOn: today() });

  // Removing a need can be undone.
  const largePrint = access.getByRole('group', { name: '2. Large print' });
  await largePrint.getByRole('button', { name: 'Remove this need: Large print' }).click();
  await expect(access.getByRole('group', { name: '2. Large print' })).toHaveCount(0);
  await expect(page.locator('.toast')).toContainText('Removed “Large print” for Amara.');
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(access.getByRole('group', { name: '2. Large print' })).toBeVisible();
  await saved(page);
  expect(storedPerson(app, planId, 'Amara').accessNeeds).toHaveLength(2);
});

test('keeping needs without sharing them, a need that cannot be met, and no consent at all', async ({ page, app }) => {
  test.slow();
  const planId = createPlan(app);
  addPerson(app, planId, 'Ben');
  addPerson(app, planId, 'Chen');
  await page.goto(`${app.url}/#/plan/${planId}/people`);

  // Ben agrees we may keep a note, but not share it. His need cannot be met, and he has been told.
  await expand(page, 'Ben');
  const benAccess = personCard(page, 'Ben').getByRole('region', { name: 'Access needs for Ben' });
  await benAccess.getByRole('radiogroup', { name: 'May we keep a note of Ben’s access needs?' }).getByText('Yes', { exact: true }).click();
  await benAccess
    .getByRole('radiogroup', { name: /May we share them/ })
    .getByText('No', { exact: true })
    .click();
  await addNeed(page, benAccess, 'Step-free access');
  const stepFree = benAccess.getByRole('group', { name: '1. Step-free access' });
  await stepFree.getByLabel('What helps, in their words').fill('I use a wheelchair; one step is one too many.');
  await expect(stepFree.getByRole('checkbox', { name: 'We have told them' })).toHaveCount(0);
  await stepFree.getByText('Cannot meet: tell the person').click();
  await expect(stepFree).toContainText('Let Ben know soon, and ask what might work instead.');
  await stepFree.getByText('We have told them').click();
  await expect(stepFree.getByRole('checkbox', { name: 'We have told them' })).toBeChecked();
  await expect(benAccess.getByTestId(/needs-summary/)).toHaveText('0 of 1 arranged · 1 cannot be met');

  // Chen would rather we did not: no list of needs, and the store refuses them too.
  await expand(page, 'Chen');
  const chenAccess = personCard(page, 'Chen').getByRole('region', { name: 'Access needs for Chen' });
  await chenAccess.getByRole('radiogroup', { name: 'May we keep a note of Chen’s access needs?' }).getByText('No', { exact: true }).click();
  await expect(chenAccess).toContainText('Chen would rather we did not keep a note of their access needs, so none are kept.');
  await expect(chenAccess.getByRole('button', { name: /Add an access need/ })).toHaveCount(0);
  await expect(chenAccess.getByRole('radiogroup', { name: /May we share them/ })).toHaveCount(0);
  await saved(page);

  const chenId = storedPerson(app, planId, 'Chen').id;
  const refused = dispatch(app, 'updatePerson', {
    planId,
    personId: chenId,
    patch: {
      accessNeeds: [
        {
          id: crypto.randomUUID(),
          type: 'breaks',
          detail: 'Sneaked in',
          arrangement: { how: '', owner: '', dueDate: null, status: 'to_arrange', personTold: false },
        },
      ],
    },
  });
  expect(refused.ok).toBe(false);
  expect(!refused.ok && refused.error.message).toBe(NEEDS_WITHOUT_CONSENT);

  // What the store holds.
  const stored = storedPeople(app, planId);
  const b = stored.find((p) => p.name === 'Ben')!;
  expect(b.consent).toEqual({ store: true, share: false, recordedOn: today() });
  expect(b.accessNeeds[0]!.arrangement).toMatchObject({ status: 'cannot_meet', personTold: true });
  const c = stored.find((p) => p.name === 'Chen')!;
  expect(c.consent).toEqual({ store: false, share: false, recordedOn: today() });
  expect(c.accessNeeds).toEqual([]);
});

test('saying no once needs are noted asks first, then deletes them (and they stay deleted after a restart)', async ({ page, app, restartApp }) => {
  test.slow();
  const planId = createPlan(app);
  const arrangement = { how: 'Booked through the county service.', owner: 'Me', dueDate: '2027-03-01', status: 'arranged', personTold: false };
  const seeded = dispatch(app, 'addPerson', {
    planId,
    person: {
      name: 'Amara',
      role: 'public_contributor',
      consent: { store: true, share: true, recordedOn: '2027-01-10' },
      packFormat: 'large_print',
      accessNeeds: [
        { id: crypto.randomUUID(), type: 'sign_language', detail: 'Two interpreters.', arrangement },
        { id: crypto.randomUUID(), type: 'large_print', detail: '', arrangement: { ...arrangement, status: 'to_arrange' } },
      ],
    },
  });
  if (!seeded.ok) throw new Error(seeded.error.message);
  // At 200% zoom (a window 640 pixels wide), nothing scrolls sideways.
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(`${app.url}/#/plan/${planId}/people`);
  await expect(personCard(page, 'Amara').locator('.person-head')).toContainText('Access needs: 1 of 2 arranged');
  await expand(page, 'Amara');
  await expect(personCard(page, 'Amara').getByRole('region', { name: 'Amara’s pack' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  const again = personCard(page, 'Amara').getByRole('region', { name: 'Access needs for Amara' });
  await expect(again).toContainText('Recorded 10 January 2027');
  await expect(again.getByRole('group', { name: '1. A BSL or other sign language interpreter' }).getByLabel('How it will be met')).toHaveValue(
    'Booked through the county service.',
  );
  await expect(again.getByRole('group', { name: /1\./ }).getByRole('radio', { name: 'Arranged' })).toBeChecked();

  // Saying no, once needs are noted, asks first, then deletes them.
  const keepAgain = again.getByRole('radiogroup', { name: 'May we keep a note of Amara’s access needs?' });
  await keepAgain.getByText('No', { exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Amara’s access needs?' });
  await expect(confirm).toContainText('This deletes the 2 access needs noted for Amara');
  await expect(confirm.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await expectNoAxeViolations(page, 'withdrawing consent, asked first');
  await confirm.getByRole('button', { name: 'Keep them' }).click();
  await expect(confirm).toBeHidden();
  await expect(keepAgain.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(again.getByRole('group', { name: /1\./ })).toBeVisible();

  await keepAgain.getByText('No', { exact: true }).click();
  await confirm.getByRole('button', { name: 'Delete them' }).click();
  await expect(confirm).toBeHidden();
  await expect(again.getByRole('group', { name: /1\./ })).toHaveCount(0);
  await expect(again).toContainText('Amara would rather we did not keep a note of their access needs');
  await expect(page.getByTestId('announcer')).toHaveText('Amara’s access needs have been deleted, and their answer recorded.');
  await expect(personCard(page, 'Amara').locator('.person-head')).not.toContainText('Access needs:');
  await saved(page);
  const withdrawn = storedPerson(app, planId, 'Amara');
  expect(withdrawn.consent).toEqual({ store: false, share: false, recordedOn: today() });
  expect(withdrawn.accessNeeds).toEqual([]);
  // Her pack is not health information: it stays.
  expect(withdrawn.packFormat).toBe('large_print');

  await restartApp();
  await expand(page, 'Amara');
  await expect(personCard(page, 'Amara').getByRole('region', { name: 'Access needs for Amara' })).toContainText(
    'Amara would rather we did not keep a note of their access needs',
  );
  await expect(personCard(page, 'Amara').getByRole('region', { name: 'Amara’s pack' }).getByRole('radio', { name: 'Large print' })).toBeChecked();
});

test('two people with one name get a gentle note, never a block; long and odd text is handled kindly', async ({ page, app }) => {
  test.slow();
  const planId = createPlan(app);
  addPerson(app, planId, 'Sam');
  await page.goto(`${app.url}/#/plan/${planId}/people`);

  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill('  sam ');
  const hint = 'There is already someone called Sam in this plan. If this is someone else, adding an initial will help tell them apart.';
  await expect(dialog.getByText(hint)).toBeVisible();
  // Not in a plan that is not hybrid.
  await expect(dialog.getByRole('radiogroup', { name: 'Where they join from' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'add a person, with the same name as someone');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.person-card')).toHaveCount(2);
  const second = page.locator('.person-card').nth(1);
  await expect(second.getByText(hint)).toBeVisible();
  // An initial tells them apart, and the note goes.
  await second.getByLabel('Name').fill('Sam K');
  await expect(second.getByText(hint)).toHaveCount(0);
  await expect(personCard(page, 'Sam K')).toBeVisible();

  // Very long and odd text in a need.
  const sam = personCard(page, 'Sam K');
  const access = sam.getByRole('region', { name: 'Access needs for Sam K' });
  await access
    .getByRole('radiogroup', { name: /May we keep a note/ })
    .getByText('Yes', { exact: true })
    .click();
  await addNeed(page, access, 'Something else');
  const need = access.getByRole('group', { name: '1. Something else' });
  const detail = need.getByLabel('What helps, in their words');
  await detail.fill('x'.repeat(10_001));
  await expect(need.getByText('What helps can be up to 10,000 characters; it has 10,001. Could some of it go somewhere else?')).toBeVisible();
  await expect(detail).toHaveAttribute('aria-invalid', 'true');
  await detail.fill('A quiet word \u0000 first');
  await expect(need.getByText('What helps contains a character that cannot be stored.')).toBeVisible();
  const owner = need.getByLabel('Who is arranging it');
  await owner.fill('y'.repeat(301));
  await expect(need.getByText('Who is arranging it can be up to 300 characters; it has 301.', { exact: false })).toBeVisible();
  await owner.fill('');
  await saved(page);
  expect(storedPerson(app, planId, 'Sam K').accessNeeds[0]!.detail).toBe('');

  const odd = 'يفضّل الجلوس قرب الباب — “quotes”, <b>not bold</b>, 🦻🏽 & ñ\u200f\nשורה שנייה';
  await detail.fill(odd);
  await expect(detail).not.toHaveAttribute('aria-invalid', 'true');
  const exactly10k = 'z'.repeat(10_000);
  await need.getByLabel('How it will be met').fill(exactly10k);
  await clearField(dateTimeField(need, 'Arrange by'));
  await saved(page);
  const stored = storedPerson(app, planId, 'Sam K').accessNeeds[0]!;
  expect(stored.detail).toBe(odd);
  expect(stored.arrangement.how).toBe(exactly10k);
  await expect(need.getByRole('heading', { name: '1. Something else' })).toBeVisible();
  await expectNoAxeViolations(page, 'a need with long and right-to-left text');
});

/** The database and its write-ahead log and index, as bytes on disk. */
async function databaseBytes(dataDir: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      parts.push(await readFile(join(dataDir, `kindred.db${suffix}`)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return Buffer.concat(parts);
}

const holds = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));

test('forgetting someone leaves nothing of them in the database files', async ({ page, app }) => {
  test.slow();
  const name = 'Zephyrine Quillfeather';
  const detail = 'Marigold-cushion-7Q by the window, please';
  const planId = createPlan(app);
  addPerson(app, planId, 'Amara');
  const block = dispatch(app, 'addBlock', { planId, block: { kind: 'discussion', title: 'Our questions', durationMinutes: 30, leadBy: name } });
  if (!block.ok) throw new Error(block.error.message);
  await page.goto(`${app.url}/#/plan/${planId}/people`);

  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Email', { exact: true }).fill('zephyrine@example.org');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  const card = personCard(page, name);
  const access = card.getByRole('region', { name: `Access needs for ${name}` });
  await access
    .getByRole('radiogroup', { name: /May we keep a note/ })
    .getByText('Yes', { exact: true })
    .click();
  await addNeed(page, access, 'Particular seating');
  await access.getByLabel('What helps, in their words').fill(detail);
  await saved(page);

  // Before: the files hold them (so the check below can find them).
  expect(holds(await databaseBytes(app.dataDir), name)).toBe(true);
  expect(holds(await databaseBytes(app.dataDir), detail)).toBe(true);

  await card.getByRole('button', { name: `Forget ${name}…` }).click();
  const confirm = page.getByRole('alertdialog', { name: `Forget ${name}?` });
  await expect(confirm).toContainText('their details: name, role, organisation, pronouns and how to contact them');
  await expect(confirm).toContainText('the access need noted for them, and how each was being arranged');
  await expect(confirm).toContainText('the record of what they agreed we may keep and share');
  await expect(confirm).toContainText('their payment, hours and expenses');
  await expect(confirm).toContainText('their name where it is written as who leads part of the agenda');
  await expect(confirm).toContainText('This cannot be undone.');
  await expect(confirm.getByRole('button', { name: `Keep ${name}` })).toBeFocused();
  await expectNoAxeViolations(page, 'forget this person, asked first');
  await confirm.getByRole('button', { name: `Forget ${name}` }).click();
  await expect(confirm).toBeHidden();
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toHaveText(`${name} has been forgotten. Nothing about them is kept in this plan.`);
  await expect(personCard(page, 'Amara').getByRole('button', { name: 'Amara', exact: true })).toBeFocused();
  await saved(page);

  const res = dispatch(app, 'getPlan', { planId });
  if (!res.ok) throw new Error(res.error.message);
  const plan = res.value as { people: { name: string }[]; blocks: { leadBy: string }[] };
  expect(plan.people.map((p) => p.name)).toEqual(['Amara']);
  expect(plan.blocks[0]!.leadBy).toBe('');

  const bytes = await databaseBytes(app.dataDir);
  for (const text of [name, detail, 'zephyrine@example.org']) {
    expect(bytes.includes(Buffer.from(text, 'utf8')), `${text} (UTF-8) is still in the database files`).toBe(false);
    expect(bytes.includes(Buffer.from(text, 'utf16le')), `${text} (UTF-16) is still in the database files`).toBe(false);
  }

  // The agenda no longer names them, and undo cannot bring the name back.
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.locator('[data-block-id]').first()).not.toContainText(name);
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-block-id]').first()).not.toContainText(name);
});
