import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ApiResponse } from '../contract/contract';
import { tempDir } from '../testing/tempStore';
import { fakeFileHost, REFUSED, type FakeWindow } from '../testing/fileHandlerFakes';
import { createSavedFiles, invalid, lastFolder, ok, registerFileHandlers, saveThroughDialog } from './fileHandlers';
import type { InvokeEvent } from './ipc';
import { fakeFrame } from '../testing/electronFakes';

/** Errors the handlers below mean the facilitator to read. */
class PlainError extends Error {}

const channels = { rename: 'test-files:rename', nothing: 'test-files:nothing' } as const;
const schemas = {
  rename: z.object({ name: z.string({ error: 'The file needs a name.' }).min(1, { error: 'The file needs a name.' }) }).strict(),
  nothing: z.undefined(),
};

/** Two handlers on the shared machinery; `rename` does whatever the test sets `behaviour` to. */
function setUp() {
  const host = fakeFileHost();
  const seen: { window: FakeWindow; input: unknown }[] = [];
  let behaviour: (name: string) => Promise<ApiResponse<unknown>> = (name) => Promise.resolve(ok(`renamed to ${name}`));
  registerFileHandlers<FakeWindow, keyof typeof channels, typeof schemas>({
    ipcMain: host.ipcMain,
    policy: host.policy,
    windowFor: host.windowFor,
    log: host.log,
    channels,
    schemas,
    isPlainError: (err): err is Error => err instanceof PlainError,
    handlers: {
      rename(window, input) {
        seen.push({ window, input });
        return behaviour(input.name);
      },
      nothing(window, input) {
        seen.push({ window, input });
        return Promise.resolve(ok(null));
      },
    },
  });
  const rename = (input: unknown, event?: InvokeEvent) => host.call(channels.rename, input, event);
  const behave = (next: typeof behaviour) => (behaviour = next);
  return { ...host, seen, rename, behave };
}

describe('registerFileHandlers', () => {
  it('registers one handler per channel, and nothing else', () => {
    expect([...setUp().ipcMain.handlers.keys()].sort()).toEqual(['test-files:nothing', 'test-files:rename']);
  });

  it('hands checked input and the asking window to the handler, and its answer back', async () => {
    const s = setUp();
    expect(await s.rename({ name: 'Day two' })).toEqual({ ok: true, value: 'renamed to Day two' });
    expect(await s.call(channels.nothing)).toEqual({ ok: true, value: null });
    expect(s.seen).toEqual([
      { window: s.win, input: { name: 'Day two' } },
      { window: s.win, input: undefined },
    ]);
    expect(s.log).not.toHaveBeenCalled();
  });

  describe('refuses senders exactly as the API does, logging each, never reaching the handler', () => {
    it('a frame that has gone, another window, an iframe', async () => {
      const s = setUp();
      const iframe = fakeFrame('app://kindred/index.html', { parent: s.contents.mainFrame });
      const events: InvokeEvent[] = [{ sender: s.contents, senderFrame: null }, s.stranger(), { sender: s.contents, senderFrame: iframe }];
      for (const event of events) expect(await s.rename({ name: 'x' }, event)).toEqual(REFUSED);
      expect(s.seen).toEqual([]);
      expect(s.log.mock.calls.map(([line]) => line)).toEqual([
        'Refused rename: the sending frame has gone',
        'Refused rename: the sender is not a Kindred window',
        'Refused rename: the sender is not the main frame',
      ]);
    });

    it('our window when it shows a page from another origin', async () => {
      const s = setUp();
      const away = { mainFrame: fakeFrame('https://evil.example/') };
      s.ours.set(away, { webContents: away });
      expect(await s.rename({ name: 'x' }, { sender: away, senderFrame: away.mainFrame })).toEqual(REFUSED);
      expect(s.seen).toEqual([]);
      expect(s.log).toHaveBeenCalledExactlyOnceWith("Refused rename: the page https://evil.example/ is not Kindred's");
    });

    it('a sender of ours that has no window to show a dialog on', async () => {
      const s = setUp();
      const windowless = { mainFrame: fakeFrame('app://kindred/index.html') };
      // The policy knows it as ours, but no window of ours holds it (windowFor finds none).
      s.policy.isOurContents = (c) => c === windowless || s.ours.has(c);
      expect(await s.rename({ name: 'x' }, { sender: windowless, senderFrame: windowless.mainFrame })).toEqual(REFUSED);
      expect(s.seen).toEqual([]);
      expect(s.log).toHaveBeenCalledExactlyOnceWith('Refused rename: the sender has no window');
    });
  });

  it.each([
    ['an empty name', { name: '' }, 'The file needs a name.'],
    ['a name that is not text', { name: 42 }, 'The file needs a name.'],
    // Where the schema has no words of its own, the domain's kind ones (validation.ts kindIssueMessage).
    ['no input', undefined, 'Kindred could not read this, so nothing was saved.'],
    ['an unknown key', { name: 'x', path: '/etc/passwd' }, 'Kindred did not recognise this, so nothing was saved.'],
  ])('answers %s in kind words, before the handler', async (_label, input, message) => {
    const s = setUp();
    expect(await s.rename(input)).toEqual(invalid(message));
    expect(s.seen).toEqual([]);
  });

  it('passes on the message of a plain error as it is, without logging it', async () => {
    const s = setUp();
    s.behave(() => Promise.reject(new PlainError('There is not enough space on the disk.')));
    expect(await s.rename({ name: 'x' })).toEqual(invalid('There is not enough space on the disk.'));
    expect(s.log).not.toHaveBeenCalled();
  });

  it('answers any other error with kind words, logging what it was, and never throws', async () => {
    const s = setUp();
    s.behave(() => Promise.reject(new Error('EBADF: bad file descriptor /home/sam/secret')));
    const res = await s.rename({ name: 'x' });
    expect(res).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong there. Please try again.' } });
    expect(s.log).toHaveBeenCalledExactlyOnceWith('rename failed: Error: EBADF: bad file descriptor /home/sam/secret');
  });
});

