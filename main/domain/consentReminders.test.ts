import { describe, expect, it } from 'vitest';
import { consentReminder, consentReminderSentence, consentReminderWords, consentToCheck } from './consentReminders';

describe('consent reminders', () => {
  it('is overdue after its date, due from a month before it, and quiet before that or with no date', () => {
    const today = '2027-03-01';
    expect(consentReminder('2027-02-28', today)).toBe('overdue');
    expect(consentReminder('2027-03-01', today)).toBe('due');
    expect(consentReminder('2027-03-31', today)).toBe('due');
    expect(consentReminder('2027-04-01', today)).toBeNull();
    expect(consentReminder(null, today)).toBeNull();
  });

  it('lists only those to check, longest overdue first', () => {
    const people = [
      { id: 'a', askAgainOn: '2027-03-20' },
      { id: 'b', askAgainOn: null },
      { id: 'c', askAgainOn: '2026-12-01' },
      { id: 'd', askAgainOn: '2028-01-01' },
    ];
    expect(consentToCheck(people, '2027-03-01').map((p) => p.id)).toEqual(['c', 'a']);
  });

  it('words each case kindly', () => {
    expect(consentReminderWords('2027-02-28', 'overdue')).toBe('Time to check consent again (it was due 28 February 2027)');
    expect(consentReminderWords('2027-03-20', 'due')).toBe('Check consent by 20 March 2027');
    expect(consentReminderSentence(0, 0)).toBe('');
    expect(consentReminderSentence(1, 0)).toBe(
      'It is time to check consent with one person: ask whether they are still happy for you to keep their details.',
    );
    expect(consentReminderSentence(2, 1)).toBe(
      'It is time to check consent with 3 people: ask whether they are still happy for you to keep their details. For one person, the date has passed.',
    );
    expect(consentReminderSentence(0, 2)).toContain('Their dates have passed.');
  });
});
