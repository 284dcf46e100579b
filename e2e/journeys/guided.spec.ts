/**
 * Guided planning for a new plan: six short steps, done by keyboard, that save as you go and land
 * on the plan review. Nothing in the guide is required; everything is there after a restart.
 */
import type { Locator, Page } from '@playwright/test';
import type { Plan } from '../../main/domain/plan';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';
import { dateTimeField } from '../support/dateTimeFields';

/** Tabs forward until `target` has focus (as a keyboard user would), then checks it does. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

function savedPlan(app: KindredApp, planId: string): Plan {
  const res = app.bridge.kindred.dispatch('getPlan', { planId });
  if (!res.ok) throw new Error(res.error.message);
  return res.value as Plan;
}

const stepHeading = (page: Page, n: number) => page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${n} of 6`) });

test('the guide by keyboard: purpose, a person, a starting agenda, a skipped step, then the review', async ({ page, app, restartApp }) => {
  test.setTimeout(240_000);
  // New plan, and "Plan it step by step with the guide", without a mouse.
  await tabTo(page, page.getByRole('button', { name: 'New plan' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What shall we call it?')).toBeFocused();
  await page.keyboard.type('Shaping the stroke study');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Start with a blank plan' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Plan it step by step with the guide' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Create plan and start the guide' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Step 1: the heading takes focus; the progress says where we are.
  await expect(stepHeading(page, 1)).toBeFocused();
  await expect(stepHeading(page, 1)).toContainText('Purpose and what can change');
  await expect(page.getByRole('navigation', { name: 'Guided planning steps' }).getByRole('link', { name: /Purpose/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(page).toHaveTitle('Guided planning – Shaping the stroke study – Kindred');
  await expectNoAxeViolations(page, 'guide step 1, purpose');
  await tabTo(page, page.getByLabel('Why are we meeting?'));
  await page.keyboard.type('To choose together which questions the stroke study asks first.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('What could change as a result?')).toBeFocused();
  await page.keyboard.type('The first three questions.');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // Step 2: add a person, who plans the day with us.
  await expect(stepHeading(page, 2)).toBeFocused();
  await expectNoAxeViolations(page, 'guide step 2, people and power');
  // Adding nobody is met kindly, not with a scolding.
  await tabTo(page, page.getByRole('button', { name: 'Add person' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Add a name, or a first name, so you can tell people apart.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Amara Okafor');
  await tabTo(page, page.getByRole('checkbox', { name: 'Plans the workshop with us' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Add person' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'People so far' })).toContainText('Amara Okafor, public contributor');
  await expect(page.getByTestId('announcer')).toHaveText('Added Amara Okafor, public contributor.');
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expectNoAxeViolations(page, 'guide step 2 with a person added');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // Step 3: time and pace, and a starting agenda fitted to the length.
  await expect(stepHeading(page, 3)).toBeFocused();
  await expect(page.getByText('Starting at 10:00 or later and finishing by 15:30')).toBeVisible();
  // The hour first; two digits move on to the minutes by themselves.
  await tabTo(page, dateTimeField(page, 'End time').locator('[data-type="hour"]'));
  await page.keyboard.type('1230');
  await expect(page.getByText('It will fit the 2 hours 30 minutes from 10:00 to 12:30')).toBeVisible();
  await expectNoAxeViolations(page, 'guide step 3, time and pace');
  await tabTo(page, page.getByRole('button', { name: 'Build a starting agenda for me' }));
  await page.keyboard.press('Enter');
  const done = page.getByText(/^Added \d+ blocks to the agenda, from 10:00 to 12:20, with 10 minutes to spare\./);
  await expect(done).toBeFocused();
  await expect(page.getByRole('button', { name: 'Build a starting agenda for me' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'guide step 3 after building an agenda');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // Step 4: the starting agenda already opens kindly, so nothing is ticked. Skip it.
  await expect(stepHeading(page, 4)).toBeFocused();
  await expect(page.getByRole('checkbox', { name: /One-word check-in/ })).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Add the ones I’ve ticked to the agenda' })).toBeDisabled();
  await expectNoAxeViolations(page, 'guide step 4, relationships');
  await tabTo(page, page.getByRole('button', { name: 'Skip this step' }));
  await page.keyboard.press('Enter');

  // Step 5: what people get back.
  await expect(stepHeading(page, 5)).toBeFocused();
  await expectNoAxeViolations(page, 'guide step 5, reciprocity');
  await tabTo(page, page.getByRole('checkbox', { name: 'Feedback on what changed because of them' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('How will you tell people what changed because of them?'));
  await page.keyboard.type('A “you said, we did” letter within six weeks.');
  // Back and forward again: what was typed is still there.
  await tabTo(page, page.getByRole('button', { name: 'Back' }));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 4)).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 5)).toBeFocused();
  await expect(page.getByLabel('How will you tell people what changed because of them?')).toHaveValue(
    'A “you said, we did” letter within six weeks.',
  );
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // Step 6: access, and the venue for an in-person day; Finish lands on the review.
  await expect(stepHeading(page, 6)).toBeFocused();
  await expect(page.getByText('What they tell you stays on this computer.')).toBeVisible();
  await tabTo(page, page.getByLabel('Venue name'));
  await page.keyboard.type('Riverside Community Centre');
  await expectNoAxeViolations(page, 'guide step 6, access');
  await tabTo(page, page.getByRole('button', { name: 'Finish', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: /^Review/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

  // Everything is kept, exactly, after the app closes and opens again.
  const planId = /#\/plan\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await restartApp();
  const plan = savedPlan(app, planId);
  expect(plan.title).toBe('Shaping the stroke study');
  expect(plan.purpose).toBe('To choose together which questions the stroke study asks first.');
  expect(plan.whatCouldChange).toBe('The first three questions.');
  expect(plan.endTime).toBe('12:30');
  expect(plan.givesBack).toEqual(['feedback']);
  expect(plan.followUp).toBe('A “you said, we did” letter within six weeks.');
  expect(plan.venueName).toBe('Riverside Community Centre');
  expect(plan.people.map((p) => [p.name, p.role, p.coPlans])).toEqual([['Amara Okafor', 'public_contributor', true]]);
  expect(plan.blocks[0]!.title).toBe('Welcome and housekeeping');
  expect(plan.blocks.at(-1)!.title).toBe('Thanks and next steps');
  expect(plan.blocks.some((b) => b.kind === 'break')).toBe(true);
  expect(plan.blocks.reduce((n, b) => n + b.durationMinutes, 0)).toBe(140);

  // And it is all on the normal tabs, to change at will.
  await page.getByRole('link', { name: 'Details' }).click();
  await expect(page.getByLabel('Why are we meeting?')).toHaveValue('To choose together which questions the stroke study asks first.');
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.locator('[data-block-id]').first()).toContainText('Welcome and housekeeping');
});

test('"Finish later" keeps what was typed and opens the plan’s details', async ({ page }) => {
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByLabel('What shall we call it?').fill('Later, then');
  await page.getByText('Plan it step by step with the guide').click();
  await page.getByRole('button', { name: 'Create plan and start the guide' }).click();
  await expect(stepHeading(page, 1)).toBeFocused();
  await page.getByLabel('Why are we meeting?').fill('To listen first.');
  await page.getByRole('button', { name: 'Finish later' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Later, then' })).toBeVisible();
  await expect(page.getByLabel('Why are we meeting?')).toHaveValue('To listen first.');
  await expect(page).toHaveTitle('Details – Later, then – Kindred');
});

test('relationships: ticked methods go after the welcome; at 200% zoom the step still reads well', async ({ page, app }) => {
  const created = app.bridge.kindred.dispatch('createPlan', { details: { title: 'Opening kindly', format: 'online' } });
  if (!created.ok) throw new Error(created.error.message);
  const planId = (created.value as { id: string }).id;
  app.bridge.kindred.dispatch('addBlock', { planId, block: { title: 'Welcome', kind: 'welcome', durationMinutes: 10 } });
  app.bridge.kindred.dispatch('addBlock', { planId, block: { title: 'Our questions', kind: 'discussion', durationMinutes: 30 } });

  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(`${app.url}/#/plan/${planId}/guide/3`);
  await expect(stepHeading(page, 4)).toBeFocused();
  // The list of steps folds to numbers, with the current step named.
  await expect(page.getByRole('link', { name: /Relationships/ })).toHaveAttribute('aria-current', 'step');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page, 'guide step 4 at 200% zoom');

  // Online, the check-in offered is the chat one; all three are ticked for an agenda without them.
  const checkIn = page.getByRole('checkbox', { name: /^Chat check-in/ });
  await expect(checkIn).toBeChecked();
  await page.getByText('Paired introductions, 20 minutes').click();
  await expect(page.getByRole('checkbox', { name: /^Paired introductions/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Add the ones I’ve ticked to the agenda' }).click();
  await expect(page.getByText('Added “Chat check-in (online)” and “Our working agreement” to the agenda, after “Welcome”.')).toBeFocused();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const res = app.bridge.kindred.dispatch('getPlan', { planId });
  if (!res.ok) throw new Error(res.error.message);
  expect((res.value as Plan).blocks.map((b) => b.title)).toEqual(['Welcome', 'Chat check-in (online)', 'Our working agreement', 'Our questions']);
});
