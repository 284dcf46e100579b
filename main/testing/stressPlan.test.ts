import { describe, expect, it } from 'vitest';
import { parsePlanFile, serialisePlanFile } from '../domain/planFile';
import { REALISTIC_SIZE, STRESS_SIZE, sizedPlan } from './stressPlan';

describe('the plan sizes the UI bench and the big-plan journey use', () => {
  it('makes the stress plan: 300 blocks, 60 people with 5 different needs each, a valid plan file', () => {
    const plan = sizedPlan(STRESS_SIZE);
    expect(plan.blocks).toHaveLength(300);
    expect(plan.people).toHaveLength(60);
    for (const p of plan.people) {
      expect(p.consent.store).toBe(true);
      expect(new Set(p.accessNeeds.map((n) => n.type)).size).toBe(5);
    }
    expect(new Set(plan.people.flatMap((p) => p.accessNeeds.map((n) => n.id))).size).toBe(300);
    // Every state of arranging is there, so each list of the Access board fills.
    expect(new Set(plan.people.flatMap((p) => p.accessNeeds.map((n) => n.arrangement.status)))).toEqual(
      new Set(['to_arrange', 'arranged', 'cannot_meet']),
    );
    expect(parsePlanFile(serialisePlanFile(plan, '2027-03-01T10:00:00.000Z')).people).toHaveLength(60);
  });

  it('makes the realistic plan: 40 blocks, and the people and needs of the large test plan', () => {
    const plan = sizedPlan(REALISTIC_SIZE);
    expect(plan.blocks).toHaveLength(40);
    expect(plan.people).toHaveLength(60);
    expect(plan.title).toBe(`A plan of 40 blocks and 60 people with ${plan.people.reduce((n, p) => n + p.accessNeeds.length, 0)} access needs`);
    expect(() => parsePlanFile(serialisePlanFile(plan, '2027-03-01T10:00:00.000Z'))).not.toThrow();
  });
});
