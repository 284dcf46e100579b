/**
 * Pack layout from the facilitator's side: the organisation's name set in Settings goes on the
 * cover, "print on cream" turns the dyslexia-friendly pack cream, and the facilitator pack comes out
 * with its run sheet on landscape pages, a tickable materials list and its private page on a page
 * of its own — each read back from the downloaded Word file.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { checkDocx } from '../../main/testing/docxRules';
import { FORMAT_SPECS } from '../../main/domain/pack/formats';
import { expect, expectNoAxeViolations, test } from '../fixtures/app';

async function exportPack(page: Page): Promise<Uint8Array> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export pack/ }).click();
  return new Uint8Array(await readFile(await (await downloading).path()));
}

test('the organisation name and cream paper from Settings reach the packs', async ({ page }) => {
  test.slow();
  // Settings, by keyboard: the organisation name and cream paper.
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const organisation = settings.getByRole('textbox', { name: 'Organisation name' });
  await organisation.focus();
  await page.keyboard.type('Leeds Health Research');
  const cream = settings.getByRole('checkbox', { name: 'Print every dyslexia-friendly pack on cream' });
  await cream.focus();
  await page.keyboard.press('Space');
  await expect(cream).toBeChecked();
  await expectNoAxeViolations(page, 'settings with pack settings');
  await settings.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Open the sample plan' }).click();
  await page.getByRole('link', { name: 'Packs' }).click();
  await expect(page.getByRole('heading', { name: 'Packs', level: 2 })).toBeVisible();
  const preview = page.getByTestId('pack-preview');
  await expect(preview.locator('.pack-organiser')).toHaveText('Leeds Health Research');

  // Dyslexia-friendly: cream, lines of 60–70 characters, the organisation under the title.
  await page.getByRole('radiogroup', { name: 'Format' }).getByText('Dyslexia-friendly', { exact: true }).click();
  await expect(preview).toHaveAttribute('data-format', 'dyslexia');
  const dyslexia = checkDocx(await exportPack(page), 'dyslexia');
  expect(dyslexia.problems).toEqual([]);
  expect(dyslexia.facts.text.split('\n')[1]).toBe('Leeds Health Research');
  expect(dyslexia.facts.background).toBe(FORMAT_SPECS.dyslexia.creamColour);
  expect(dyslexia.facts.pageRuns[0]!.lineCharacters).toBeGreaterThanOrEqual(60);
  expect(dyslexia.facts.pageRuns[0]!.lineCharacters).toBeLessThanOrEqual(70);

  // The facilitator pack: landscape run sheet, a list to tick, the private page on its own.
  await page.getByRole('radiogroup', { name: 'Format' }).getByText('Standard clear print', { exact: true }).click();
  await page.getByRole('radiogroup', { name: 'Pack' }).getByText('Facilitator pack', { exact: true }).click();
  await expect(page.getByRole('region', { name: 'Preview: Facilitator pack, Standard clear print' })).toBeVisible();
  await expect(preview.locator('.pack-checklist li').first()).toBeVisible();
  await expectNoAxeViolations(page, 'facilitator pack preview');
  const facilitator = checkDocx(await exportPack(page), 'standard');
  expect(facilitator.problems).toEqual([]);
  expect(facilitator.facts.pageRuns.some((r) => r.landscape)).toBe(true);
  expect(facilitator.facts.checklistItems.length).toBeGreaterThan(0);
  expect(facilitator.facts.newPageHeadings).toContain('Access and packs, person by person');
  expect(facilitator.facts.text).toContain('Attendee list');
});
