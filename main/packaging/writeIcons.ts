/**
 * `npm run icons`: rewrites resources/icon.ico, icon.icns, document.ico and document.icns (and
 * document.png, to look at) from resources/icon.png. Run it after changing the drawing; a test
 * (icons.test.ts) fails while they are out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentIcon, icnsFile, icoFile } from './icons';
import { decodePng, encodePng } from './png';

const resources = resolve(import.meta.dirname, '../../resources');
const appIcon = decodePng(readFileSync(join(resources, 'icon.png')));
if (appIcon.width !== 1024 || appIcon.height !== 1024) {
  throw new Error(`resources/icon.png should be 1024×1024 (it is ${appIcon.width}×${appIcon.height}).`);
}
const doc = documentIcon(appIcon);
const files: [string, Uint8Array][] = [
  ['icon.ico', icoFile(appIcon)],
  ['icon.icns', icnsFile(appIcon)],
  ['document.png', encodePng(doc)],
  ['document.ico', icoFile(doc)],
  ['document.icns', icnsFile(doc)],
];
for (const [name, bytes] of files) {
  writeFileSync(join(resources, name), bytes);
  console.log(`resources/${name}  ${(bytes.length / 1024).toFixed(0)} KB`);
}
