/**
 * Release workflow step: starts the packaged app exactly as it ships (every fuse as set, signed or
 * not), on a fresh data folder, and waits until it has opened its database there, which means the
 * main process ran from the asar and better-sqlite3's driver loaded for this Electron and CPU. Then
 * it closes the app. Playwright cannot attach to this build (its inspect fuse is off); the Playwright
 * smoke runs against an inspectable copy (prepareSmoke.ts).
 *
 *   npx tsx e2e/electron/startsAsShipped.ts --arch arm64 [--release release]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packedApp, resourcesBeside } from '../support/electron';

const { values } = parseArgs({
  options: {
    arch: { type: 'string', default: process.arch },
    release: { type: 'string', default: 'release' },
    timeout: { type: 'string', default: '60' },
  },
});
const { platform, executable } = packedApp(values);
const unpackedDriver = join(
  resourcesBeside(executable, platform),
  'app.asar.unpacked',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);
if (!existsSync(unpackedDriver)) throw new Error(`better-sqlite3's driver is not unpacked beside the asar (${unpackedDriver}).`);

const dataDir = await mkdtemp(join(tmpdir(), 'kindred-shipped-'));
const child = spawn(executable, [], { env: { ...process.env, KINDRED_DATA_DIR: dataDir }, stdio: 'inherit' });
let exited: number | null | undefined;
child.on('exit', (code) => (exited = code));

const deadline = Date.now() + Number(values.timeout) * 1000;
let opened = false;
while (Date.now() < deadline && exited === undefined) {
  if (existsSync(join(dataDir, 'kindred.db'))) {
    opened = true;
    break;
  }
  await new Promise((r) => setTimeout(r, 250));
}
// Still running a moment after opening the database: it did not fall over straight after.
if (opened) await new Promise((r) => setTimeout(r, 2000));
const stillRunning = exited === undefined;
child.kill();
await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 }).catch(() => {});

if (!opened) throw new Error(`The packaged app did not open its database within ${values.timeout} s (exit code ${String(exited)}).`);
if (!stillRunning) throw new Error(`The packaged app stopped straight after starting (exit code ${String(exited)}).`);
console.log(`The packaged app started as shipped and opened its database: ${executable}`);
