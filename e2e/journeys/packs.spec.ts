/**
 * Packs: choose a pack and its format, see its words change in the preview, export it (a download
 * in browser mode), and make one pack for each person as a zip, with progress and Cancel.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { checkDocx } from '../../main/testing/docxRules';
import { expect, expectNoAxeViolations, test } from '../fixtures/app';
import type { Page } from '@playwright/test';

async function openSamplePacks(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('link', { name: 'Packs' }).click();
  await expect(page.getByRole('heading', { name: 'Packs', level: 2 })).toBeVisible();
  const planId = /#\/plan\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!planId) throw new Error(`No plan in ${page.url()}`);
  return planId;
}

const preview = (page: Page) => page.getByTestId('pack-preview');

test('preview a pack as the format changes, and export a large print participant pack', async ({ page }) => {
  test.slow();
  await openSamplePacks(page);
  const packChoice = page.getByRole('radiogroup', { name: 'Pack' });
  const formatChoice = page.getByRole('radiogroup', { name: 'Format' });
  await expect(packChoice.getByRole('radio', { name: /Participant pack/ })).toBeChecked();
  await expect(formatChoice.getByRole('radio', { name: 'Standard clear print' })).toBeChecked();

  // The preview is the pack's structure: its sections are real headings under the screen's h2.
  await expect(preview(page)).toHaveAttribute('data-format', 'standard');
  const region = page.getByRole('region', { name: 'Preview: Participant pack, Standard clear print' });
  await expect(region.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(region.locator('table caption').first()).toBeVisible();
  await expect(region.locator('.pack-idea')).toHaveCount(0);
  await expectNoAxeViolations(page, 'packs, participant standard');

  const standardPages = Number(/About (\d+) pages on A4/.exec((await region.locator('.packs-preview-pages').textContent()) ?? '')?.[1]);
  expect(standardPages).toBeGreaterThan(1);

  // Easy Read: each idea with the picture the Word file holds beside it, described by its alt text.
  await formatChoice.getByText('Easy Read', { exact: true }).click();
  // "Updating the preview…" may show only for a moment (or not at all on a quick machine), so only
  // its going away is checked.
  await expect(preview(page)).toHaveAttribute('data-format', 'easy_read');
  await expect(page.getByText('Updating the preview…')).toHaveCount(0);
  const easyRead = page.getByRole('region', { name: 'Preview: Participant pack, Easy Read' });
  await expect(easyRead.locator('.pack-idea').first()).toBeVisible();
  const pictures = easyRead.locator('.pack-idea img');
  await expect(pictures).toHaveCount(await easyRead.locator('.pack-idea').count());
  await expect(pictures.first()).toHaveAttribute('alt', /\w/);
  await expect(pictures.first()).toHaveAttribute('src', /^data:image\/png;base64,/);
  // Really drawn, not a broken image.
  expect(await pictures.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(easyRead.locator('.pack-idea-missing')).toHaveCount(0);
  // Easy Read takes more pages than clear print.
  await expect(easyRead.locator('.packs-preview-pages')).not.toHaveText(`About ${standardPages} pages on A4, the cover included.`);
  await expectNoAxeViolations(page, 'packs, Easy Read preview');

  // The facilitator pack has no "for" choice and no per-person packs.
  await packChoice.getByText('Facilitator pack', { exact: true }).click();
  await expect(page.getByRole('region', { name: 'Preview: Facilitator pack, Easy Read' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make a pack for each person…' })).toHaveCount(0);
  await packChoice.getByText('Participant pack', { exact: true }).click();

  // Export in large print: a real .docx, downloaded, meeting the large print rules.
  await formatChoice.getByText('Large print', { exact: true }).click();
  await expect(preview(page)).toHaveAttribute('data-format', 'large_print');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export pack/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/participant pack – large print\.docx$/);
  const bytes = new Uint8Array(await readFile(await download.path()));
  expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  expect(checkDocx(bytes, 'large_print').problems).toEqual([]);
  await expect(page.getByText(`Saved “${download.suggestedFilename()}” to your downloads.`)).toBeVisible();
  await expect(page.getByTestId('announcer')).toHaveText(`Saved “${download.suggestedFilename()}”.`);
});

test('save a pack as a PDF: in browser mode, the printable page, which prints to a tagged PDF', async ({ page, browser }) => {
  await openSamplePacks(page);
  await page.getByRole('button', { name: 'Everyone For' }).click();
  await page.getByRole('option', { name: 'Amara' }).click();
  await expect(preview(page)).toHaveAttribute('data-format', 'large_print');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PDF (to print)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/participant pack – large print – Amara\.html$/);
  await expect(
    page.getByText(`Saved “${download.suggestedFilename()}” to your downloads. Open it in your browser and choose Print, then Save as PDF.`, {
      exact: false,
    }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'packs, saved for printing');

  // The page stands on its own: it asks for nothing, and is what the desktop app prints.
  const html = await readFile(await download.path(), 'utf8');
  const context = await browser.newContext();
  const printing = await context.newPage();
  const asked: string[] = [];
  printing.on('request', (r) => {
    if (!r.url().startsWith('data:')) asked.push(r.url());
  });
  await printing.setContent(html);
  await expect(printing).toHaveTitle(/^Shaping our next study/);
  await expect(printing.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(printing.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(printing.locator('main')).toContainText('Dear Amara');
  await expectNoAxeViolations(printing, 'the printable pack');
  const pdf = Buffer.from(await printing.pdf({ tagged: true, outline: true, printBackground: true, preferCSSPageSize: true }));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toContain('/StructTreeRoot');
  expect(asked).toEqual([]);
  await context.close();
});

test('a pack for one person starts with their name and uses their format', async ({ page }) => {
  await openSamplePacks(page);
  await page.getByRole('button', { name: 'Everyone For' }).click();
  await page.getByRole('option', { name: 'Amara' }).click();
  await expect(page.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name: 'Large print' })).toBeChecked();
  await expect(preview(page)).toHaveAttribute('data-format', 'large_print');
  await expect(preview(page)).toContainText('Dear Amara');
});

test('one pack per person: progress, cancel, then a zip with everyone’s pack', async ({ page, app }) => {
  test.slow();
  const planId = await openSamplePacks(page);
  // A facilitator (who gets the facilitator pack instead) and more people, so there is time to cancel.
  const add = (person: Record<string, unknown>) => {
    const res = app.bridge.kindred.dispatch('addPerson', { planId, person });
    if (!res.ok) throw new Error(res.error.message);
  };
  add({ name: 'Jo Facilitator', role: 'facilitator' });
  for (const name of ['Bea', 'Chidi', 'Dev', 'Esi', 'Femi', 'Gwen', 'Hana', 'Ivo'])
    add({ name, role: 'public_contributor', packFormat: 'easy_read' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Packs', level: 2 })).toBeVisible();
  const stored = app.bridge.kindred.dispatch('getPlan', { planId });
  if (!stored.ok) throw new Error(stored.error.message);
  const people = (stored.value as { people: { name: string; role: string }[] }).people;
  const participants = people.filter((p) => p.role !== 'facilitator');

  await page.getByRole('button', { name: 'Make a pack for each person…' }).click();
  const dialog = page.getByRole('dialog', { name: 'A pack for each person' });
  const list = dialog.getByRole('list', { name: 'Who gets a pack' });
  await expect(list.getByRole('listitem')).toHaveCount(participants.length);
  await expect(list).not.toContainText('Jo Facilitator');
  await expect(list.getByRole('listitem').filter({ hasText: 'Amara' })).toContainText('Large print');
  await expect(dialog).toContainText('A participant pack never includes anyone else’s access needs, contact details or payment.');
  await expectNoAxeViolations(page, 'packs, one per person');

  // Cancel part way: nothing is downloaded. (Packs are quick to make: slow them down to have time to cancel.)
  // Counted too: the packs are asked for several at once (for the worker threads), and Cancel stops
  // asking for more.
  let asked = 0;
  let inFlight = 0;
  let mostAtOnce = 0;
  await page.route('**/api/packFile', async (route) => {
    asked++;
    mostAtOnce = Math.max(mostAtOnce, ++inFlight);
    await new Promise((r) => setTimeout(r, 300));
    await route.continue();
    inFlight--;
  });
  let downloads = 0;
  page.on('download', () => downloads++);
  await dialog.getByRole('button', { name: 'Make packs and download them' }).click();
  const progress = dialog.getByRole('progressbar');
  await expect(progress).toBeVisible();
  await expect(dialog.getByText(new RegExp(`^Making pack \\d+ of ${participants.length}: `))).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByText('Stopped. No packs were saved.')).toBeVisible();
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
  expect(mostAtOnce).toBeGreaterThan(1);
  const askedWhenStopped = asked;
  expect(askedWhenStopped).toBeLessThan(participants.length);
  await page.waitForTimeout(700);
  expect(asked).toBe(askedWhenStopped);

  // And all the way: one zip, one pack per person.
  await page.unroute('**/api/packFile');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Make packs and download them' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/participant packs\.zip$/);
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
  const names = Object.keys(zip);
  expect(names).toHaveLength(participants.length);
  for (const p of participants) expect(names.some((n) => n.endsWith(`– ${p.name}.docx`))).toBe(true);
  for (const bytes of Object.values(zip)) expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  await expect(dialog.getByText(`${participants.length} packs saved in “${download.suggestedFilename()}”, in your downloads.`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
});

for (const scheme of ['light', 'high contrast'] as const) {
  test(`packs at 200% zoom, ${scheme}`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 640, height: 800 });
    if (scheme === 'high contrast') {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).locator('label', { hasText: 'High contrast' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Done' }).click();
    }
    await openSamplePacks(page);
    await page.getByRole('radiogroup', { name: 'Format' }).getByText('Easy Read', { exact: true }).click();
    await expect(preview(page)).toHaveAttribute('data-format', 'easy_read');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `packs at 200% zoom, ${scheme}`);
    await page.getByRole('button', { name: 'Make a pack for each person…' }).click();
    await expect(page.getByRole('dialog', { name: 'A pack for each person' })).toBeVisible();
    await expectNoAxeViolations(page, `one pack per person at 200% zoom, ${scheme}`);
  });
}
