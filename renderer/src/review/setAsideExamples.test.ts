import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS } from '../../../main/domain/review';
import { PRINCIPLES } from '../../../main/domain/review/types';
import { RULES_WITH_EXAMPLES, exampleReason } from './setAsideExamples';

describe('exampleReason', () => {
  it('has an example of its own for every rule the review has, and none for rules it no longer has', () => {
    expect([...RULES_WITH_EXAMPLES].sort()).toEqual([...RULE_IDS].sort());
  });

  it('fits the finding: a reason about ground rules for ground rules, about breaks for breaks', () => {
    expect(exampleReason({ ruleId: 'ground-rules-missing', principle: 'relationships' })).toBe('Our group agreed its ground rules last month.');
    expect(exampleReason({ ruleId: 'break-missing', principle: 'time_and_pace' })).toMatch(/step away/);
    expect(exampleReason({ ruleId: 'jargon', principle: 'plain_english' })).toMatch(/word/);
    expect(exampleReason({ ruleId: 'payment-missing', principle: 'reciprocity' })).toMatch(/employer pays/);
  });

  it('never offers the same example for two different rules', () => {
    const examples = RULE_IDS.map((ruleId) => exampleReason({ ruleId, principle: 'kindness' }));
    expect(new Set(examples).size).toBe(examples.length);
  });

  it('a rule without an example of its own borrows one from its principle', () => {
    for (const principle of PRINCIPLES) {
      const example = exampleReason({ ruleId: 'a-rule-from-the-future', principle });
      expect(example, principle).toMatch(/^[A-Z].+\.$/);
    }
    expect(exampleReason({ ruleId: 'a-rule-from-the-future', principle: 'access' })).toMatch(/arranged/);
  });

  it('speaks in short, plain sentences with no names, pronouns for one person, or research words', () => {
    for (const rule of RULES) {
      const example = exampleReason({ ruleId: rule.id, principle: 'kindness' });
      expect(example.split(/\s+/).length, rule.id).toBeLessThanOrEqual(16);
      expect(example, rule.id).not.toMatch(/\b(she|he|her|him|his|Amara|Sam|Priya)\b/);
    }
  });
});
