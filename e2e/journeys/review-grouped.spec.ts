/**
 * Grouped findings: one finding naming everyone a problem concerns, with the names behind a
 * disclosure and a set-aside for one person; and a time-of-day finding set aside in one click with
 * "This time suits this group".
 */
import type { Page } from '@playwright/test';
import type { Plan } from '../../main/domain/plan';
import { expect, expectNoAxeViolations, test } from '../fixtures/app';
import type { KindredApp } from '../fixtures/app';

const NAMES = ['Bea', 'Chidi', 'Dev', 'Esi', 'Femi'];

function dispatch<T>(app: KindredApp, method: string, input: unknown): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

/** An after-school session (16:00 to 17:30) with five paid contributors nobody has offered benefits advice yet. */
function seedPlan(app: KindredApp): string {
  const planId = dispatch<{ id: string }>(app, 'createPlan', {
    details: { title: 'Young carers after school', startTime: '16:00', purpose: 'To hear what helps young carers at school.' },
  }).id;
  for (const block of [
    { kind: 'welcome', title: 'Hello and snacks', durationMinutes: 15, description: 'Snacks and hellos.' },
    { kind: 'discussion', title: 'What helps at school', durationMinutes: 60, description: 'We talk together about school.' },
    { kind: 'close', title: 'Thank you and goodbye', durationMinutes: 15, description: 'What happens next.' },
  ]) {
    dispatch(app, 'addBlock', { planId, block });
  }
  for (const name of NAMES) {
    const person = dispatch<{ id: string; payment: Record<string, unknown> }>(app, 'addPerson', {
      planId,
      person: { name, role: 'public_contributor' },
    });
    dispatch(app, 'updatePerson', {
      planId,
      personId: person.id,
      patch: {
        payment: {
          ...person.payment,
          status: 'agreed',
          sessionHours: 2,
          rate: { name: 'Involvement rate', amountPence: 2500, unit: 'hour', source: 'Our policy', asOf: '2027-01-10' },
          benefitsAdviceOffered: false,
        },
      },
    });
  }
  return planId;
}

function savedPlan(app: KindredApp, planId: string): Plan {
  return dispatch<Plan>(app, 'getPlan', { planId });
}

const finding = (page: Page, ruleId: string) => page.locator(`.review-open [data-rule-id="${ruleId}"]`);
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

test('one benefits finding names all five people, and can be set aside for one of them', async ({ page, app }) => {
  const planId = seedPlan(app);
  await page.goto(`${app.url}/#/plan/${planId}/review`);
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();

  const benefits = finding(page, 'benefits-advice');
  await expect(benefits).toHaveCount(1);
  await expect(benefits.getByRole('heading', { level: 4 })).toHaveText(
    'Benefits advice has not been offered to 5 people who are being paid. Payment can affect some welfare benefits.',
  );
  // One action for everyone.
  await expect(benefits.getByRole('button', { name: 'Go to payment' })).toBeVisible();

  // The names are behind a disclosure, closed to begin with.
  const toggle = benefits.getByRole('button', { name: 'Show the 5 people' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(benefits.getByText('Chidi', { exact: true })).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(benefits.getByRole('button', { name: 'Hide the 5 people' })).toHaveAttribute('aria-expanded', 'true');
  for (const name of NAMES) await expect(benefits.getByText(name, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'review with a grouped finding’s names shown');
  await page.screenshot({ path: test.info().outputPath('grouped-finding.png'), fullPage: true });

  // Set aside for Chidi alone: the group goes on for the other four.
  await benefits.getByRole('button', { name: 'Set aside for Chidi…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Set this aside' });
  await expect(dialog).toContainText('For Chidi:');
  await dialog.getByLabel('Why are you setting it aside?').fill('Chidi had advice from the carers’ centre.');
  await dialog.getByRole('button', { name: 'Set aside' }).click();
  await expect(dialog).toBeHidden();
  await expect(benefits.getByRole('heading', { level: 4 })).toContainText('offered to 4 people');
  await expect(benefits.getByRole('heading', { level: 4 })).toBeFocused();
  const considered = page.locator('.review-considered');
  await expect(considered).toContainText('Has Chidi been offered benefits advice?');
  await expect(considered).toContainText('Chidi had advice from the carers’ centre.');

  await saved(page);
  const chidi = savedPlan(app, planId).people.find((p) => p.name === 'Chidi')!;
  expect(savedPlan(app, planId).setAsides.map((s) => s.findingId)).toEqual([`benefits-advice:${chidi.id}`]);
});

test('a late finish chosen on purpose is set aside in one click: this time suits this group', async ({ page, app }) => {
  const planId = seedPlan(app);
  await page.goto(`${app.url}/#/plan/${planId}/review`);
  const late = finding(page, 'late-finish');
  await expect(late).toBeVisible();
  await late.getByRole('button', { name: 'Set aside: This time suits this group' }).click();
  await expect(finding(page, 'late-finish')).toHaveCount(0);
  const considered = page.locator('.review-considered');
  await expect(considered).toContainText('The workshop finishes at');
  await expect(considered).toContainText('This time suits this group.');
  await expect(page.getByTestId('announcer')).toContainText('Set aside.');
  await expectNoAxeViolations(page, 'review after a one-click set-aside');
  await saved(page);
  expect(savedPlan(app, planId).setAsides.map((s) => [s.findingId, s.reason])).toEqual([['late-finish', 'This time suits this group.']]);
});

test('saying the session is for young carers on Details stops the after-school time being questioned', async ({ page, app }) => {
  const planId = seedPlan(app);
  await page.goto(`${app.url}/#/plan/${planId}/details`);
  const who = page.getByRole('group', { name: 'Who is this session for?' });
  await expect(who).toBeVisible();
  // By keyboard, as the facilitator might.
  await who.getByRole('checkbox', { name: 'Young carers' }).focus();
  await page.keyboard.press('Space');
  await expect(who.getByRole('checkbox', { name: 'Young carers' })).toBeChecked();
  await expectNoAxeViolations(page, 'details with who the session is for');
  await who.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('details-audience.png') });
  await saved(page);
  expect(savedPlan(app, planId).audience).toEqual(['young_carers']);

  await page.getByRole('link', { name: /^Review/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await expect(finding(page, 'benefits-advice')).toBeVisible();
  await expect(finding(page, 'late-finish')).toHaveCount(0);
});
