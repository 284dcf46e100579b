/**
 * Forgetting someone whose name is still written in the facilitator's own words: the dialog lists
 * each place (notes, a set-aside reason, a note on the day, the write-up), each with its own "Replace with “a
 * participant”", by keyboard alone; what is replaced is saved at once and the old words leave the
 * database file when the person is forgotten.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, type KindredApp } from '../fixtures/app';

function dispatch<T>(app: KindredApp, method: string, input: unknown): T {
  const res = app.bridge.kindred.dispatch(method, input);
  if (!res.ok) throw new Error(res.error.message);
  return res.value as T;
}

async function fileHolds(app: KindredApp, text: string): Promise<boolean> {
  for (const file of ['kindred.db', 'kindred.db-wal']) {
    const bytes = await readFile(join(app.dataDir, file)).catch(() => Buffer.alloc(0));
    if (bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'))) return true;
  }
  return false;
}

const personCard = (page: Page, name: string) =>
  page.locator('.person-card').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

test('forgetting someone named in notes: each place listed, replaced by keyboard, and gone from the file', async ({ page, app }) => {
  test.slow();
  const name = 'Zephyrine Quillfeather';
  const planId = dispatch<{ id: string }>(app, 'createPlan', { details: { title: 'Carers’ voices', startTime: '10:00' } }).id;
  const zeph = dispatch<{ id: string }>(app, 'addPerson', { planId, person: { name, knownAs: 'Zeph', role: 'carer' } });
  dispatch(app, 'addPerson', { planId, person: { name: 'Amara', role: 'public_contributor' } });
  const block = dispatch<{ id: string }>(app, 'addBlock', {
    planId,
    block: { kind: 'welcome', title: 'Welcome', durationMinutes: 20, facilitatorNotes: 'ZEPH likes to open; seat her by the door.' },
  });
  dispatch(app, 'setAsideFinding', { planId, findingId: `block-long:${block.id}`, reason: 'Zeph asked for a slow start' });
  dispatch(app, 'updateDebrief', { planId, patch: { reflections: 'Thanks to zephyrine quillfeather for the idea. Zephyrines elsewhere stay.' } });
  // A note written while the day ran is kept beside the plan, and is listed like any other place.
  dispatch(app, 'runDay', { planId, step: 'start_day', at: Date.UTC(2027, 3, 1, 10, 0) });
  dispatch(app, 'setRunNote', { planId, blockId: block.id, heard: 'Zeph wants the blinds down', willDo: '' });

  await page.goto(`${app.url}/#/plan/${planId}/people`);
  await personCard(page, name).getByRole('button', { name, exact: true }).click();
  await personCard(page, name)
    .getByRole('button', { name: `Forget ${name}…` })
    .click();
  const confirm = page.getByRole('alertdialog', { name: `Forget ${name}?` });
  const places = confirm.getByRole('region', { name: `${name}’s name in your own words` });
  const items = places.getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(places).toContainText('Still written in 4 places.');
  await expect(items.nth(0)).toContainText('Agenda, “Welcome”: notes for facilitators');
  await expect(items.nth(0).locator('mark')).toHaveText('ZEPH');
  await expect(items.nth(1)).toContainText('Why a review suggestion was set aside');
  await expect(items.nth(2)).toContainText('Notes on the day: “Welcome”, what we heard');
  await expect(items.nth(2).locator('mark')).toHaveText('Zeph');
  await expect(items.nth(3)).toContainText('What happened: Reflections');
  await expect(confirm.getByRole('button', { name: `Keep ${name}` })).toBeFocused();
  await expectNoAxeViolations(page, 'forget this person, with their name still in notes');
  await confirm.screenshot({ path: test.info().outputPath('forget-with-name-in-notes.png') });

  // From here on, the keyboard alone: Enter or Space on a place replaces the name there.
  const replaceButtons = places.getByRole('button', { name: 'Replace with “a participant”' });
  await replaceButtons.first().focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(3);
  await expect(places.getByRole('status')).toHaveText('Done: “a participant” is now written in Agenda, “Welcome”: notes for facilitators.');
  // Focus moves on to the next place, which is now first.
  await expect(replaceButtons.first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(items).toHaveCount(2);
  await expect(replaceButtons.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(1);
  await expect(places.getByRole('status')).toHaveText('Done: “a participant” is now written in Notes on the day: “Welcome”, what we heard.');
  await expect(replaceButtons.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(0);
  await expect(places).toContainText('None of your notes, reasons or write-up name them now.');
  await expect(places.getByRole('heading')).toBeFocused();
  await expectNoAxeViolations(page, 'forget this person, every place replaced');

  const plan = dispatch<{ blocks: { facilitatorNotes: string }[]; setAsides: { reason: string }[]; debrief: { reflections: string } }>(
    app,
    'getPlan',
    {
      planId,
    },
  );
  expect(plan.blocks[0]!.facilitatorNotes).toBe('A participant likes to open; seat her by the door.');
  expect(plan.setAsides[0]!.reason).toBe('A participant asked for a slow start');
  expect(plan.debrief.reflections).toBe('Thanks to a participant for the idea. Zephyrines elsewhere stay.');
  expect(dispatch<{ heard: string }[]>(app, 'getNotesOnTheDay', { planId }).map((n) => n.heard)).toEqual(['A participant wants the blinds down']);

  await confirm.getByRole('button', { name: `Forget ${name}` }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect(dispatch<{ people: { id: string }[] }>(app, 'getPlan', { planId }).people.map((p) => p.id)).not.toContain(zeph.id);
  for (const text of [name, 'ZEPH likes', 'Zeph asked', 'zephyrine quillfeather', 'Zeph wants']) expect(await fileHolds(app, text), text).toBe(false);
});

test('deleting personal data and exporting without it list where names are still written, and replace them', async ({ page, app }) => {
  test.slow();
  const planId = dispatch<{ id: string }>(app, 'createPlan', { details: { title: 'Carers’ voices', startTime: '10:00' } }).id;
  dispatch(app, 'addPerson', { planId, person: { name: 'Amara Okafor', role: 'public_contributor' } });
  dispatch(app, 'addPerson', { planId, person: { name: 'Sam Reid', knownAs: 'Sammy', role: 'carer' } });
  const changeId = crypto.randomUUID();
  dispatch(app, 'setChanges', { planId, changes: [{ id: changeId, youSaid: 'Sammy asked for a quiet room', weDid: 'We booked one' }] });
  dispatch(app, 'updateDebrief', { planId, patch: { reflections: 'amara okafor chaired well.' } });
  const talk = dispatch<{ id: string }>(app, 'addBlock', { planId, block: { kind: 'discussion', title: 'Talk', durationMinutes: 30 } });
  dispatch(app, 'runDay', { planId, step: 'start_day', at: Date.UTC(2027, 3, 1, 10, 0) });
  dispatch(app, 'setRunNote', { planId, blockId: talk.id, heard: 'Sam Reid wants a later start', willDo: 'Ask about 11' });
  dispatch(app, 'updatePlan', { planId, patch: { status: 'delivered' } });

  // Exporting without personal data: the same list, in the export dialog (without the notes on the day, which a plan file does not carry).
  await page.goto(`${app.url}/#/plan/${planId}/details`);
  await page.getByRole('button', { name: 'Export plan file…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export a plan file' });
  const inExport = exporting.getByRole('region', { name: 'People’s names in your own words' });
  await expect(inExport.getByRole('listitem')).toHaveCount(2);
  await expect(inExport).toContainText('Still written in 2 places.');
  await expectNoAxeViolations(page, 'export a plan file, names still in notes');
  await exporting.getByText('Include people’s names, contact details and access needs').click();
  await expect(inExport).toHaveCount(0); // Names go with the file then: nothing to replace.
  await page.keyboard.press('Escape');

  await page.goto(`${app.url}/#/plan/${planId}/after`);
  await page.getByRole('region', { name: 'Personal data', exact: true }).getByRole('button', { name: 'Delete personal data…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete personal data from “Carers’ voices”?' });
  const places = dialog.getByRole('region', { name: 'People’s names in your own words' });
  const items = places.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('You said, we did, line 1: “You said”');
  await expect(items.nth(1)).toContainText('Notes on the day: “Talk”, what we heard');
  await expect(items.nth(2)).toContainText('What happened: Reflections');
  await expect(dialog).toContainText('What happened, your notes on the day, and “You said, we did”');
  await expectNoAxeViolations(page, 'delete personal data, names still in notes');
  await dialog.screenshot({ path: test.info().outputPath('clear-with-names-in-notes.png') });
  await items.nth(1).getByRole('button', { name: 'Replace with “a participant”' }).click();
  await expect(items).toHaveCount(2);
  await expect(items.nth(1).getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(1);
  await expect(items.first().getByRole('button')).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete personal data' }).click();
  await expect(dialog).toHaveCount(0);
  // The After tab's draft from that note reads it again, so adding it cannot bring the name back.
  await expect(page.locator('.note-draft')).toContainText('A participant wants a later start');
  await expect(page.locator('.note-draft')).not.toContainText('Sam Reid');

  const plan = dispatch<{ debrief: { reflections: string }; changes: { youSaid: string }[] }>(app, 'getPlan', { planId });
  expect(plan.debrief.reflections).toBe('A participant chaired well.');
  // Left as written where the facilitator chose to leave it.
  expect(plan.changes[0]!.youSaid).toBe('Sammy asked for a quiet room');
});
