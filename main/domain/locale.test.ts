import { describe, expect, it } from 'vitest';
import {
  clockExample,
  clockHint,
  dateHint,
  unfinishedMessage,
  dateOrder,
  endBeforeStartMessage,
  formatClock,
  impossibleDateMessage,
  startAfterEndMessage,
} from './locale';

describe('date order and hint', () => {
  it('follows the chosen locale, not the computer', () => {
    expect(dateOrder('en-GB')).toBe('day / month / year');
    expect(dateOrder('en-IE')).toBe('day / month / year');
    expect(dateOrder('en-US')).toBe('month / day / year');
    expect(dateOrder('en-CA')).toBe('year / month / day');
  });

  it('gives an example of 12 March 2027 in that order', () => {
    expect(dateHint('en-GB')).toBe('Day / month / year, like 12/03/2027.');
    expect(dateHint('en-US')).toBe('Month / day / year, like 3/12/2027.');
  });
});

describe('impossibleDateMessage', () => {
  it('names a date that does not exist, in words', () => {
    expect(impossibleDateMessage(31, 2, 2027)).toBe(
      'There is no 31 February 2027: February has 28 days in 2027. Could you check the day and the month?',
    );
    expect(impossibleDateMessage(31, 4, 2027)).toBe('There is no 31 April 2027: April has 30 days. Could you check the day and the month?');
  });

  it('accepts real dates, leap days included', () => {
    expect(impossibleDateMessage(29, 2, 2028)).toBeNull();
    expect(impossibleDateMessage(29, 2, 2027)).not.toBeNull();
    expect(impossibleDateMessage(29, 2, 2100)).not.toBeNull();
    expect(impossibleDateMessage(29, 2, 2000)).toBeNull();
    expect(impossibleDateMessage(31, 12, 2027)).toBeNull();
  });
});

describe('unfinishedMessage', () => {
  it('names the parts still to type, in words', () => {
    expect(unfinishedMessage(['year'], 'date')).toBe('Add the year to finish this date, or clear it. Until then, nothing has changed.');
    expect(unfinishedMessage(['day', 'month'], 'date')).toMatch(/^Add the day and the month to finish this date/);
    expect(unfinishedMessage(['minute', 'dayPeriod'], 'time')).toMatch(/^Add the minutes and am or pm to finish this time/);
  });
});

describe('clockExample', () => {
  it('writes the example the way the field shows it', () => {
    expect(clockExample('15:30', '24h', 'en-GB')).toBe('15:30');
    expect(clockExample('15:30', '12h', 'en-GB')).toBe('3:30 pm');
    expect(clockExample('10:00', '12h', 'en-US')).toBe('10:00 AM');
  });
});

describe('clockHint', () => {
  it('names the clock and gives an example in it, 10:00 unless the field has its own', () => {
    expect(clockHint('24h', 'en-GB')).toBe('24-hour clock, like 10:00.');
    expect(clockHint('12h', 'en-GB', '15:30')).toBe('12-hour clock, like 3:30 pm.');
    expect(clockHint('12h', 'en-US')).toBe('12-hour clock, like 10:00 AM.');
  });
});

describe('formatClock', () => {
  it('keeps 24-hour times as stored', () => {
    expect(formatClock('14:30', '24h')).toBe('14:30');
  });

  it('reads the 12-hour clock the UK way round midnight and noon', () => {
    expect(formatClock('00:05', '12h')).toBe('12:05 am');
    expect(formatClock('09:30', '12h')).toBe('9:30 am');
    expect(formatClock('12:00', '12h')).toBe('12:00 pm');
    expect(formatClock('23:59', '12h')).toBe('11:59 pm');
  });
});

describe('a day ends after it starts', () => {
  it('refuses an end before or at the start, naming the start', () => {
    expect(endBeforeStartMessage('10:00', '09:30')).toBe(
      'That is before the start time, 10:00. Could you choose a later end time, or an earlier start?',
    );
    expect(endBeforeStartMessage('14:00', '14:00')).toMatch(/end after it starts at 14:00/);
    expect(endBeforeStartMessage('14:00', '09:00', '12h')).toMatch(/start time, 2:00 pm/);
  });

  it('accepts a later end, or no end at all', () => {
    expect(endBeforeStartMessage('10:00', '10:01')).toBeNull();
    expect(endBeforeStartMessage('09:00', '17:00')).toBeNull();
    expect(endBeforeStartMessage('10:00', null)).toBeNull();
    expect(startAfterEndMessage('10:00', null)).toBeNull();
    expect(startAfterEndMessage('16:00', '15:00')).toMatch(/end time, 15:00/);
  });
});
