/**
 * Pictures of a real impact report, to look at: a six-session project (main/testing/projectSeed.ts)
 * in each format, converted to PDF by LibreOffice and every page drawn as a PNG into the folder
 * given (a temporary one by default). Run with `npx tsx e2e/tools/impactReportPages.ts [folder]`;
 * needs `soffice` (libreoffice-writer-nogui) and `pdftoppm` (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACK_FORMATS } from '../../main/domain/access';
import { openKindred } from '../../main/service/openKindred';
import { seedProject } from '../../main/testing/projectSeed';

const out = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'kindred-impact-pages-')));
mkdirSync(out, { recursive: true });
const kindred = openKindred({ dataDir: mkdtempSync(join(tmpdir(), 'kindred-impact-data-')) });
try {
  const projectId = kindred.db.transaction(() => seedProject(kindred.service, 6))();
  for (const format of PACK_FORMATS) {
    const { base64 } = await kindred.service.impactReportFile({ projectId, format });
    const docx = join(out, `impact-${format}.docx`);
    writeFileSync(docx, Buffer.from(base64, 'base64'));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(out, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], {
      stdio: 'ignore',
    });
    execFileSync('pdftoppm', ['-png', '-r', '60', join(out, `impact-${format}.pdf`), join(out, `impact-${format}`)]);
  }
  console.log(out);
} finally {
  kindred.close();
}
