/**
 * Privacy after the workshop: the Easy Read description of a block, the reminder settings, and the
 * gentle reminder to delete personal data once a plan is delivered, with one action that does it
 * and leaves nothing of the deleted details in the database file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatDate, localToday } from '../../main/domain/time';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function dispatch<T>(app: KindredApp, method: string, input: unknown): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

interface SeededPlan {
  planId: string;
  blockId: string;
}

/** A plan with two people whose details are worth protecting, and a block Amara leads. */
function seed(app: KindredApp): SeededPlan {
  const planId = dispatch<{ id: string }>(app, 'createPlan', { details: { title: 'Carers’ voices', startTime: '10:00' } }).id;
  const block = dispatch<{ id: string }>(app, 'addBlock', {
    planId,
    block: { title: 'Welcome and tea', kind: 'welcome', durationMinutes: 20, leadBy: 'Amara Okafor' },
  });
  const amara = dispatch<{ id: string; payment: Record<string, unknown> }>(app, 'addPerson', {
    planId,
    person: {
      name: 'Amara Okafor',
      role: 'public_contributor',
      organisation: 'Carers Together',
      pronouns: 'she/her',
      contact: 'amara.okafor@example.org',
      consent: { store: true, share: false, recordedOn: '2027-01-10' },
    },
  });
  dispatch(app, 'updatePerson', {
    planId,
    personId: amara.id,
    patch: {
      accessNeeds: [
        {
          id: crypto.randomUUID(),
          type: 'step_free',
          detail: 'Uses a wheelchair; the ramp by the side door works best',
          arrangement: { how: 'Side door unlocked from 9:30', owner: 'Venue', dueDate: null, status: 'arranged', personTold: false },
        },
      ],
      payment: { ...amara.payment, sessionHours: 3, notes: 'Paid by bank transfer to Amara’s own account' },
    },
  });
  dispatch(app, 'addPerson', {
    planId,
    person: { name: 'Sam Reid', role: 'carer', pronouns: 'he/him', contact: '07700 900123' },
  });
  return { planId, blockId: block.id };
}

const DELETED = ['Amara Okafor', 'amara.okafor@example.org', 'ramp by the side door', 'bank transfer to Amara', 'Sam Reid', '07700 900123'];

