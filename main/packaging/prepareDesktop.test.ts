/**
 * What `npm start` / `npm run dev` do before electron-vite (prepareDesktop.mjs), with every step
 * faked: Electron already there, fetched, or not fetchable; the SQLite driver already built for
 * Electron or not. The real script's failure branch is also run for real, in a copy of the
 * electron package whose download cannot work, to see what a person without internet reads.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempStore';
import { compiledAbi, firstReason, nodeTooOld, prepareDesktop, REBUILD_NOTE, type DesktopSteps } from './prepareDesktop.mjs';

const root = resolve(import.meta.dirname, '../..');

const STACK = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)`;

/** Fake steps and a record of what happened; `electron` is whether the binary is there. */
function fake(o: { electron: boolean; fetchWorks?: boolean; sqliteAbi?: string | null; rebuildWorks?: boolean; node?: string }) {
  const calls: string[] = [];
  const out: string[] = [];
  const err: string[] = [];
  let electron = o.electron;
  let sqlite = o.sqliteAbi ?? '115';
  const steps: DesktopSteps = {
    command: 'npm start',
    nodeVersion: o.node ?? 'v22.12.0',
    electronVersion: '45.5.0',
    electronAbi: '150',
    electronInPlace: () => electron,
    fetchElectron: () => {
      calls.push('fetch');
      if (o.fetchWorks) electron = true;
      return o.fetchWorks ? { ok: true, output: '' } : { ok: false, output: STACK };
    },
    sqliteAbi: () => sqlite,
    rebuildSqlite: () => {
      calls.push('rebuild');
      if (o.rebuildWorks ?? true) sqlite = '150';
      return o.rebuildWorks ?? true;
    },
    log: (line) => out.push(line),
    error: (text) => err.push(text),
  };
  return { steps, calls, out: () => out.join('\n'), err: () => err.join('') };
}

describe('prepareDesktop', () => {
  it('starts without fetching or rebuilding when Electron and its SQLite driver are in place', () => {
    const f = fake({ electron: true, sqliteAbi: '150' });
    expect(prepareDesktop(f.steps)).toBe(0);
    expect(f.calls).toEqual([]);
    expect(f.out()).toContain('already built for Electron');
    expect(f.err()).toBe('');
  });

  it('fetches Electron when it is missing, then builds the driver once, saying how long that takes', () => {
    const f = fake({ electron: false, fetchWorks: true });
    expect(prepareDesktop(f.steps)).toBe(0);
    expect(f.calls).toEqual(['fetch', 'rebuild']);
    expect(f.out()).toContain('Downloading Electron 45.5.0');
    expect(f.out()).toContain(REBUILD_NOTE);
    expect(REBUILD_NOTE).toMatch(/7 minutes on a\s+2-core machine/);
  });

  it('when the fetch fails: a short plain message on what is missing, how to retry and browser mode; no stack; no rebuild', () => {
    const f = fake({ electron: false, fetchWorks: false });
    expect(prepareDesktop(f.steps)).toBe(1);
    expect(f.calls).toEqual(['fetch']);
    const message = f.err();
    expect(message).toContain('Electron 45.5.0');
    expect(message).toContain('(fetch failed)');
    expect(message).toContain('Connect to the internet, then run `npm start` again.');
    expect(message).toContain('`npm run serve:web` runs the very same app in your browser');
    expect(message).not.toMatch(/\bat\s|TypeError|node_modules|\.js:\d+/);
    expect(message.trim().split('\n').length).toBeLessThanOrEqual(10);
  });

  it('counts a fetch that says it worked but left no Electron as a failure', () => {
    const f = fake({ electron: false });
    f.steps.fetchElectron = () => ({ ok: true, output: '' });
    expect(prepareDesktop(f.steps)).toBe(1);
    expect(f.err()).toContain('is not on\nthis computer');
  });

  it('rebuilds a driver built for Node or for another Electron, and stops plainly when the build fails', () => {
    for (const abi of ['115', '140', null]) {
      const f = fake({ electron: true, sqliteAbi: abi });
      expect(prepareDesktop(f.steps), String(abi)).toBe(0);
      expect(f.calls).toEqual(['rebuild']);
    }
    const broken = fake({ electron: true, rebuildWorks: false });
    expect(prepareDesktop(broken.steps)).toBe(1);
    expect(broken.err()).toContain('could not be built for Electron');
    expect(broken.err()).toContain('npm run serve:web');
  });

  it('notes an older Node than the desktop tooling asks for, and still tries', () => {
    const f = fake({ electron: true, sqliteAbi: '150', node: 'v20.19.0' });
    expect(prepareDesktop(f.steps)).toBe(0);
    expect(f.out()).toContain('this is Node 20.19.0; the desktop tooling asks for 22.12.0 or later');
  });
});

