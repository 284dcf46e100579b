/**
 * Hostile text is shown as text on every screen: a plan titled with an HTML injection, people named
 * with markup and right-to-left overrides, blocks full of script. No dialog opens, no element is
 * injected, no script runs (the console guard would also catch a CSP refusal of one), and the words
 * appear exactly as typed. main/service/hostileText.test.ts checks the store, packs and file names.
 */
import type { Page } from '@playwright/test';
import { expect, test, type KindredApp } from '../fixtures/app';

const TITLE = '<img src=x onerror="window.__pwned=1">';
const PERSON = '<b onmouseover="window.__pwned=2">Amara</b>';
const RTL_PERSON = 'Sam \u202Egnp.exe';
const BLOCK = '<script>window.__pwned=3</script>';
const DESCRIPTION = '"><svg onload="window.__pwned=4"> {{constructor.constructor(\'window.__pwned=5\')()}}';

function seed(app: KindredApp): string {
  const call = (method: string, input: unknown) => {
    const res = app.bridge.kindred.dispatch(method, input);
    if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
    return res.value as { id: string };
  };
  const plan = call('createPlan', {
    details: { title: TITLE, purpose: DESCRIPTION, venueName: BLOCK, date: '2027-05-04', format: 'hybrid' },
  });
  const amara = call('addPerson', {
    planId: plan.id,
    person: {
      name: PERSON,
      role: 'carer',
      contact: TITLE,
      consent: { store: true, share: true, recordedOn: '2027-04-01' },
      accessNeeds: [
        {
          id: 'c0000000-0000-4000-8000-000000000001',
          type: 'other',
          detail: BLOCK,
          arrangement: { how: DESCRIPTION, owner: TITLE, dueDate: null, status: 'to_arrange', personTold: false },
        },
      ],
    },
  });
  call('addPerson', { planId: plan.id, person: { name: RTL_PERSON, role: 'public_contributor' } });
  call('addBlock', {
    planId: plan.id,
    block: {
      kind: 'decision',
      title: BLOCK,
      description: DESCRIPTION,
      leadBy: TITLE,
      leadPersonId: amara.id,
      decision: TITLE,
      deciderIds: [amara.id],
    },
  });
  return plan.id;
}

/** Nothing the hostile text asked for happened. */
async function expectNothingInjected(page: Page, where: string) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), where).toBeUndefined();
  for (const selector of ['img[src="x"]', '[onerror]', '[onload]', '[onmouseover]', 'svg[onload]', 'main script', 'b:text-is("Amara")']) {
    await expect(page.locator(selector), `${where}: ${selector}`).toHaveCount(0);
  }
}

test('markup, script and right-to-left overrides are shown as text on every screen', async ({ page, app }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const planId = seed(app);

  // Reloaded: the plan was added behind the page's back, after it had asked for the plans.
  await page.goto(`${app.url}/#/`);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Plans' }).getByText(TITLE, { exact: true })).toBeVisible();
  await expectNothingInjected(page, 'plans list');

  await page.goto(`${app.url}/#/plan/${planId}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Why are we meeting?' })).toHaveValue(DESCRIPTION);
  await expect(page.getByRole('textbox', { name: 'Venue name' })).toHaveValue(BLOCK);
  await expectNothingInjected(page, 'plan details');

  await page.goto(`${app.url}/#/plan/${planId}/agenda`);
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: BLOCK, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `Actions for “${BLOCK}”` })).toBeVisible();
  await expectNothingInjected(page, 'agenda');

  await page.goto(`${app.url}/#/plan/${planId}/people`);
  await expect(page.getByRole('heading', { level: 3, name: PERSON, exact: true })).toBeVisible();
  // The override is kept as typed, inside the text: it cannot reach outside the element it is in.
  await expect(page.getByRole('heading', { level: 3, name: RTL_PERSON, exact: true })).toBeVisible();
  await expectNothingInjected(page, 'people');

  await page.goto(`${app.url}/#/plan/${planId}/access`);
  await expect(page.getByRole('region', { name: 'Arrangements' })).toContainText(`In their words: “${BLOCK}”`);
  await expect(page.getByRole('button', { name: `Mark as arranged: Something else for ${PERSON}` })).toBeVisible();
  await expectNothingInjected(page, 'access');

  await page.goto(`${app.url}/#/plan/${planId}/review`);
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await expectNothingInjected(page, 'review');

  await page.goto(`${app.url}/#/plan/${planId}/packs`);
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toContainText(TITLE);
  await expect(preview).toContainText(BLOCK);
  await expectNothingInjected(page, 'pack preview');
  await page.getByRole('radiogroup', { name: 'Pack' }).getByText('Facilitator pack', { exact: true }).click();
  await expect(page.getByRole('region', { name: 'Preview: Facilitator pack, Standard clear print' })).toBeVisible();
  await expect(preview).toContainText(PERSON);
  await expectNothingInjected(page, 'facilitator pack preview');

  // Hovering the would-be handler's element does nothing either.
  await page.getByText(PERSON).first().hover();
  await expectNothingInjected(page, 'after hovering');
  expect(dialogs).toEqual([]);
});
