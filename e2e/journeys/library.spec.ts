/**
 * The method library and templates: adding a tried and tested method to an agenda, saving a block
 * of your own to reuse in another plan, starting a plan from one of Kindred's templates, and saving
 * a plan as a template of your own (without its people).
 */
import type { Page } from '@playwright/test';
import { methodById } from '../../main/domain/library/methods';
import { templateById } from '../../main/domain/library/templates';
import type { Plan } from '../../main/domain/plan';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function dispatch<T>(app: KindredApp, method: string, input: unknown): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

function newPlan(app: KindredApp, title: string, blocks: { title: string; kind: string; durationMinutes: number; description?: string }[] = []) {
  const plan = dispatch<Plan>(app, 'createPlan', { details: { title, startTime: '10:00', format: 'in_person' } });
  for (const block of blocks) dispatch(app, 'addBlock', { planId: plan.id, block });
  return plan.id;
}

async function openAgenda(page: Page, app: KindredApp, planId: string) {
  await page.goto(`${app.url}/#/plan/${planId}/agenda`);
  await expect(page.getByRole('heading', { name: 'Agenda', level: 2 })).toBeVisible();
}

const rows = (page: Page) => page.locator('[data-block-id]');
const storyCircle = methodById('story-circle')!;

test('a method from the library joins the agenda, after the open block or at the end', async ({ page, app }) => {
  test.setTimeout(120_000);
  const planId = newPlan(app, 'Library test', [
    { title: 'Welcome', kind: 'welcome', durationMinutes: 10 },
    { title: 'Close', kind: 'close', durationMinutes: 10 },
  ]);
  await openAgenda(page, app, planId);

  const opener = page.getByRole('button', { name: 'Add from the method library' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Method library' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^\d+ methods$/)).toBeVisible();
  await expectNoAxeViolations(page, 'method library');

  // Find it by words, then narrow by kind; the details show everything a facilitator needs.
  await dialog.getByRole('searchbox', { name: 'Search methods' }).fill('story');
  await dialog.getByRole('button', { name: /Kind of block/ }).click();
  await page.getByRole('option', { name: 'Small groups' }).click();
  await expect(dialog.getByText(/^1 method$/)).toBeVisible();
  const option = dialog.getByRole('option', { name: /^Story circle/ });
  await option.click();
  const details = dialog.getByRole('region', { name: 'Story circle' });
  await expect(details).toContainText(storyCircle.participantDescription);
  await expect(details).toContainText(storyCircle.purpose);
  await expect(details).toContainText(storyCircle.steps[0]!);
  await expect(details.getByText('BSL interpreters', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'method library with a search and a filter');

  // Nothing open: it goes at the end, is announced, and its row takes focus.
  await details.getByRole('button', { name: 'Add “Story circle” to the agenda' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(2)).toContainText('Story circle');
  await expect(page.getByTestId('announcer')).toHaveText('Added “Story circle” at the end of the agenda.');
  await expect(rows(page).nth(2).locator('.block-toggle')).toBeFocused();
  await rows(page).nth(2).locator('.block-toggle').click();
  await expect(page.getByLabel('What participants will read')).toHaveValue(storyCircle.participantDescription);
  await expect(page.getByLabel('Length in minutes for “Story circle”')).toHaveValue(String(storyCircle.durationMinutes));
  // An in-person plan does not get the notes for online.
  await expect(page.getByLabel('Notes for facilitators')).not.toHaveValue(/Online:/);

  // With the first block open, the next method goes straight after it (chosen by keyboard this time).
  await rows(page).nth(2).locator('.block-toggle').click();
  await rows(page).nth(0).locator('.block-toggle').click();
  await opener.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: 'Search methods' }).fill('weather');
  // Past the filters to the list: the only match is ready to add.
  const weather = dialog.getByRole('option', { name: /^Weather report/ });
  for (let i = 0; i < 5 && !(await weather.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(weather).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Add “Weather report” to the agenda' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows(page).nth(1)).toContainText('Weather report');
  await expect(page.getByTestId('announcer')).toHaveText('Added “Weather report” after “Welcome”.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect(dispatch<Plan>(app, 'getPlan', { planId }).blocks.map((b) => b.title)).toEqual(['Welcome', 'Weather report', 'Close', 'Story circle']);
});

test('a block saved to my library can be added to another plan, and deleted', async ({ page, app }) => {
  test.setTimeout(120_000);
  const first = newPlan(app, 'First plan', [
    { title: 'Tea and stories', kind: 'relationship_building', durationMinutes: 25, description: 'We share a cup of tea and a story.' },
  ]);
  const second = newPlan(app, 'Second plan');
  await openAgenda(page, app, first);
  await page.getByRole('button', { name: 'Tea and stories', exact: true }).click();
  await page.getByRole('button', { name: 'Save to my library' }).click();
  await expect(page.getByText('Saved “Tea and stories” to your library.')).toBeVisible();

  await openAgenda(page, app, second);
  await page.getByRole('button', { name: 'Add from the method library' }).click();
  const dialog = page.getByRole('dialog', { name: 'Method library' });
  await dialog.getByRole('tab', { name: 'My saved blocks' }).click();
  await expect(dialog.getByRole('heading', { name: 'Tea and stories' })).toBeVisible();
  await expectNoAxeViolations(page, 'my saved blocks');
  await dialog.getByRole('button', { name: 'Add “Tea and stories” to the agenda' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Tea and stories');
  await page.getByRole('button', { name: 'Tea and stories', exact: true }).click();
  await expect(page.getByLabel('What participants will read')).toHaveValue('We share a cup of tea and a story.');
  await expect(page.getByLabel('Length in minutes for “Tea and stories”')).toHaveValue('25');

  // Deleting asks first, and “Keep it” keeps it.
  await page.getByRole('button', { name: 'Add from the method library' }).click();
  await dialog.getByRole('tab', { name: 'My saved blocks' }).click();
  await dialog.getByRole('button', { name: 'Delete “Tea and stories” from your library' }).click();
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoAxeViolations(page, 'deleting a saved block');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await dialog.getByRole('button', { name: 'Delete “Tea and stories” from your library' }).click();
  await dialog.getByRole('button', { name: 'Delete it' }).click();
  await expect(dialog.getByText('Nothing saved yet.')).toBeVisible();
  expect(dispatch<unknown[]>(app, 'listLibrary', {})).toEqual([]);
  // The plan keeps its copy.
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
});

test('start a plan from one of Kindred’s templates', async ({ page }) => {
  test.setTimeout(120_000);
  const sandpit = templateById('sandpit')!;
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new plan' });
  await dialog.getByText('Start from a template').click();
  await expect(dialog.getByRole('heading', { name: 'Kindred’s templates' })).toBeVisible();
  // Nothing of the facilitator's own yet, so no empty "Your templates".
  await expect(dialog.getByRole('heading', { name: 'Your templates' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'template chooser');
  await dialog.getByText(sandpit.name, { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: sandpit.name })).toBeChecked();
  // An empty name is fine with a template: the plan takes the template's name.
  await dialog.getByRole('button', { name: 'Create plan from this template' }).click();

  await expect(page.getByRole('heading', { level: 1, name: sandpit.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 2 })).toBeVisible();
  // The agenda draws only the blocks near the screen; the list and each row say how many there are.
  await expect(page.getByRole('list', { name: new RegExp(`^Agenda, ${sandpit.blocks.length} blocks`) })).toBeVisible();
  await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(sandpit.blocks.length));
  await expect(rows(page).first()).toContainText(sandpit.blocks[0]!.title);
  await expect(rows(page).last()).toContainText(sandpit.blocks.at(-1)!.title);
});

test('save a plan as a template, without its people, and start a new plan from it', async ({ page, app }) => {
  test.setTimeout(150_000);
  const planId = newPlan(app, 'Carers’ café', [
    { title: 'Arrive and have a cuppa', kind: 'welcome', durationMinutes: 20 },
    { title: 'What matters to carers', kind: 'discussion', durationMinutes: 45 },
  ]);
  dispatch(app, 'updatePlan', { planId, patch: { purpose: 'To hear from carers.' } });
  dispatch(app, 'addPerson', { planId, person: { name: 'Sam Reid', role: 'carer' } });
  await page.goto(`${app.url}/#/plan/${planId}`);
  await page.getByRole('button', { name: 'Save as template…' }).click();
  const save = page.getByRole('dialog', { name: 'Save as a template' });
  await expect(save).toContainText('People and their details (names, contacts, payments and access needs) are not copied');
  await expect(save.getByLabel('Template name')).toHaveValue('Carers’ café');
  await expectNoAxeViolations(page, 'save as template dialog');
  await save.getByLabel('Template name').fill('');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(save.getByText('Give the template a name so you can find it later.').first()).toBeVisible();
  await save.getByLabel('Template name').fill('Carers’ café, monthly');
  await save.getByLabel('A short summary (optional)').fill('Our monthly drop-in for carers.');
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(save).toBeHidden();
  await expect(page.getByText('Saved “Carers’ café, monthly” as a template.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as template…' })).toBeFocused();

  // A new plan from it: "Your templates" are listed apart from Kindred's.
  await page.getByRole('link', { name: 'Your plans' }).click();
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new plan' });
  await dialog.getByLabel('What shall we call it?').fill('Carers’ café, June');
  await dialog.getByText('Start from a template').click();
  await expect(dialog.getByRole('heading', { name: 'Your templates' })).toBeVisible();
  const mine = dialog.getByRole('radio', { name: 'Carers’ café, monthly' });
  await expect(mine).toHaveAccessibleDescription(/Our monthly drop-in for carers\. 1 hour 5 minutes, 2 blocks/);
  await expectNoAxeViolations(page, 'template chooser with your own template');
  await dialog.getByText('Carers’ café, monthly', { exact: true }).click();
  await expect(mine).toBeChecked();
  await dialog.getByRole('button', { name: 'Create plan from this template' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Carers’ café, June' })).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText('Arrive and have a cuppa');
  const newId = /#\/plan\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const copy = dispatch<Plan>(app, 'getPlan', { planId: newId });
  expect(copy.purpose).toBe('To hear from carers.');
  expect(copy.people).toEqual([]);

  // Your own templates can be deleted from the chooser (after a kind question).
  await page.getByRole('link', { name: 'Your plans' }).click();
  await page.getByRole('button', { name: 'New plan' }).click();
  await dialog.getByText('Start from a template').click();
  await dialog.getByRole('button', { name: 'Delete the template “Carers’ café, monthly”' }).click();
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete it' }).click();
  await expect(dialog.getByRole('heading', { name: 'Your templates' })).toHaveCount(0);
  expect(dispatch<{ builtIn: boolean }[]>(app, 'listTemplates', {}).every((t) => t.builtIn)).toBe(true);
});
