import { describe, expect, it } from 'vitest';
import { backupWhen, formatSize, restoreSummary, restoredSentence, whenInSentence } from './backupWords';

// Local dates, so the tests hold in any time zone: the screen speaks the facilitator's own clock.
const at = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).toISOString();
const now = new Date(2026, 10, 28, 14, 30); // Saturday 28 November 2026, 14:30

describe('backupWhen', () => {
  it('says today and yesterday in words, with the time on a 24-hour clock', () => {
    expect(backupWhen(at(2026, 11, 28, 10, 15), now)).toBe('Today at 10:15');
    expect(backupWhen(at(2026, 11, 28, 0, 5), now)).toBe('Today at 00:05');
    expect(backupWhen(at(2026, 11, 27, 23, 59), now)).toBe('Yesterday at 23:59');
  });

  it('gives older days their weekday and full date', () => {
    expect(backupWhen(at(2026, 11, 24, 9, 2), now)).toBe('Tuesday 24 November 2026 at 09:02');
    expect(backupWhen(at(2025, 12, 31, 18, 0), new Date(2026, 0, 2, 9, 0))).toBe('Wednesday 31 December 2025 at 18:00');
  });

  it('counts yesterday across the start of a month and a year', () => {
    expect(backupWhen(at(2026, 11, 30, 20, 0), new Date(2026, 11, 1, 8, 0))).toBe('Yesterday at 20:00');
    expect(backupWhen(at(2026, 12, 31, 20, 0), new Date(2027, 0, 1, 8, 0))).toBe('Yesterday at 20:00');
  });

  it('shows a time it cannot read as it came, rather than a wrong date', () => {
    expect(backupWhen('not a date', now)).toBe('not a date');
  });
});

describe('whenInSentence', () => {
  it('lowers today and yesterday but keeps a weekday’s capital', () => {
    expect(whenInSentence('Today at 10:15')).toBe('today at 10:15');
    expect(whenInSentence('Yesterday at 10:15')).toBe('yesterday at 10:15');
    expect(whenInSentence('Tuesday 24 November 2026 at 09:02')).toBe('Tuesday 24 November 2026 at 09:02');
  });
});

describe('formatSize', () => {
  it('uses KB below a megabyte and MB above, rounded as a file manager would', () => {
    expect(formatSize(300)).toBe('Under 1 KB');
    expect(formatSize(1024)).toBe('1 KB');
    expect(formatSize(49_152)).toBe('48 KB');
    expect(formatSize(1_258_291)).toBe('1.2 MB');
    expect(formatSize(25 * 1024 * 1024)).toBe('25 MB');
  });
});

describe('restoreSummary', () => {
  const when = 'Tuesday 24 November 2026 at 09:02';

  it('names both counts and that the plans now are kept first', () => {
    expect(restoreSummary(3, 2, when)).toBe(
      'All your plans now (3 plans) will be replaced with the 2 plans from Tuesday 24 November 2026 at 09:02. ' +
        'Kindred backs up your plans as they are now first, so you can go back.',
    );
  });

  it('speaks of one plan in the singular, and of today in a sentence', () => {
    expect(restoreSummary(1, 1, 'Today at 10:15')).toMatch(/^All your plans now \(1 plan\) will be replaced with the 1 plan from today at 10:15\./);
  });

  it('is plain when there is nothing on either side', () => {
    expect(restoreSummary(0, 4, when)).toMatch(/^You have no plans now\. They will be replaced with the 4 plans from Tuesday/);
    expect(restoreSummary(2, 0, when)).toMatch(/replaced with the backup from Tuesday 24 November 2026 at 09:02, which holds no plans\./);
  });
});

describe('restoredSentence', () => {
  it('says what came back and where the replaced plans are kept', () => {
    expect(restoredSentence(2, 'Tuesday 24 November 2026 at 09:02', 'Today at 10:20')).toBe(
      'Restored the 2 plans from Tuesday 24 November 2026 at 09:02. ' +
        'Your plans as they were just before are kept in a backup made today at 10:20, marked “Before a restore”.',
    );
    expect(restoredSentence(0, 'Yesterday at 18:00', 'Today at 10:20')).toMatch(
      /^Restored the backup from yesterday at 18:00, which holds no plans\./,
    );
  });
});
