#!/usr/bin/env node
/**
 * `npm start` and `npm run dev` run this before electron-vite, so a fresh clone opens a window:
 *
 * 1. Electron's own program. electron 45 has no install script: it downloads its binary the first
 *    time `require('electron')` runs, and electron-vite only looks for node_modules/electron/path.txt,
 *    so on a fresh machine it stops with "Electron uninstall" and a stack trace. Here the download
 *    runs first (electron's own install.js, the `install-electron` command). When it cannot (no
 *    internet), this says what is missing, how to try again and that `npm run serve:web` runs the
 *    same app in the browser, and stops: no stack trace.
 * 2. The SQLite driver. better-sqlite3 is a native module, built for Node by `npm install`; Electron
 *    needs its own build. Compiling it took 7 minutes on 2 cores, so it is skipped when the driver
 *    in place is already built for this Electron (its NODE_MODULE_VERSION says so).
 *
 * Plain JavaScript so it runs before anything is built or compiled; the decisions are in
 * prepareDesktop(), tested with every step faked (prepareDesktop.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The oldest Node the desktop tooling supports (electron, @electron/get, @electron/rebuild). */
export const DESKTOP_NODE = '22.12.0';

/** True when `version` (such as "v20.19.1" or "22.12.0") is older than DESKTOP_NODE. */
export function nodeTooOld(version) {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = DESKTOP_NODE.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) !== need[i]) return (have[i] ?? 0) < need[i];
  }
  return false;
}

/**
 * The NODE_MODULE_VERSION a native module was compiled for: the running Node's own when it loads,
 * the one Node's refusal names when it does not, null when it cannot be told (a missing file, or
 * one for another processor), which counts as "needs building".
 */
export function compiledAbi(binary, load = (path) => process.dlopen({ exports: {} }, path), ownAbi = process.versions.modules) {
  try {
    load(binary);
    return ownAbi;
  } catch (err) {
    const match = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(String(err?.message ?? err));
    return match ? match[1] : null;
  }
}

/** The first line of an error's output that says what went wrong, without the stack. */
export function firstReason(output) {
  const line = String(output ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at ') && !/^Downloading Electron/i.test(l));
  return line ? line.replace(/^(Type|Request|Http)?Error:\s*/, '').slice(0, 200) : null;
}

/** What is printed when Electron could not be fetched. */
export function cannotFetchMessage({ electronVersion, reason, command }) {
  const lines = [
    '',
    `Kindred cannot open yet: Electron ${electronVersion}, the program Kindred's desktop window runs in, is not on`,
    `this computer, and downloading it did not work${reason ? ` (${reason})` : ''}.`,
    '',
    'Electron is downloaded once, from GitHub, the first time Kindred is started from its source code.',
    `Connect to the internet, then run \`${command}\` again.`,
    '',
    'In the meantime `npm run serve:web` runs the very same app in your browser, with nothing to download.',
  ];
  return `${lines.join('\n')}\n`;
}

export const REBUILD_NOTE =
  'Building the SQLite driver (better-sqlite3) for Electron. It compiles C code: about 7 minutes on a\n' +
  '2-core machine, a minute or two on a recent laptop. It is done again only after `npm test`,\n' +
  '`npm run bench` or browser mode has switched the driver back to its Node build.';

/**
 * Gets the desktop app ready to start. `steps` does the work (real ones below, fakes in tests);
 * returns the exit code: 0 when Electron can start, 1 with the reason printed when it cannot.
 */
export function prepareDesktop(steps) {
  if (nodeTooOld(steps.nodeVersion)) {
    steps.log(
      `Note: this is Node ${steps.nodeVersion.replace(/^v/, '')}; the desktop tooling asks for ${DESKTOP_NODE} or later (.nvmrc). Trying anyway.`,
    );
  }
  if (!steps.electronInPlace()) {
    steps.log(`Downloading Electron ${steps.electronVersion} (once; about 100 MB)…`);
    const fetched = steps.fetchElectron();
    if (!fetched.ok || !steps.electronInPlace()) {
      steps.error(cannotFetchMessage({ electronVersion: steps.electronVersion, reason: firstReason(fetched.output), command: steps.command }));
      return 1;
    }
  }
  if (steps.sqliteAbi() === steps.electronAbi) {
    steps.log('The SQLite driver is already built for Electron: nothing to rebuild.');
    return 0;
  }
  steps.log(REBUILD_NOTE);
  if (!steps.rebuildSqlite()) {
    steps.error(
      '\nThe SQLite driver could not be built for Electron (the lines above say why). A C++ compiler and\n' +
        `Python are needed: see https://github.com/nodejs/node-gyp#installation. Then run \`${steps.command}\` again.\n` +
        '`npm run serve:web` runs the same app in your browser without it.\n',
    );
    return 1;
  }
  return 0;
}

/** The real steps, for the project at `root`. */
export function realSteps(root) {
  const require = createRequire(join(root, 'package.json'));
  const electronDir = dirname(require.resolve('electron/package.json'));
  const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const sqliteBinary = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  // What electron's own index.js checks before it runs: the version it unpacked and the binary.
  const electronInPlace = () => {
    try {
      const version = readFileSync(join(electronDir, 'dist', 'version'), 'utf8')
        .trim()
        .replace(/^v/, '');
      const binary = readFileSync(join(electronDir, 'path.txt'), 'utf8');
      const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
      return version === electronVersion && existsSync(join(dist, binary));
    } catch {
      return false;
    }
  };
  const script = process.env.npm_lifecycle_event;
  return {
    command: script === 'dev' ? 'npm run dev' : 'npm start',
    nodeVersion: process.version,
    electronVersion,
    electronAbi: readFileSync(join(electronDir, 'abi_version'), 'utf8').trim(),
    electronInPlace,
    fetchElectron: () => {
      // Its output is kept, not shown: on failure it is a stack trace, and the message says it plainly.
      const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { ok: run.status === 0, output: `${run.stderr ?? ''}\n${run.stdout ?? ''}\n${run.error?.message ?? ''}` };
    },
    sqliteAbi: () => compiledAbi(sqliteBinary),
    rebuildSqlite: () => {
      const cli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
      return spawnSync(process.execPath, [cli, 'install-app-deps'], { cwd: root, stdio: 'inherit' }).status === 0;
    },
    log: (line) => process.stdout.write(`${line}\n`),
    error: (text) => process.stderr.write(text),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = prepareDesktop(realSteps(resolve(dirname(fileURLToPath(import.meta.url)), '../..')));
}
