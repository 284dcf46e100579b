/**
 * Bad input gets a clear, kind message next to the field; nothing is half-saved; the app keeps
 * running. The same holds for wrong types sent straight at the bridge.
 */
import { expect, test } from '../fixtures/app';
import { clearField, dateTimeField, expectShows } from '../support/dateTimeFields';
import type { KindredApp } from '../fixtures/app';

function createPlanWithBlock(app: KindredApp) {
  const d = app.bridge.kindred.dispatch;
  const plan = d('createPlan', { details: { title: 'Careful plan', startTime: '10:00' } });
  if (!plan.ok) throw new Error(plan.error.message);
  const id = (plan.value as { id: string }).id;
  const block = d('addBlock', { planId: id, block: { kind: 'discussion', title: 'Talking together', durationMinutes: 30 } });
  if (!block.ok) throw new Error(block.error.message);
  return id;
}

function stored(app: KindredApp, id: string) {
  const res = app.bridge.kindred.dispatch('getPlan', { planId: id });
  if (!res.ok) throw new Error(res.error.message);
  return res.value as { title: string; startTime: string; blocks: { durationMinutes: number; description: string }[] };
}

test('durations that are not whole minutes between 1 and 24 hours are explained, not saved', async ({ page, app }) => {
  const id = createPlanWithBlock(app);
  await page.goto(`${app.url}/#/plan/${id}/agenda`);
  const minutes = page.getByLabel('Length in minutes for “Talking together”');
  const cases: [string, string][] = [
    ['-5', 'A block needs a length between 1 minute and 24 hours.'],
    ['0', 'A block needs a length between 1 minute and 24 hours.'],
    ['1.5', 'Use whole minutes, like 15 or 90.'],
    ['1441', 'A block needs a length between 1 minute and 24 hours.'],
    ['99999999', 'A block needs a length between 1 minute and 24 hours.'],
    ['lots', 'A block needs a length between 1 minute and 24 hours.'],
  ];
  for (const [typed, message] of cases) {
    await minutes.fill(typed);
    await expect(page.getByText(message)).toBeVisible();
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    // The clock still shows the last good length.
    await expect(page.getByTestId('block-end')).toHaveText('10:30');
  }
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect(stored(app, id).blocks[0]!.durationMinutes).toBe(30);

  await minutes.fill('45');
  await expect(minutes).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('block-end')).toHaveText('10:45');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect(stored(app, id).blocks[0]!.durationMinutes).toBe(45);
});

test('an empty name, a start time that is not a time, and a 100,000-character description', async ({ page, app }) => {
  const id = createPlanWithBlock(app);
  await page.goto(`${app.url}/#/plan/${id}`);

  await page.getByLabel('Plan name').fill('');
  await expect(page.getByText('Give the plan a name so you can find it later.')).toBeVisible();
  await expect(page.getByLabel('Plan name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Plan name')).toHaveAccessibleDescription(/Give the plan a name so you can find it later\./);
  // Letters cannot go into a time at all; emptying it is explained, and the old time is kept.
  const start = dateTimeField(page, 'Start time');
  await start.locator('[data-type="hour"]').click();
  await page.keyboard.type('half past nine');
  await expectShows(start, '10:00');
  await clearField(start);
  await expect(page.getByText('The day needs a start time, like 10:00.')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect(stored(app, id)).toMatchObject({ title: 'Careful plan', startTime: '10:00' });

  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Talking together', exact: true }).click();
  const description = page.getByLabel('What participants will read');
  await description.fill('x'.repeat(100_000));
  await expect(page.getByText('The description can be up to 10,000 characters; it has 100,000.')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect(stored(app, id).blocks[0]!.description).toBe('');

  // Still running and still saving good edits.
  await description.fill('A short, clear description.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect(stored(app, id).blocks[0]!.description).toBe('A short, clear description.');
});

test('wrong types sent through the bridge get a clear error and change nothing', async ({ page, app }) => {
  const id = createPlanWithBlock(app);
  const before = JSON.stringify(stored(app, id));
  const post = (method: string, input: unknown) =>
    page.request.post(`${app.url}/api/${method}`, { data: { input }, headers: { 'Content-Type': 'application/json' } });

  const attempts: [string, unknown][] = [
    ['updatePlan', { planId: id, patch: { title: 42 } }],
    ['updatePlan', { planId: id, patch: { startTime: '25:99' } }],
    ['updatePlan', { planId: id, patch: { title: '' } }],
    ['updateBlock', { planId: id, blockId: 'not-an-id', patch: { durationMinutes: 10 } }],
    ['addBlock', { planId: id, block: { kind: 'discussion', durationMinutes: '30' } }],
    ['addBlock', { planId: id, block: { kind: 'party' } }],
    ['setAgenda', { planId: id, blocks: 'everything' }],
    ['createPlan', [1, 2, 3]],
    ['getPlan', null],
  ];
  for (const [method, input] of attempts) {
    const res = await post(method, input);
    const body = (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
    expect(body.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
    expect(body.error?.code).toBe('invalid');
    expect(body.error?.message.length).toBeGreaterThan(10);
    expect(body.error?.message).not.toMatch(/zod|expected|undefined|\[object/i);
  }
  expect(JSON.stringify(stored(app, id))).toBe(before);
  const list = await post('listPlans', {});
  expect(((await list.json()) as { ok: boolean }).ok).toBe(true);
});
