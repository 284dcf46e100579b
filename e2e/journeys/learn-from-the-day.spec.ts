/**
 * Learning from what happened: a short day run with a fake clock and a note written on two blocks,
 * then the After tab's planned against actual and the notes as drafts for "you said, we did", a
 * copy of the delivered plan with the lengths from the day, and the review of a new plan that
 * remembers check-ins ran over in the last three workshops. axe on every screen.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

type Call = (method: string, input: unknown) => { id: string };

function caller(app: KindredApp): Call {
  return (method, input) => {
    const res = app.bridge.kindred.dispatch(method, input);
    if (res instanceof Promise || !res.ok) throw new Error(`${method} failed`);
    return res.value as { id: string };
  };
}

/** A delivered workshop whose 10-minute check-in took 18 minutes, run on day `n` of April 2027, after the day below. */
function pastWorkshop(call: Call, n: number): void {
  const planId = call('createPlan', { details: { title: `Workshop ${n}`, startTime: '10:00', endTime: '12:00' } }).id;
  for (const block of [
    { kind: 'welcome', durationMinutes: 10 },
    { kind: 'check_in', durationMinutes: 10 },
  ])
    call('addBlock', { planId, block });
  const at = (minutes: number) => Date.UTC(2027, 3, n, 10, minutes);
  for (const [step, minutes] of [
    ['start_day', 0],
    ['next', 10],
    ['next', 28],
    ['end_day', 28],
  ] as const)
    call('runDay', { planId, step, at: at(minutes) });
  call('updatePlan', { planId, patch: { status: 'delivered' } });
}

const shot = async (page: Page, name: string) => {
  if (process.env.KINDRED_SHOTS) await page.screenshot({ path: `${process.env.KINDRED_SHOTS}/${name}.png`, fullPage: true });
};

