/**
 * The Access tab: every access need on a board by status, confirming arrangements (the cards move
 * and the counts follow), one person's view, changing how a need is met from the keyboard, and the
 * venue and online checklists, which survive a restart and say whose needs depend on them.
 */
import type { Locator, Page } from '@playwright/test';
import type { AccessNeed, ArrangementStatus, NeedTypeId } from '../../main/domain/access';
import type { Plan } from '../../main/domain/plan';
import { addDays, formatDate, localToday } from '../../main/domain/time';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';
import { dateTimeField, typeDate } from '../support/dateTimeFields';

let n = 0;
function need(type: NeedTypeId, status: ArrangementStatus, extra: Partial<AccessNeed['arrangement']> = {}, detail = ''): AccessNeed {
  n += 1;
  return {
    id: `0a0a0a0a-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type,
    detail,
    arrangement: { how: '', owner: '', dueDate: null, status, personTold: false, ...extra },
  };
}

interface Seeded {
  planId: string;
  ids: Record<string, string>;
}

/** A hybrid plan with three people who agreed we may keep their needs, and one who has not been asked. */
function seed(app: KindredApp, format: 'in_person' | 'online' | 'hybrid' = 'hybrid'): Seeded {
  const call = (method: string, input: unknown) => {
    const res = app.bridge.kindred.dispatch(method, input);
    if (!res.ok) throw new Error(res.error.message);
    return res.value as { id: string };
  };
  const planId = call('createPlan', {
    details: { title: 'Shaping our next study', startTime: '10:00', format, date: addDays(localToday(), 40), venueName: 'Hillside Community Centre' },
  }).id;
  const store = (share: boolean) => ({ store: true, share, recordedOn: localToday() });
  const ids: Record<string, string> = {};
  const amara = [
    need('hearing_loop', 'to_arrange', { dueDate: '2020-01-10', owner: 'Sam' }, 'Please check the loop works in the side room too.'),
    need('step_free', 'arranged', { how: 'Ramp at the main door.', owner: 'The venue' }),
  ];
  ids.hearing = amara[0]!.id;
  const joe = [need('live_captions', 'to_arrange'), need('taxi', 'cannot_meet', { how: 'No budget left for taxis.' })];
  const priya = [need('quiet_room', 'to_arrange')];
  ids.captions = joe[0]!.id;
  ids.taxi = joe[1]!.id;
  ids.quiet = priya[0]!.id;
  ids.amara = call('addPerson', { planId, person: { name: 'Amara', role: 'public_contributor', consent: store(true), accessNeeds: amara } }).id;
  ids.joe = call('addPerson', {
    planId,
    person: { name: 'Joe', role: 'carer', takesPart: 'online', consent: store(false), accessNeeds: joe },
  }).id;
  ids.priya = call('addPerson', { planId, person: { name: 'Priya', role: 'public_contributor', consent: store(true), accessNeeds: priya } }).id;
  call('addPerson', { planId, person: { name: 'Lee', role: 'researcher' } });
  return { planId, ids };
}

function savedPlan(app: KindredApp, planId: string): Plan {
  const res = app.bridge.kindred.dispatch('getPlan', { planId });
  if (!res.ok) throw new Error(res.error.message);
  return res.value as Plan;
}

async function openAccess(page: Page, app: KindredApp, planId: string) {
  await page.goto(`${app.url}/#/plan/${planId}/access`);
  await expect(page.getByRole('heading', { level: 2, name: 'Access' })).toBeVisible();
}

const column = (page: Page, name: RegExp) => page.getByRole('region', { name });
const TO_ARRANGE = /^To arrange \(\d+\)$/;
const ARRANGED = /^Arranged \(\d+\)$/;
const CANNOT = /^Cannot meet: tell the person \(\d+\)$/;
const card = (scope: Page | Locator, needId: string) => scope.locator(`[data-need-id="${needId}"]`);
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');

async function expectCounts(page: Page, toArrange: number, arranged: number, cannot: number) {
  const board = page.getByRole('region', { name: 'Arrangements' });
  await expect(board.getByRole('heading', { level: 4 })).toHaveText([
    `To arrange (${toArrange})`,
    `Arranged (${arranged})`,
    `Cannot meet: tell the person (${cannot})`,
  ]);
}

test('confirm arrangements on the board: cards move, counts follow, and it is all kept', async ({ page, app, restartApp }) => {
  test.slow();
  const { planId, ids } = seed(app);
  await openAccess(page, app, planId);
  await expect(page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Access' })).toHaveAttribute('aria-current', 'page');

  // Everyone's needs, in three lists; nothing of Lee, who has not agreed we may keep any.
  await expect(page.getByTestId('board-summary')).toHaveText('5 needs for 3 people: 1 arranged, 3 to arrange, 1 cannot be met');
  await expectCounts(page, 3, 1, 1);
  await expect(page.locator('.arrangements')).not.toContainText('Lee');
  const hearing = card(column(page, TO_ARRANGE), ids.hearing!);
  await expect(hearing.getByRole('heading', { level: 5, name: 'A hearing loop' })).toBeVisible();
  await expect(hearing).toContainText('For Amara');
  await expect(hearing).toContainText('“Please check the loop works in the side room too.”');
  await expect(hearing.locator('.need-facts div', { hasText: 'Arrange by' }).locator('dd')).toContainText('10 January 2020');
  await expect(hearing.locator('.badge-overdue')).toHaveText('Overdue');
  await expect(hearing).toContainText('Sam');
  // Joe agreed to keep his needs but not to share them: a reminder on his cards, not on Amara's.
  await expect(card(page, ids.captions!).locator('.badge-private')).toHaveText('Not to be shared');
  await expect(hearing.locator('.badge-private')).toHaveCount(0);
  await expectNoAxeViolations(page, 'access tab with cards in every list');

  // Confirm the hearing loop: it moves to Arranged, the counts follow, and the move is announced.
  await hearing.getByRole('button', { name: 'Mark as arranged: A hearing loop for Amara' }).click();
  await expectCounts(page, 2, 2, 1);
  await expect(card(column(page, ARRANGED), ids.hearing!)).toBeVisible();
  await expect(card(column(page, TO_ARRANGE), ids.hearing!)).toHaveCount(0);
  await expect(card(column(page, ARRANGED), ids.hearing!).locator('.badge-overdue')).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toHaveText('Hearing loop for Amara is now arranged.');
  // Focus stays in the list being worked through: on the next card there.
  await expect(card(page, ids.captions!).getByRole('button', { name: 'Live captions or a palantypist', exact: true })).toBeFocused();
  await expect(page.getByTestId('board-summary')).toHaveText('5 needs for 3 people: 2 arranged, 2 to arrange, 1 cannot be met');

  // From the keyboard: Joe's captions cannot be met after all.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'We cannot meet this: Live captions or a palantypist for Joe' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectCounts(page, 1, 2, 2);
  await expect(page.getByTestId('announcer')).toContainText('Live captions or a palantypist for Joe cannot be met. Remember to tell Joe');
  await expect(card(page, ids.quiet!).getByRole('button', { name: 'A quiet room', exact: true })).toBeFocused();

  // Open Priya's quiet room and say how, who and by when, with the keyboard.
  const due = addDays(localToday(), 20);
  await page.keyboard.press('Enter');
  const quiet = card(page, ids.quiet!);
  await expect(quiet.getByRole('button', { name: 'A quiet room', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await quiet.getByLabel('How it will be met').fill('Room 3 kept free all day, with soft chairs.');
  await quiet.getByLabel('Who is arranging it').fill('Me');
  await typeDate(dateTimeField(quiet, 'Arrange by'), due);
  await expect(quiet.locator('.need-facts div', { hasText: 'Arrange by' }).locator('dd')).toHaveText(formatDate(due));
  await expect(quiet.locator('.need-facts')).toContainText('Room 3 kept free all day, with soft chairs.');
  await expect(quiet.locator('.badge-overdue')).toHaveCount(0);
  await expectNoAxeViolations(page, 'access tab with a card open');

  // Telling Joe the taxi cannot be paid for.
  const taxi = card(column(page, CANNOT), ids.taxi!);
  await taxi.getByText('Joe has been told, and asked what might work instead').click();
  await expect(taxi.getByRole('checkbox', { name: 'Joe has been told, and asked what might work instead' })).toBeChecked();

  // One person at a time.
  const board = page.getByRole('region', { name: 'Arrangements' });
  await board.getByRole('button', { name: /Show/ }).click();
  await page.getByRole('option', { name: 'Joe (2 needs)' }).click();
  await expect(page.getByTestId('board-summary')).toHaveText('2 needs for Joe: both cannot be met');
  await expect(board.locator('[data-need-id]')).toHaveCount(2);
  await expectCounts(page, 0, 0, 2);
  await expect(column(page, TO_ARRANGE)).toContainText('Nothing left to arrange.');
  await expect(page.getByTestId('announcer')).toContainText('Showing Joe’s needs.');
  await board.getByRole('button', { name: /Show/ }).click();
  await page.getByRole('option', { name: 'Everyone' }).click();
  await expect(board.locator('[data-need-id]')).toHaveCount(5);

  await saved(page);
  const stored = savedPlan(app, planId);
  const byId = new Map(stored.people.flatMap((p) => p.accessNeeds).map((x) => [x.id, x]));
  expect(byId.get(ids.hearing!)!.arrangement.status).toBe('arranged');
  expect(byId.get(ids.captions!)!.arrangement.status).toBe('cannot_meet');
  expect(byId.get(ids.quiet!)!.arrangement).toEqual({
    how: 'Room 3 kept free all day, with soft chairs.',
    owner: 'Me',
    dueDate: due,
    status: 'to_arrange',
    personTold: false,
  });
  expect(byId.get(ids.taxi!)!.arrangement.personTold).toBe(true);

  await restartApp();
  await expect(page.getByTestId('board-summary')).toHaveText('5 needs for 3 people: 2 arranged, 1 to arrange, 2 cannot be met');
  await expect(card(column(page, ARRANGED), ids.hearing!)).toBeVisible();
  await expect(card(page, ids.taxi!).getByRole('checkbox', { name: /Joe has been told/ })).toBeChecked();
});

test('venue and online checklists: answers and notes stay, and a “no” someone needs is pointed out kindly', async ({ page, app, restartApp }) => {
  test.slow();
  const { planId } = seed(app);
  await openAccess(page, app, planId);

  const venue = page.getByRole('region', { name: 'The venue' });
  const online = page.getByRole('region', { name: 'Joining online' });
  await expect(venue.getByTestId('venue-progress')).toHaveText('0 of 11 checked');
  await expect(online.getByTestId('online-progress')).toHaveText('0 of 5 checked');

  // Who depends on what: Amara (in the room) on the step-free entrance; Joe (joining online) on captions.
  const stepFree = venue.locator('[data-venue-check="step_free_entrance"]');
  await expect(stepFree).toContainText('Needed by Amara');
  const loop = venue.locator('[data-venue-check="hearing_loop"]');
  await expect(loop).toContainText('Needed by Amara');
  const quiet = venue.locator('[data-venue-check="quiet_room"]');
  await expect(quiet).toContainText('Needed by Priya');
  await expect(online.locator('[data-online-check="captions"]')).toContainText('Needed by Joe');
  await expect(venue.locator('[data-venue-check="lift"]')).not.toContainText('Needed by');

  // A "no" that Amara needs: said beside the check, kindly.
  await stepFree.getByText('No', { exact: true }).click();
  await expect(stepFree.locator('.check-worry')).toContainText('Amara needs this. Could the venue help another way');
  await expect(page.getByTestId('announcer')).toContainText('Amara needs this.');
  await stepFree.getByLabel('Note about step-free entrance, by the main door').fill('Ramp at the side door; ring the bell.');
  await loop.getByText('Yes', { exact: true }).click();
  await expect(loop.locator('.check-worry')).toHaveCount(0);
  // A note before any answer counts as "not sure yet".
  await quiet.getByLabel('Note about a quiet room to take a break in').fill('Asking about room 3.');
  await expect(quiet.getByRole('radio', { name: 'Not sure yet' })).toBeChecked();
  await venue.locator('[data-venue-check="prayer_space"]').getByText('Not needed', { exact: true }).click();
  await expect(venue.getByTestId('venue-progress')).toHaveText('3 of 11 checked');

  // From the keyboard: arrow keys move between answers.
  const captions = online.locator('[data-online-check="captions"]');
  await captions.getByRole('radio', { name: 'Yes', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(captions.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(captions.locator('.check-worry')).toContainText('Joe needs this. Could it be set up another way?');
  await expect(online.getByTestId('online-progress')).toHaveText('1 of 5 checked');
  await expectNoAxeViolations(page, 'access checklists with answers');

  await saved(page);
  const stored = savedPlan(app, planId);
  expect(stored.venueChecks).toEqual({
    step_free_entrance: { answer: 'no', note: 'Ramp at the side door; ring the bell.' },
    hearing_loop: { answer: 'yes', note: '' },
    quiet_room: { answer: 'unsure', note: 'Asking about room 3.' },
    prayer_space: { answer: 'not_needed', note: '' },
  });
  expect(stored.onlineChecks).toEqual({ captions: { answer: 'no', note: '' } });

  await restartApp();
  await expect(page.getByTestId('venue-progress')).toHaveText('3 of 11 checked');
  await expect(page.locator('[data-venue-check="step_free_entrance"]').getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(page.locator('[data-venue-check="step_free_entrance"]').getByLabel(/^Note about step-free/)).toHaveValue(
    'Ramp at the side door; ring the bell.',
  );
  await expect(page.locator('[data-online-check="captions"]').getByRole('radio', { name: 'No', exact: true })).toBeChecked();
});

test('a review finding takes you to the very card or check it is about', async ({ page, app }) => {
  test.slow();
  const { planId, ids } = seed(app);
  const patched = app.bridge.kindred.dispatch('updatePlan', {
    planId,
    patch: { venueChecks: { step_free_entrance: { answer: 'no', note: 'Three steps up to the door.' } } },
  });
  if (!patched.ok) throw new Error(patched.error.message);
  const review = async () => {
    await page.goto(`${app.url}/#/plan/${planId}/review`);
    await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  };

  // Nothing is planned yet for Joe's captions: "Plan this for Joe" lands on his card.
  await review();
  const unarranged = page.locator(`.review-open [data-finding-id="need-unarranged:${ids.captions}"]`);
  await expect(unarranged).toContainText('Joe needs live captions or a palantypist');
  await unarranged.getByRole('button', { name: 'Plan this for Joe' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Access' })).toBeVisible();
  await expect(card(page, ids.captions!).getByRole('button', { name: 'Live captions or a palantypist', exact: true })).toBeFocused();

  // The venue says no to a step-free entrance, which Amara needs: on to the answer itself.
  await review();
  const contradicts = page.locator('.review-open [data-rule-id="venue-contradicts-need"]');
  await expect(contradicts).toContainText('Amara needs step-free access');
  await contradicts.getByRole('button', { name: 'Go to the venue check' }).click();
  await expect(page.locator('[data-venue-check="step_free_entrance"]').getByRole('radio', { name: 'No', exact: true })).toBeFocused();

  // Captions not switched on in a hybrid session with a hearing need: the captions check, unanswered, so its first answer.
  await review();
  await page.locator('.review-open [data-rule-id="captions-missing"]').getByRole('button', { name: 'Go to the captions check' }).click();
  await expect(page.locator('[data-online-check="captions"]').getByRole('radio', { name: 'Yes', exact: true })).toBeFocused();
});

test('each format shows the checklists that fit it', async ({ page, app }) => {
  const inPerson = seed(app, 'in_person');
  await openAccess(page, app, inPerson.planId);
  await expect(page.getByRole('region', { name: 'The venue' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Joining online' })).toHaveCount(0);
  // Online, everyone's online needs count, and there is no venue to check.
  const online = seed(app, 'online');
  await openAccess(page, app, online.planId);
  await expect(page.getByRole('region', { name: 'The venue' })).toHaveCount(0);
  await expect(page.locator('[data-online-check="captions"]')).toContainText('Needed by Joe');
});

test('with no needs recorded, the board says where they are recorded', async ({ page, app }) => {
  const res = app.bridge.kindred.dispatch('createPlan', { details: { title: 'Shaping our next study', startTime: '10:00' } });
  if (!res.ok) throw new Error(res.error.message);
  const planId = (res.value as { id: string }).id;
  await openAccess(page, app, planId);
  await expect(page.getByRole('region', { name: 'Arrangements' })).toContainText('No access needs are recorded yet.');
  await expectNoAxeViolations(page, 'access tab, empty');
  await page.getByRole('link', { name: 'Go to People to record access needs' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'People' })).toBeVisible();
});

test('the Access tab at 200% zoom: one list under another, no sideways scrolling, axe-clean', async ({ page, app }) => {
  test.slow();
  await page.setViewportSize({ width: 640, height: 800 });
  const { planId } = seed(app);
  await openAccess(page, app, planId);
  await expectCounts(page, 3, 1, 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'access tab at 200% zoom');
});

for (const scheme of ['dark', 'high contrast'] as const) {
  test(`the Access tab is axe-clean in ${scheme} colours`, async ({ page, app }) => {
    test.slow();
    if (scheme === 'dark') await page.emulateMedia({ colorScheme: 'dark' });
    else {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).locator('label', { hasText: 'High contrast' }).click();
      await page.getByRole('button', { name: 'Done' }).click();
    }
    const { planId } = seed(app);
    await openAccess(page, app, planId);
    await page.locator('[data-venue-check="step_free_entrance"]').getByText('No', { exact: true }).click();
    await expect(page.locator('.check-worry')).toBeVisible();
    await expectNoAxeViolations(page, `access tab (${scheme})`);
  });
}
