/**
 * Their history with you: a person in three delivered plans (and one still ahead) shows each
 * workshop with the part they played, hours and money, the "you said, we did" that came from them,
 * and what was paid per UK tax year; with a benefits check amount set in Settings, the year that
 * passes it brings a gentle prompt. Axe on the profile and on Settings; screenshots of both.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function call<T>(app: KindredApp, method: string, input: unknown): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

const RATE = { name: 'Involvement, per hour', amountPence: 2500, unit: 'hour', source: 'Our involvement policy', asOf: '2026-01-05' };
const payment = (hours: number, travelPence = 0) => ({
  status: 'agreed',
  prepHours: 0,
  sessionHours: hours,
  followUpHours: 0,
  rate: RATE,
  method: 'bank_transfer',
  expenses: travelPence ? [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus', amountPence: travelPence }] : [],
  benefitsAdviceOffered: true,
  notes: '',
});

/** Nia in a plan on `date`, paid for `hours`, with the plan delivered unless told otherwise. */
function session(
  app: KindredApp,
  niaId: string,
  title: string,
  date: string,
  hours: number,
  opts: { travel?: number; lead?: boolean; coPlans?: boolean; delivered?: boolean } = {},
) {
  const planId = call<{ id: string }>(app, 'createPlan', { details: { title, date, startTime: '10:00' } }).id;
  const person = call<{ id: string }>(app, 'addDirectoryPersonToPlan', { planId, directoryPersonId: niaId });
  call(app, 'updatePerson', { planId, personId: person.id, patch: { coPlans: opts.coPlans ?? false, payment: payment(hours, opts.travel) } });
  if (opts.lead) call(app, 'addBlock', { planId, block: { title: 'Our welcome', kind: 'welcome', durationMinutes: 15, leadPersonId: person.id } });
  if (opts.delivered !== false) call(app, 'updatePlan', { planId, patch: { status: 'delivered' } });
  return { planId, personId: person.id };
}

