/**
 * The live plan review and plain-English help: a one-click fix that adds a check-in where it
 * belongs, setting a finding aside with a reason (kept across a restart) and bringing it back,
 * replacing jargon as you type, grouping by principle, and the screen in every colour and at 200%.
 */
import type { Page } from '@playwright/test';
import { JARGON } from '../../main/domain/plainEnglish';
import type { Plan } from '../../main/domain/plan';
import { expect, expectNoAxeViolations, test } from '../fixtures/app';
import { dateTimeField } from '../support/dateTimeFields';
import type { KindredApp } from '../fixtures/app';

/** A plan with a welcome and a long discussion, but no check-in, no ground rules and nobody in it. */
function seedPlan(app: KindredApp, details: Record<string, unknown> = {}): string {
  const created = app.bridge.kindred.dispatch('createPlan', {
    details: { title: 'Shaping our next study', startTime: '10:00', purpose: 'To hear what matters to you about the clinic.', ...details },
  });
  if (!created.ok) throw new Error(created.error.message);
  const planId = (created.value as { id: string }).id;
  for (const block of [
    { kind: 'welcome', title: 'Welcome', durationMinutes: 10, description: 'Tea, coffee and hellos.' },
    { kind: 'discussion', title: 'What matters to you', durationMinutes: 60, description: 'We talk together about the clinic.' },
    { kind: 'close', title: 'Thank you and goodbye', durationMinutes: 5, description: 'What happens next.' },
  ]) {
    const added = app.bridge.kindred.dispatch('addBlock', { planId, block });
    if (!added.ok) throw new Error(added.error.message);
  }
  return planId;
}

