import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../timing';
import { addDays, formatClockTime, localToday } from '../time';
import { fullBlock, fullPerson, planDetailsPatch } from '../validation';
import { reviewPlan } from '../review';
import { openTestStore } from '../../testing/tempStore';
import { sampleDate, samplePlan } from './samplePlan';

describe('the sample plan', () => {
  const { details, agenda: blocks, people } = samplePlan(new Date(2027, 2, 1));

  it('passes the same validation as anything a facilitator types', () => {
    expect(planDetailsPatch.safeParse(details).success).toBe(true);
    for (const block of blocks) {
      const r = fullBlock.safeParse({ ...block, id: crypto.randomUUID() });
      expect(r.success, block.title).toBe(true);
    }
  });

  it('fits its intended end, with lunch on time at 12:30', () => {
    const s = computeSchedule(
      details.startTime,
      blocks.map((b, i) => ({ ...b, id: String(i) })),
      details.endTime,
    );
    const lunch = blocks.findIndex((b) => b.kind === 'meal');
    expect(blocks[lunch]!.pinnedTime).toBe('12:30');
    expect(formatClockTime(s.rows[lunch]!.start)).toBe('12:30');
    expect(s.pinConflicts).toBe(0);
    expect(s.overrunMinutes).toBe(0);
    expect(s.totalMinutes).toBeLessThanOrEqual(4 * 60);
  });

  it('teaches a kind shape: welcome and check-in first, an agreement, a break, a shared decision, a check-out and a close', () => {
    const kinds = blocks.map((b) => b.kind);
    expect(kinds.slice(0, 2)).toEqual(['welcome', 'check_in']);
    expect(kinds.slice(-2)).toEqual(['reflection', 'close']);
    for (const k of ['relationship_building', 'ground_rules', 'presentation', 'small_groups', 'break', 'discussion', 'decision', 'meal']) {
      expect(kinds).toContain(k);
    }
    // Every activity says what will happen in words for participants.
    for (const b of blocks) if (b.kind !== 'break' && b.kind !== 'meal') expect(b.description.length).toBeGreaterThan(20);
  });

  it('names its people, with the public contributor and carer planning it and leading parts of it', () => {
    for (const person of people) expect(fullPerson.safeParse(person).success, person.name).toBe(true);
    const ids = new Set(people.map((p) => p.id));
    const lived = people.filter((p) => p.role === 'public_contributor' || p.role === 'carer');
    expect(lived.length).toBeGreaterThanOrEqual(2);
    expect(lived.every((p) => p.coPlans)).toBe(true);
    for (const b of blocks) if (b.leadPersonId !== null) expect(ids.has(b.leadPersonId)).toBe(true);
    expect(blocks.some((b) => lived.some((p) => p.id === b.leadPersonId))).toBe(true);
    const decision = blocks.find((b) => b.kind === 'decision')!;
    expect(decision.decision).not.toBe('');
    expect(decision.decidedByAll).toBe(true);
  });

  it('passes its own review: nothing important, and plain English throughout', () => {
    const store = openTestStore();
    const plan = store.service.getPlan({ planId: store.service.addSamplePlan(undefined).id });
    // Reviewed as the app does, on the day the sample was made: about four weeks before the workshop.
    const today = localToday(store.clock());
    const findings = reviewPlan(plan, { today });
    expect(findings.filter((f) => f.weight === 'important')).toEqual([]);
    expect(findings.filter((f) => f.principle === 'plain_english' || f.principle === 'sharing_power')).toEqual([]);
    // What it leaves to teach: agreeing payment before the day.
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(['payment-to-agree']));
    expect(reviewPlan(plan)).toEqual(findings);
  });

  it('has its access needs arranged in good time, and reminds about packs in the last week', () => {
    const store = openTestStore();
    const plan = store.service.getPlan({ planId: store.service.addSamplePlan(undefined).id });
    const ruleIds = (today: string) => new Set(reviewPlan(plan, { today }).map((f) => f.ruleId));
    expect(ruleIds(addDays(plan.date!, -8))).toEqual(new Set(['payment-to-agree']));
    expect(ruleIds(addDays(plan.date!, -5))).toEqual(new Set(['payment-to-agree', 'materials-not-sent']));
    // After the day, getting ready is over.
    expect(ruleIds(addDays(plan.date!, 1))).toEqual(new Set(['payment-to-agree']));
  });

  it('is dated about four weeks ahead, on a Wednesday', () => {
    expect(sampleDate(new Date(2027, 2, 1))).toBe('2027-03-31');
    expect(sampleDate(new Date(2027, 11, 10))).toBe('2028-01-12');
    const d = new Date(`${details.date}T12:00:00`);
    expect(d.getDay()).toBe(3);
  });
});
