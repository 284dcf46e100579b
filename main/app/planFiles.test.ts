import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PLAN_FILE_CHANNELS, type PlanFileFunction } from '../contract/fileChannels';
import { templateAsPlan } from '../domain/library/templatePlan';
import { STARTER_TEMPLATES } from '../domain/library/templates';
import { serialisePlanFile } from '../domain/planFile';
import { PLAN_FILE_MAX_BYTES } from '../domain/planFileBytes';
import { tempDir } from '../testing/tempStore';
import { fakeFileHost, REFUSED, type FakeWindow } from '../testing/fileHandlerFakes';
import { createSavedFiles } from './fileHandlers';
import type { InvokeEvent } from './ipc';
import { planFileNameFromPage, readPlanFileFromDisk, registerPlanFiles, type PlanFilesOptions } from './planFiles';
const planText = () => {
  const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
  return serialisePlanFile(plan, plan.updatedAt);
};

function setUp(options: Partial<PlanFilesOptions<FakeWindow>> = {}) {
  const host = fakeFileHost();
  const dataDir = tempDir();
  const openPath = vi.fn((_path: string) => Promise.resolve(''));
  const savedFiles = createSavedFiles();
  registerPlanFiles<FakeWindow>({
    ipcMain: host.ipcMain,
    policy: host.policy,
    dialog: host.dialog,
    openPath,
    windowFor: host.windowFor,
    documentsDir: () => host.documents,
    backupsDir: join(dataDir, 'backups'),
    savedFiles,
    log: host.log,
    ...options,
  });
  const call = (fn: PlanFileFunction, input?: unknown, event?: InvokeEvent) => host.call(PLAN_FILE_CHANNELS[fn], input, event);
  return { ...host, openPath, dataDir, savedFiles, call };
}

