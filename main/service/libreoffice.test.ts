/**
 * Opens every pack format with LibreOffice, as the issue asks: each .docx must convert to a PDF with
 * at least one page. Runs when `soffice` is installed; in CI (process.env.CI set) it must be, and
 * the test fails without it (.ci/run installs libreoffice-writer-nogui and poppler-utils).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_FORMATS } from '../domain/access';
import { createPackAssets } from './packAssets';
import type { Plan } from '../domain/plan';
import { samplePackPlan } from '../testing/packContent';
import { facilitatorPack } from '../domain/pack/facilitator';
import { participantPack } from '../domain/pack/participant';
import { renderPack } from '../domain/pack/render';
import { testAssets, testDocument } from '../testing/testDocument';

const run = promisify(execFile);

function onPath(program: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, program);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

const soffice = process.env.SOFFICE_PATH || onPath('soffice');
const pdfinfo = onPath('pdfinfo');
const required = Boolean(process.env.CI);

/** Pages in a PDF, from pdfinfo. */
async function pages(pdf: string): Promise<number> {
  const { stdout } = await run(pdfinfo!, [pdf], { timeout: 30_000 });
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  return match ? Number(match[1]) : 0;
}

/** Whether each page of a PDF is wider than it is tall, from pdfinfo. */
async function landscapePages(pdf: string, count: number): Promise<boolean[]> {
  const { stdout } = await run(pdfinfo!, ['-f', '1', '-l', String(count), pdf], { timeout: 30_000 });
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => Number(m[1]) > Number(m[2]));
}

/** Converts .docx files to PDFs in `dir` with a private LibreOffice profile, so runs cannot clash. */
async function toPdf(dir: string, files: string[]): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'kindred-lo-profile-'));
  try {
    await run(
      soffice!,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files],
      {
        timeout: 120_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The sample's agenda twice over: 24 blocks from 09:30 to 17:00, a full day. */
function fullDayPlan(): Plan {
  const sample = samplePackPlan();
  return {
    ...sample,
    startTime: '09:30',
    endTime: '17:00',
    blocks: [...sample.blocks, ...sample.blocks.map((b, i) => ({ ...b, id: `5a3e0c1e-0000-4000-8000-0000000c${String(i).padStart(4, '0')}` }))],
  };
}

const available = soffice !== null && pdfinfo !== null;

describe('LibreOffice opens every pack format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kindred-lo-'));
  const counts: Record<string, number> = {};
  const names = [...PACK_FORMATS, 'full-day-easy-read', 'facilitator'];
  let facilitatorLandscape: boolean[] = [];

  // One LibreOffice start for every file: it is the slow part.
  beforeAll(async () => {
    if (!available) return;
    const files: string[] = [];
    for (const format of PACK_FORMATS) {
      const file = join(dir, `${format}.docx`);
      writeFileSync(file, await renderPack(testDocument(format, { longParagraph: format === 'standard' }), testAssets));
      files.push(file);
    }
    const fullDay = join(dir, 'full-day-easy-read.docx');
    writeFileSync(fullDay, await renderPack(participantPack(fullDayPlan(), 'easy_read'), createPackAssets()));
    files.push(fullDay);
    const facilitator = join(dir, 'facilitator.docx');
    writeFileSync(facilitator, await renderPack(facilitatorPack(samplePackPlan(), 'standard', { today: '2027-03-01' }), createPackAssets()));
    files.push(facilitator);
    await toPdf(dir, files);
    for (const name of names) {
      const pdf = join(dir, `${name}.pdf`);
      counts[name] = existsSync(pdf) ? await pages(pdf) : 0;
    }
    if (counts.facilitator) facilitatorLandscape = await landscapePages(join(dir, 'facilitator.pdf'), counts.facilitator);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.runIf(required)('has LibreOffice and pdfinfo in CI', () => {
    expect(soffice, 'soffice is not installed (apt-get install libreoffice-writer-nogui)').not.toBeNull();
    expect(pdfinfo, 'pdfinfo is not installed (apt-get install poppler-utils)').not.toBeNull();
  });

  it.runIf(required || available)('converts each format to a PDF with pages', () => {
    for (const format of PACK_FORMATS) expect(counts[format], `${format}.pdf`).toBeGreaterThanOrEqual(1);
    // The 10,000-word paragraph makes the standard pack much longer than the rest.
    expect(counts.standard!).toBeGreaterThan(counts.large_print!);
  });

  it.runIf(required || available)('prints the facilitator pack’s run sheet on landscape pages between portrait ones', () => {
    expect(facilitatorLandscape.length).toBe(counts.facilitator);
    // The title page is portrait, the run sheet landscape, and from the next section on portrait again.
    expect(facilitatorLandscape[0]).toBe(false);
    expect(facilitatorLandscape[1]).toBe(true);
    expect(facilitatorLandscape.at(-1)).toBe(false);
    const firstPortraitAfter = facilitatorLandscape.indexOf(false, 1);
    expect(facilitatorLandscape.slice(firstPortraitAfter).every((l) => !l)).toBe(true);
  });

  it.runIf(required || available)('keeps a full-day Easy Read pack to 24 pages or fewer', () => {
    expect(counts['full-day-easy-read']).toBeGreaterThanOrEqual(2);
    expect(counts['full-day-easy-read']).toBeLessThanOrEqual(24);
  });
});
