/**
 * People and reciprocity: who plans and runs the day, paying people back with the facilitator's
 * own rates, the plan's budget, naming who leads and who decides in the agenda, and removing
 * someone with undo. Everything survives a restart.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';
import { dateTimeField, typeDate } from '../support/dateTimeFields';

async function openPeople(page: Page, app: KindredApp, details: Record<string, unknown> = {}) {
  const res = app.bridge.kindred.dispatch('createPlan', { details: { title: 'People test', startTime: '10:00', ...details } });
  if (!res.ok) throw new Error(res.error.message);
  const id = (res.value as { id: string }).id;
  await page.goto(`${app.url}/#/plan/${id}/people`);
  await expect(page.getByRole('heading', { name: 'People', level: 2 })).toBeVisible();
  return id;
}

const personCard = (page: Page, name: string) =>
  page.locator('.person-card').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

async function chooseOption(scope: Locator, page: Page, label: string | RegExp, option: string) {
  await scope.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

test('add people, pay them back with your own rate, name who decides, remove with undo, and it all stays', async ({ page, app, restartApp }) => {
  // A long journey with several accessibility checks: give it room on a busy machine.
  test.slow();
  const planId = await openPeople(page, app);
  await expect(page.getByText('Nobody is named yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'people tab, empty');

  // A public contributor who plans the workshop with us.
  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  // The name is asked for kindly.
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog.getByText('Add a name, or a first name, so you can tell people apart.')).toBeVisible();
  await dialog.getByLabel('Name').fill('Amara');
  await dialog.getByLabel('Pronouns').fill('she/her');
  await dialog.getByText('Plans the workshop with us').click();
  await expect(dialog.getByText('Looks after people joining online')).toHaveCount(0);
  await expectNoAxeViolations(page, 'add a person dialog');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
  const amara = personCard(page, 'Amara');
  await expect(amara.getByRole('button', { name: 'Amara', exact: true })).toBeFocused();
  await expect(amara.getByRole('button', { name: 'Amara', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(amara).toContainText('Public contributor · she/her');
  await expect(amara.getByRole('list', { name: 'What Amara does' })).toHaveText('Co-plans');

  // A researcher who plans with us too.
  await page.getByRole('button', { name: 'Add a person' }).click();
  await dialog.getByLabel('Name').fill('Sam');
  await chooseOption(dialog, page, /Role/, 'Researcher');
  await dialog.getByLabel('Organisation', { exact: true }).fill('Anytown University');
  await dialog.getByText('Plans the workshop with us').click();
  await dialog.getByRole('button', { name: 'Add person' }).click();
  const sam = personCard(page, 'Sam');
  await expect(sam).toContainText('Researcher · Anytown University');

  const power = page.getByRole('region', { name: 'How power is shared' });
  await expect(power).toContainText('2 people: 1 brings lived experience as a public contributor or carer and 1 takes part in a professional role.');
  await expect(power).toContainText('Amara and Sam. 1 of 2 brings lived experience.');
  // A researcher's payment is offered, not assumed.
  await expect(sam.getByRole('button', { name: 'Add payment for Sam' })).toBeVisible();
  // Sentences about a person use the pronouns recorded for them: she/her for Amara, they/them for Sam (none recorded).
  await expect(amara.getByRole('region', { name: 'Access needs for Amara' })).toContainText(
    'Ask Amara first. Once she agrees, you can note her access needs here',
  );
  await expect(sam.getByRole('region', { name: 'Access needs for Sam' })).toContainText(
    'Ask Sam first. Once they agree, you can note their access needs here',
  );

  // No rates yet: Kindred has none of its own, and says how to add one.
  const payAmara = amara.getByRole('region', { name: 'Paying Amara back' });
  await expect(payAmara).toContainText('Kindred does not come with rates');
  await payAmara.getByRole('button', { name: 'Add a payment rate' }).click();
  const rates = page.getByRole('dialog', { name: 'Payment rates' });
  await expect(rates.getByLabel('Name')).toBeFocused();
  await rates.getByRole('button', { name: 'Save rate' }).click();
  await expect(rates.getByRole('alert')).toContainText('Say where this rate comes from, so anyone can check it later.');
  await rates.getByLabel('Name').fill('Involvement, per hour');
  await rates.getByLabel('Amount in pounds').fill('£20');
  await rates.getByLabel('Where does this rate come from?').fill('Our involvement policy');
  await typeDate(dateTimeField(rates, 'Checked on'), '2027-03-01');
  await expectNoAxeViolations(page, 'payment rates dialog');
  await rates.getByRole('button', { name: 'Save rate' }).click();
  await expect(rates.getByRole('list', { name: 'Your rates' })).toContainText('Involvement, per hour: £20 per hour');
  await expect(rates).toContainText('From Our involvement policy, checked 1 March 2027');
  await rates.getByRole('button', { name: 'Done' }).click();
  await expect(rates).toBeHidden();

  // Choose it for Amara, with her hours: the fee appears straight away.
  await chooseOption(payAmara, page, /Rate/, 'Involvement, per hour, £20 per hour');
  await expect(payAmara).toContainText('£20 per hour · from Our involvement policy, checked 1 March 2027');
  await payAmara.getByLabel('Preparation').fill('1.5');
  await payAmara.getByLabel('The session').fill('4');
  await payAmara.getByLabel('Follow-up').fill('0,5');
  await expect(payAmara.getByTestId('fee')).toHaveText('Fee: £120 for 6 hours at £20 per hour.');
  await payAmara.getByText('Agreed', { exact: true }).click();
  // Amara's pronouns are she/her: sentences and labels about her use them.
  await chooseOption(payAmara, page, /How she will be paid/, 'Bank transfer');

  // An expense, typed as people type money.
  await payAmara.getByRole('button', { name: 'Add an expense' }).click();
  const expense = payAmara.locator('.expense-row').first();
  await expect(expense.getByRole('button', { name: /Kind/ })).toBeFocused();
  await expense.getByLabel('What for').fill('Return bus fare');
  await expense.getByLabel('Amount in pounds').fill('£6.40');
  await payAmara.getByText('We have pointed her to benefits advice').click();
  await expect(payAmara).toContainText('Expenses in all: £6.40');
  await expect(amara).toContainText('Payment agreed · fee £120 · expenses £6.40');

  // The budget adds it up, in a table with a header row.
  const budget = page.getByTestId('budget-table');
  await expect(budget.getByRole('columnheader')).toHaveText(['Person', 'Fee', 'Expenses', 'Total']);
  await expect(budget.getByRole('row', { name: /Amara/ })).toContainText('£120£6.40£126.40');
  await expect(page.getByTestId('budget-total')).toHaveText('£126.40');
  await expect(page.getByRole('table', { name: 'Expenses by kind' })).toContainText('Travel£6.40');
  await expectNoAxeViolations(page, 'people tab with payment');

  // In the agenda: Sam leads a decision, which Amara takes part in deciding.
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Add a block' }).click();
  await page.getByRole('menuitem', { name: 'Decision', exact: true }).click();
  const block = page.locator('[data-block-id]').first();
  await chooseOption(block, page, /Who leads/, 'Sam, researcher');
  await block.getByLabel('What are we deciding?').fill('Which three questions our next study asks first.');
  await expect(block.getByRole('group', { name: 'Who takes part in deciding' })).toBeVisible();
  await block.getByText('Amara, public contributor').click();
  await expect(block.locator('.block-meta')).toContainText('Led by Sam');
  await expect(block.locator('.block-meta')).toContainText('Decided by Amara');
  await expectNoAxeViolations(page, 'agenda with a decision block');
  await saved(page);

  // Remove Sam, then undo: Sam is back, leading the decision again.
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'People' }).click();
  await personCard(page, 'Sam').getByRole('button', { name: 'Sam', exact: true }).click();
  await page.getByRole('button', { name: 'Remove Sam from this plan' }).click();
  await expect(personCard(page, 'Sam')).toHaveCount(0);
  const toast = page.locator('.toast');
  await expect(toast).toContainText('Removed Sam. They are no longer named as leading or deciding anything.');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(personCard(page, 'Sam')).toBeVisible();
  await expect(page.getByTestId('announcer')).toHaveText('Sam is back, named where they were before.');
  await saved(page);
  const stored = app.bridge.kindred.dispatch('getPlan', { planId });
  if (!stored.ok) throw new Error(stored.error.message);
  const plan = stored.value as { people: { id: string; name: string }[]; blocks: { leadPersonId: string | null; deciderIds: string[] }[] };
  const samId = plan.people.find((p) => p.name === 'Sam')!.id;
  const amaraId = plan.people.find((p) => p.name === 'Amara')!.id;
  expect(plan.blocks[0]!.leadPersonId).toBe(samId);
  expect(plan.blocks[0]!.deciderIds).toEqual([amaraId]);

  await restartApp();

  await expect(personCard(page, 'Amara')).toContainText('Payment agreed · fee £120 · expenses £6.40');
  await expect(personCard(page, 'Sam')).toBeVisible();
  await expect(page.getByTestId('budget-total')).toHaveText('£126.40');
  await personCard(page, 'Amara').getByRole('button', { name: 'Amara', exact: true }).click();
  const payAgain = personCard(page, 'Amara').getByRole('region', { name: 'Paying Amara back' });
  await expect(payAgain.getByLabel('Preparation')).toHaveValue('1.5');
  await expect(payAgain.getByLabel('Follow-up')).toHaveValue('0.5');
  await expect(payAgain.getByRole('radio', { name: 'Agreed' })).toBeChecked();
  await expect(payAgain.getByRole('checkbox', { name: 'We have pointed her to benefits advice' })).toBeChecked();
  await expect(payAgain.locator('.expense-row').getByLabel('What for')).toHaveValue('Return bus fare');
  await expect(payAgain.getByTestId('fee')).toHaveText('Fee: £120 for 6 hours at £20 per hour.');
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.locator('[data-block-id] .block-meta').first()).toContainText('Led by Sam');
  await expect(page.locator('[data-block-id] .block-meta').first()).toContainText('Decided by Amara');
  await page.locator('.block-toggle').first().click();
  await expect(page.getByLabel('What are we deciding?')).toHaveValue('Which three questions our next study asks first.');
});

test('rates live in settings too: change one, and people keep the rate they agreed', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toContainText('You have not added any payment rates yet.');
  await settings.getByRole('button', { name: 'Payment rates…' }).click();
  const rates = page.getByRole('dialog', { name: 'Payment rates' });
  await rates.getByLabel('Name').fill('Advisory group day');
  await rates.getByLabel('Amount in pounds').fill('150');
  await rates.getByText('per day').click();
  await rates.getByLabel('Where does this rate come from?').fill('Finance team, email');
  await typeDate(dateTimeField(rates, 'Checked on'), '2027-02-10');
  await rates.getByRole('button', { name: 'Save rate' }).click();
  await expect(rates.getByRole('list', { name: 'Your rates' })).toContainText('Advisory group day: £150 per day');
  await rates.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toContainText('You have one rate.');
  await settings.getByRole('button', { name: 'Done' }).click();

  const res = app.bridge.kindred.dispatch('getSettings', {});
  expect(res.ok && (res.value as { rates: unknown[] }).rates).toHaveLength(1);

  // A day rate is counted in half days: 7 hours is one day.
  await openPeople(page, app, { format: 'hybrid' });
  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill('Priya');
  await chooseOption(dialog, page, /Role/, 'Carer');
  await expect(dialog.getByText('Looks after people joining online')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add person' }).click();
  const pay = personCard(page, 'Priya').getByRole('region', { name: 'Paying Priya back' });
  await chooseOption(pay, page, /Rate/, 'Advisory group day, £150 per day');
  await pay.getByLabel('The session').fill('5');
  await pay.getByLabel('Preparation').fill('2');
  await expect(pay.getByTestId('fee')).toContainText('Fee: £150 for 7 hours at £150 per day');

  // Changing the rate in settings leaves Priya's agreed copy alone.
  await page.getByRole('button', { name: 'Payment rates', exact: true }).click();
  const rates2 = page.getByRole('dialog', { name: 'Payment rates' });
  await rates2.getByRole('button', { name: 'Change “Advisory group day”' }).click();
  await rates2.getByLabel('Amount in pounds').fill('160');
  await rates2.getByRole('button', { name: 'Save rate' }).click();
  await expect(rates2.getByRole('list', { name: 'Your rates' })).toContainText('£160 per day');
  await rates2.getByRole('button', { name: 'Done' }).click();
  await expect(pay.getByTestId('fee')).toContainText('Fee: £150');
  await expect(pay).toContainText('This is the rate as you agreed it');
  // "They would rather not be paid": no fee, but expenses still count.
  await pay.getByText('They would rather not be paid').click();
  await expect(pay.getByTestId('fee')).toHaveCount(0);
  await expect(personCard(page, 'Priya')).toContainText('Would rather not be paid');
});

test('the People tab at 200% zoom, with the sample plan: no sideways scrolling, axe-clean', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'People' }).click();
  await expect(personCard(page, 'Amara')).toBeVisible();
  await expect(personCard(page, 'Priya')).toBeVisible();
  await personCard(page, 'Amara').getByRole('button', { name: 'Amara', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Paying Amara back' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'people tab at 200% zoom');
  await page.getByRole('button', { name: 'Add a person' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a person' })).toBeVisible();
  await expectNoAxeViolations(page, 'add a person dialog at 200% zoom');
});

for (const scheme of ['dark', 'high contrast'] as const) {
  test(`the People tab is axe-clean in ${scheme} colours`, async ({ page }) => {
    if (scheme === 'dark') await page.emulateMedia({ colorScheme: 'dark' });
    else {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).locator('label', { hasText: 'High contrast' }).click();
      await page.getByRole('button', { name: 'Done' }).click();
    }
    await page.getByRole('button', { name: 'Open the sample plan' }).click();
    await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'People' }).click();
    await personCard(page, 'Priya').getByRole('button', { name: 'Priya', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Paying Priya back' })).toBeVisible();
    await expectNoAxeViolations(page, `people tab (${scheme})`);
  });
}

test('“Add a person” fits a 1366×768 laptop screen, its buttons clear of the edge, in a hybrid plan too', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Hybrid: the longest form, with both online choices.
  await openPeople(page, app, { format: 'hybrid' });
  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(dialog.getByText('Where they join from')).toBeVisible();
  const viewport = page.viewportSize()!;
  for (const button of [dialog.getByRole('button', { name: 'Add person' }), dialog.getByRole('button', { name: 'Cancel' })]) {
    const box = (await button.boundingBox())!;
    // Seen without scrolling, and at least 16px from the bottom of the screen.
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height - 16);
    await expect(button).toBeInViewport({ ratio: 1 });
  }
  // The buttons sit inside the dialog, with room below them.
  const modal = (await page.locator('.modal').boundingBox())!;
  const add = (await dialog.getByRole('button', { name: 'Add person' }).boundingBox())!;
  expect(modal.y + modal.height - (add.y + add.height)).toBeGreaterThanOrEqual(16);
  await expectNoAxeViolations(page, 'add a person at 1366×768');
});