/** Whether the database file or its write-ahead log holds `text`, byte for byte. */
async function fileHolds(app: KindredApp, text: string): Promise<boolean> {
  const needle = Buffer.from(text, 'utf8');
  for (const file of ['kindred.db', 'kindred.db-wal']) {
    const bytes = await readFile(join(app.dataDir, file)).catch(() => Buffer.alloc(0));
    if (bytes.includes(needle)) return true;
  }
  return false;
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

test('the Easy Read description: a kind hint for long sentences, saved and found again after a restart', async ({ page, app, restartApp }) => {
  // Accessibility checks and a restart: give it room on a busy machine.
  test.slow();
  const { planId, blockId } = seed(app);
  await page.goto(`${app.url}/#/plan/${planId}/agenda`);
  await page.locator(`[data-block-id="${blockId}"] .block-toggle`).click();
  const easyRead = page.getByLabel('Easy Read description');
  await expect(easyRead).toBeVisible();
  await expect(page.getByText('Short sentences of 15 words or fewer, one idea each. Used in Easy Read packs.')).toBeVisible();
  // The review finds it by its target, like the other participant-facing texts.
  await expect(page.locator(`[data-text-target="block:${blockId}:easyRead"] textarea`)).toHaveCount(1);
  await easyRead.fill('We will have a cup of tea and talk about what matters to you and your family today.');
  await expect(page.getByText('The sentence starting “We will have a cup…” has 18 words.')).toBeVisible();
  await expectNoAxeViolations(page, 'block editor with an Easy Read hint');
  // Jargon gets the same one-click plainer word as the other participant texts.
  await easyRead.fill('We have a cup of tea.\nWe talk with stakeholders.');
  await page.getByRole('button', { name: 'Replace “stakeholders” with “people involved”' }).click();
  await expect(easyRead).toHaveValue('We have a cup of tea.\nWe talk with people involved.');
  await easyRead.fill('We have a cup of tea.\nWe talk about what matters to you.');
  await expect(page.getByText(/has 18 words/)).toHaveCount(0);
  await saved(page);
  expect(dispatch<{ blocks: { easyRead: string }[] }>(app, 'getPlan', { planId }).blocks[0]!.easyRead).toBe(
    'We have a cup of tea.\nWe talk about what matters to you.',
  );

  await restartApp();
  await page.locator(`[data-block-id="${blockId}"] .block-toggle`).click();
  await expect(page.getByLabel('Easy Read description')).toHaveValue('We have a cup of tea.\nWe talk about what matters to you.');
});

test('reminder settings: whole days from 0 to 365, asked for kindly, kept after a restart', async ({ page, app, restartApp }) => {
  test.slow();
  const openReminders = async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    return [dialog.getByRole('region', { name: 'Reminders' }), dialog.getByRole('region', { name: 'When to send packs' })] as const;
  };
  let [reminders, packDays] = await openReminders();
  const field = (name: string) => reminders.getByRole('textbox', { name });
  const arrangements = () => field('Remind me to confirm arrangements this many days before');
  // Packs have their own table of days, by how they travel and their format.
  const materials = () => packDays.getByRole('textbox', { name: 'Easy Read by post' });
  const personalData = () => field('Suggest deleting personal data this many days after the workshop');
  await expect(arrangements()).toHaveValue('7');
  await expect(materials()).toHaveValue('14');
  await expect(packDays.getByRole('textbox', { name: 'Standard clear print by email' })).toHaveValue('7');
  await expect(personalData()).toHaveValue('90');
  await arrangements().fill('10');
  await arrangements().press('Tab');
  await materials().fill('400');
  await materials().press('Tab');
  await expect(packDays.getByText('Choose 365 days or fewer: that is a year.')).toBeVisible();
  await expect(materials()).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'settings with a reminder to look at');
  await materials().fill('');
  await materials().press('Tab');
  await expect(packDays.getByText('Add a number of days, like 7.')).toBeVisible();
  await materials().fill('21');
  await materials().press('Tab');
  await expect(packDays.locator('.field-error')).toHaveCount(0);
  // The buttons either side step by a day.
  await reminders
    .getByRole('button', { name: /Increase/ })
    .last()
    .click();
  await expect(personalData()).toHaveValue('91');
  await expect
    .poll(() => dispatch<{ reminders: unknown }>(app, 'getSettings', {}).reminders)
    .toEqual({
      arrangementsDaysBefore: 10,
      materialsDaysBefore: 7,
      personalDataDays: 91,
    });
  await expect.poll(() => dispatch<{ packSendDays: { post: { easy_read: number } } }>(app, 'getSettings', {}).packSendDays.post.easy_read).toBe(21);
  await expectNoAxeViolations(page, 'settings with reminders');

  await restartApp();
  [reminders, packDays] = await openReminders();
  await expect(arrangements()).toHaveValue('10');
  await expect(materials()).toHaveValue('21');
  await expect(personalData()).toHaveValue('91');
});

