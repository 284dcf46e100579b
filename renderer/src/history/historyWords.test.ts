import { describe, expect, it } from 'vitest';
import type { PersonHistory, TaxYearTotal } from '../../../main/domain/history';
import { benefitsPromptWords, hoursWords, partWords } from './historyWords';

const year = (startYear: number, totalPence: number, passes: boolean): TaxYearTotal => ({
  startYear,
  label: `${startYear} to ${startYear + 1}`,
  sessions: 1,
  feesPence: totalPence,
  expensesPence: 0,
  totalPence,
  passesBenefitsCheck: passes,
});

describe('the words of a history', () => {
  it('says the part someone played, in one phrase', () => {
    expect(partWords({ led: [], coPlanned: false, coChaired: false })).toBe('Took part');
    expect(partWords({ led: ['Welcome'], coPlanned: true, coChaired: true })).toBe('Led “Welcome”, co-planned and co-chaired');
    expect(partWords({ led: [], coPlanned: true, coChaired: false })).toBe('Co-planned');
  });

  it('says hours plainly', () => {
    expect(hoursWords(0)).toBe('None recorded');
    expect(hoursWords(1)).toBe('1 hour');
    expect(hoursWords(2.5)).toBe('2.5 hours');
  });

  it('prompts gently about benefits advice only for a year past the amount set, naming its source and date', () => {
    const check = { amountPence: 100000, source: 'Our welfare rights adviser', asOf: '2027-01-04' };
    const history = (years: TaxYearTotal[], c: PersonHistory['benefitsCheck'] = check): PersonHistory => ({
      entries: [],
      taxYears: years,
      benefitsCheck: c,
    });
    expect(benefitsPromptWords('Nia', history([year(2027, 120000, false), year(2026, 150000, true)]))).toBe(
      'Nia’s payments in the 2026 to 2027 tax year come to £1,500, more than the £1,000 you set (Our welfare rights adviser, checked 4 January 2027). It may be a good moment to check their benefits advice is current.',
    );
    expect(benefitsPromptWords('Nia', history([year(2026, 90000, false)]))).toBeNull();
    expect(benefitsPromptWords('Nia', history([year(2026, 150000, true)], null))).toBeNull();
  });
});
