/**
 * Draws every Easy Read picture in main/domain/pack/pictograms.ts from its OpenMoji SVG into a
 * 160 × 160 PNG on white, in resources/pictograms/<key>.png, and writes the folder's README with the
 * credit and licence. `npm run pictograms`; run it again after changing PICTOGRAMS or updating the
 * openmoji package, and commit the PNGs (packs are made from them, never from the SVGs).
 *
 * Uses the distribution's Chromium through Playwright (playwright-core), like the benches and tests.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { OPENMOJI_CREDIT, PICTOGRAM_ALIASES, PICTOGRAMS, PICTOGRAM_KEYS } from '../../main/domain/pack/pictograms';
import { chromiumLaunchOptions } from '../../main/testing/chromium';

const SIZE = 160;
const root = resolve(import.meta.dirname, '../..');
const svgDir = join(root, 'node_modules/openmoji/color/svg');
const outDir = join(root, 'resources/pictograms');

async function openmojiVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(root, 'node_modules/openmoji/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function readme(version: string): string {
  const rows = PICTOGRAM_KEYS.map((key) => {
    const { hexcode, alt, file } = PICTOGRAMS[key];
    return `| \`${key}\` | ${file} | ${hexcode} | ${alt} |`;
  });
  const aliases = Object.entries(PICTOGRAM_ALIASES).map(([alias, key]) => `\`${alias}\` → \`${key}\``);
  return `# Easy Read pictures

${OPENMOJI_CREDIT}

These pictures are from [OpenMoji](https://openmoji.org/), the open-source emoji and icon project,
version ${version} (the \`openmoji\` npm package), licensed under the
[Creative Commons Attribution-ShareAlike 4.0 International licence](https://creativecommons.org/licenses/by-sa/4.0/)
(CC BY-SA 4.0). We changed nothing in the drawings: each colour SVG is drawn at ${SIZE} × ${SIZE} pixels
on a white background and saved as PNG, so that Word packs can carry them. These PNG files are shared
under the same licence, CC BY-SA 4.0. A pack that uses them must carry the credit above in its credits
(\`OPENMOJI_CREDIT\` in \`main/domain/pack/pictograms.ts\`).

## Making them again

The pictures are listed in \`main/domain/pack/pictograms.ts\` (key, OpenMoji hexcode, alt text).
After changing that list or updating the \`openmoji\` package, run

\`\`\`sh
npm run pictograms
\`\`\`

which runs \`e2e/tools/renderPictograms.ts\` with the system Chromium (\`/usr/bin/chromium\`, or
\`CHROMIUM_PATH\`), rewrites every PNG here and this README, and removes PNGs no longer listed.
\`main/domain/pack/pictograms.test.ts\` checks that every picture has its ${SIZE} × ${SIZE} PNG.

## The pictures

| Key | File | OpenMoji | Alt text |
| --- | --- | --- | --- |
${rows.join('\n')}

Other words that find the same picture: ${aliases.join(', ')}.
`;
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  // /usr/bin/chromium (or CHROMIUM_PATH) with --no-sandbox --disable-gpu, as every run here.
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    for (const key of PICTOGRAM_KEYS) {
      const { hexcode, file } = PICTOGRAMS[key];
      const svg = await readFile(join(svgDir, `${hexcode}.svg`));
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:#fff">` +
          `<img id="p" width="${SIZE}" height="${SIZE}" style="display:block" alt="" ` +
          `src="data:image/svg+xml;base64,${svg.toString('base64')}"></body></html>`,
      );
      await page.locator('#p').evaluate(async (img: HTMLImageElement) => {
        await img.decode();
      });
      await page.screenshot({
        path: join(outDir, file),
        clip: { x: 0, y: 0, width: SIZE, height: SIZE },
        omitBackground: false,
      });
    }
  } finally {
    await browser.close();
  }
  // Leave no picture behind that the list no longer names.
  const wanted = new Set(PICTOGRAM_KEYS.map((key) => PICTOGRAMS[key].file));
  for (const name of await readdir(outDir)) {
    if (name.endsWith('.png') && !wanted.has(name)) await rm(join(outDir, name));
  }
  await writeFile(join(outDir, 'README.md'), readme(await openmojiVersion()));
  console.log(`wrote ${wanted.size} pictures to resources/pictograms/`);
}

await main();
