/**
 * The real desktop app: the built main, preload and renderer in Electron, on a fresh data folder.
 * Runs wherever the Electron binary is installed; elsewhere (offline CI images, where it cannot be
 * downloaded) it is reported as skipped, and the same journeys run in Chromium via the web bridge.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinaryAvailable } from '../support/electron';

// Checked before launching: Playwright's own lookup (require('electron')) would try to download it.
test.skip(!electronBinaryAvailable(), 'Electron binary is not installed on this machine');

const repo = resolve(import.meta.dirname, '../..');

test('opens, creates a plan through the UI, and quits', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'kindred-electron-'));
  const app = await electron.launch({
    args: ['.'],
    cwd: repo,
    env: { ...process.env, KINDRED_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/Kindred/);
    await expect(window.getByRole('heading', { level: 1, name: 'Your plans' })).toBeVisible();

    await window.getByRole('button', { name: 'New plan' }).click();
    await window.getByLabel('What shall we call it?').fill('Shaping our next study');
    await window.getByRole('button', { name: 'Create plan' }).click();
    await expect(window.getByRole('heading', { level: 1, name: 'Shaping our next study' })).toBeVisible();
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
