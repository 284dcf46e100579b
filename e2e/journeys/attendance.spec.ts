/**
 * Who came, at the start of the day: everyone in the plan ticked as they arrive, someone new added
 * (to the plan and to People), the rest marked as not able to come, and what it means for money.
 * Each mark is kept through a restart. axe on the view with the panel.
 */
import { expect, expectNoAxeViolations, test } from '../fixtures/app';

test('attendance at the start of the day feeds the payments and People', async ({ page, app, restartApp }) => {
  const planId = app.call('createPlan', { details: { title: 'Carers’ voices', date: '2027-03-12', startTime: '10:00' } }).id;
  const rate = { name: 'Involvement rate', amountPence: 2500, unit: 'hour', source: 'Our policy', asOf: '2027-01-10' };
  const travel = [{ id: '00000000-0000-4000-8000-0000000000e1', kind: 'travel', note: 'Train', amountPence: 1200 }];
  for (const [name, expenses] of [
    ['Amara Okafor', travel],
    ['Joe Bloggs', travel],
  ] as const) {
    const person = app.call<{ id: string; payment: object }>('addPerson', { planId, person: { name, role: 'carer' } });
    app.call('updatePerson', {
      planId,
      personId: person.id,
      patch: { payment: { ...person.payment, status: 'agreed', sessionHours: 4, rate, expenses } },
    });
  }
  app.call('addBlock', { planId, block: { kind: 'welcome', title: 'Welcome' } });

  await page.goto(`${app.url}/#/plan/${planId}/run`);
  const panel = page.getByRole('region', { name: 'Who came' });
  await expect(panel.getByTestId('attendance-pay')).toHaveText('0 of 2 people here. 2 people not marked yet.');

  // Amara arrives: ticked by keyboard.
  await panel.getByRole('checkbox', { name: 'Amara Okafor' }).focus();
  await page.keyboard.press('Space');
  await expect(panel.getByTestId('attendance-pay')).toHaveText(
    '1 of 2 people here. Fees now due: £100. Expenses to claim: £12. 1 person not marked yet.',
  );

  // Someone new turns up.
  await panel.getByRole('button', { name: 'Someone new' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Nia Evans');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(panel.getByRole('checkbox', { name: 'Nia Evans' })).toBeChecked();
  await expect(page.getByTestId('announcer')).toHaveText('Added Nia Evans, marked as here. They are in People too.');

  // Joe could not come: no fee due, but his train ticket is kept to check with him.
  await panel.getByRole('button', { name: 'Everyone else could not come' }).click();
  await expect(panel).toContainText('Joe Bloggs (could not come)');
  await expect(panel.getByTestId('attendance-pay')).toHaveText(
    '2 of 3 people here. Fees now due: £100. Expenses to claim: £12. £12 of expenses for people who could not come: check whether they had already paid out.',
  );
  await expectNoAxeViolations(page, 'running the day, who came');
  await page.screenshot({ path: test.info().outputPath('attendance.png'), fullPage: true });

  // Kept through a restart, and Nia is in the plan and in People.
  await restartApp();
  await expect(page.getByRole('region', { name: 'Who came' }).getByRole('checkbox', { name: 'Amara Okafor' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Who came' }).getByRole('checkbox', { name: 'Nia Evans' })).toBeChecked();
  expect(app.call<{ name: string }[]>('listDirectory', undefined).map((d) => d.name)).toContain('Nia Evans');

  // Each person's history under People says whether they came.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: /Joe Bloggs/ }).click();
  const profile = page.getByRole('dialog', { name: 'Joe Bloggs’s profile' });
  await expect(profile).toContainText('Carers’ voices');
  await expect(profile).toContainText('could not come');
});
