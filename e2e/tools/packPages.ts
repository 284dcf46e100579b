/**
 * Pictures of real packs for docs/packs/: the sample plan's participant pack (made for Amara) in
 * each format, and its facilitator pack, each converted to PDF by LibreOffice and the page that
 * shows the agenda drawn as a PNG. Run with `npm run pack-pages` after changing how packs look;
 * needs `soffice` (libreoffice-writer-nogui) and `pdftoppm` (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACK_FORMATS, type PackFormat } from '../../main/domain/access';
import { samplePackPlan } from '../../main/testing/packContent';
import { facilitatorPack } from '../../main/domain/pack/facilitator';
import type { PackDocument } from '../../main/domain/pack/model';
import { participantPack } from '../../main/domain/pack/participant';
import { renderPack } from '../../main/domain/pack/render';
import { createPackAssets } from '../../main/service/packAssets';

const OUT = resolve(import.meta.dirname, '../../docs/packs');
/** The page to show: where the agenda starts in each (page 1 is the title page). */
const PAGE = 2;

const plan = samplePackPlan();
const amara = plan.people.find((p) => p.name === 'Amara')!;
const assets = createPackAssets();
const work = mkdtempSync(join(tmpdir(), 'kindred-pack-pages-'));
const profile = `file://${join(work, 'profile')}`;

async function page(name: string, doc: PackDocument): Promise<void> {
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, await renderPack(doc, assets));
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(PAGE), '-l', String(PAGE), '-singlefile', join(work, `${name}.pdf`), join(work, name)]);
  renameSync(join(work, `${name}.png`), join(OUT, `${name}.png`));
}

const fileName = (f: PackFormat) => `participant-${f.replace(/_/g, '-')}`;
try {
  for (const format of PACK_FORMATS) await page(fileName(format), participantPack(plan, format, { person: amara }));
  await page('facilitator-standard', facilitatorPack(plan, 'standard', { today: '2027-03-01' }));
  console.log(
    `Wrote ${readdirSync(OUT)
      .filter((f) => f.endsWith('.png'))
      .join(', ')} to ${OUT}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
