/**
 * Projects: start a project, add members from People, run three sessions in it (the second made
 * here, starting with the members invited and the last agreement brought forward), keep the impact
 * log (each session's "you said, we did" rolled up, and an entry made between sessions), and make
 * the impact report: a real Word file meeting its format's rules, with the GRIPP2 headings and what
 * changed. Axe on every screen; screenshots for looking at.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';
import { dateTimeField, typeDate } from '../support/dateTimeFields';
import { checkDocx } from '../../main/testing/docxRules';

function call<T>(app: KindredApp, method: string, input: unknown): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

test('a project with three sessions, its impact log and its impact report', async ({ page, app }) => {
  test.slow();
  call(app, 'createDirectoryPerson', { person: { name: 'Amara Okafor', roles: ['carer'] } });
  call(app, 'createDirectoryPerson', { person: { name: 'Sam Lee', roles: ['public_contributor'] } });

  // The Projects screen, beside Plans and People.
  await page.goto(`${app.url}/#/`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeFocused();
  await expect(page.getByText('No projects yet.')).toBeVisible();
  await expectNoAxeViolations(page, 'projects screen, empty');

  await page.getByRole('button', { name: 'New project' }).click();
  const create = page.getByRole('dialog', { name: 'New project' });
  await create.getByRole('button', { name: 'Start the project' }).click();
  await expect(create.getByText('Give the project a name so you can find it later.')).toBeVisible();
  await create.getByLabel('Name').fill('Carers’ advisory panel');
  await create.getByLabel('Aims').fill('Carers shape how the memory study runs, from the questions to the leaflets.');
  await create.getByRole('button', { name: 'Start the project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Carers’ advisory panel' })).toBeFocused();
  const projectId = /#\/projects\/([0-9a-f-]{36})/.exec(page.url())![1]!;

  // Members from People.
  for (const [typed, name] of [
    ['amara', 'Amara Okafor'],
    ['sam', 'Sam Lee'],
  ] as const) {
    const picker = page.getByRole('combobox', { name: 'Someone you already know' });
    await picker.click();
    await picker.pressSequentially(typed);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    await expect(page.locator('#main').getByText(`${name} is now a member.`)).toBeVisible();
  }
  const members = page.getByRole('region', { name: 'Members' });
  await expect(members.getByRole('listitem')).toHaveCount(2);

  // The first session, as it was run: its agreement, a word it explained, and what changed.
  const first = call<{ id: string; people: { id: string }[] }>(app, 'createProjectPlan', {
    projectId,
    details: {
      title: 'Panel meeting, March',
      date: '2025-03-10',
      whatCouldChange: 'When the study visits happen',
      followUpBy: '2025-03-31',
      followUpFormat: 'email',
    },
    bringAgreement: false,
    bringGlossary: false,
  });
  call(app, 'addBlock', { planId: first.id, block: { kind: 'ground_rules', title: 'Our agreement', description: 'We listen to each other.' } });
  call(app, 'addBlock', {
    planId: first.id,
    block: { kind: 'presentation', title: 'Where the cohort study is', description: 'A short update on the cohort.' },
  });
  call(app, 'setChanges', {
    planId: first.id,
    changes: [{ id: 'c0000000-0000-4000-8000-000000000001', youSaid: 'Visits clash with school pick-up', weDid: 'Visits now start at 10:00' }],
  });
  const rate = { name: 'Involvement rate', amountPence: 2500, unit: 'hour', source: 'Our involvement policy', asOf: '2025-01-06' };
  for (const person of first.people) {
    call(app, 'updatePerson', {
      planId: first.id,
      personId: person.id,
      patch: {
        payment: {
          status: 'agreed',
          prepHours: 1,
          sessionHours: 2,
          followUpHours: 0,
          rate,
          method: 'bank_transfer',
          expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus', amountPence: 640 }],
          benefitsAdviceOffered: true,
          notes: '',
        },
      },
    });
  }
  call(app, 'updatePlan', { planId: first.id, patch: { status: 'delivered' } });
  await page.reload();

  // The second session, made here: members invited, the last agreement brought forward.
  await page.getByRole('button', { name: 'New session' }).click();
  const session = page.getByRole('dialog', { name: 'New session' });
  await expect(session.getByText('All 2 members are invited')).toBeVisible();
  await session.getByLabel('Name').fill('Panel meeting, April');
  await typeDate(dateTimeField(session, 'Date'), '2025-04-14');
  await expect(session.getByRole('checkbox', { name: /Start from its agreement \(Our agreement\)/ })).toBeChecked();
  await expectNoAxeViolations(page, 'new session dialog');
  await page.screenshot({ path: test.info().outputPath('new-session.png') });
  await session.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Panel meeting, April');
  const secondId = /#\/plan\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const second = call<{ people: { name: string }[]; blocks: { title: string }[] }>(app, 'getPlan', { planId: secondId });
  expect(second.people.map((p) => p.name)).toEqual(['Amara Okafor', 'Sam Lee']);
  expect(second.blocks.map((b) => b.title)).toContain('Our agreement');
  // On the plan, its project is shown and can be changed.
  await expect(page.getByRole('button', { name: /A session of/ })).toContainText('Carers’ advisory panel');
  await expectNoAxeViolations(page, 'plan details with its project');

  // The third session, from "Start a new plan", chosen as part of the project.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click();
  await page.getByRole('button', { name: 'New plan', exact: true }).click();
  const start = page.getByRole('dialog', { name: 'Start a new plan' });
  await start.getByLabel('What shall we call it?').fill('Panel meeting, May');
  await start.getByRole('button', { name: /Part of a project/ }).click();
  await page.getByRole('option', { name: 'Carers’ advisory panel' }).click();
  await expect(start.getByText('Its 2 members are invited')).toBeVisible();
  await expect(start.getByRole('checkbox', { name: 'Start from the last session’s agreement and words' })).toBeChecked();
  await expectNoAxeViolations(page, 'new plan in a project');
  await start.getByRole('button', { name: 'Create plan', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveValue('Panel meeting, May');
  const thirdId = /#\/plan\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  call(app, 'updatePlan', { planId: thirdId, patch: { date: '2025-05-12' } });
  const third = call<{ people: unknown[]; blocks: { title: string }[] }>(app, 'getPlan', { planId: thirdId });
  expect(third.people).toHaveLength(2);
  expect(third.blocks.map((b) => b.title)).toContain('Our agreement');

  await page.goto(`${app.url}/#/projects/${projectId}`);
  const sessions = page.getByRole('region', { name: 'Sessions' });
  await expect(sessions.getByRole('listitem')).toHaveCount(3);
  await expect(sessions.getByRole('link')).toHaveText(['Panel meeting, March', 'Panel meeting, April', 'Panel meeting, May']);

  // The impact log: the first session's line, read-only with a link to its plan, and an entry made here.
  const log = page.getByRole('region', { name: 'Impact log' });
  await expect(log).toContainText('Visits clash with school pick-up');
  await expect(log.getByRole('link', { name: 'Panel meeting, March' })).toBeVisible();
  await log.getByRole('button', { name: 'Add an entry' }).click();
  const entry = page.getByRole('dialog', { name: 'Add to the impact log' });
  await typeDate(dateTimeField(entry, 'When'), '2025-03-20');
  await entry.getByLabel('What was asked').fill('Is the visit leaflet clear?');
  await entry.getByLabel('What contributors said').fill('It is too long and uses “cohort”.');
  await entry.getByLabel('What changed, or why not').fill('Cut to one page in everyday words.');
  await typeDate(dateTimeField(entry, 'When people were told'), '2025-03-27');
  await entry.getByLabel('How they were told').fill('A letter to everyone');
  await expectNoAxeViolations(page, 'impact log entry');
  await entry.getByRole('button', { name: 'Add the entry' }).click();
  await expect(page.locator('#main').getByText('Added the entry to the log.')).toBeVisible();
  await expect(log.getByRole('listitem')).toHaveCount(2);
  await expect(log.getByRole('listitem').nth(1)).toContainText('Told on 27 March 2025, A letter to everyone');

  await page.getByLabel('Reflections').fill('Meeting in the evening helped working carers. We were slow to feed back after April.');
  await page.getByRole('button', { name: 'Save the project' }).click();
  await expect(page.locator('#main').getByText('Saved the project.')).toBeVisible();
  await expectNoAxeViolations(page, 'project page');
  await page.screenshot({ path: test.info().outputPath('project-page.png'), fullPage: true });
  // At 200% zoom (half the width), nothing is cut off and the log's labels sit above their words.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: Math.round(size.width / 2), height: size.height });
  await expect(log.getByRole('listitem').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('project-page-narrow.png'), fullPage: true });
  await page.setViewportSize(size);

  // The impact report, in large print: a real Word file meeting the large print rules.
  await page.getByRole('button', { name: /Format/ }).click();
  await page.getByRole('option', { name: 'Large print' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make the impact report' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Carers’ advisory panel – impact report (large print).docx');
  const bytes = new Uint8Array(await readFile(await download.path()));
  expect(checkDocx(bytes, 'large_print').problems).toEqual([]);
  const body = strFromU8(unzipSync(bytes)['word/document.xml']!);
  for (const words of [
    'Aim',
    'Methods',
    'Economic assessment',
    'Results: what changed because of contributors',
    'What we fed back, and when',
    'Reflections and critical perspective',
    'Visits now start at 10:00',
    'Cut to one page in everyday words.',
  ]) {
    expect(body.includes(words), words).toBe(true);
  }
  // Nobody is named in it.
  expect(body.includes('£150'), 'fees for 2 people, 3 hours at £25').toBe(true);
  expect(body.includes('Amara'), 'nobody named').toBe(false);

  // The list shows the project with its members and sessions.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
  await expect(page.getByRole('list', { name: 'Projects' })).toContainText('2 members · 3 sessions · latest 12 May 2025');
  await expectNoAxeViolations(page, 'projects screen');
  await page.screenshot({ path: test.info().outputPath('projects.png'), fullPage: true });

  // Deleting the project asks first, and keeps its sessions as plans.
  await page.getByRole('link', { name: 'Carers’ advisory panel' }).click();
  await page.getByRole('button', { name: 'Delete this project…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Carers’ advisory panel”?' });
  await expect(confirm).toContainText('Its sessions stay in your plans');
  await expectNoAxeViolations(page, 'delete a project');
  await confirm.getByRole('button', { name: 'Delete the project' }).click();
  await expect(page.getByText('No projects yet.')).toBeVisible();
  const titles = call<{ title: string }[]>(app, 'listPlans', {}).map((p) => p.title);
  expect(titles).toEqual(expect.arrayContaining(['Panel meeting, March', 'Panel meeting, April', 'Panel meeting, May']));
});
