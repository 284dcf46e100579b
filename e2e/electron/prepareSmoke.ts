/**
 * Release workflow step: makes an inspectable copy of the app electron-builder just packed (see
 * e2e/support/electron.ts) and prints its executable, for KINDRED_ELECTRON_APP.
 *
 *   npx tsx e2e/electron/prepareSmoke.ts --arch arm64 [--release release] [--into release/smoke]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { inspectableCopy, packedApp } from '../support/electron';

const { values } = parseArgs({
  options: {
    arch: { type: 'string', default: process.arch },
    release: { type: 'string', default: 'release' },
    into: { type: 'string', default: 'release/smoke' },
  },
});
const { platform, appPath } = packedApp(values);
console.log(await inspectableCopy(appPath, platform, resolve(values.into)));