async function openTab(page: Page, app: KindredApp, planId: string, tab: string) {
  await page.goto(`${app.url}/#/plan/${planId}/${tab}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Shaping our next study' })).toBeVisible();
}

function savedPlan(app: KindredApp, planId: string): Plan {
  const res = app.bridge.kindred.dispatch('getPlan', { planId });
  if (!res.ok) throw new Error(res.error.message);
  return res.value as Plan;
}

const finding = (page: Page, ruleId: string) => page.locator(`.review-open [data-rule-id="${ruleId}"]`);
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

test('a one-click fix adds a check-in after the welcome, and the finding goes', async ({ page, app }) => {
  const planId = seedPlan(app);
  await openTab(page, app, planId, 'review');
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await expect(page.getByTestId('review-tally')).toContainText(/\d+ things? worth a look/);
  await expect(page.getByTestId('review-tally')).not.toContainText(/violation/i);

  // The tab says how many important things are open, in words for a screen reader.
  const tabLink = page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: /^Review, \d+ important$/ });
  await expect(tabLink).toBeVisible();
  const importantNow = async () => Number((await page.getByTestId('review-tab-count').textContent())!.replace(/\D/g, ''));
  const importantBefore = await importantNow();

  const checkIn = finding(page, 'check-in-missing');
  await expect(checkIn).toBeVisible();
  await expect(checkIn.getByRole('heading')).toContainText('no check-in');
  await expect(checkIn).toContainText('NIHR INVOLVE (2018)');
  await checkIn.getByRole('button', { name: 'Add a check-in after the welcome' }).click();

  // The confirmation takes focus, says where the block went, and the finding is gone.
  const done = page.getByTestId('review-done');
  await expect(done).toBeFocused();
  await expect(done).toContainText('after “Welcome”');
  await expect(finding(page, 'check-in-missing')).toHaveCount(0);
  await expect.poll(importantNow).toBeLessThan(importantBefore);
  // Said again, once things settle: the new tally, politely.
  await expect(page.getByTestId('announcer')).toContainText('The review now finds', { timeout: 4000 });

  await saved(page);
  const blocks = savedPlan(app, planId).blocks;
  expect(blocks.map((b) => b.kind)).toEqual(['welcome', 'check_in', 'discussion', 'close']);

  // The link goes to the new block in the agenda.
  await done.getByRole('button', { name: /in the agenda/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
  await expect(page.locator(`[data-block-id="${blocks[1]!.id}"] .block-toggle`)).toBeFocused();
});

test('set a finding aside with a reason, keep it across a restart, and bring it back', async ({ page, app, restartApp }) => {
  test.slow(); // two accessibility checks and a restart
  const planId = seedPlan(app);
  await openTab(page, app, planId, 'review');
  const rules = finding(page, 'ground-rules-missing');
  await expect(rules).toBeVisible();
  const message = (await rules.getByRole('heading').textContent())!;
  await rules.getByRole('button', { name: 'Set aside…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Set this aside' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Why are you setting it aside?')).toBeFocused();
  // The example reason fits this finding (about ground rules), not some other one.
  await expect(dialog.getByLabel('Why are you setting it aside?')).toHaveAccessibleDescription(
    /For example: “Our group agreed its ground rules last month\.”/,
  );
  await expectNoAxeViolations(page, 'review with the set-aside dialog open');

  // No reason yet: a kind word, nothing saved.
  await dialog.getByRole('button', { name: 'Set aside' }).click();
  await expect(dialog.getByText('Add a few words about why, so you (and others) remember later.')).toBeVisible();
  await expect(dialog.getByLabel('Why are you setting it aside?')).toBeFocused();
  await expect(dialog.getByLabel('Why are you setting it aside?')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Why are you setting it aside?').fill('Our group agreed its ground rules last month.');
  await dialog.getByRole('button', { name: 'Set aside' }).click();
  await expect(dialog).toBeHidden();
  await expect(finding(page, 'ground-rules-missing')).toHaveCount(0);
  // Focus moves on to the next finding rather than getting lost.
  await expect(page.locator('.review-open .finding-message:focus')).toHaveCount(1);

  const considered = page.getByRole('region', { name: /Considered/ });
  await expect(considered).toContainText(message);
  await expect(considered).toContainText('Our group agreed its ground rules last month.');
  await saved(page);

  await restartApp();
  await expect(page.getByRole('region', { name: /Considered/ })).toContainText('Our group agreed its ground rules last month.');
  await expect(finding(page, 'ground-rules-missing')).toHaveCount(0);

  await page
    .getByRole('region', { name: /Considered/ })
    .getByRole('button', { name: 'Bring back' })
    .click();
  await expect(finding(page, 'ground-rules-missing')).toBeVisible();
  await expect(finding(page, 'ground-rules-missing').getByRole('heading')).toBeFocused();
  await expect(page.getByRole('region', { name: /Considered/ })).toHaveCount(0);
  await saved(page);
  expect(savedPlan(app, planId).setAsides).toEqual([]);
});

test('jargon in the purpose gets a plainer word, replaced with one click', async ({ page, app, restartApp }) => {
  test.slow(); // an accessibility check and a restart
  const planId = seedPlan(app, { purpose: '' });
  await openTab(page, app, planId, 'details');
  const plain = JARGON.find((t) => t.term === 'facilitate')!.plain;

  const purpose = page.getByLabel('Why are we meeting?');
  await purpose.fill('We will facilitate a discussion');
  const replace = page.getByRole('button', { name: `Replace “facilitate” with “${plain}”` });
  await expect(replace).toBeVisible();
  // The text box says there is a suggestion below it.
  await expect(purpose).toHaveAccessibleDescription(/One plainer word is suggested below/);
  await expectNoAxeViolations(page, 'details with a plain-English suggestion');

  await replace.click();
  await expect(purpose).toHaveValue(`We will ${plain} a discussion`);
  await expect(replace).toHaveCount(0);
  await expect(purpose).toBeFocused();
  await expect(page.getByTestId('announcer')).toHaveText(`Replaced “facilitate” with “${plain}”.`);
  await saved(page);
  expect(savedPlan(app, planId).purpose).toBe(`We will ${plain} a discussion`);

  await restartApp();
  await expect(page.getByLabel('Why are we meeting?')).toHaveValue(`We will ${plain} a discussion`);

  // The same words from the review: the fix changes the field, and offers a way back.
  await page.getByLabel('Why are we meeting?').fill('We will utilise your ideas.');
  await saved(page);
  await page.getByRole('link', { name: /^Review/ }).click();
  // One finding lists all the plan's jargon, each term with where it is and its fix.
  const jargon = page.locator('.review-open [data-finding-id="jargon"]');
  await expect(jargon).toBeVisible();
  await expect(jargon.getByRole('heading')).toContainText('“utilise” (perhaps “use”) in “Why we are meeting”');
  await jargon.getByRole('button', { name: /^Change “utilise” to/ }).click();
  await expect(page.getByTestId('review-done')).toContainText('“Why we are meeting”');
  await expect(jargon).toHaveCount(0);
  await saved(page);
  expect(savedPlan(app, planId).purpose).toBe(`We will ${JARGON.find((t) => t.term === 'utilise')!.plain} your ideas.`);
});

test('a long description gets a gentle note about its longest sentence', async ({ page, app }) => {
  const planId = seedPlan(app);
  await openTab(page, app, planId, 'agenda');
  await page.locator('.block-toggle').nth(1).click();
  const words = Array.from({ length: 31 }, (_, i) => (i === 0 ? 'We' : 'talk')).join(' ');
  await page.getByLabel('What participants will read').fill(`${words}.`);
  await expect(page.getByTestId('readability-note')).toContainText('The longest sentence has 31 words: could it be two?');
});

test('findings can be grouped by principle', async ({ page, app }) => {
  const planId = seedPlan(app);
  await openTab(page, app, planId, 'review');
  const groups = page.locator('.review-open .review-group h3');
  await expect(groups.first()).toContainText('Important');

  await page.locator('label', { hasText: 'By principle' }).click();
  await expect(page.getByRole('radio', { name: 'By principle' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 3, name: /^Building and maintaining relationships/ })).toBeVisible();
  // Each finding now shows how much it matters instead of its principle.
  await expect(finding(page, 'check-in-missing').locator('.badge')).toHaveText('Important');
  const relationships = page.getByRole('region', { name: /^Building and maintaining relationships/ });
  await expect(relationships.locator('[data-rule-id="check-in-missing"]')).toBeVisible();
  await expectNoAxeViolations(page, 'review grouped by principle');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the review is axe-clean in ${scheme} colours`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const planId = seedPlan(app, { purpose: 'We will facilitate a discussion with PPI members.' });
    await openTab(page, app, planId, 'review');
    await expect(finding(page, 'check-in-missing')).toBeVisible();
    await expectNoAxeViolations(page, `review (${scheme})`);
  });
}

