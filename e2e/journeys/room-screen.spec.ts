/**
 * The room screen in a second page, following a day the facilitator runs: opened from Running the
 * day (a new tab in browser mode), it shows what the group is doing now with its Easy Read picture,
 * what comes next and when the next break is, in 48 px text or more at 1080p; the time left only
 * once the facilitator turns the clock on; never a name from the plan, except a lead who chose to
 * be named. axe on each state.
 */
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function seedDay(app: KindredApp): string {
  const call = (method: string, input: unknown) => app.call(method, input);
  const planId = call('createPlan', { details: { title: 'Carers’ voices', startTime: '10:00', endTime: '12:00' } }).id;
  const amara = call('addPerson', { planId, person: { name: 'Amara Okafor', role: 'carer', email: 'amara@example.org' } }).id;
  const blocks = [
    { kind: 'welcome', title: 'Welcome', durationMinutes: 10, leadPersonId: amara, facilitatorNotes: 'Amara opens' },
    { kind: 'presentation', title: 'Amara’s story', durationMinutes: 15 },
    {
      kind: 'discussion',
      title: 'What matters to you',
      durationMinutes: 30,
      easyRead: 'We talk about what matters to us.',
      // Priya leads this one and is happy to be named on the room screen.
      leadBy: 'Priya',
      leadInRoom: true,
    },
    { kind: 'break', title: 'Tea and biscuits', durationMinutes: 15 },
    { kind: 'small_groups', title: 'Ideas in small groups', durationMinutes: 30 },
    { kind: 'close', title: 'Close', durationMinutes: 10 },
  ];
  for (const block of blocks) call('addBlock', { planId, block });
  return planId;
}

test('the room screen follows the day in a second page, with nothing personal on it', async ({ page, app, context }) => {
  const planId = seedDay(app);
  await page.clock.install({ time: new Date('2027-03-12T09:55:00') });
  await page.goto(`${app.url}/#/plan/${planId}/run`);
  await expect(page.getByRole('heading', { level: 1, name: 'Running the day: Carers’ voices' })).toBeFocused();

  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open the room screen' }).click();
  const room = await opened;
  await room.setViewportSize({ width: 1920, height: 1080 });
  await expect(room).toHaveURL(new RegExp(`#/plan/${planId}/room$`));
  await expect(room.getByRole('heading', { level: 1, name: 'Welcome. We will start soon.' })).toBeVisible();
  await expect(room.getByRole('region', { name: 'First' })).toContainText('Welcome');
  await expect(room.getByRole('region', { name: 'First' })).toContainText('At about 10:00');
  await expect(room.getByRole('region', { name: 'Next break' })).toContainText('At about 10:55');
  await expect(room).toHaveTitle('Room screen – Carers’ voices – Kindred');
  await expectNoAxeViolations(room, 'the room screen, before the start');

  // The facilitator starts the day; the room follows without being touched.
  await page.clock.fastForward('05:00');
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Now: Welcome' })).toBeVisible();
  await page.clock.fastForward('00:03');
  await expect(room.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await expect(room.getByRole('img', { name: 'A hand waving hello' })).toBeVisible();
  // The block's own text names Amara, so the room sees the plain words for a presentation instead.
  await expect(room.getByRole('region', { name: 'Next', exact: true })).toContainText('Presentation');
  // No countdown until the facilitator turns the clock on.
  await expect(room.getByTestId('room-time-left')).toHaveCount(0);

  // By keyboard, as the facilitator may well be working.
  await page.getByRole('checkbox', { name: 'Show the time left on the room screen' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Show the time left on the room screen' })).toBeChecked();
  await expect(room.getByTestId('room-time-left')).toHaveText('About 10 minutes left');

  // Readable from the back of the room: 48 px body text or more at 1080p.
  const bodyPx = await room.getByTestId('room-screen').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(bodyPx).toBeGreaterThanOrEqual(48);
  await expectNoAxeViolations(room, 'the room screen, a block running');

  // Through the day to the break: the room shows it, and the next break moves on.
  for (const title of ['Presentation', 'What matters to you', 'Tea and biscuits']) {
    await page.clock.fastForward('10:00');
    await page.getByRole('button', { name: /Next block/ }).click();
    await page.clock.fastForward('00:03');
    await expect(room.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  await expect(room.getByText('Time for a break')).toBeVisible();
  await expect(room.getByRole('img', { name: 'A cup of tea or coffee' })).toBeVisible();
  await room.screenshot({ path: test.info().outputPath('room-screen-break.png') });

  // Back to the discussion, with the high-contrast theme the facilitator chose for the projector.
  await page.keyboard.press('b');
  app.call('updateSettings', { theme: 'high_contrast' });
  await room.reload();
  await expect(room.getByRole('heading', { level: 1, name: 'What matters to you' })).toBeVisible();
  await expect(room.getByText('We talk about what matters to us.')).toBeVisible();
  await expect(room.getByText('With Priya')).toBeVisible();
  await expect(room.getByRole('region', { name: 'Next break' })).toHaveCount(0);
  await expectNoAxeViolations(room, 'the room screen, high contrast');
  await room.screenshot({ path: test.info().outputPath('room-screen-1080p.png') });

  // Nothing personal, ever: not on the screen, and not in anything the page was given.
  for (const personal of ['Amara', 'amara@example.org', 'opens']) await expect(room.locator('body')).not.toContainText(personal);
  expect(JSON.stringify(app.call<unknown>('getRoomScreen', { planId }))).not.toContain('Amara');
});
