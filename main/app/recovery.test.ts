import { describe, expect, it, vi } from 'vitest';
import type { BackupSummary } from '../service/contract';
import { DatabaseDamagedError } from '../store/integrity';
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
function fakes(responses: number[], restore: (id: string) => string = (id) => `store from ${id}`) {
  const boxes: { message?: string; buttons?: string[] }[] = [];
  const dialog = {
    showMessageBox: vi.fn((box: { message?: string; buttons?: string[] }) => {
      boxes.push(box);
      return Promise.resolve({ response: responses.shift() ?? -1 });
    }),
    showErrorBox: vi.fn(),
  };
  const shell = { openPath: vi.fn(() => Promise.resolve('')) };
  return { boxes, dialog, shell, restore: vi.fn(restore), log: vi.fn() };
}

describe('recoveryMessage', () => {
  it('names the backup by its date and time, and says what restoring means', () => {
    const box = recoveryMessage(damaged(backup));
    expect(box.message).toBe('Kindred could not open your plans: the file looks damaged.');
    expect(box.buttons).toEqual(['Restore the backup from 12 March 2027 at 10:15', 'Show the folder', 'Quit']);
    expect(box.detail).toContain('from 12 March 2027 at 10:15, with 3 plans');
    expect(box.detail).toContain('kept, not deleted');
    expect(box.cancelId).toBe(2);
  });

  it('explains when there is no backup, and offers only the folder or quitting', () => {
    const box = recoveryMessage(damaged(null));
    expect(box.buttons).toEqual(['Show the folder', 'Quit']);
    expect(box.detail).toContain('There is no backup to restore yet');
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
    const f = fakes([1, 2]);
    await expect(recoverDamagedStore(damaged(backup), f)).resolves.toBeNull();
    expect(f.shell.openPath).toHaveBeenCalledExactlyOnceWith(DATA);
    expect(f.boxes).toHaveLength(2);
    expect(f.restore).not.toHaveBeenCalled();
  });

  it('with no backup, can show the folder, and quits', async () => {
    const f = fakes([0, 1]);
    await expect(recoverDamagedStore(damaged(null), f)).resolves.toBeNull();
    expect(f.shell.openPath).toHaveBeenCalledOnce();
    expect(f.restore).not.toHaveBeenCalled();
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
