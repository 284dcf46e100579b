/**
 * Dates and times read the facilitator's way, not the browser's or the computer's: in the UK,
 * 12/03/2027 is 12 March 2027. A date that does not exist and an end before the start are explained
 * beside the field and never saved; the 12-hour clock is a setting that changes how times look and
 * are typed, never what is stored.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';
import { dateTimeField, expectShows, typeDate, typeTime } from '../support/dateTimeFields';

// A browser set to the United States: Kindred's own setting (en-GB by default) must win.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

async function openPlan(page: Page, app: KindredApp, details: Record<string, unknown> = {}) {
  const res = app.bridge.kindred.dispatch('createPlan', { details: { title: 'Dates test', startTime: '10:00', ...details } });
  if (!res.ok) throw new Error(res.error.message);
  const id = (res.value as { id: string }).id;
  await page.goto(`${app.url}/#/plan/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dates test' })).toBeVisible();
  return id;
}

function stored(app: KindredApp, id: string) {
  const res = app.bridge.kindred.dispatch('getPlan', { planId: id });
  if (!res.ok) throw new Error(res.error.message);
  return res.value as { date: string | null; startTime: string; endTime: string | null };
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

test('typing 12/03/2027 means 12 March 2027, shown back the same way', async ({ page, app }) => {
  const id = await openPlan(page, app);
  const date = dateTimeField(page, 'Date');
  // The hint of the order belongs to the field (the follow-up date further down has its own).
  await expect(date).toHaveAccessibleDescription(/Day \/ month \/ year, like 12\/03\/2027\./);
  await expect(page.getByText('Day / month / year, like 12/03/2027.').first()).toBeVisible();
  // One run of digits, as a person types it: each part moves on to the next by itself.
  await date.locator('[data-type="day"]').click();
  await page.keyboard.type('12032027');
  await saved(page);
  expect(stored(app, id).date).toBe('2027-03-12');
  await expect(page.getByText('Friday 12 March 2027')).toBeVisible();
  await expectShows(date, '12/03/2027');
  await expectNoAxeViolations(page, 'plan details with a date typed in');

  await page.reload();
  await expectShows(dateTimeField(page, 'Date'), '12/03/2027');
});

test('a date that does not exist is explained, and nothing is saved', async ({ page, app }) => {
  const id = await openPlan(page, app);
  const date = dateTimeField(page, 'Date');
  await typeDate(date, '2027-02-31');
  const message = 'There is no 31 February 2027: February has 28 days in 2027. Could you check the day and the month?';
  await expect(page.getByText(message)).toBeVisible();
  // Leaving the field does not quietly turn it into 28 February.
  await page.keyboard.press('Tab');
  await expect(page.getByText(message)).toBeVisible();
  await saved(page);
  expect(stored(app, id).date).toBeNull();
  await expectNoAxeViolations(page, 'plan details with an impossible date');

  // Putting it right saves it and the message goes.
  await typeDate(date, '2027-02-28');
  await expect(page.getByText(message)).toHaveCount(0);
  await saved(page);
  expect(stored(app, id).date).toBe('2027-02-28');

  // Half a date (the year emptied) is not saved either, and leaving it says what is missing.
  await date.locator('[data-type="year"]').click();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expect(page.getByText('Add the year to finish this date, or clear it. Until then, nothing has changed.')).toBeVisible();
  expect(stored(app, id).date).toBe('2027-02-28');

  // A year typed short would be the year 27: it is asked for in full.
  await date.locator('[data-type="year"]').click();
  await page.keyboard.type('27');
  await page.keyboard.press('Tab');
  await expect(page.getByText('Type the year in full, like 2027. Until then, nothing has changed.')).toBeVisible();
  await saved(page);
  expect(stored(app, id).date).toBe('2027-02-28');
});

test('an end time before the start is refused beside the field', async ({ page, app }) => {
  const id = await openPlan(page, app);
  const end = dateTimeField(page, 'Intended end time');
  await typeTime(end, '09:30');
  const message = 'That is before the start time, 10:00. Could you choose a later end time, or an earlier start?';
  await expect(page.locator('.time-field', { has: end }).getByText(message)).toBeVisible();
  await expect(end).toHaveAttribute('data-invalid', 'true');
  await saved(page);
  expect(stored(app, id).endTime).toBeNull();
  await expectNoAxeViolations(page, 'plan details with an end before the start');

  await typeTime(end, '12:30');
  await expect(page.getByText(message)).toHaveCount(0);
  await saved(page);
  expect(stored(app, id).endTime).toBe('12:30');

  // Moving the start past that end is refused too, beside the start time.
  await typeTime(dateTimeField(page, 'Start time'), '13:00');
  await expect(page.getByText('That is not before the end time, 12:30.', { exact: false })).toBeVisible();
  await saved(page);
  expect(stored(app, id).startTime).toBe('10:00');

  // A later end makes the 13:00 start on screen fine after all: it is kept, and the message goes.
  await typeTime(end, '16:00');
  await expect(page.getByText('That is not before the end time', { exact: false })).toHaveCount(0);
  await saved(page);
  expect(stored(app, id)).toMatchObject({ startTime: '13:00', endTime: '16:00' });
});

test('the 12-hour clock and another date order are settings, and stored values stay the same', async ({ page, app }) => {
  const id = await openPlan(page, app, { date: '2027-03-12' });
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByText('12-hour, like 2:30 pm').click();
  await expect(settings.getByRole('radio', { name: '12-hour, like 2:30 pm' })).toBeChecked();
  await expectNoAxeViolations(page, 'settings with the clock choice');
  await settings.getByRole('button', { name: 'Done' }).click();

  const start = dateTimeField(page, 'Start time');
  await expectShows(start, '10:00 am');
  await expect(page.getByText('12-hour clock, like 10:00 am.')).toBeVisible();
  const end = dateTimeField(page, 'Intended end time');
  await typeTime(end, '14:30');
  await expectShows(end, '2:30 pm');
  await saved(page);
  expect(stored(app, id).endTime).toBe('14:30');
  await expectNoAxeViolations(page, 'plan details on the 12-hour clock');

  // A facilitator in the United States types the month first; the stored date is the same day.
  await page.getByRole('button', { name: 'Settings' }).click();
  await settings.getByText('United States: month / day / year').click();
  await settings.getByRole('button', { name: 'Done' }).click();
  await expectShows(dateTimeField(page, 'Date'), '3/12/2027');
  await expect(dateTimeField(page, 'Date')).toHaveAccessibleDescription(/Month \/ day \/ year, like 3\/12\/2027\./);
  expect(stored(app, id).date).toBe('2027-03-12');

  // Remembered after a restart of the page.
  await page.reload();
  // The United States writes AM and PM in capitals; the stored time is still 10:00.
  await expectShows(dateTimeField(page, 'Start time'), '10:00 AM');
  await expectShows(dateTimeField(page, 'Date'), '3/12/2027');
});
