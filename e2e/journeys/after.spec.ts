/**
 * After the workshop: the GRIPP2 write-up and "you said, we did", kept across a restart.
 */
import { expect, expectNoAxeViolations, test } from '../fixtures/app';

test('write up what happened and what changed, and find it all again after a restart', async ({ page, app, restartApp }) => {
  // Three accessibility checks and a restart: give it room on a busy machine.
  test.slow();
  const res = app.bridge.kindred.dispatch('createPlan', { details: { title: 'After test', followUp: 'A letter to everyone within four weeks.' } });
  if (!res.ok) throw new Error(res.error.message);
  const planId = (res.value as { id: string }).id;
  await page.goto(`${app.url}/#/plan/${planId}/after`);
  await expect(page.getByRole('heading', { name: 'After the workshop', level: 2 })).toBeVisible();
  await expect(page.getByText('it is the evidence of impact that keeps involvement funded')).toBeVisible();
  await expect(page.getByText('This part is for after the workshop has happened.')).toBeVisible();
  await expect(page.getByText('You planned to tell them like this: A letter to everyone within four weeks.')).toBeVisible();
  await expectNoAxeViolations(page, 'after the workshop, not yet delivered');

  // Editing is fine before the day; marking it delivered puts the gentle note away.
  await page.getByLabel('Aim').fill('To agree the study’s first questions with the people they matter to.');
  await page.getByRole('button', { name: 'Mark as delivered' }).click();
  await expect(page.getByText('This part is for after the workshop has happened.')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'After the workshop', level: 2 })).toBeFocused();

  await page.getByLabel('Methods').fill('Twelve people in a half-day workshop, co-chaired by Amara and Sam.');
  await page.getByLabel('Results').fill('Three questions, chosen together.');
  await page.getByLabel('Outcomes').fill('The study now asks about getting to appointments.');
  await page.getByLabel('Reflections').fill('The check-in helped people settle. We ran ten minutes over.');
  await expect(page.getByText('What went well, what could have gone better, and what you learned.')).toBeVisible();

  // Two rows of "you said, we did"; a third is added and removed (with undo on offer).
  const changes = page.getByRole('region', { name: 'You said, we did' });
  await expect(changes.getByText('Nothing written yet.')).toBeVisible();
  await changes.getByRole('button', { name: 'Add a row' }).click();
  const rows = changes.locator('.change-row');
  await expect(rows.nth(0).getByLabel('You said')).toBeFocused();
  await rows.nth(0).getByLabel('You said').fill('Evening sessions are hard for carers.');
  await rows.nth(0).getByLabel('We did').fill('We moved the next session to a weekday morning.');
  await changes.getByRole('button', { name: 'Add a row' }).click();
  await rows.nth(1).getByLabel('You said').fill('The slides had too much jargon.');
  await rows.nth(1).getByLabel('We did').fill('Amara now reviews our slides before each session.');
  await changes.getByRole('button', { name: 'Add a row' }).click();
  await expect(rows).toHaveCount(3);
  await changes.getByRole('button', { name: 'Remove row 3' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page.locator('.toast')).toContainText('Removed row 3 of “You said, we did”.');
  await expect(changes.getByRole('group', { name: 'Row 2' })).toBeVisible();
  await expectNoAxeViolations(page, 'after the workshop, filled in');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  await restartApp();

  await expect(page.getByLabel('Aim')).toHaveValue('To agree the study’s first questions with the people they matter to.');
  await expect(page.getByLabel('Methods')).toHaveValue('Twelve people in a half-day workshop, co-chaired by Amara and Sam.');
  await expect(page.getByLabel('Results')).toHaveValue('Three questions, chosen together.');
  await expect(page.getByLabel('Outcomes')).toHaveValue('The study now asks about getting to appointments.');
  await expect(page.getByLabel('Reflections')).toHaveValue('The check-in helped people settle. We ran ten minutes over.');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByLabel('You said')).toHaveValue('Evening sessions are hard for carers.');
  await expect(rows.nth(1).getByLabel('We did')).toHaveValue('Amara now reviews our slides before each session.');
  await expect(page.getByText('This part is for after the workshop has happened.')).toHaveCount(0);

  const stored = app.bridge.kindred.dispatch('getPlan', { planId });
  expect(stored.ok && (stored.value as { status: string }).status).toBe('delivered');
  await expectNoAxeViolations(page, 'after the workshop, after a restart');
});

test('after the workshop at 200% zoom and in dark colours', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('link', { name: 'After the workshop' }).click();
  await page.getByRole('button', { name: 'Add a row' }).click();
  await expect(page.locator('.change-row')).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'after the workshop at 200% zoom, dark');
});
