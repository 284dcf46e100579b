/**
 * "Close the app, reopen it: everything is there, exactly as left." Autosave has no Save button,
 * and nothing the screen showed as saved is ever lost by a reload or a restart.
 */
import { expect, test } from '../fixtures/app';
import { dateTimeField, expectShows, typeDate, typeTime } from '../support/dateTimeFields';

test('a plan built from scratch survives a restart exactly as left', async ({ page, restartApp }) => {
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByLabel('What shall we call it?').fill('Shaping the diabetes study');
  await page.getByRole('button', { name: 'Create plan' }).click();

  await page.getByLabel('Why are we meeting?').fill('To decide together which questions matter most to people living with diabetes.');
  await page.getByLabel('What could change as a result?').fill('The study’s first three questions.');
  await typeDate(dateTimeField(page, 'Date'), '2027-03-12');
  await typeTime(dateTimeField(page, 'Start time'), '10:30');
  await typeTime(dateTimeField(page, 'Intended end time'), '13:00');
  await page.locator('label', { hasText: 'Hybrid' }).click();
  await page.getByLabel('Venue name').fill('Riverside Community Centre');
  await page.getByLabel('Venue address').fill('12 Mill Lane\nLeeds LS1 4AB');
  await page.locator('label', { hasText: 'Ready' }).click();

  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Add a block' }).click();
  await page.getByRole('menuitem', { name: 'Welcome', exact: true }).click();
  await page.getByLabel('What participants will read').fill('A cup of tea and a chance to say hello.');
  await page.getByLabel('Notes for facilitators').fill('Greet people at the door.');
  await page.getByLabel('Materials').fill('Name badges');
  await page.getByLabel('Or describe who leads').fill('Amara');
  await page.getByLabel('Length in minutes for “Welcome”').fill('20');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved');

  await restartApp();

  await expect(page.getByRole('heading', { level: 1, name: 'Shaping the diabetes study' })).toBeVisible();
  await expect(page.getByText('Friday 12 March 2027')).toBeVisible();
  await expect(page.getByTestId('block-start').first()).toHaveText('10:30');
  await expect(page.getByTestId('block-end').first()).toHaveText('10:50');
  await page.getByRole('button', { name: 'Welcome', exact: true }).click();
  await expect(page.getByLabel('What participants will read')).toHaveValue('A cup of tea and a chance to say hello.');
  await expect(page.getByLabel('Notes for facilitators')).toHaveValue('Greet people at the door.');
  await expect(page.getByLabel('Materials')).toHaveValue('Name badges');
  await expect(page.getByLabel('Or describe who leads')).toHaveValue('Amara');

  await page.getByRole('link', { name: 'Details' }).click();
  await expect(page.getByLabel('Why are we meeting?')).toHaveValue('To decide together which questions matter most to people living with diabetes.');
  await expect(page.getByLabel('What could change as a result?')).toHaveValue('The study’s first three questions.');
  await expectShows(dateTimeField(page, 'Date'), '12/03/2027');
  await expectShows(dateTimeField(page, 'Intended end time'), '13:00');
  await expect(page.getByRole('radio', { name: /Hybrid/ })).toBeChecked();
  await expect(page.getByLabel('Venue address')).toHaveValue('12 Mill Lane\nLeeds LS1 4AB');
  await expect(page.getByRole('radio', { name: 'Ready' })).toBeChecked();

  await page.getByRole('link', { name: 'Your plans' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Shaping the diabetes study' });
  await expect(card).toContainText('12 March 2027');
  await expect(card).toContainText('Ready');
  await expect(card).toContainText('20 min, 1 block');
});

test('an edit shown as saved survives an immediate reload', async ({ page, app }) => {
  const res = app.bridge.kindred.dispatch('createPlan', { details: { title: 'Quick edits' } });
  if (!res.ok) throw new Error(res.error.message);
  const id = (res.value as { id: string }).id;
  await page.goto(`${app.url}/#/plan/${id}`);
  for (const text of ['First thought', 'Second thought', 'Third and final thought']) {
    await page.getByLabel('Why are we meeting?').fill(text);
  }
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.reload();
  await expect(page.getByLabel('Why are we meeting?')).toHaveValue('Third and final thought');
});
