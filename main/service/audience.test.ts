/**
 * Who a session is for: kept with the plan, checked when changed, carried by plan files, and empty
 * for every plan saved before Kindred asked.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile, serialisePlanFile } from '../domain/planFile';
import { fixturePath, SHIPPED_VERSIONS } from '../store/fixtures/makeFixtures';
import { openTestStore, tempDir } from '../testing/tempStore';
import { openKindred } from './openKindred';

describe('the audience a plan records', () => {
  it('starts empty, keeps what is ticked in order, and survives reopening', async () => {
    const { service, dispatch } = openTestStore();
    const plan = service.createPlan(undefined);
    expect(plan.audience).toEqual([]);
    const res = await dispatch('updatePlan', { planId: plan.id, patch: { audience: ['young_carers', 'under_18'] } });
    expect(res.ok).toBe(true);
    expect(service.getPlan({ planId: plan.id }).audience).toEqual(['young_carers', 'under_18']);
  });

  it('refuses an unknown group or a repeated one kindly, and changes nothing', async () => {
    const { service, dispatch } = openTestStore();
    const plan = service.createPlan(undefined);
    await dispatch('updatePlan', { planId: plan.id, patch: { audience: ['works_daytime'] } });
    for (const audience of [['pensioners'], ['under_18', 'under_18'], 'under_18']) {
      const res = await dispatch('updatePlan', { planId: plan.id, patch: { audience } });
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.message).not.toMatch(/invalid|error/i);
    }
    expect(service.getPlan({ planId: plan.id }).audience).toEqual(['works_daytime']);
  });

  it('travels in a plan file, and an older file without it reads as empty', () => {
    const { service } = openTestStore();
    const plan = service.updatePlan({ planId: service.createPlan(undefined).id, patch: { audience: ['under_18'] } });
    const text = serialisePlanFile(service.getPlan({ planId: plan.id }), '2027-03-01T09:00:00.000Z');
    expect(parsePlanFile(text).audience).toEqual(['under_18']);
    const older = JSON.parse(text) as { plan: Record<string, unknown> };
    delete older.plan.audience;
    expect(parsePlanFile(JSON.stringify(older)).audience).toEqual([]);
  });

  it.each(SHIPPED_VERSIONS.map((v) => [v]))('is empty for every plan in a schema version %i database once migrated', (version) => {
    const dataDir = tempDir();
    copyFileSync(fixturePath(version), join(dataDir, 'kindred.db'));
    const kindred = openKindred({ dataDir });
    try {
      const plans = kindred.service.listPlans(undefined);
      expect(plans.length).toBeGreaterThan(0);
      for (const p of plans) expect(kindred.service.getPlan({ planId: p.id }).audience).toEqual([]);
      // And takes a new answer at once.
      kindred.service.updatePlan({ planId: plans[0]!.id, patch: { audience: ['young_carers'] } });
      expect(kindred.service.getPlan({ planId: plans[0]!.id }).audience).toEqual(['young_carers']);
    } finally {
      kindred.close();
    }
  });
});