describe('registerPlanFiles', () => {
  it('registers one handler per function, each on its own named channel, and nothing else', () => {
    expect([...setUp().ipcMain.handlers.keys()].sort()).toEqual([
      'kindred-files:choosePlanFile',
      'kindred-files:savePlanFile',
      'kindred-files:showBackupsFolder',
    ]);
  });

  // Which senders are refused, and how, is fileHandlers.test.ts's; here, that every function is guarded.
  it.each(Object.keys(PLAN_FILE_CHANNELS) as PlanFileFunction[])('%s refuses another window, showing no dialog and touching nothing', async (fn) => {
    const { call, dialog, openPath, log, dataDir, stranger } = setUp();
    const inputs: Record<PlanFileFunction, unknown> = {
      savePlanFile: { fileName: 'a.kindred', text: planText() },
      choosePlanFile: undefined,
      showBackupsFolder: undefined,
    };
    expect(await call(fn, inputs[fn], stranger())).toEqual(REFUSED);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(openPath).not.toHaveBeenCalled();
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
    expect(log).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(`Refused ${fn}`));
  });

  describe('savePlanFile', () => {
    it.each([
      ['no input', undefined],
      ['an unknown key', { fileName: 'a.kindred', text: planText(), path: '/etc/passwd' }],
      ['no text', { fileName: 'a.kindred' }],
      ['text that is not a plan file', { fileName: 'a.kindred', text: '#!/bin/sh\nrm -rf ~' }],
      ['a plan file Kindred cannot read back', { fileName: 'a.kindred', text: planText().replace(/"version": \d+/, '"version": 99') }],
      ['too much text', { fileName: 'a.kindred', text: 'x'.repeat(PLAN_FILE_MAX_BYTES + 1) }],
      ['under 20 MB of characters but over 20 MB of bytes', { fileName: 'a.kindred', text: 'é'.repeat(PLAN_FILE_MAX_BYTES / 2 + 1) }],
    ])('refuses %s kindly, before any dialog', async (_label, input) => {
      const { call, dialog } = setUp();
      const res = await call('savePlanFile', input);
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid' } });
      if (!res.ok) expect(res.error.message).not.toMatch(/zod|expected|Invalid/);
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    });

    it('suggests a safe .kindred name in Documents, on the window that asked, asking before replacing', async () => {
      const { call, dialog, documents, win } = setUp();
      expect(await call('savePlanFile', { fileName: '../../Our day.kindred', text: planText() })).toEqual({ ok: true, value: null });
      expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(win, {
        title: 'Save the plan file',
        defaultPath: join(documents, 'Our day.kindred'),
        filters: [{ name: 'Kindred plan', extensions: ['kindred'] }],
        properties: ['showOverwriteConfirmation'],
      });
      expect(readdirSync(documents)).toEqual([]);
    });

    it.each([
      ['Our day.kindred', 'Our day.kindred'],
      ['C:\\Users\\sam\\plan.KINDRED', 'plan.kindred'],
      ['/etc/cron.d/job', 'job.kindred'],
      ['CON.kindred', 'Kindred – CON.kindred'],
      ['.kindred', 'Kindred plan.kindred'],
      ['', 'Kindred plan.kindred'],
      ['\u200b\u200f\u2060.kindred', 'Kindred plan.kindred'],
    ])('takes only a plain .kindred name from the page: %j', (given, expected) => {
      expect(planFileNameFromPage(given)).toBe(expected);
    });

    it('writes the text whole where the facilitator chose, remembers it was saved, and starts there next time', async () => {
      const { call, saveAs, dialog, savedFiles } = setUp();
      const folder = tempDir();
      const target = join(folder, 'Shared plan.kindred');
      writeFileSync(target, 'an older version');
      saveAs(target);
      const text = planText();
      expect(await call('savePlanFile', { fileName: 'Our day.kindred', text })).toEqual({
        ok: true,
        value: { path: target, name: 'Shared plan.kindred' },
      });
      expect(readFileSync(target, 'utf8')).toBe(text);
      expect(readdirSync(folder)).toEqual(['Shared plan.kindred']);
      // Saved this session, so "Show in folder" (packSaving.ts showSavedFile) will show it.
      expect(savedFiles.has(target)).toBe(true);
      await call('savePlanFile', { fileName: 'Next.kindred', text });
      expect(dialog.showSaveDialog.mock.calls[1]?.[1].defaultPath).toBe(join(folder, 'Next.kindred'));
    });

    it('says plainly when the folder cannot be written to, and leaves nothing behind', async () => {
      const { call, saveAs, savedFiles } = setUp();
      const missing = join(tempDir(), 'gone', 'plan.kindred');
      saveAs(missing);
      const res = await call('savePlanFile', { fileName: 'plan.kindred', text: planText() });
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('could not be found') } });
      expect(existsSync(missing)).toBe(false);
      expect(savedFiles.has(missing)).toBe(false);
    });
  });

  describe('choosePlanFile', () => {
    it('shows an open dialog for plan files and hands back the chosen file’s name and bytes', async () => {
      const { call, choose, dialog, documents, win } = setUp();
      const folder = tempDir();
      const path = join(folder, 'Our day.kindred');
      const bytes = Buffer.from(`\ufeff${planText()}`, 'utf8');
      writeFileSync(path, bytes);
      choose(path);
      expect(await call('choosePlanFile')).toEqual({ ok: true, value: { name: 'Our day.kindred', base64: bytes.toString('base64') } });
      expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(win, {
        title: 'Import a plan file',
        buttonLabel: 'Import',
        defaultPath: documents,
        filters: [{ name: 'Kindred plan', extensions: ['kindred'] }],
        properties: ['openFile'],
      });
      await call('choosePlanFile', {});
      expect(dialog.showOpenDialog.mock.calls[1]?.[1].defaultPath).toBe(folder);
    });

    it('answers null when the facilitator cancels, and refuses any input', async () => {
      const { call, dialog } = setUp();
      expect(await call('choosePlanFile')).toEqual({ ok: true, value: null });
      expect(await call('choosePlanFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(dialog.showOpenDialog).toHaveBeenCalledOnce();
    });

    it('refuses a file over 20 MB kindly, from its size', async () => {
      const { call, choose } = setUp();
      const path = join(tempDir(), 'huge.kindred');
      writeFileSync(path, Buffer.alloc(PLAN_FILE_MAX_BYTES + 1, 0x20));
      choose(path);
      expect(await call('choosePlanFile')).toEqual({
        ok: false,
        error: { code: 'invalid', message: 'This file is too big to be a Kindred plan (the limit is 20 MB). Nothing was imported.' },
      });
    });
  });

  describe('showBackupsFolder', () => {
    it('opens <data folder>/backups, making it first if there are no backups yet', async () => {
      const { call, openPath, dataDir } = setUp();
      expect(await call('showBackupsFolder')).toEqual({ ok: true, value: null });
      expect(openPath).toHaveBeenCalledExactlyOnceWith(join(dataDir, 'backups'));
      expect(existsSync(join(dataDir, 'backups'))).toBe(true);
    });

    it('says so when the system cannot open it', async () => {
      const openPath = vi.fn((_path: string) => Promise.resolve('No application is associated'));
      const { call, log } = setUp({ openPath });
      expect(await call('showBackupsFolder')).toMatchObject({
        ok: false,
        error: { code: 'not_found', message: expect.stringContaining('backups folder') },
      });
      expect(log).toHaveBeenCalledWith(expect.stringContaining('No application is associated'));
    });
  });
});

describe('readPlanFileFromDisk', () => {
  it('reads a file of exactly 20 MB, and refuses one byte more', async () => {
    const dir = tempDir();
    const atLimit = join(dir, 'big.kindred');
    writeFileSync(atLimit, Buffer.alloc(PLAN_FILE_MAX_BYTES, 0x20));
    const file = await readPlanFileFromDisk(atLimit);
    expect(Buffer.from(file.base64, 'base64').byteLength).toBe(PLAN_FILE_MAX_BYTES);
    writeFileSync(atLimit, Buffer.alloc(PLAN_FILE_MAX_BYTES + 1, 0x20));
    await expect(readPlanFileFromDisk(atLimit)).rejects.toThrow('too big to be a Kindred plan');
  });

  it('says plainly when the file is gone or is a folder', async () => {
    const dir = tempDir();
    await expect(readPlanFileFromDisk(join(dir, 'gone.kindred'))).rejects.toThrow(
      'Kindred could not find “gone.kindred”. It may have been moved or deleted.',
    );
    mkdirSync(join(dir, 'folder.kindred'));
    await expect(readPlanFileFromDisk(join(dir, 'folder.kindred'))).rejects.toThrow('“folder.kindred” is a folder, not a plan file.');
  });

  it.skipIf(process.platform === 'win32')('refuses a pipe at once instead of waiting on it for ever', async () => {
    const fifo = join(tempDir(), 'pipe.kindred');
    execFileSync('mkfifo', [fifo]);
    await expect(readPlanFileFromDisk(fifo)).rejects.toThrow('“pipe.kindred” is not an ordinary file, so it cannot be a plan file.');
  });
});