describe('the pieces', () => {
  it('compares Node versions by number', () => {
    expect(['v20.19.0', '22.11.9', 'v21.99.0', '9.0.0'].map(nodeTooOld)).toEqual([true, true, true, true]);
    expect(['v22.12.0', '22.12.1', 'v23.0.0', '24.1.0', '100.0.0'].map(nodeTooOld)).toEqual([false, false, false, false, false]);
  });

  it('reads a native module’s NODE_MODULE_VERSION from Node’s refusal, or the running Node’s when it loads', () => {
    const refuse = () => {
      throw new Error(
        "The module '/x/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 150. This version of Node.js requires\nNODE_MODULE_VERSION 115. Please try re-compiling",
      );
    };
    expect(compiledAbi('/x/better_sqlite3.node', refuse, '115')).toBe('150');
    expect(compiledAbi('/x/better_sqlite3.node', () => {}, '115')).toBe('115');
    expect(
      compiledAbi(
        '/x/missing.node',
        () => {
          throw new Error('cannot open shared object file');
        },
        '115',
      ),
    ).toBeNull();
    // For real: the driver npm installed here is the Node build.
    const real = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(compiledAbi(real)).toBe(process.versions.modules);
  });

  it('takes the reason, not the stack, from the download’s output', () => {
    expect(firstReason(STACK)).toBe('fetch failed');
    expect(firstReason('Downloading Electron binary...\nRequestError: getaddrinfo ENOTFOUND github.com\n    at x')).toBe(
      'getaddrinfo ENOTFOUND github.com',
    );
    expect(firstReason('')).toBeNull();
  });
});

describe('the script itself, where Electron cannot be downloaded', () => {
  it('prints the plain message and exits 1, with no stack trace', () => {
    // A project whose electron package has no binary and whose download fails at once.
    const project = tempDir();
    const modules = join(project, 'node_modules');
    cpSync(join(root, 'node_modules/electron/package.json'), join(modules, 'electron/package.json'));
    cpSync(join(root, 'node_modules/electron/abi_version'), join(modules, 'electron/abi_version'));
    writeFileSync(
      join(modules, 'electron/install.js'),
      "console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous>'); process.exit(1);\n",
    );
    mkdirSync(join(modules, 'better-sqlite3'), { recursive: true });
    writeFileSync(join(modules, 'better-sqlite3/package.json'), '{"name":"better-sqlite3","version":"0.0.0"}');
    writeFileSync(join(project, 'package.json'), '{"name":"fresh-clone","private":true}');
    mkdirSync(join(project, 'main/packaging'), { recursive: true });
    cpSync(join(root, 'main/packaging/prepareDesktop.mjs'), join(project, 'main/packaging/prepareDesktop.mjs'));

    const run = spawnSync(process.execPath, [join(project, 'main/packaging/prepareDesktop.mjs')], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, npm_lifecycle_event: 'dev' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Downloading Electron');
    expect(run.stderr).toContain('(getaddrinfo ENOTFOUND github.com)');
    expect(run.stderr).toContain('run `npm run dev` again');
    expect(run.stderr).not.toMatch(/\n\s+at\s/);
  });
});
