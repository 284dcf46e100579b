/**
 * The plans list, as a facilitator meets it: the first-run welcome and sample, then creating,
 * renaming, copying, finding, sorting and deleting plans (with undo).
 */
import { expect, expectNoAxeViolations, test } from '../fixtures/app';

test('first run: a welcome and a sample plan to explore, not an empty screen', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Welcome to Kindred' })).toBeVisible();
  const sample = page.getByRole('link', { name: 'Shaping our next study together' });
  await expect(sample).toBeVisible();
  await expectNoAxeViolations(page, 'plans list with the welcome');

  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shaping our next study together' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 2 })).toBeVisible();
  await expect(page.locator('[data-block-id]')).not.toHaveCount(0);

  // The welcome was dismissed by opening the sample, and stays dismissed.
  await page.getByRole('link', { name: 'Your plans' }).click();
  await expect(page.getByRole('heading', { name: 'Your plans' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Kindred' })).toHaveCount(0);
});

test('create a plan: a name is asked for kindly, then the plan opens', async ({ page, app }) => {
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new plan' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'new plan dialog');

  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(dialog.getByText('Give the plan a name so you can find it later.')).toBeVisible();
  // The message belongs to the name box: under it, the box marked invalid, and focus back in it.
  const name = dialog.getByLabel('What shall we call it?');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Give the plan a name so you can find it later\./);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page, 'new plan dialog, no name yet');
  // Typing clears it.
  await name.pressSequentially('C');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Give the plan a name so you can find it later.')).toHaveCount(0);
  const before = app.bridge.kindred.dispatch('listPlans', {});
  expect(before.ok && before.value).toHaveLength(1);

  await dialog.getByLabel('What shall we call it?').fill('Carers’ voices in stroke research');
  await dialog.getByLabel('What shall we call it?').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Carers’ voices in stroke research' })).toBeVisible();
  await expect(page.getByLabel('Plan name')).toHaveValue('Carers’ voices in stroke research');
});

test('rename, copy, search, sort, and delete with undo', async ({ page, app }) => {
  const d = app.bridge.kindred.dispatch;
  d('createPlan', { details: { title: 'Autumn listening event', date: '2027-10-02' } });
  d('createPlan', { details: { title: 'Spring planning day', date: '2027-03-12' } });
  await page.reload();
  const cards = page.getByRole('list', { name: 'Plans' }).getByRole('listitem');
  await expect(cards).toHaveCount(3);
  // Newest date first by default; plans without a date last.
  await expect(cards.first()).toContainText('Autumn listening event');
  await expect(cards.first()).toContainText('2 October 2027');

  // Sort by name.
  await page.getByRole('button', { name: /Sort by/ }).click();
  await page.getByRole('option', { name: 'Name, A to Z' }).click();
  await expect(cards.first()).toContainText('Autumn listening event');
  await expect(cards.nth(1)).toContainText('Shaping our next study together');
  await expect(cards.nth(2)).toContainText('Spring planning day');

  // Rename through the actions menu.
  await page.getByRole('button', { name: 'Actions for “Spring planning day”' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename plan' });
  await rename.getByLabel('Plan name').fill('');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(rename.getByLabel('Plan name')).toBeFocused();
  await expect(rename.getByLabel('Plan name')).toHaveAttribute('aria-invalid', 'true');
  await expect(rename.getByLabel('Plan name')).toHaveAccessibleDescription(/Give the plan a name so you can find it later\./);
  await rename.getByLabel('Plan name').fill('Spring co-design day');
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('link', { name: 'Spring co-design day' })).toBeVisible();

  // Make a copy.
  await page.getByRole('button', { name: 'Actions for “Spring co-design day”' }).click();
  await page.getByRole('menuitem', { name: 'Make a copy' }).click();
  await expect(page.getByRole('link', { name: 'Copy of Spring co-design day' })).toBeVisible();

  // Search by name.
  // One name for the search box, its visible label.
  await expect(page.getByRole('searchbox')).toHaveAccessibleName('Search by name');
  await page.getByRole('searchbox', { name: /Search/ }).fill('spring');
  await expect(cards).toHaveCount(2);
  await expect(page.getByText('2 plans match “spring”.')).toBeVisible();
  await page.getByRole('searchbox', { name: /Search/ }).fill('nothing like this');
  await expect(page.getByText('No plans have “nothing like this” in their name.')).toBeVisible();
  await page.getByRole('searchbox', { name: /Search/ }).fill('');
  await expect(cards).toHaveCount(4);

  // Delete, then undo from the message.
  await page.getByRole('button', { name: 'Actions for “Autumn listening event”' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted “Autumn listening event”. You can undo this for 10 seconds.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Autumn listening event' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'plans list with the undo message');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Autumn listening event' })).toBeVisible();

  // Delete for good: after the message goes, the plan stays gone across a reload.
  await page.getByRole('button', { name: 'Actions for “Autumn listening event”' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Close this message' }).click();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Spring co-design day', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Autumn listening event' })).toHaveCount(0);
});
