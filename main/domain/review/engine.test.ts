import { describe, expect, it } from 'vitest';
import { STARTER_TEMPLATES } from '../library/templates';
import { templateAsPlan } from '../library/templatePlan';
import { EMPTY_PAYMENT } from '../people';
import type { Plan, SetAside } from '../plan';
import { applySetAsides, participantTexts, reviewCounts, reviewPlan, RULE_IDS } from './index';
import { goodPlan, largePlan, makeBlock, withBlocks, withPerson } from '../../testing/testPlan';
import type { Finding } from './types';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A plan with a lot to say about it: most rules fire, several of them more than once. */
function troubledPlan(): Plan {
  const plan = goodPlan({
    purpose:
      'We will utilise the PPI cohort to facilitate co-design of the intervention going forward, so that stakeholders can see how the findings from the qualitative work will be used.',
    whatCouldChange: '',
    followUp: '',
    givesBack: [],
    venueName: '',
    format: 'hybrid',
    startTime: '09:00',
    endTime: '13:00',
    date: '2029-01-01',
  });
  const unpaid = withPerson(plan, 'Amara', { payment: { ...EMPTY_PAYMENT }, coPlans: false, coFacilitates: false });
  return {
    ...unpaid,
    blocks: [
      makeBlock('presentation', { title: 'Overview', durationMinutes: 100, description: '' }),
      makeBlock('discussion', { durationMinutes: 60, description: '' }),
      makeBlock('decision', { title: 'First choice', decidedByAll: false, decision: '' }),
      makeBlock('decision', { title: 'Second choice', decidedByAll: false }),
      makeBlock('meal', { pinnedTime: '11:00' }),
      makeBlock('activity', { durationMinutes: 100 }),
    ],
  };
}

const setAside = (findingId: string, reason = 'We talked it through'): SetAside => ({ findingId, reason, setAt: '2027-03-02T10:00:00.000Z' });