test('run a short day with notes, see planned against actual and drafts, copy it with its real lengths, and the review remembers', async ({
  page,
  app,
}) => {
  test.slow();
  const call = caller(app);
  const planId = call('createPlan', { details: { title: 'Carers’ voices', startTime: '10:00', endTime: '11:00' } }).id;
  for (const block of [
    { kind: 'welcome', title: 'Welcome', durationMinutes: 10 },
    { kind: 'check_in', title: 'Check-in', durationMinutes: 15 },
    { kind: 'discussion', title: 'What matters to you', durationMinutes: 20 },
  ])
    call('addBlock', { planId, block });

  // The day, by the fake clock: the welcome runs 2 minutes over, with a note written as it runs.
  await page.clock.install({ time: new Date('2027-03-12T10:00:00') });
  await page.goto(`${app.url}/#/plan/${planId}/run`);
  await page.getByRole('button', { name: 'Start the day' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Now: Welcome' })).toBeVisible();
  const notes = page.getByRole('region', { name: 'Notes on Welcome' });
  await notes.getByLabel('What we heard').fill('The room was too cold for some people.');
  await notes.getByLabel('What we will do').fill('Book the warmer room next time.');
  await expectNoAxeViolations(page, 'running the day, with a note');
  await shot(page, 'learn-run-note');
  await page.clock.fastForward('12:00');
  await page.getByRole('button', { name: /Next block/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Now: Check-in' })).toBeVisible();
  // The next block starts with empty notes of its own.
  await expect(page.getByRole('region', { name: 'Notes on Check-in' }).getByLabel('What we heard')).toHaveValue('');
  await page.getByRole('region', { name: 'Notes on Check-in' }).getByLabel('What we heard').fill('Evening sessions are hard for carers.');
  await page.clock.fastForward('20:00');
  await page.getByRole('button', { name: /Next block/ }).click();
  await page.clock.fastForward('15:00');
  await page.getByRole('button', { name: 'End the day' }).click();
  await expect(page.getByTestId('run-position')).toHaveText('The day has ended. Everything that happened is kept.');
  // The last block's notes stay open once the day is over, for the words that come afterwards.
  await page.getByRole('region', { name: 'Notes on What matters to you' }).getByLabel('What we will do').fill('Write to everyone by Friday.');
  await expectNoAxeViolations(page, 'running the day, ended, with the last block’s notes');

  // After: planned against actual, block by block, with the totals in words.
  await page.goto(`${app.url}/#/plan/${planId}/after`);
  const table = page.getByRole('table', { name: 'Planned and actual, block by block, in the order the day ran' });
  await expect(table.getByRole('row', { name: /Welcome/ })).toHaveText(/Welcome\s*10 minutes\s*12 minutes\s*2 minutes longer than planned/);
  await expect(table.getByRole('row', { name: /Check-in/ })).toHaveText(/Check-in\s*15 minutes\s*20 minutes\s*5 minutes longer than planned/);
  await expect(table.getByRole('row', { name: /What matters to you/ })).toHaveText(/20 minutes\s*15 minutes\s*5 minutes shorter than planned/);
  await expect(page.getByTestId('planned-actual-total')).toHaveText(
    'The blocks that ran took 47 minutes, against 45 minutes planned: 2 minutes longer than planned.',
  );

  // The notes are drafts: nothing is in "you said, we did" until the facilitator adds one.
  const changes = page.getByRole('region', { name: 'You said, we did' });
  await expect(changes.getByText('Nothing written yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'after, the day as it ran');
  await shot(page, 'learn-after');
  await expect(page.locator('.note-draft')).toHaveCount(3);
  await expect(page.locator('.note-draft').nth(2)).toContainText('Write to everyone by Friday.');
  await page.getByRole('button', { name: 'Add to “You said, we did”: the note on Welcome' }).click();
  await expect(page.getByTestId('announcer')).toHaveText('Added the note on Welcome to “You said, we did” as row 1.');
  const row = changes.locator('.change-row').first();
  await expect(row.getByLabel('You said')).toHaveValue('The room was too cold for some people.');
  await expect(row.getByLabel('We did')).toHaveValue('Book the warmer room next time.');
  // The facilitator confirms by editing it into what really happened.
  await row.getByLabel('We did').fill('We booked the warmer room for May.');
  await page.getByRole('button', { name: 'Add what you heard to Results' }).click();
  await expect(page.getByLabel('Results')).toHaveValue(
    'Welcome: The room was too cold for some people.\nCheck-in: Evening sessions are hard for carers.',
  );
  await expect(page.getByRole('button', { name: 'Add what you heard to Results' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Mark as delivered' }).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await expectNoAxeViolations(page, 'after, drafts added');

  // The plan list: a copy with the lengths the day really took.
  await page.goto(`${app.url}/#/`);
  await page.getByRole('button', { name: 'Actions for “Carers’ voices”' }).click();
  await page.getByRole('menuitem', { name: 'Make a copy with the lengths from the day' }).click();
  await expect(page.getByTestId('announcer')).toHaveText('Made a copy with the lengths from the day: “Copy of Carers’ voices”.');
  const list = app.bridge.kindred.dispatch('listPlans', {});
  if (list instanceof Promise || !list.ok) throw new Error('listPlans failed');
  const copy = (list.value as { id: string; title: string }[]).find((p) => p.title === 'Copy of Carers’ voices')!;
  await page.goto(`${app.url}/#/plan/${copy.id}/agenda`);
  await expect(page.getByRole('textbox', { name: 'Length in minutes for “Welcome”' })).toHaveValue('12');
  await expect(page.getByRole('textbox', { name: 'Length in minutes for “Check-in”' })).toHaveValue('20');
  await expectNoAxeViolations(page, 'the copy’s agenda, with the lengths from the day');
  const copied = app.bridge.kindred.dispatch('getPlan', { planId: copy.id });
  if (copied instanceof Promise || !copied.ok) throw new Error('getPlan failed');
  expect((copied.value as { blocks: { durationMinutes: number }[] }).blocks.map((b) => b.durationMinutes)).toEqual([12, 20, 15]);

  // Three more delivered workshops whose check-ins ran 8 minutes over: a new plan's short check-in is noticed, kindly.
  for (const n of [1, 2, 3]) pastWorkshop(call, n);
  const fresh = call('createPlan', { details: { title: 'Summer listening', startTime: '10:00', endTime: '12:00' } }).id;
  call('addBlock', { planId: fresh, block: { kind: 'welcome', title: 'Welcome', durationMinutes: 10 } });
  call('addBlock', { planId: fresh, block: { kind: 'check_in', title: 'Check-in', durationMinutes: 10 } });
  await page.goto(`${app.url}/#/plan/${fresh}/review`);
  const finding = page.locator('[data-rule-id="kind-ran-over"]');
  await expect(finding).toContainText(
    'In your last three workshops, check-ins ran 8 minutes over on average, taking about 18 minutes. “Check-in” has 10 minutes here.',
  );
  await expect(finding).toContainText('“Workshop 3”, “Workshop 2” and “Workshop 1”');
  await expectNoAxeViolations(page, 'review remembering check-ins ran over');
  await shot(page, 'learn-review');
});

test('the day as it ran at 200% zoom, in dark colours and high contrast', async ({ page, app }) => {
  const call = caller(app);
  const planId = call('createPlan', { details: { title: 'Carers’ voices', startTime: '10:00', endTime: '11:00' } }).id;
  const welcome = call('addBlock', {
    planId,
    block: { kind: 'welcome', title: 'Welcome and a long look at what the day is for', durationMinutes: 10 },
  });
  call('addBlock', { planId, block: { kind: 'check_in', title: 'Check-in', durationMinutes: 15 } });
  const at = (minutes: number) => Date.UTC(2027, 2, 12, 10, minutes);
  call('runDay', { planId, step: 'start_day', at: at(0) });
  call('setRunNote', { planId, blockId: welcome.id, heard: 'The room was too cold.', willDo: 'Book the warmer room.' });
  call('runDay', { planId, step: 'next', at: at(14) });
  call('runDay', { planId, step: 'end_day', at: at(30) });

  await page.setViewportSize({ width: 640, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
  await page.goto(`${app.url}/#/plan/${planId}/after`);
  await expect(page.getByTestId('planned-actual-total')).toHaveText(
    'The blocks that ran took 30 minutes, against 25 minutes planned: 5 minutes longer than planned.',
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'the day as it ran at 200% zoom, dark, high contrast');
  await shot(page, 'learn-after-narrow');
});