test('after the workshop: the reminder, "Not now", and deleting personal data, with nothing left in the file', async ({ page, app }) => {
  // Several accessibility checks: give it room on a busy machine.
  test.slow();
  const { planId, blockId } = seed(app);
  const today = formatDate(localToday());

  // Delivered: the After tab offers to delete personal data at any time; no reminder yet (90 days).
  await page.goto(`${app.url}/#/plan/${planId}/after`);
  await page.getByRole('button', { name: 'Mark as delivered' }).click();
  const section = page.getByRole('region', { name: 'Personal data', exact: true });
  await expect(section.getByRole('button', { name: 'Delete personal data…' })).toBeVisible();
  const banner = page.getByRole('region', { name: 'Personal data from this workshop' });
  await expect(banner).toHaveCount(0);
  await saved(page);

  // With the reminder set to 0 days, it comes straight away.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const days = settings.getByRole('textbox', { name: 'Suggest deleting personal data this many days after the workshop' });
  await days.fill('0');
  await days.press('Tab');
  await settings.getByRole('button', { name: 'Done' }).click();

  // The reminder: gentle, with a heading, not an alert.
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('This workshop was marked as delivered today. Would you like to delete the personal data you no longer need?');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the personal data reminder');

  // "Not now" puts it away for this session, on every tab; it comes back when Kindred is next opened.
  await banner.getByRole('button', { name: 'Not now' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Carers’ voices' })).toBeFocused();
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.locator(`[data-block-id="${blockId}"]`)).toBeVisible();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(banner).toBeVisible();

  // Before: their details are in the database file (so the check after means something).
  expect(await fileHolds(app, 'amara.okafor@example.org')).toBe(true);

  // The dialog says what goes and what stays; keeping things is what Enter does first.
  await banner.getByRole('button', { name: 'Delete personal data…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete personal data from “Carers’ voices”?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep it for now' })).toBeFocused();
  const goes = dialog.getByRole('region', { name: 'What is deleted' });
  await expect(goes).toContainText('Access needs, and how each was arranged');
  await expect(goes).toContainText('Amara Okafor becomes “Public contributor 1”, Sam Reid becomes “Carer 1”');
  await expect(dialog.getByRole('region', { name: 'What stays' })).toContainText('Hours and amounts paid, for your accounts');
  await expectNoAxeViolations(page, 'the delete personal data dialog');
  await dialog.getByRole('button', { name: 'Keep it for now' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(banner.getByRole('button', { name: 'Delete personal data…' })).toBeFocused();
  await banner.getByRole('button', { name: 'Delete personal data…' }).click();
  await dialog.getByRole('button', { name: 'Delete personal data' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(banner.getByText(`Personal data was deleted on ${today}.`)).toBeFocused();
  await expect(page.getByTestId('announcer')).toHaveText(`Personal data was deleted on ${today}.`);
  await banner.getByRole('button', { name: 'Close' }).click();
  await expect(banner).toHaveCount(0);

  // Names became roles everywhere, including who leads the welcome.
  await page.locator(`[data-block-id="${blockId}"] .block-toggle`).click();
  await expect(page.locator('.plan-page')).toContainText('Public contributor 1');
  await expect(page.locator('.plan-page')).not.toContainText('Amara');
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'People' }).click();
  await expect(page.locator('.person-card')).toHaveCount(2);
  await expect(page.locator('.plan-page')).toContainText('Carer 1');
  await expect(page.locator('.plan-page')).not.toContainText('Amara');
  await expect(page.locator('.plan-page')).not.toContainText('Sam Reid');
  await page.getByRole('link', { name: 'After the workshop' }).click();
  await expect(page.getByTestId('personal-data-cleared')).toHaveText(`Personal data was deleted on ${today}.`);
  await expect(page.getByRole('button', { name: 'Delete personal data…' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'after the workshop, personal data deleted');

  // In the store: the details are gone, the accounts stay.
  const plan = dispatch<{
    personalDataClearedOn: string | null;
    people: {
      name: string;
      contact: string;
      pronouns: string;
      organisation: string;
      consent: { store: boolean };
      accessNeeds: unknown[];
      payment: { notes: string; sessionHours: number };
    }[];
    blocks: { leadBy: string }[];
  }>(app, 'getPlan', { planId });
  expect(plan.personalDataClearedOn).toBe(localToday());
  expect(plan.people.map((p) => p.name)).toEqual(['Public contributor 1', 'Carer 1']);
  expect(plan.people.map((p) => [p.contact, p.pronouns, p.accessNeeds.length, p.consent.store, p.payment.notes])).toEqual([
    ['', '', 0, false, ''],
    ['', '', 0, false, ''],
  ]);
  expect(plan.people[0]!.organisation).toBe('Carers Together');
  expect(plan.people[0]!.payment.sessionHours).toBe(3);
  expect(plan.blocks[0]!.leadBy).toBe('Public contributor 1');

  // Their profiles under People stay, no longer linked to the workshop; removed there too, not a
  // byte of them is left in the database file or its write-ahead log.
  const profiles = dispatch<{ id: string; planCount: number }[]>(app, 'listDirectory', {});
  expect(profiles.map((p) => p.planCount)).toEqual([0, 0]);
  for (const { id } of profiles) dispatch(app, 'deleteDirectoryPerson', { directoryPersonId: id });
  for (const text of DELETED) expect(await fileHolds(app, text), `“${text}” in the database`).toBe(false);
});

test('the reminder, its dialog and the settings at 200% zoom and in high contrast', async ({ page, app }) => {
  test.slow();
  const { planId } = seed(app);
  dispatch(app, 'updatePlan', { planId, patch: { status: 'delivered' } });
  dispatch(app, 'updateSettings', { reminders: { arrangementsDaysBefore: 7, materialsDaysBefore: 7, personalDataDays: 0 }, theme: 'high_contrast' });
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(`${app.url}/#/plan/${planId}/after`);
  // The settings were read when the page first opened, before they were changed above.
  await page.reload();
  const banner = page.getByRole('region', { name: 'Personal data from this workshop' });
  await expect(banner).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'reminder at 200% zoom, high contrast');
  await page.getByRole('region', { name: 'Personal data', exact: true }).getByRole('button', { name: 'Delete personal data…' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeViolations(page, 'delete personal data dialog at 200% zoom, high contrast');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'Reminders' })).toBeVisible();
  await expectNoAxeViolations(page, 'settings at 200% zoom, high contrast');
});

test('the plans list says when a delivered plan’s personal data is due for deleting, and links to it', async ({ page, app }) => {
  const { planId } = seed(app);
  const other = dispatch<{ id: string }>(app, 'createPlan', { details: { title: 'Not delivered yet' } }).id;
  dispatch(app, 'updatePlan', { planId, patch: { status: 'delivered' } });
  const card = page.locator(`[data-plan-id="${planId}"]`);
  const note = card.getByRole('link', { name: /Time to delete people’s personal data\?/ });

  // Kindred's own reminder is 90 days: a plan delivered today is not due yet. (Reloaded: the plans
  // were added behind the page's back, which the app itself never does, after it asked for them.)
  await page.goto(`${app.url}/#/`);
  await page.reload();
  await expect(card).toBeVisible();
  await expect(note).toHaveCount(0);

  // With the reminder at 0 days it is due: only that plan says so, and the link opens its After tab.
  dispatch(app, 'updateSettings', { reminders: { arrangementsDaysBefore: 7, materialsDaysBefore: 7, personalDataDays: 0 } });
  await page.reload();
  await expect(card).toContainText('This workshop was marked as delivered today.');
  await expect(note).toBeVisible();
  await expect(page.locator(`[data-plan-id="${other}"]`).getByText(/personal data/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'the plans list with a privacy note');
  await note.click();
  await expect(page).toHaveURL(new RegExp(`#/plan/${planId}/after$`));

  // Once the personal data is deleted, the note goes. (Deleted behind the page's back, so reloaded:
  // the list kept from the last visit is only refetched after a change made in the app.)
  dispatch(app, 'clearPersonalData', { planId });
  await page.goto(`${app.url}/#/`);
  await page.reload();
  await expect(card).toBeVisible();
  await expect(note).toHaveCount(0);
});