test('the review at 200% zoom and in high contrast', async ({ page, app }) => {
  test.slow(); // three accessibility checks
  await page.setViewportSize({ width: 640, height: 400 });
  const planId = seedPlan(app, { purpose: 'We will facilitate a discussion with PPI members.' });
  await openTab(page, app, planId, 'review');
  await expect(finding(page, 'check-in-missing')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'review at 200% zoom');

  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'high_contrast'));
  await expectNoAxeViolations(page, 'review in high contrast');
  await finding(page, 'check-in-missing').getByRole('button', { name: 'Set aside…' }).click();
  await expect(page.getByRole('dialog', { name: 'Set this aside' })).toBeVisible();
  await expectNoAxeViolations(page, 'set-aside dialog at 200% zoom in high contrast');
});

test('“go to” findings land on the very field they are about', async ({ page, app }) => {
  const planId = seedPlan(app, { startTime: '09:00' });
  await openTab(page, app, planId, 'review');

  await finding(page, 'venue-missing').getByRole('button', { name: 'Go to the venue' }).click();
  await expect(page.getByRole('textbox', { name: 'Venue name' })).toBeFocused();

  await page.goto(`${app.url}/#/plan/${planId}/review`);
  await finding(page, 'gives-back-missing').getByRole('button', { name: 'Go to what people get back' }).click();
  await expect(page.getByRole('group', { name: 'What do people get back?' }).getByRole('checkbox').first()).toBeFocused();

  await page.goto(`${app.url}/#/plan/${planId}/review`);
  await finding(page, 'early-start').getByRole('button', { name: 'Go to the start time' }).click();
  await expect(dateTimeField(page, 'Start time').locator('[data-type="hour"]')).toBeFocused();
});
