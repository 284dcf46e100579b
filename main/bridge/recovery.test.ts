/**
 * The bridge recovers from a damaged kindred.db through the service (never by reaching into the
 * store): without `recover` it refuses to start and leaves the file alone; with it, it opens the
 * restored or fresh store and says where the damaged file was kept.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DatabaseDamagedError, openKindred } from '../service/openKindred';
import { tempDir } from '../testing/tempStore';
import { startBridge } from './server';

async function damagedStoreWithBackup(): Promise<{ dataDir: string; damaged: Buffer; backupId: string }> {
  const dataDir = tempDir();
  const kindred = openKindred({ dataDir });
  kindred.service.createPlan({ details: { title: 'Worth keeping' } });
  const backup = await kindred.service.backupNow(undefined);
  kindred.close();
  const damaged = Buffer.from('These are my notes, saved over the plans by mistake.');
  writeFileSync(join(dataDir, 'kindred.db'), damaged);
  return { dataDir, damaged, backupId: backup.id };
}

const titles = (bridge: Awaited<ReturnType<typeof startBridge>>) =>
  bridge.kindred.service
    .listPlans(undefined)
    .map((p) => p.title)
    .sort();

describe('the bridge and a damaged kindred.db', () => {
  it('refuses to start, offering the newest good backup, and leaves the file as it was', async () => {
    const { dataDir, damaged, backupId } = await damagedStoreWithBackup();
    const failed = await startBridge({ dataDir }).catch((err: unknown) => err);
    expect(failed).toBeInstanceOf(DatabaseDamagedError);
    expect((failed as DatabaseDamagedError).newestBackup?.id).toBe(backupId);
    expect(readFileSync(join(dataDir, 'kindred.db')).equals(damaged)).toBe(true);
  });

  it('restores the backup it is given, keeping the damaged file beside it', async () => {
    const { dataDir, damaged, backupId } = await damagedStoreWithBackup();
    const bridge = await startBridge({ dataDir, recover: { backupId } });
    onTestFinished(() => bridge.close());
    expect(titles(bridge)).toEqual(['Shaping our next study together', 'Worth keeping']);
    expect(basename(bridge.damagedFileKeptAs ?? '')).toMatch(/^kindred-damaged-\d{8}t\d{6}z\.db$/);
    expect(readFileSync(bridge.damagedFileKeptAs!).equals(damaged)).toBe(true);
  });

  it('starts afresh when asked, keeping the damaged file beside it', async () => {
    const { dataDir, damaged } = await damagedStoreWithBackup();
    const bridge = await startBridge({ dataDir, recover: 'afresh' });
    onTestFinished(() => bridge.close());
    expect(titles(bridge)).toEqual(['Shaping our next study together']);
    expect(readFileSync(bridge.damagedFileKeptAs!).equals(damaged)).toBe(true);
  });

  it('says nothing was set aside when nothing was damaged', async () => {
    const bridge = await startBridge({ dataDir: tempDir() });
    onTestFinished(() => bridge.close());
    expect(bridge.damagedFileKeptAs).toBeUndefined();
  });

  it('treats a missing kindred.db beside backups as damage, and restores the backup with nothing to set aside', async () => {
    const { dataDir, backupId } = await damagedStoreWithBackup();
    rmSync(join(dataDir, 'kindred.db'));
    const failed = await startBridge({ dataDir }).catch((err: unknown) => err);
    expect((failed as DatabaseDamagedError).newestBackup?.id).toBe(backupId);

    const bridge = await startBridge({ dataDir, recover: { backupId } });
    onTestFinished(() => bridge.close());
    expect(titles(bridge)).toEqual(['Shaping our next study together', 'Worth keeping']);
    expect(bridge.damagedFileKeptAs).toBeUndefined();
  });
});
