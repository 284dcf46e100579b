import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FILE_CHANNELS, type FileFunction } from '../contract/fileChannels';
import { PackWriteError, writePacks } from '../service/packFiles';
import { tempDir } from '../testing/tempStore';
import { fakeFileHost, REFUSED, type FakeWindow } from '../testing/fileHandlerFakes';
import { createSavedFiles } from './fileHandlers';
import type { InvokeEvent } from './ipc';
import { PrintError } from './pdfPrinter';
import type { ApiResponse } from '../contract/contract';
import { MAX_PACK_BYTES, MAX_PACKS_PER_FOLDER, packNameFromPage, registerPackSaving, type PackSavingOptions } from './packSaving';

/** A .docx starts like every zip: "PK\x03\x04". */
const docx = (text: string) => Buffer.from(`PK\x03\x04${text}`, 'latin1');
const pack = (fileName: string, text = fileName) => ({ fileName, base64: docx(text).toString('base64') });
/** Every PDF starts "%PDF-". */
const pdf = (text: string) => new Uint8Array(Buffer.from(`%PDF-1.4 ${text}`, 'latin1'));
const PAGE = { fileName: 'Our day – participant pack – easy read – Priya.pdf', html: '<!DOCTYPE html><title>Our day</title>' };
const REQUEST = { planId: '5a3e0c1e-0000-4000-8000-00000000f001', pack: 'participant', format: 'easy_read' };

function setUp(options: Partial<PackSavingOptions<FakeWindow>> = {}) {
  const host = fakeFileHost();
  const shell = { openPath: vi.fn((_path: string) => Promise.resolve('')), showItemInFolder: vi.fn((_path: string) => {}) };
  const savedFiles = createSavedFiles();
  let ids = 0;
  const packPage = vi.fn((_request: unknown) => Promise.resolve<ApiResponse<{ fileName: string; html: string }>>({ ok: true, value: PAGE }));
  const printPdf = vi.fn((html: string) => Promise.resolve(pdf(`printed ${html}`)));
  registerPackSaving<FakeWindow>({
    ipcMain: host.ipcMain,
    policy: host.policy,
    dialog: host.dialog,
    shell,
    windowFor: host.windowFor,
    documentsDir: () => host.documents,
    savedFiles,
    log: host.log,
    newId: () => `folder-${++ids}`,
    packPage,
    printPdf,
    ...options,
  });

  const call = (fn: FileFunction, input?: unknown, event?: InvokeEvent) => host.call(FILE_CHANNELS[fn], input, event);
  /** The folder dialog answers with `path` next time; resolves to the folder id. */
  const chooseFolder = async (path: string) => {
    host.choose(path);
    const res = await call('choosePackFolder');
    if (!res.ok || !res.value) throw new Error('no folder');
    return (res.value as { folderId: string }).folderId;
  };
  return { ...host, shell, savedFiles, call, chooseFolder, packPage, printPdf };
}