describe('lastFolder', () => {
  it('starts in Documents, then where the last file was, or the last folder written into', () => {
    const documents = tempDir();
    const folder = lastFolder(() => documents);
    expect(folder.start()).toBe(documents);
    folder.used(join('/work', 'plans', 'Our day.kindred'));
    expect(folder.start()).toBe(join('/work', 'plans'));
    folder.usedFolder(join('/work', 'packs'));
    expect(folder.start()).toBe(join('/work', 'packs'));
  });

  it('gives null when even Documents cannot be found', () => {
    const folder = lastFolder(() => {
      throw new Error('Failed to get documents path');
    });
    expect(folder.start()).toBeNull();
  });
});

describe('createSavedFiles', () => {
  it('knows exactly the paths added to it, and each list only its own', () => {
    const saved = createSavedFiles();
    const other = createSavedFiles();
    saved.add('/work/Our day.kindred');
    expect(saved.has('/work/Our day.kindred')).toBe(true);
    for (const path of ['/work/Our day.kindred ', '/work/../work/Our day.kindred', '/work', '/etc/passwd', '']) expect(saved.has(path)).toBe(false);
    expect(other.has('/work/Our day.kindred')).toBe(false);
  });
});

describe('saveThroughDialog', () => {
  const file = { title: 'Save the notes', name: 'Notes.txt', filter: { name: 'Text', extensions: ['txt'] }, bytes: Buffer.from('notes') };

  it('writes where the facilitator chose, remembering the file and its folder; cancelling does neither', async () => {
    const { dialog, win, documents, saveAs } = fakeFileHost();
    const using = { dialog, folder: lastFolder(() => documents), savedFiles: createSavedFiles() };
    expect(await saveThroughDialog(using, win, file)).toEqual(ok(null));
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(win, {
      title: 'Save the notes',
      defaultPath: join(documents, 'Notes.txt'),
      filters: [{ name: 'Text', extensions: ['txt'] }],
      properties: ['showOverwriteConfirmation'],
    });
    const target = join(tempDir(), 'Kept.txt');
    saveAs(target);
    expect(await saveThroughDialog(using, win, file)).toEqual(ok({ path: target, name: 'Kept.txt' }));
    expect(readFileSync(target, 'utf8')).toBe('notes');
    expect(using.savedFiles.has(target)).toBe(true);
    expect(using.folder.start()).toBe(join(target, '..'));
  });
});
