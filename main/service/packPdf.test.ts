/**
 * The printable pack as Chromium prints it (Playwright's page.pdf, as Electron's printToPDF does
 * in the app), checked with poppler's pdfinfo and pdffonts: tagged, with an outline, every font
 * embedded, and about as many pages as the preview says. CI has Chromium and poppler-utils; a
 * machine without them skips these tests, and CI fails rather than skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../testing/chromium';
import { PACK_FORMATS } from '../domain/access';
import { allBlocks, samplePackPlan } from '../testing/packContent';
import { facilitatorPack } from '../domain/pack/facilitator';
import { packHtmlDocument } from '../domain/pack/html';
import type { PackDocument } from '../domain/pack/model';
import { estimatePages } from '../domain/pack/pageEstimate';
import { participantPack } from '../domain/pack/participant';
import { createPackAssets } from './packAssets';
import { createPackPrintAssets } from './packPrint';

const hasTool = (tool: string) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const ready = existsSync(chromiumLaunchOptions.executablePath!) && hasTool('pdfinfo') && hasTool('pdffonts');
if (!ready && process.env.CI) throw new Error('CI needs Chromium and poppler-utils (pdfinfo, pdffonts) for the PDF tests.');

describe.skipIf(!ready)('packs printed to PDF by Chromium', () => {
  let browser: Browser;
  let dir: string;
  const print = createPackPrintAssets(createPackAssets());

  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions);
    dir = mkdtempSync(join(tmpdir(), 'kindred-pdf-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function printed(doc: PackDocument, name: string) {
    const page = await browser.newPage();
    // No request may leave the page: everything it shows is inside it.
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:')) requests.push(r.url());
    });
    await page.setContent(packHtmlDocument(doc, { pictures: print.pictureUri, fonts: print.fonts() }));
    const pdf = await page.pdf({ tagged: true, outline: true, printBackground: true, preferCSSPageSize: true });
    await page.close();
    const path = join(dir, `${name}.pdf`);
    writeFileSync(path, pdf);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    const outlined = Buffer.from(pdf).toString('latin1').includes('/Outlines');
    return { info, fonts, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), requests, path, outlined };
  }

  const plan = samplePackPlan();
  const reader = plan.people.find((p) => p.role !== 'facilitator')!;
  const packs: [string, PackDocument][] = PACK_FORMATS.flatMap((format) => [
    [`participant ${format}`, participantPack(plan, format, { person: reader })] as [string, PackDocument],
    [`facilitator ${format}`, facilitatorPack(plan, format, { today: '2027-03-01' })] as [string, PackDocument],
  ]);

  it.each(packs)('the %s pack is a tagged PDF with its fonts embedded, a title and an outline', async (name, doc) => {
    const pdf = await printed(doc, name.replace(' ', '-'));
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.info).toMatch(new RegExp(`^Title:\\s+${doc.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(pdf.info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)$/m);
    expect(pdf.fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object ID; "emb" is the fourth from the end.
    for (const line of pdf.fonts) expect(line.trim().split(/\s+/).at(-4), line).toBe('yes');
    expect(pdf.fonts.join('\n')).toContain('AtkinsonHyperlegibleNext-Regular');
    expect(pdf.outlined).toBe(true);
    expect(pdf.requests).toEqual([]);
    // The preview's estimate is close to the real count: within two pages, or a fifth for long packs.
    expect(pdf.pages).toBeGreaterThan(1);
    expect(Math.abs(estimatePages(doc) - pdf.pages)).toBeLessThanOrEqual(Math.max(2, Math.round(pdf.pages / 5)));
  });

  it('keeps the Easy Read pack within 24 pages, with a picture for every idea', async () => {
    const doc = participantPack(plan, 'easy_read', { person: reader });
    const pdf = await printed(doc, 'easy-read-images');
    expect(pdf.pages).toBeLessThanOrEqual(24);
    // One image (and its transparency mask) drawn for each idea on the pages.
    const ideas = allBlocks(doc).filter((b) => b.type === 'idea').length;
    const images = execFileSync('pdfimages', ['-list', pdf.path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(ideas).toBeGreaterThan(5);
    expect(images.filter((l) => / image /.test(l))).toHaveLength(ideas);
  });
});
