import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PLAN_FILE_OPENED_CHANNEL } from '../contract/fileChannels';
import type { OpenedPlanFile } from '../contract/bridgeTypes';
import { PLAN_FILE_MAX_BYTES } from '../domain/planFileBytes';
import { tempDir } from '../testing/tempStore';
import { createPlanFileOpener, planFilePathsIn, type PlanFilePage } from './openFiles';

function fakePage() {
  const received: OpenedPlanFile[] = [];
  const page: PlanFilePage = {
    send: vi.fn((channel: string, file: OpenedPlanFile) => {
      expect(channel).toBe(PLAN_FILE_OPENED_CHANNEL);
      received.push(file);
    }),
  };
  return { page, received, names: () => received.map((f) => f.name) };
}

/** A folder with two plan files and a few things that are not. */
function folderOfFiles() {
  const dir = tempDir();
  writeFileSync(join(dir, 'One.kindred'), '{"kindred":"plan"}');
  writeFileSync(join(dir, 'Two.KINDRED'), '{"kindred":"plan"}');
  writeFileSync(join(dir, 'notes.txt'), 'hello');
  mkdirSync(join(dir, 'Folder.kindred'));
  return dir;
}

describe('planFilePathsIn', () => {
  it('keeps only .kindred files that exist, as absolute paths, from any place on the command line', () => {
    const dir = folderOfFiles();
    const argv = [
      'C:\\Program Files\\Kindred\\Kindred.exe',
      '--allow-file-access-from-files',
      '--flag=x.kindred',
      '.',
      join(dir, 'One.kindred'),
      'Two.KINDRED',
      'notes.txt',
      'Folder.kindred',
      'Missing.kindred',
    ];
    expect(planFilePathsIn(argv, dir)).toEqual([join(dir, 'One.kindred'), join(dir, 'Two.KINDRED')]);
    expect(planFilePathsIn([], dir)).toEqual([]);
  });
});

describe('createPlanFileOpener', () => {
  it('holds files until the page is ready, then sends each as { name, base64 } in order', async () => {
    const dir = folderOfFiles();
    const tell = vi.fn();
    const opener = createPlanFileOpener({ tell, log: () => {} });
    await opener.add([join(dir, 'One.kindred'), join(dir, 'Two.KINDRED'), join(dir, 'One.kindred')]);
    const { page, received, names } = fakePage();
    expect(received).toEqual([]);
    await opener.pageReady(page);
    expect(names()).toEqual(['One.kindred', 'Two.KINDRED']);
    expect(Buffer.from(received[0]!.base64, 'base64').toString('utf8')).toBe('{"kindred":"plan"}');
    // Once ready, a file opened later goes straight away.
    writeFileSync(join(dir, 'Three.kindred'), '{}');
    await opener.add([join(dir, 'Three.kindred')]);
    expect(names()).toEqual(['One.kindred', 'Two.KINDRED', 'Three.kindred']);
    expect(tell).not.toHaveBeenCalled();
  });

  it('holds files again while the page reloads or its window is closed, for the next page', async () => {
    const dir = folderOfFiles();
    const opener = createPlanFileOpener({ tell: vi.fn(), log: () => {} });
    const first = fakePage();
    await opener.pageReady(first.page);
    opener.pageGone(first.page);
    await opener.add([join(dir, 'One.kindred')]);
    expect(first.received).toEqual([]);
    // A page that is not the ready one going away changes nothing.
    const second = fakePage();
    await opener.pageReady(second.page);
    opener.pageGone(first.page);
    await opener.add([join(dir, 'Two.KINDRED')]);
    expect(second.names()).toEqual(['One.kindred', 'Two.KINDRED']);
  });

  it('keeps a file first in line when the page goes while it is being read', async () => {
    let release: () => void = () => {};
    // The first read of "slow" waits for the test; every other read answers at once.
    const read = vi.fn((path: string) =>
      path === 'slow' && read.mock.calls.length === 1
        ? new Promise<OpenedPlanFile>((resolve) => (release = () => resolve({ name: path, base64: '' })))
        : Promise.resolve({ name: path, base64: '' }),
    );
    const opener = createPlanFileOpener({ tell: vi.fn(), log: () => {}, read });
    const first = fakePage();
    void opener.pageReady(first.page);
    const delivered = opener.add(['slow', 'quick']);
    await vi.waitFor(() => expect(read).toHaveBeenCalledWith('slow'));
    opener.pageGone(first.page);
    release();
    await delivered;
    expect(first.received).toEqual([]);
    const second = fakePage();
    await opener.pageReady(second.page);
    expect(second.names()).toEqual(['slow', 'quick']);
  });

  it('explains a file it cannot open instead of sending it, and carries on with the rest', async () => {
    const dir = folderOfFiles();
    writeFileSync(join(dir, 'Huge.kindred'), Buffer.alloc(PLAN_FILE_MAX_BYTES + 1));
    const tell = vi.fn();
    const log = vi.fn();
    const opener = createPlanFileOpener({ tell, log });
    const { page, names } = fakePage();
    await opener.pageReady(page);
    await opener.add([join(dir, 'Huge.kindred'), join(dir, 'Gone.kindred'), join(dir, 'One.kindred')]);
    expect(names()).toEqual(['One.kindred']);
    expect(tell.mock.calls).toEqual([
      ['This file is too big to be a Kindred plan (the limit is 20 MB). Nothing was imported.'],
      ['Kindred could not find “Gone.kindred”. It may have been moved or deleted.'],
    ]);

    const broken = createPlanFileOpener({ tell, log, read: () => Promise.reject(new Error('EIO')) });
    await broken.pageReady(page);
    await broken.add(['x.kindred']);
    expect(tell).toHaveBeenLastCalledWith('Kindred could not open that file.');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('EIO'));
  });
});