describe('registerPackSaving', () => {
  it('registers one handler per file function, each on its own named channel, and nothing else', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([
      'kindred-files:choosePackFolder',
      'kindred-files:openSavedFile',
      'kindred-files:saveDataFile',
      'kindred-files:savePack',
      'kindred-files:savePackPdf',
      'kindred-files:showSavedFile',
      'kindred-files:writePacksToFolder',
    ]);
  });

  // Which senders are refused, and how, is fileHandlers.test.ts's; here, that every function is guarded.
  it.each(Object.keys(FILE_CHANNELS) as FileFunction[])('%s refuses another window, showing no dialog and opening nothing', async (fn) => {
    const { call, dialog, shell, log, stranger } = setUp();
    const inputs: Record<FileFunction, unknown> = {
      savePack: pack('a.docx'),
      savePackPdf: REQUEST,
      choosePackFolder: undefined,
      writePacksToFolder: { folderId: 'folder-1', files: [pack('a.docx')] },
      openSavedFile: '/tmp/a.docx',
      showSavedFile: '/tmp/a.docx',
      saveDataFile: { fileName: 'a.json', text: '{}' },
    };
    expect(await call(fn, inputs[fn], stranger())).toEqual(REFUSED);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledExactlyOnceWith(expect.stringContaining(`Refused ${fn}`));
  });

  describe('refuses bad input kindly, before any dialog', () => {
    it.each([
      ['no input', undefined],
      ['not an object', 'a.docx'],
      ['an unknown key', { ...pack('a.docx'), path: '/etc/passwd' }],
      ['no file name', { base64: docx('x').toString('base64') }],
      ['not base64', { fileName: 'a.docx', base64: 'not base64 at all!' }],
      ['not a Word document', { fileName: 'a.docx', base64: Buffer.from('#!/bin/sh\nrm -rf ~').toString('base64') }],
      ['empty bytes', { fileName: 'a.docx', base64: '' }],
      ['too large', { fileName: 'a.docx', base64: 'UEsDBA' + 'A'.repeat(Math.ceil(MAX_PACK_BYTES / 3) * 4) }],
    ])('savePack: %s', async (_label, input) => {
      const { call, dialog } = setUp();
      const res = await call('savePack', input);
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid' } });
      if (!res.ok) expect(res.error.message).not.toMatch(/zod|expected|Invalid/);
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    });

    it.each([
      ['no packs', { folderId: 'folder-1', files: [] }],
      ['too many packs', { folderId: 'folder-1', files: Array.from({ length: MAX_PACKS_PER_FOLDER + 1 }, (_, i) => pack(`${i}.docx`)) }],
      ['a pack that is not a Word document', { folderId: 'folder-1', files: [pack('a.docx'), { fileName: 'b.docx', base64: 'aGVsbG8=' }] }],
      ['no folder id', { files: [pack('a.docx')] }],
      ['a path instead of a folder id', { folderId: 'folder-1', path: '/etc', files: [pack('a.docx')] }],
    ])('writePacksToFolder: %s, writing nothing', async (_label, input) => {
      const s = setUp();
      const dir = tempDir();
      await s.chooseFolder(dir);
      expect(await s.call('writePacksToFolder', input)).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(readdirSync(dir)).toEqual([]);
    });

    it('open and show: not a string', async () => {
      const { call, shell } = setUp();
      for (const input of [undefined, 42, { path: '/tmp/a.docx' }, '']) {
        expect(await call('openSavedFile', input)).toMatchObject({ ok: false, error: { code: 'invalid' } });
        expect(await call('showSavedFile', input)).toMatchObject({ ok: false, error: { code: 'invalid' } });
      }
      expect(shell.openPath).not.toHaveBeenCalled();
      expect(shell.showItemInFolder).not.toHaveBeenCalled();
    });
  });

  describe('savePackPdf', () => {
    it('makes the page through the API’s dispatch, prints it, and saves the PDF where the facilitator chooses', async () => {
      const { call, dialog, documents, win, saveAs, packPage, printPdf } = setUp();
      const dir = tempDir();
      saveAs(join(dir, 'Priya.pdf'));
      expect(await call('savePackPdf', REQUEST)).toEqual({ ok: true, value: { path: join(dir, 'Priya.pdf'), name: 'Priya.pdf' } });
      expect(packPage).toHaveBeenCalledExactlyOnceWith(REQUEST);
      expect(printPdf).toHaveBeenCalledExactlyOnceWith(PAGE.html);
      expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(win, {
        title: 'Save the pack as a PDF',
        defaultPath: join(documents, PAGE.fileName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['showOverwriteConfirmation'],
      });
      expect(readFileSync(join(dir, 'Priya.pdf'))).toEqual(Buffer.from(pdf(`printed ${PAGE.html}`)));
    });

    it('passes the API’s kind refusal on unchanged, printing nothing and showing no dialog', async () => {
      const refusal = { ok: false as const, error: { code: 'invalid' as const, message: 'Choose one of the four formats.' } };
      const { call, dialog, printPdf } = setUp({ packPage: () => Promise.resolve(refusal) });
      expect(await call('savePackPdf', { ...REQUEST, format: 'poster' })).toEqual(refusal);
      expect(printPdf).not.toHaveBeenCalled();
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    });

    it('refuses what is not a request at all before making anything', async () => {
      const { call, packPage } = setUp();
      for (const input of [undefined, 'participant', 42])
        expect(await call('savePackPdf', input)).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(packPage).not.toHaveBeenCalled();
    });

    it('saves nothing when printing fails or gives something that is not a PDF, and says so plainly', async () => {
      const notPdf = setUp({ printPdf: () => Promise.resolve(docx('a Word file')) });
      expect(await notPdf.call('savePackPdf', REQUEST)).toMatchObject({
        ok: false,
        error: { code: 'invalid', message: expect.stringContaining('couldn’t make the PDF') },
      });
      expect(notPdf.dialog.showSaveDialog).not.toHaveBeenCalled();
      const tooLong = setUp({ printPdf: () => Promise.reject(new PrintError('That pack is too long to save as a PDF.')) });
      const res = await tooLong.call('savePackPdf', REQUEST);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.message).toBe('That pack is too long to save as a PDF.');
      expect(tooLong.dialog.showSaveDialog).not.toHaveBeenCalled();
    });

    it('takes only a plain .pdf name, never a path', () => {
      expect(packNameFromPage('../../etc/Our day.pdf', '.pdf')).toBe('Our day.pdf');
      expect(packNameFromPage('Our day.docx', '.pdf')).toBe('Our day.pdf');
    });
  });

  describe('saveDataFile', () => {
    it('saves JSON Kindred made under a plain .json name, and refuses anything that is not JSON before any dialog', async () => {
      const { call, dialog, documents, saveAs } = setUp();
      const path = join(documents, 'What we hold about Amara.json');
      saveAs(path);
      const text = JSON.stringify({ profile: { name: 'Amara' } });
      expect(await call('saveDataFile', { fileName: '../../What we hold about Amara.json', text })).toEqual({
        ok: true,
        value: { path, name: 'What we hold about Amara.json' },
      });
      expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: path, filters: [{ name: 'JSON data', extensions: ['json'] }] });
      expect(readFileSync(path, 'utf8')).toBe(text);

      const refused = await call('saveDataFile', { fileName: 'a.json', text: '#!/bin/sh' });
      expect(refused).toEqual({ ok: false, error: { code: 'invalid', message: 'That isn’t data Kindred made, so it wasn’t saved.' } });
      expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
    });
  });

  describe('savePack', () => {
    it('suggests a safe name in Documents, on the window that asked, asking before replacing a file', async () => {
      const { call, dialog, documents, win } = setUp();
      await call('savePack', pack('Our day – participant pack – standard.docx'));
      expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(win, {
        title: 'Save the pack',
        defaultPath: join(documents, 'Our day – participant pack – standard.docx'),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
        properties: ['showOverwriteConfirmation'],
      });
    });

    it.each([
      ['../../.bashrc', '.bashrc'],
      ['/etc/cron.d/job', 'job'],
      ['..\\..\\Windows\\System32\\evil.exe', 'evil.exe'],
      ['CON.docx', 'Kindred – CON'],
      ['a:b*c?.docx', 'a b c'],
      ['', 'Kindred pack'],
      ['..', 'Kindred pack'],
    ])('takes only a plain .docx name from the page, never a path: %j', async (given, stem) => {
      const { call, dialog, documents } = setUp();
      await call('savePack', pack(given));
      const defaultPath = dialog.showSaveDialog.mock.calls[0]?.[1].defaultPath;
      const expected = packNameFromPage(given);
      expect(defaultPath).toBe(join(documents, expected));
      expect(expected).toBe(`${stem.replace(/^\./, '')}.docx`);
    });

    it('saves the payments list as an Excel workbook or a CSV, each offered under its own kind of file', async () => {
      const { call, dialog, documents, saveAs } = setUp();
      await call('savePack', pack('Payments 2027-04-01 to 2027-06-30.xlsx'));
      expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
        title: 'Save the payments list',
        defaultPath: join(documents, 'Payments 2027-04-01 to 2027-06-30.xlsx'),
        filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      });
      const dir = tempDir();
      saveAs(join(dir, 'Payments.csv'));
      const csv = Buffer.from('\uFEFFPerson,Session\r\n', 'utf8');
      const res = await call('savePack', { fileName: 'Payments.csv', base64: csv.toString('base64') });
      expect(res).toEqual({ ok: true, value: { path: join(dir, 'Payments.csv'), name: 'Payments.csv' } });
      expect(dialog.showSaveDialog.mock.calls[1]?.[1]).toMatchObject({ filters: [{ name: 'CSV file', extensions: ['csv'] }] });
      expect(readFileSync(join(dir, 'Payments.csv'))).toEqual(csv);
    });

    it('refuses bytes that are not what the name says, showing no dialog', async () => {
      const { call, dialog } = setUp();
      const notCsv = { fileName: 'Payments.csv', base64: Buffer.from('=cmd|calc').toString('base64') };
      const notXlsx = { fileName: 'Payments.xlsx', base64: Buffer.from('not a zip at all').toString('base64') };
      for (const file of [notCsv, notXlsx]) {
        expect(await call('savePack', file)).toEqual({
          ok: false,
          error: { code: 'invalid', message: 'That isn’t a payments list Kindred made, so it wasn’t saved.' },
        });
      }
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    });

    it('does nothing when the facilitator cancels', async () => {
      const { call, documents } = setUp();
      expect(await call('savePack', pack('a.docx'))).toEqual({ ok: true, value: null });
      expect(readdirSync(documents)).toEqual([]);
    });

    it('writes the bytes whole to the path chosen (even a name the facilitator changed), with nothing else left', async () => {
      const { call, saveAs } = setUp();
      const dir = tempDir();
      writeFileSync(join(dir, 'My pack.docx'), 'an older pack');
      saveAs(join(dir, 'My pack.docx'));
      const file = pack('Our day – participant pack – standard.docx', 'the new pack');
      expect(await call('savePack', file)).toEqual({ ok: true, value: { path: join(dir, 'My pack.docx'), name: 'My pack.docx' } });
      expect(readFileSync(join(dir, 'My pack.docx'))).toEqual(docx('the new pack'));
      expect(readdirSync(dir)).toEqual(['My pack.docx']);
    });

    it('opens the next save dialog in the folder last saved to', async () => {
      const { call, saveAs, dialog } = setUp();
      const dir = tempDir();
      saveAs(join(dir, 'one.docx'));
      await call('savePack', pack('one.docx'));
      await call('savePack', pack('two.docx'));
      expect(dialog.showSaveDialog.mock.calls[1]?.[1].defaultPath).toBe(join(dir, 'two.docx'));
    });

    it('still offers a name when the Documents folder cannot be found', async () => {
      const { call, dialog } = setUp({
        documentsDir: () => {
          throw new Error('Failed to get documents path');
        },
      });
      await call('savePack', pack('a.docx'));
      expect(dialog.showSaveDialog.mock.calls[0]?.[1].defaultPath).toBe('a.docx');
    });

    it('says plainly when the file cannot be written, leaving nothing behind', async () => {
      const { call, saveAs } = setUp();
      const dir = tempDir();
      saveAs(join(dir, 'gone', 'a.docx'));
      const res = await call('savePack', pack('a.docx'));
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/could not be found. Nothing was saved/) } });
      expect(readdirSync(dir)).toEqual([]);
    });
  });

  describe('choosePackFolder', () => {
    it('asks for a folder on the window that asked, and gives null when cancelled', async () => {
      const { call, dialog, win, documents } = setUp();
      expect(await call('choosePackFolder')).toEqual({ ok: true, value: null });
      expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(
        win,
        expect.objectContaining({ properties: ['openDirectory', 'createDirectory'], defaultPath: documents }),
      );
    });

    it('remembers the folder under a new id', async () => {
      const { call, dialog } = setUp();
      const dir = tempDir();
      dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
      expect(await call('choosePackFolder')).toEqual({ ok: true, value: { folderId: 'folder-1', path: dir } });
    });
  });

  describe('writePacksToFolder', () => {
    it('writes every pack into the chosen folder under unique, safe names', async () => {
      const s = setUp();
      const dir = tempDir();
      const folderId = await s.chooseFolder(dir);
      const files = [pack('Day – Sam.docx', 'first Sam'), pack('Day – sam.docx', 'second Sam'), pack('../../Day – Ali.docx', 'Ali')];
      const res = await s.call('writePacksToFolder', { folderId, files });
      expect(res).toEqual({ ok: true, value: { path: dir, names: ['Day – Sam.docx', 'Day – sam (2).docx', 'Day – Ali.docx'] } });
      expect(readdirSync(dir).sort()).toEqual(['Day – Ali.docx', 'Day – Sam.docx', 'Day – sam (2).docx']);
      expect(readFileSync(join(dir, 'Day – sam (2).docx'))).toEqual(docx('second Sam'));
      expect(existsSync(join(dir, '..', 'Day – Ali.docx'))).toBe(false);
    });

    it('never replaces a file already in the folder', async () => {
      const s = setUp();
      const dir = tempDir();
      writeFileSync(join(dir, 'Day – Sam.docx'), 'edited by hand');
      const folderId = await s.chooseFolder(dir);
      const res = await s.call('writePacksToFolder', { folderId, files: [pack('Day – Sam.docx')] });
      expect(res).toEqual({ ok: true, value: { path: dir, names: ['Day – Sam (2).docx'] } });
      expect(readFileSync(join(dir, 'Day – Sam.docx'), 'utf8')).toBe('edited by hand');
    });

    it('refuses a folder id it did not give out', async () => {
      const s = setUp();
      await s.chooseFolder(tempDir());
      const res = await s.call('writePacksToFolder', { folderId: 'folder-99', files: [pack('a.docx')] });
      expect(res).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/choose the folder again/) } });
    });

    it('writes all or none: a disk that fills part-way leaves nothing behind', async () => {
      const failThird: typeof writePacks = (dir, files, options) =>
        writePacks(
          dir,
          files.map((f, i) => (i === 2 ? { ...f, bytes: () => Promise.reject(new PackWriteError('There is not enough space on the disk.')) } : f)),
          options,
        );
      const s = setUp({ writePacks: failThird });
      const dir = tempDir();
      writeFileSync(join(dir, 'notes.txt'), 'mine');
      const folderId = await s.chooseFolder(dir);
      const res = await s.call('writePacksToFolder', { folderId, files: ['a', 'b', 'c', 'd'].map((n) => pack(`${n}.docx`)) });
      expect(res).toEqual({ ok: false, error: { code: 'invalid', message: 'There is not enough space on the disk.' } });
      expect(readdirSync(dir)).toEqual(['notes.txt']);
    });

    it('says plainly when the folder has gone since it was chosen', async () => {
      const s = setUp();
      const dir = join(tempDir(), 'packs');
      mkdirSync(dir);
      const folderId = await s.chooseFolder(dir);
      rmSync(dir, { recursive: true });
      const res = await s.call('writePacksToFolder', { folderId, files: [pack('a.docx')] });
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/could not be found/) } });
      expect(existsSync(dir)).toBe(false);
    });

    it.skipIf(process.getuid?.() === 0)('says plainly when the folder cannot be written, and writes nothing', async () => {
      const s = setUp();
      const dir = tempDir();
      const folderId = await s.chooseFolder(dir);
      const { chmodSync } = await import('node:fs');
      chmodSync(dir, 0o500);
      try {
        const res = await s.call('writePacksToFolder', { folderId, files: [pack('a.docx'), pack('b.docx')] });
        expect(res).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/not allowed to save/) } });
        expect(readdirSync(dir)).toEqual([]);
      } finally {
        chmodSync(dir, 0o700);
      }
    });
  });

  describe('openSavedFile and showSavedFile', () => {
    it('open and show what this session saved: a file, a folder of packs, and each pack in it', async () => {
      const s = setUp();
      const dir = tempDir();
      s.saveAs(join(dir, 'one.docx'));
      await s.call('savePack', pack('one.docx'));
      const folder = join(dir, 'packs');
      mkdirSync(folder);
      const folderId = await s.chooseFolder(folder);
      await s.call('writePacksToFolder', { folderId, files: [pack('a.docx')] });

      for (const path of [join(dir, 'one.docx'), folder, join(folder, 'a.docx')]) {
        expect(await s.call('openSavedFile', path)).toEqual({ ok: true, value: null });
        expect(s.shell.openPath).toHaveBeenLastCalledWith(path);
        expect(await s.call('showSavedFile', path)).toEqual({ ok: true, value: null });
        expect(s.shell.showItemInFolder).toHaveBeenLastCalledWith(path);
      }
    });

    it('refuse, kindly and with a log line, any path this session did not save', async () => {
      const s = setUp();
      const dir = tempDir();
      s.saveAs(join(dir, 'one.docx'));
      await s.call('savePack', pack('one.docx'));
      const folderId = await s.chooseFolder(dir);
      expect(folderId).toBe('folder-1');
      // A chosen folder nothing was written to yet is not one Kindred saved.
      for (const path of ['/etc/passwd', '/bin/sh', `${dir}/../${dir.split('/').pop() ?? ''}/one.docx`, `${join(dir, 'one.docx')} `, dir]) {
        expect(await s.call('openSavedFile', path)).toMatchObject({
          ok: false,
          error: { code: 'not_found', message: expect.stringMatching(/only open files it saved/) },
        });
        expect(await s.call('showSavedFile', path)).toMatchObject({
          ok: false,
          error: { code: 'not_found', message: expect.stringMatching(/only show files it saved/) },
        });
      }
      expect(s.shell.openPath).not.toHaveBeenCalled();
      expect(s.shell.showItemInFolder).not.toHaveBeenCalled();
      expect(s.log).toHaveBeenCalledWith(expect.stringContaining('Refused openSavedFile'));
      expect(s.log).toHaveBeenCalledWith(expect.stringContaining('Refused showSavedFile'));
    });

    it('open and show a file saved elsewhere this session (a plan file), through the shared list', async () => {
      const s = setUp();
      const plan = join(tempDir(), 'Our day.kindred');
      expect(await s.call('showSavedFile', plan)).toMatchObject({ ok: false, error: { code: 'not_found' } });
      s.savedFiles.add(plan);
      expect(await s.call('showSavedFile', plan)).toEqual({ ok: true, value: null });
      expect(s.shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith(plan);
      expect(await s.call('openSavedFile', plan)).toEqual({ ok: true, value: null });
      expect(s.shell.openPath).toHaveBeenCalledExactlyOnceWith(plan);
    });

    it('says so when a saved file cannot be opened (moved or deleted since)', async () => {
      const s = setUp();
      const dir = tempDir();
      s.saveAs(join(dir, 'one.docx'));
      await s.call('savePack', pack('one.docx'));
      s.shell.openPath.mockResolvedValueOnce('Failed to open path');
      expect(await s.call('openSavedFile', join(dir, 'one.docx'))).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/could not open “one.docx”/) },
      });
    });
  });
});
