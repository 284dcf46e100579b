/**
 * Running a 6-block day by keyboard with a fake clock: start, overrun, +5, pause and carry on, the
 * re-timed rest of the day with a pinned break and where time could come from, swapping, going
 * back, a restart of Kindred mid-day that resumes exactly where the day was, and the end of the day.
 * axe on every state of the screen.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function seedDay(app: KindredApp): string {
  const call = (method: string, input: unknown) => {
    const res = app.bridge.kindred.dispatch(method, input);
    if (res instanceof Promise || !res.ok) throw new Error(`${method} failed`);
    return res.value as { id: string };
  };
  const planId = call('createPlan', { details: { title: 'Carers’ voices', startTime: '10:00', endTime: '12:00' } }).id;
  const blocks = [
    { kind: 'welcome', title: 'Welcome', durationMinutes: 10, leadBy: 'Amara and Sam', materials: 'Name badges' },
    { kind: 'check_in', title: 'Check-in', durationMinutes: 15, facilitatorNotes: 'Go round the circle.\nEveryone can pass.' },
    { kind: 'discussion', title: 'What matters to you', durationMinutes: 30, flexible: true, minMinutes: 15 },
    { kind: 'break', title: 'Tea', durationMinutes: 15, pinnedTime: '11:00' },
    { kind: 'small_groups', title: 'Ideas in small groups', durationMinutes: 30, flexible: true, minMinutes: 20 },
    { kind: 'close', title: 'Close', durationMinutes: 10 },
  ];
  for (const block of blocks) call('addBlock', { planId, block });
  return planId;
}

const announcer = (page: Page) => page.getByTestId('announcer');
const position = (page: Page) => page.getByTestId('run-position');
const nowCard = (page: Page) => page.getByTestId('run-now');
const shot = async (page: Page, name: string) => {
  if (process.env.KINDRED_SHOTS) await page.screenshot({ path: `${process.env.KINDRED_SHOTS}/${name}.png`, fullPage: true });
};

test('a day run by keyboard, through a restart, to its end', async ({ page, app, restartApp }) => {
  const planId = seedDay(app);
  await page.clock.install({ time: new Date('2027-03-12T10:00:00') });
  await page.goto(`${app.url}/#/plan/${planId}`);
  await page.getByRole('link', { name: 'Run the day' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Running the day: Carers’ voices' })).toBeFocused();
  await expect(position(page)).toHaveText('Not started yet. On time; finishing 11:55, 5 minutes before your intended end.');
  await expect(page.getByRole('button', { name: 'Start the day' })).toHaveAttribute('aria-keyshortcuts', 'N');
  await expectNoAxeViolations(page, 'running the day, before the start');

  // Start by key: the first block is on, announced politely.
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Now: Welcome' })).toBeVisible();
  await expect(announcer(page)).toHaveText('Now: Welcome, 10 minutes left. Next: Check-in.');
  await expect(nowCard(page)).toContainText('Amara and Sam');
  await expect(nowCard(page)).toContainText('Name badges');

  // The welcome runs 2 minutes over; a few minutes before the end, a gentle cue.
  await page.clock.fastForward('08:00');
  await expect(nowCard(page)).toHaveClass(/run-now-soon/);
  await expect(nowCard(page)).toContainText('2 minutes left (a few minutes left)');
  await page.clock.fastForward('04:00');
  await expect(nowCard(page)).toContainText('2 minutes over');
  // The pinned tea at 11:00 still absorbs it: the day still ends on time.
  await expect(position(page)).toHaveText('2 minutes behind; finishing 11:55, 5 minutes before your intended end.');
  await expectNoAxeViolations(page, 'running the day, a block over time');
  await shot(page, 'run-day-over');

  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Now: Check-in' })).toBeVisible();
  await page.keyboard.press('+');
  await expect(announcer(page)).toHaveText('5 more minutes for Check-in: 20 minutes left.');
  await page.clock.fastForward('20:00');
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Now: What matters to you' })).toBeVisible();

  // A pause the group needs: the block's clock stops, the rest of the day moves on.
  await page.clock.fastForward('05:00');
  await page.keyboard.press('p');
  await expect(announcer(page)).toHaveText('Paused. The clock for What matters to you has stopped.');
  await expect(page.getByRole('button', { name: /Carry on/ })).toBeVisible();
  await page.clock.fastForward('15:00');
  await expect(nowCard(page)).toContainText('Paused, 25 minutes left');
  await page.keyboard.press('p');
  await expect(announcer(page)).toHaveText('Carrying on with What matters to you: 25 minutes left.');

  // Tea is pinned to 11:00 and now cannot be kept: said plainly, never moved quietly, with where time could come from.
  const rest = page.getByRole('region', { name: 'The day, re-timed' });
  await expect(rest).toContainText('Tea is pinned to 11:00 and would start 17 minutes late.');
  await expect(rest).toContainText('Ideas in small groups: 10 minutes shorter (30 to 20 minutes)');
  await expect(position(page)).toHaveText('22 minutes behind; finishing 12:12, 12 minutes past your intended end.');
  await expectNoAxeViolations(page, 'running the day, late with a suggestion');
  await shot(page, 'run-day-late');

  // Swap the next two, then swap them back.
  await page.keyboard.press('w');
  await expect(announcer(page)).toHaveText('Swapped: Ideas in small groups comes next, then Tea.');
  await page.keyboard.press('w');
  await expect(announcer(page)).toHaveText('Swapped: Tea comes next, then Ideas in small groups.');

  // Kindred is closed and opened again mid-block: the day carries on exactly where it was.
  await restartApp();
  await expect(page.getByRole('heading', { level: 2, name: 'Now: What matters to you' })).toBeVisible();
  await expect(nowCard(page)).toContainText('25 minutes left');
  await expect(position(page)).toHaveText('22 minutes behind; finishing 12:12, 12 minutes past your intended end.');
  await expect(page.getByRole('heading', { level: 2, name: 'Next: Tea' })).toBeVisible();

  // Next, then back: the discussion reopens (a key pressed too soon).
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Now: Tea' })).toBeVisible();
  await page.keyboard.press('b');
  await expect(announcer(page)).toHaveText('Back to What matters to you, 25 minutes left.');

  // The rest of the day, then its end, by button this time.
  for (const title of ['Tea', 'Ideas in small groups', 'Close']) {
    await page.clock.fastForward('10:00');
    await page.getByRole('button', { name: /Next block/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Now: ${title}` })).toBeVisible();
  }
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Every block is done' })).toBeVisible();
  await page.getByRole('button', { name: 'End the day' }).click();
  await expect(position(page)).toHaveText('The day has ended. Everything that happened is kept.');
  await expectNoAxeViolations(page, 'running the day, ended');

  // Every block's actual start and end is kept.
  const res = app.bridge.kindred.dispatch('getRunDay', { planId });
  if (res instanceof Promise || !res.ok) throw new Error('getRunDay failed');
  const kinds = (res.value as { events: { action: { kind: string } }[] }).events.map((e) => e.action.kind);
  expect(kinds).toEqual([
    'start_day',
    'next',
    'adjust',
    'next',
    'pause',
    'resume',
    'swap_next',
    'swap_next',
    'next',
    'back',
    'next',
    'next',
    'next',
    'next',
    'end_day',
  ]);
});

test('single-key shortcuts can be turned off, and refusals are said kindly', async ({ page, app }) => {
  const planId = seedDay(app);
  await page.goto(`${app.url}/#/plan/${planId}/run`);
  await page.getByText('Use single-key shortcuts').click();
  await expect(page.getByRole('checkbox', { name: 'Use single-key shortcuts' })).not.toBeChecked();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Ready when you are' })).toBeVisible();
  await expect(page.getByText('Single-key shortcuts are off. Every control is a button above.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the day' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Now: Welcome' })).toBeVisible();
  // Back from the first block has nowhere to go: the reason, kindly, and nothing changes.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByTestId('run-problem')).toHaveText('There is no earlier block to go back to.');
  await expect(page.getByRole('heading', { level: 2, name: 'Now: Welcome' })).toBeVisible();
  await expectNoAxeViolations(page, 'running the day, shortcuts off, a refusal');
});

test('a block can be marked as able to be shorter on the day, with its shortest length; breaks and meals cannot', async ({ page, app }) => {
  const res = app.bridge.kindred.dispatch('createPlan', { details: { title: 'Flexible', startTime: '10:00' } });
  if (res instanceof Promise || !res.ok) throw new Error('createPlan failed');
  const planId = (res.value as { id: string }).id;
  await page.goto(`${app.url}/#/plan/${planId}/agenda`);
  await page.getByRole('button', { name: 'Add a block' }).click();
  await page.getByRole('menuitem', { name: 'Discussion', exact: true }).click();
  const talk = page.locator('[data-block-id]').nth(0);
  await talk.locator('label', { hasText: 'This can be shorter on the day if we run late' }).click();
  // It starts at half the block's length, which the facilitator can change.
  await expect(talk.getByLabel('Shortest it can be, in minutes')).toHaveValue('15');
  await talk.getByLabel('Shortest it can be, in minutes').fill('20');
  await page.getByRole('button', { name: 'Add a block' }).click();
  await page.getByRole('menuitem', { name: 'Break', exact: true }).click();
  const tea = page.locator('[data-block-id]').nth(1);
  await expect(tea.getByText('Breaks and meals keep their full length on the day, even when the day runs late.')).toBeVisible();
  await expect(tea.getByRole('checkbox', { name: /shorter on the day/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'agenda with a flexible block open');
  await shot(page, 'flexible-block');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const saved = app.bridge.kindred.dispatch('getPlan', { planId });
  if (saved instanceof Promise || !saved.ok) throw new Error('getPlan failed');
  expect((saved.value as { blocks: { flexible: boolean; minMinutes: number | null }[] }).blocks.map((b) => [b.flexible, b.minMinutes])).toEqual([
    [true, 20],
    [false, null],
  ]);
});