async function openProfile(page: Page, app: KindredApp, name: string) {
  await page.goto(`${app.url}/#/`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page
    .getByRole('list', { name: 'People' })
    .getByRole('button', { name: new RegExp(name) })
    .click();
  const profile = page.getByRole('dialog', { name: `${name}’s profile` });
  await expect(profile).toBeVisible();
  return profile;
}

test('a person in three delivered plans shows their history and what was paid each tax year', async ({ page, app }) => {
  test.slow();
  const nia = call<{ id: string }>(app, 'createDirectoryPerson', { person: { name: 'Nia Evans', roles: ['public_contributor'] } });
  const march = session(app, nia.id, 'Panel, March', '2026-03-10', 2, { lead: true, travel: 600 });
  session(app, nia.id, 'Panel, early April', '2026-04-05', 3, { coPlans: true });
  session(app, nia.id, 'Panel, late April', '2026-04-06', 4);
  const june = session(app, nia.id, 'Panel, June', '2030-06-02', 2, { delivered: false });
  call(app, 'setChanges', {
    planId: march.planId,
    changes: [
      { id: crypto.randomUUID(), youSaid: 'Start later in the day', weDid: 'We now start at 10:30', fromPersonId: march.personId, fromAgreed: true },
      { id: crypto.randomUUID(), youSaid: 'Private thought', weDid: 'Kept private', fromPersonId: march.personId, fromAgreed: false },
    ],
  });

  const profile = await openProfile(page, app, 'Nia Evans');
  const history = profile.getByRole('table', { name: 'Workshops with you, newest first' });
  await expect(history.getByRole('row')).toHaveCount(5);
  await expect(history.getByRole('row').nth(1)).toContainText('Panel, June');
  await expect(history.getByRole('row').nth(1)).toContainText('(still ahead)');
  const marchRow = history.getByRole('row', { name: /Panel, March/ });
  await expect(marchRow).toContainText('Led “Our welcome”');
  await expect(marchRow).toContainText('2 hours');
  await expect(marchRow).toContainText('£50');
  await expect(marchRow).toContainText('£6');
  await expect(history.getByRole('row', { name: /Panel, early April/ })).toContainText('Co-planned');

  // 10 March and 5 April 2026 fall in the 2025 to 2026 tax year; 6 April 2026 starts the next.
  const years = profile.getByRole('table', { name: /Paid per tax year/ });
  await expect(years.getByRole('row', { name: /2026 to 2027/ })).toContainText('£100');
  await expect(years.getByRole('row', { name: /2025 to 2026/ })).toContainText('£131');
  await expect(profile.getByText('you said “Start later in the day”')).toBeVisible();
  await expect(profile.getByText('Private thought')).toHaveCount(0);
  await expect(profile.getByTestId('benefits-prompt')).toHaveCount(0);
  await expectNoAxeViolations(page, 'profile with history');
  await profile.getByRole('heading', { name: 'Their history with you' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('history.png') });
  await years.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('history-tax-years.png') });
  await profile.getByRole('button', { name: 'Cancel' }).click();

  // Set the benefits check amount in Settings, with its source and date.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('button', { name: 'Save the amount' }).click();
  await expect(settings.getByRole('alert')).toHaveText('Add the amount, like 1500 or 1,500.00.');
  await settings.getByLabel('Amount in a tax year (£)').fill('120');
  await settings.getByLabel('Where the amount comes from').fill('Our welfare rights adviser');
  const checkedOn = settings.getByRole('group', { name: 'Checked on' });
  await checkedOn.getByRole('spinbutton').first().click();
  await page.keyboard.type('04012027');
  await settings.getByRole('button', { name: 'Save the amount' }).click();
  await expect(settings.getByTestId('benefits-check-saved')).toHaveText('Now: £120 a tax year (Our welfare rights adviser, checked 4 January 2027).');
  await expectNoAxeViolations(page, 'settings with benefits check');
  await settings.getByRole('heading', { name: 'Benefits check amount' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('benefits-setting.png') });
  await settings.getByRole('button', { name: 'Done' }).click();

  const again = await openProfile(page, app, 'Nia Evans');
  await expect(again.getByTestId('benefits-prompt')).toHaveText(
    'Nia Evans’s payments in the 2025 to 2026 tax year come to £131, more than the £120 you set (Our welfare rights adviser, checked 4 January 2027). It may be a good moment to check their benefits advice is current.',
  );
  await expectNoAxeViolations(page, 'profile with benefits prompt');
  await again.getByRole('button', { name: 'Cancel' }).click();

  // On the After tab, say the second item came from Nia and that she agreed to be named: it joins her history.
  await page.goto(`${app.url}/#/plan/${march.planId}/after`);
  const row2 = page.getByRole('group', { name: 'Row 2' });
  await expect(row2.getByRole('button', { name: /It came from/ })).toContainText('Nia Evans');
  await row2.getByText('Nia Evans agreed to be named for this').click();
  await expectNoAxeViolations(page, 'after tab with who an item came from');
  await row2.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('after-from.png') });
  const withPrivate = await openProfile(page, app, 'Nia Evans');
  await expect(withPrivate.getByText('you said “Private thought”')).toBeVisible();
  await withPrivate.getByRole('button', { name: 'Cancel' }).click();

  // The review of the plan still ahead remembers her past: nothing recorded as fed back from her
  // last session, and more than a year since she last took part.
  await page.goto(`${app.url}/#/plan/${june.planId}/review`);
  await expect(page.locator('.review-open [data-rule-id="not-told-what-changed"]')).toContainText(
    'Nothing is recorded about what changed after Nia Evans’s last session on 6 April 2026.',
  );
  await expect(page.locator('.review-open [data-rule-id="long-time-no-see"]')).toContainText('more than a year since Nia Evans last took part');
  await expectNoAxeViolations(page, 'review with history');
});

test('their history at 200% zoom and in high contrast: the table scrolls on its own, the page never sideways', async ({ page, app }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  call(app, 'updateSettings', { theme: 'high_contrast' });
  const nia = call<{ id: string }>(app, 'createDirectoryPerson', { person: { name: 'Nia Evans', roles: ['public_contributor'] } });
  session(app, nia.id, 'Panel, March', '2026-03-10', 2, { lead: true, coPlans: true, travel: 600 });
  session(app, nia.id, 'Panel, April', '2026-04-20', 3);
  const profile = await openProfile(page, app, 'Nia Evans');
  const history = profile.getByRole('table', { name: 'Workshops with you, newest first' });
  await expect(history.getByRole('row')).toHaveCount(3);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('history-zoom-contrast.png') });
  await expectNoAxeViolations(page, 'history at 200% zoom, high contrast');
});