describe('reviewPlan', () => {
  it('finds nothing to say about the good plan', () => {
    expect(reviewPlan(goodPlan())).toEqual([]);
  });

  it('raises nothing important for any starter template', () => {
    STARTER_TEMPLATES.forEach((t, i) => {
      const important = reviewPlan(templateAsPlan(t, i)).filter((f) => f.weight === 'important');
      expect(
        important.map((f) => f.id),
        t.id,
      ).toEqual([]);
    });
  });

  it('gives the same findings, in the same order, for the same plan, and never changes the plan', () => {
    const plan = deepFreeze(troubledPlan());
    const before = JSON.stringify(plan);
    const first = reviewPlan(plan);
    const second = reviewPlan(structuredClone(plan));
    expect(first.length).toBeGreaterThan(15);
    expect(second).toEqual(first);
    expect(reviewPlan(plan)).toEqual(first);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('puts important findings first, then follows rule order, keeping each rule’s own order', () => {
    const findings = reviewPlan(troubledPlan());
    const weights = findings.map((f) => f.weight);
    const firstConsider = weights.indexOf('consider');
    expect(firstConsider).toBeGreaterThan(0);
    expect(weights.slice(firstConsider)).not.toContain('important');
    for (const group of [findings.slice(0, firstConsider), findings.slice(firstConsider)]) {
      const order = group.map((f) => RULE_IDS.indexOf(f.ruleId));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    // Per-block findings follow the agenda.
    const decisions = findings.filter((f) => f.ruleId === 'decision-unnamed').map((f) => f.message);
    expect(decisions).toEqual(['Who decides in “First choice”? Nobody is named yet.', 'Who decides in “Second choice”? Nobody is named yet.']);
  });

  it('gives a rule’s heavier findings a place among the important ones', () => {
    const heavy = withBlocks(goodPlan({ endTime: '20:00' }), (b) => (b.kind === 'presentation' ? { ...b, durationMinutes: 200 } : b));
    const findings = reviewPlan(heavy);
    const talks = findings.findIndex((f) => f.ruleId === 'presentations-heavy');
    expect(findings[talks]!.weight).toBe('important');
    expect(findings.slice(0, talks).every((f) => f.weight === 'important')).toBe(true);
  });

  it('gives each finding an id unique within the review', () => {
    for (const plan of [troubledPlan(), largePlan()]) {
      const ids = reviewPlan(plan).map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('reviews a 300-block plan with 60 people', () => {
    const plan = largePlan();
    const findings = reviewPlan(plan);
    expect(findings.length).toBeGreaterThan(50);
    for (const f of findings) {
      if (f.action?.type === 'addBlock') {
        expect(f.action.index).toBeGreaterThanOrEqual(0);
        expect(f.action.index).toBeLessThanOrEqual(plan.blocks.length);
      }
    }
    // Reviewing again (with the plain-English results remembered) gives the same answer.
    expect(reviewPlan({ ...plan, blocks: [...plan.blocks] })).toEqual(findings);
  });
});

describe('applySetAsides', () => {
  const findings = reviewPlan(troubledPlan());
  const decision = findings.find((f) => f.ruleId === 'decision-unnamed')!;

  it('moves set-aside findings to considered, with their reason, keeping the review’s order in both', () => {
    const result = applySetAsides(findings, [setAside('venue-missing', 'Sent separately'), setAside(decision.id)]);
    expect(result.considered).toEqual([
      { finding: decision, reason: 'We talked it through', setAt: '2027-03-02T10:00:00.000Z' },
      { finding: findings.find((f) => f.id === 'venue-missing')!, reason: 'Sent separately', setAt: '2027-03-02T10:00:00.000Z' },
    ]);
    expect(result.open).toEqual(findings.filter((f) => f.id !== 'venue-missing' && f.id !== decision.id));
  });

  it('ignores set-asides whose finding no longer fires', () => {
    const result = applySetAsides(findings, [setAside('ground-rules-missing:old'), setAside('meal-missing')]);
    expect(result.open).toEqual(findings);
    expect(result.considered).toEqual([]);
  });

  it('sets aside one finding of a rule that fires more than once, by its full id', () => {
    const result = applySetAsides(findings, [setAside(decision.id)]);
    expect(result.open.filter((f) => f.ruleId === 'decision-unnamed')).toHaveLength(1);
  });

  it('does not change what it is given', () => {
    const frozen = deepFreeze([...findings]);
    expect(() => applySetAsides(frozen, deepFreeze([setAside('venue-missing')]))).not.toThrow();
  });
});

describe('reviewCounts', () => {
  it('counts open findings by weight, and those set aside', () => {
    const findings: Finding[] = reviewPlan(troubledPlan());
    const result = applySetAsides(findings, [setAside('venue-missing'), setAside('what-could-change-missing')]);
    const important = result.open.filter((f) => f.weight === 'important').length;
    expect(reviewCounts(result)).toEqual({
      open: findings.length - 2,
      important,
      consider: findings.length - 2 - important,
      considered: 2,
    });
    expect(reviewCounts({ open: [], considered: [] })).toEqual({ open: 0, important: 0, consider: 0, considered: 0 });
  });
});

describe('participantTexts', () => {
  it('lists what participants read, in pack order, with labels, leaving out empty fields', () => {
    const lunch = makeBlock('meal', { title: 'Lunch', description: '' });
    const talk = makeBlock('presentation', { title: '  ', description: 'A short talk.' });
    const texts = participantTexts(goodPlan({ whatCouldChange: ' ', blocks: [lunch, talk] }));
    expect(texts.map((t) => t.label)).toEqual([
      'Plan name',
      'Why we are meeting',
      'How we will tell people what changed',
      '“Lunch” title',
      '“Presentation” description',
    ]);
    expect(texts[3]).toEqual({ target: { kind: 'block', blockId: lunch.id, field: 'title' }, label: '“Lunch” title', text: 'Lunch' });
    expect(texts[1]!.target).toEqual({ kind: 'plan', field: 'purpose' });
  });
});
