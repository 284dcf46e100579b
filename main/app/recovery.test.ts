import { describe, expect, it, vi } from 'vitest';
import type { BackupSummary } from '../contract/contract';
import { DatabaseDamagedError } from '../service/openKindred';
import { recoverDamagedStore, recoveryMessage } from './recovery';

const DATA = '/home/sam/.config/Kindred';
// Local time, so the label reads 10:15 wherever the tests run.
const backup: BackupSummary = {
  id: 'kindred-daily-20270312t101500000z.db',
  kind: 'daily',
  createdAt: new Date(2027, 2, 12, 10, 15).toISOString(),
  sizeBytes: 8192,
  planCount: 3,
};
const damaged = (newestBackup: BackupSummary | null) => new DatabaseDamagedError({ dbPath: `${DATA}/kindred.db`, dataDir: DATA, newestBackup });

/** Fakes that answer the message box with each response in turn. */
function fakes(
  responses: number[],
  restore: (id: string) => string = (id) => `store from ${id}`,
  startAfresh: () => string = () => 'new, empty store',
) {
  const boxes: { message?: string; buttons?: string[] }[] = [];
  const dialog = {
    showMessageBox: vi.fn((box: { message?: string; buttons?: string[] }) => {
      boxes.push(box);
      return Promise.resolve({ response: responses.shift() ?? -1 });
    }),
    showErrorBox: vi.fn((_title: string, _content: string) => {}),
  };
  const shell = { openPath: vi.fn(() => Promise.resolve('')) };
  return { boxes, dialog, shell, restore: vi.fn(restore), startAfresh: vi.fn(startAfresh), log: vi.fn() };
}

describe('recoveryMessage', () => {
  it('names the backup by its date and time, and says what restoring means', () => {
    const box = recoveryMessage(damaged(backup));
    expect(box.message).toBe('Kindred could not open your plans: the file looks damaged.');
    expect(box.buttons).toEqual(['Restore the backup from 12 March 2027 at 10:15', 'Show the folder', 'Start with no plans', 'Quit']);
    expect(box.detail).toContain('from 12 March 2027 at 10:15, with 3 plans');
    expect(box.detail).toContain('kept, not deleted');
    expect(box.detail).toContain('exported as .kindred files can be imported again');
    expect(box.detail).not.toMatch(/error|invalid|must/i);
    // Restoring is the default; Escape quits. Starting with no plans is never what Enter does.
    expect(box.defaultId).toBe(0);
    expect(box.cancelId).toBe(3);
    expect(box.buttons[box.cancelId!]).toBe('Quit');
  });

  it('with no backup, offers a start with no plans, the folder or quitting, and Quit is the default', () => {
    const box = recoveryMessage(damaged(null));
    expect(box.buttons).toEqual(['Start with no plans', 'Show the folder', 'Quit']);
    expect(box.buttons[box.defaultId!]).toBe('Quit');
    expect(box.buttons[box.cancelId!]).toBe('Quit');
    expect(box.detail).toContain('There is no backup to restore yet');
    expect(box.detail).toContain('kindred-damaged-…');
    expect(box.detail).toContain('kept, not deleted');
    expect(box.detail).toContain('Plans you exported as .kindred files can be imported again');
    expect(box.detail).toContain(DATA);
    expect(box.detail).not.toMatch(/error|invalid|must/i);
  });
});

describe('recoverDamagedStore', () => {
  it('restores the newest good backup when asked, and hands back the opened store', async () => {
    const f = fakes([0]);
    await expect(recoverDamagedStore(damaged(backup), f)).resolves.toBe(`store from ${backup.id}`);
    expect(f.restore).toHaveBeenCalledExactlyOnceWith(backup.id);
  });

  it('shows the folder and asks again, then quits when told, restoring nothing', async () => {
    const f = fakes([1, 3]);
    await expect(recoverDamagedStore(damaged(backup), f)).resolves.toBeNull();
    expect(f.shell.openPath).toHaveBeenCalledExactlyOnceWith(DATA);
    expect(f.boxes).toHaveLength(2);
    expect(f.restore).not.toHaveBeenCalled();
    expect(f.startAfresh).not.toHaveBeenCalled();
  });

  it('with no backup, can show the folder, and quits', async () => {
    const f = fakes([1, 2]);
    await expect(recoverDamagedStore(damaged(null), f)).resolves.toBeNull();
    expect(f.shell.openPath).toHaveBeenCalledOnce();
    expect(f.restore).not.toHaveBeenCalled();
    expect(f.startAfresh).not.toHaveBeenCalled();
  });

  it('quits, changing nothing, when the box is dismissed with Escape', async () => {
    for (const err of [damaged(null), damaged(backup)]) {
      const f = fakes([recoveryMessage(err).cancelId!]);
      await expect(recoverDamagedStore(err, f)).resolves.toBeNull();
      expect(f.restore).not.toHaveBeenCalled();
      expect(f.startAfresh).not.toHaveBeenCalled();
    }
  });

  it.each([
    ['no backup', null, 0],
    ['a backup', backup, 2],
  ])('with %s, starts with no plans when that is chosen, and hands back the new store', async (_name, newest, response) => {
    const f = fakes([response]);
    await expect(recoverDamagedStore(damaged(newest), f)).resolves.toBe('new, empty store');
    expect(f.startAfresh).toHaveBeenCalledExactlyOnceWith();
    expect(f.restore).not.toHaveBeenCalled();
  });

  it('says so, and quits, when starting with no plans fails', async () => {
    const f = fakes([0], undefined, () => {
      throw new Error('read-only folder');
    });
    await expect(recoverDamagedStore(damaged(null), f)).resolves.toBeNull();
    expect(f.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('Kindred could not start with no plans', expect.stringContaining(DATA));
    expect(f.dialog.showErrorBox.mock.calls[0]![1]).toContain('Nothing has been deleted');
    expect(f.log).toHaveBeenCalledWith(expect.stringContaining('read-only folder'));
    expect(f.boxes).toHaveLength(1);
  });

  it('says so, and quits, when the restore itself fails', async () => {
    const f = fakes([0], () => {
      throw new Error('disk full');
    });
    await expect(recoverDamagedStore(damaged(backup), f)).resolves.toBeNull();
    expect(f.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('Kindred could not restore the backup', expect.stringContaining(DATA));
    expect(f.log).toHaveBeenCalledWith(expect.stringContaining('disk full'));
  });
});
