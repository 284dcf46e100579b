import { describe, expect, it } from 'vitest';
import { countSentence, flowSentence, mergedSentence, summaryLine } from './directoryWords';

describe('the People screen’s words', () => {
  it('counts people, and what a search shows', () => {
    expect(countSentence(0, 0, false)).toBe('Nobody here yet.');
    expect(countSentence(1, 1, false)).toBe('1 person');
    expect(countSentence(12, 2000, true)).toBe('Showing 12 of 2,000 people.');
    expect(countSentence(0, 2, true)).toBe('Nobody matches that search, out of 2 people.');
  });

  it('counts only those whose consent is due a check, when that is what is shown', () => {
    expect(countSentence(0, 0, false, true)).toBe('Nobody’s consent needs checking just now.');
    expect(countSentence(3, 3, false, true)).toBe('3 people to check consent with.');
    expect(countSentence(1, 3, true, true)).toBe('Showing 1 of 3 people.');
  });

  it('says where a saved profile went, and where it did not', () => {
    expect(flowSentence('Amara', 0, 0)).toBe('Saved Amara’s profile.');
    expect(flowSentence('Amara', 2, 1)).toBe(
      'Saved Amara’s profile, and updated it in 2 open plans. 1 delivered plan keeps what was true on the day.',
    );
  });

  it('says what a merge combined, with the right number of plans', () => {
    expect(mergedSentence('Amara', [], 0)).toBe('Merged into one profile for Amara. Nothing needed adding from the other entry.');
    expect(mergedSentence('Amara', ['email from the other entry', 'one more role'], 1)).toBe(
      'Merged into one profile for Amara. Added email from the other entry and one more role. The other entry’s plan now points to this profile.',
    );
    expect(mergedSentence('Amara', ['a', 'b', 'c'], 3)).toMatch(/Added a, b and c\. The other entry’s 3 plans now point/);
  });

  it('sums someone up in a line', () => {
    const base = { id: 'x', name: 'Sam', knownAs: '', email: '', phone: '', createdAt: '', askAgainOn: null };
    expect(summaryLine({ ...base, roles: ['researcher'], organisation: 'Cardiff University', lastInvolved: '2027-06-04', planCount: 2 })).toBe(
      'Researcher · Cardiff University · Last involved 4 June 2027',
    );
    expect(summaryLine({ ...base, roles: [], organisation: '', lastInvolved: null, planCount: 0 })).toBe('Not in a plan yet');
  });
});
