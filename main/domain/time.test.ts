import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDate,
  formatDateWithWeekday,
  formatDuration,
  formatDurationLong,
  isClockTime,
  isIsoDate,
  parseClockTime,
} from './time';

describe('clock times', () => {
  it('accepts only real 24-hour HH:MM times', () => {
    for (const ok of ['00:00', '09:30', '12:30', '23:59']) expect(isClockTime(ok)).toBe(true);
    for (const bad of ['24:00', '9:30', '12:60', '12.30', ' 12:30', '12:30 ', 'noon', '', '1230', '-1:00']) {
      expect(isClockTime(bad)).toBe(false);
    }
  });

  it('parses to minutes after midnight and refuses anything else', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('09:30')).toBe(570);
    expect(parseClockTime('23:59')).toBe(1439);
    expect(() => parseClockTime('25:00')).toThrow(RangeError);
    expect(() => parseClockTime('lunchtime')).toThrow(RangeError);
  });

  it('formats minutes as a clock time, wrapping past midnight and before it', () => {
    expect(formatClockTime(570)).toBe('09:30');
    expect(formatClockTime(24 * 60 + 15)).toBe('00:15');
    expect(formatClockTime(-15)).toBe('23:45');
  });
});

describe('durations', () => {
  it('are short for the screen', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 hr');
    expect(formatDuration(95)).toBe('1 hr 35 min');
    expect(formatDuration(-5)).toBe('0 min');
  });

  it('are spelt out for screen readers, with singulars', () => {
    expect(formatDurationLong(1)).toBe('1 minute');
    expect(formatDurationLong(60)).toBe('1 hour');
    expect(formatDurationLong(61)).toBe('1 hour 1 minute');
    expect(formatDurationLong(150)).toBe('2 hours 30 minutes');
  });
});

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2027-03-12')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate('2027-00-10')).toBe(false);
    expect(isIsoDate('12/03/2027')).toBe(false);
    expect(isIsoDate('2027-3-12')).toBe(false);
  });

  it('formats in the house style', () => {
    expect(formatDate('2027-03-12')).toBe('12 March 2027');
    expect(formatDateWithWeekday('2027-03-12')).toBe('Friday 12 March 2027');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
