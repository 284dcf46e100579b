/**
 * The real desktop app, on a fresh data folder: create a plan, export an Easy Read pack through the
 * save dialog, quit, and find the plan still there on the next start. Runs the packaged app when KINDRED_ELECTRON_APP names its executable (the
 * release workflow, against an inspectable copy: see e2e/support/electron.ts), otherwise this
 * checkout's out/ in the installed Electron binary. Where neither is there (offline machines, where
 * the binary cannot be downloaded) it is reported as skipped; the same journeys run in Chromium via
 * the web bridge.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { unzipSync } from 'fflate';
import { checkDocx } from '../../main/testing/docxRules';
import { electronBinaryAvailable, packagedExecutable, repoRoot } from '../support/electron';
import { networkRequests } from '../../main/testing/netLog';

const packaged = packagedExecutable();

// Checked before launching: Playwright's own lookup (require('electron')) would try to download it.
test.skip(!packaged && !electronBinaryAvailable(), 'Electron binary is not installed on this machine');

test('creates a plan, exports a pack through the save dialog, and quits', async () => {
  test.slow();
  const dataDir = await mkdtemp(join(tmpdir(), 'kindred-electron-'));
  // The inherited environment, minus anything that would start Electron as plain Node.
  const inherited = Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RUN_AS_NODE');
  const env = { ...Object.fromEntries(inherited), KINDRED_DATA_DIR: dataDir };
  const launch = () =>
    packaged ? electron.launch({ executablePath: packaged, args: [], env }) : electron.launch({ args: ['.'], cwd: repoRoot, env });
  let app: ElectronApplication | null = await launch();
  try {
    if (packaged) {
      // It is the packaged app, with the version package.json gives it.
      const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
      expect(await app.evaluate(({ app: a }) => ({ packaged: a.isPackaged, version: a.getVersion() }))).toEqual({
        packaged: true,
        version: pkg.version,
      });
    }

    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Kindred/);
    await expect(window.getByRole('heading', { level: 1, name: 'Your plans' })).toBeVisible();

    await window.getByRole('button', { name: 'New plan' }).click();
    await window.getByLabel('What shall we call it?').fill('Shaping our next study');
    await window.getByRole('button', { name: 'Create plan' }).click();
    await expect(window.getByRole('heading', { level: 1, name: 'Shaping our next study' })).toBeVisible();

    // The system save dialog cannot be clicked by Playwright: answer it from the main process, as
    // if the facilitator had chosen this file. Nothing in the app changes for the test.
    const packPath = join(dataDir, 'exported pack.docx');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath })) as unknown as typeof dialog.showSaveDialog;
    }, packPath);

    await window.getByRole('link', { name: 'Packs' }).click();
    await expect(window.getByRole('heading', { level: 2, name: 'Packs' })).toBeVisible();
    // Easy Read: its pictures come from the app's resources, so this checks they were packed too.
    await window.getByRole('radiogroup', { name: 'Format' }).getByText('Easy Read', { exact: true }).click();
    await window.getByRole('button', { name: /^Export pack/ }).click();
    await expect(window.getByText('Saved “exported pack.docx”.')).toBeVisible();

    const bytes = new Uint8Array(await readFile(packPath));
    expect(checkDocx(bytes, 'easy_read').problems).toEqual([]);
    const pictures = Object.keys(unzipSync(bytes)).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(pictures.length).toBeGreaterThan(0);

    await app.close();
    expect(existsSync(join(dataDir, 'kindred.db'))).toBe(true);

    // Started again, the plan is still there.
    app = await launch();
    const again = await app.firstWindow();
    await expect(again.getByRole('heading', { level: 1, name: 'Your plans' })).toBeVisible();
    await expect(again.getByText('Shaping our next study').first()).toBeVisible();
    await app.close();
    app = null;
  } finally {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

test('spellchecks with no network: a misspelt word is marked, and no request leaves the app', async () => {
  test.slow();
  const dataDir = await mkdtemp(join(tmpdir(), 'kindred-electron-spell-'));
  // Chromium's own record of every request the app's processes make, the spellchecker's dictionary
  // downloads included (they run outside the page, where the page's network guard cannot see them).
  const netLog = join(dataDir, 'net-log.json');
  const inherited = Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RUN_AS_NODE');
  const env = { ...Object.fromEntries(inherited), KINDRED_DATA_DIR: dataDir };
  const args = [`--log-net-log=${netLog}`];
  const app = packaged
    ? await electron.launch({ executablePath: packaged, args, env })
    : await electron.launch({ args: ['.', ...args], cwd: repoRoot, env });
  let closed = false;
  try {
    const window = await app.firstWindow();
    await window.getByRole('button', { name: 'New plan' }).click();
    await window.getByLabel('What shall we call it?').fill('Spelling');
    await window.getByRole('button', { name: 'Create plan' }).click();
    const why = window.getByLabel('Why are we meeting?');
    await why.click();
    await window.keyboard.type('We will recieve ideas ');

    // The right-click menu is told which word under the pointer is misspelt (what draws the red
    // line). Record it in the main process, with the menu itself kept from opening.
    await app.evaluate(({ BrowserWindow, Menu }) => {
      Menu.prototype.popup = function popup() {};
      const g = globalThis as { misspelt?: string };
      BrowserWindow.getAllWindows()[0]!.webContents.on('context-menu', (_event, params) => {
        g.misspelt = params.misspelledWord;
      });
    });
    await expect
      .poll(
        async () => {
          await why.dblclick({ position: { x: 80, y: 12 } }).catch(() => {});
          await why.click({ button: 'right', position: { x: 80, y: 12 } });
          return app.evaluate(() => (globalThis as { misspelt?: string }).misspelt ?? '');
        },
        { timeout: 20_000, message: 'Nothing was marked as misspelt: is the UK English dictionary there?' },
      )
      .toBe('recieve');

    await app.close();
    closed = true;
    expect(networkRequests(await readFile(netLog, 'utf8'))).toEqual([]);
  } finally {
    if (!closed) await app.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
