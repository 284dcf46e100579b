/** The desktop side of saving.ts, with a stand-in for `window.kindred.files` (the real one is main's). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopFiles } from '../../../main/contract/bridgeTypes';

const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });

async function loadWith(files: Partial<DesktopFiles>) {
  vi.resetModules();
  vi.stubGlobal('kindred', { files, onMenuCommand: () => () => {}, platform: 'linux' });
  return import('./saving');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('saving packs in the desktop app', () => {
  const pack = { fileName: 'Plan – participant pack – standard.docx', base64: 'UEs=' };

  it('saves through the save dialog, and does nothing when it is cancelled', async () => {
    const savePack = vi
      .fn()
      .mockReturnValueOnce(ok({ path: '/home/a/Plan.docx', name: 'Plan.docx' }))
      .mockReturnValueOnce(ok(null));
    const saving = await loadWith({ savePack });
    expect(saving.savesToDisk).toBe(true);
    expect(await saving.savePack(pack)).toEqual({ where: 'disk', path: '/home/a/Plan.docx', name: 'Plan.docx' });
    expect(savePack).toHaveBeenCalledWith(pack);
    expect(await saving.savePack(pack)).toBeNull();
  });

  it('saves a PDF by asking main to make and print the pack itself: the page sends only which pack', async () => {
    const savePackPdf = vi
      .fn()
      .mockReturnValueOnce(ok({ path: '/home/a/Plan.pdf', name: 'Plan.pdf' }))
      .mockReturnValueOnce(ok(null));
    const saving = await loadWith({ savePackPdf });
    const request = { planId: 'p1', pack: 'participant' as const, format: 'easy_read' as const, personId: 'a1' };
    const page = vi.fn();
    expect(await saving.savePackPdf(request, page)).toEqual({ where: 'disk', path: '/home/a/Plan.pdf', name: 'Plan.pdf' });
    expect(savePackPdf).toHaveBeenCalledWith(request);
    expect(page).not.toHaveBeenCalled();
    expect(await saving.savePackPdf(request, page)).toBeNull();
  });

  it('asks for the folder first, then writes every pack into it at once', async () => {
    const choosePackFolder = vi
      .fn()
      .mockReturnValueOnce(ok({ folderId: 'f1', path: '/home/a/Packs' }))
      .mockReturnValueOnce(ok(null));
    const writePacksToFolder = vi.fn().mockReturnValue(ok({ path: '/home/a/Packs', names: [pack.fileName] }));
    const saving = await loadWith({ choosePackFolder, writePacksToFolder });
    const folder = await saving.chooseFolder();
    expect(folder).toEqual({ folderId: 'f1', path: '/home/a/Packs' });
    expect(await saving.savePacks(folder!, [pack], 'ignored.zip')).toEqual({ where: 'disk', path: '/home/a/Packs', names: [pack.fileName] });
    expect(writePacksToFolder).toHaveBeenCalledWith({ folderId: 'f1', files: [pack] });
    expect(await saving.chooseFolder()).toBeNull();
  });

  it('passes on main’s kind words when a folder cannot be written', async () => {
    const writePacksToFolder = vi.fn().mockReturnValue(
      Promise.resolve({
        ok: false as const,
        error: { code: 'internal' as const, message: 'We couldn’t write to that folder. Nothing was saved.' },
      }),
    );
    const saving = await loadWith({ writePacksToFolder });
    const err = await saving.savePacks({ folderId: 'f1', path: '/x' }, [pack], 'z.zip').catch((e: unknown) => e);
    expect(saving.problemMessage(err, 'fallback')).toBe('We couldn’t write to that folder. Nothing was saved.');
  });
});
