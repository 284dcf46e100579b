/**
 * Whether the Electron binary is on this machine. Asking `require('electron')` would try to download
 * it when missing, so this reads what electron's installer leaves behind instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronPackage = resolve(import.meta.dirname, '../../node_modules/electron');

/** False when `npm install` could not fetch the binary (offline machines, CI images). */
export function electronBinaryAvailable(): boolean {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim()));
}
