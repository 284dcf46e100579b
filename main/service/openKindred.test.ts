import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempStore';
import { openKindred, resolveDataDir } from './openKindred';

describe('openKindred', () => {
  it('creates the data folder, opens kindred.db in it and seeds the sample plan', () => {
    const dataDir = join(tempDir(), 'not', 'yet', 'there');
    const kindred = openKindred({ dataDir });
    expect(kindred.dbPath).toBe(join(dataDir, 'kindred.db'));
    expect(existsSync(kindred.dbPath)).toBe(true);
    const list = kindred.service.listPlans(undefined);
    expect(list.map((p) => p.title)).toEqual(['Shaping our next study together']);
    expect(kindred.dispatch('getPlan', { planId: list[0]!.id })).toMatchObject({ ok: true });
    kindred.close();
    kindred.close();
    expect(kindred.db.open).toBe(false);
  });

  it('seeds the sample only once: deleting it is respected on the next start', () => {
    const dataDir = tempDir();
    const first = openKindred({ dataDir });
    const [sample] = first.service.listPlans(undefined);
    first.service.deletePlan({ planId: sample!.id });
    first.close();

    const second = openKindred({ dataDir });
    expect(second.service.listPlans(undefined)).toEqual([]);
    second.close();
  });

  it('purges plans deleted in an earlier session once their undo has long passed', () => {
    const dataDir = tempDir();
    const first = openKindred({ dataDir });
    const keep = first.service.createPlan({ details: { title: 'Keep' } });
    const gone = first.service.createPlan({ details: { title: 'Gone' } });
    first.service.deletePlan({ planId: gone.id });
    first.db.prepare('UPDATE plans SET deleted_at = ? WHERE id = ?').run(new Date(Date.now() - 120_000).toISOString(), gone.id);
    first.close();

    const second = openKindred({ dataDir });
    const ids = second.db.prepare<[], { id: string }>('SELECT id FROM plans').all().map((r) => r.id);
    expect(ids).toContain(keep.id);
    expect(ids).not.toContain(gone.id);
    second.close();
  });

  it('keeps everything across restarts', () => {
    const dataDir = tempDir();
    const first = openKindred({ dataDir });
    const plan = first.service.createPlan({ details: { title: 'Autosaved' } });
    first.dispatch('addBlock', { planId: plan.id, block: { kind: 'discussion', description: 'What matters most?' } });
    const saved = first.service.getPlan({ planId: plan.id });
    first.close();

    const second = openKindred({ dataDir });
    expect(second.service.getPlan({ planId: plan.id })).toEqual(saved);
    second.close();
  });
});

describe('resolveDataDir', () => {
  it('uses KINDRED_DATA_DIR when it is set', () => {
    expect(resolveDataDir('/home/amara/.config/Kindred', { KINDRED_DATA_DIR: '/tmp/kindred-e2e' })).toBe('/tmp/kindred-e2e');
  });

  it('falls back to the app folder when it is unset or empty', () => {
    expect(resolveDataDir('/default', {})).toBe('/default');
    expect(resolveDataDir('/default', { KINDRED_DATA_DIR: '' })).toBe('/default');
    expect(resolveDataDir('/default', { KINDRED_DATA_DIR: '   ' })).toBe('/default');
  });
});
