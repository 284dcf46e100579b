import { describe, expect, it } from 'vitest';
import { makePerson, paidAgreed } from '../testing/testPlan';
import { attendancePay } from './attendance';

describe('attendance and money', () => {
  const expense = (amountPence: number) => [{ id: '00000000-0000-4000-8000-0000000000e1', kind: 'travel' as const, note: 'Train', amountPence }];
  // £25 an hour for 8 hours: £200.
  const amara = makePerson('Amara', 'carer', { payment: paidAgreed({ expenses: expense(1500) }) });
  const joe = makePerson('Joe', 'public_contributor', { payment: paidAgreed({ expenses: expense(800) }) });
  const priya = makePerson('Priya', 'researcher');
  const sam = makePerson('Sam', 'public_contributor', { payment: paidAgreed({ status: 'declined', expenses: expense(400) }) });

  it('a fee is due to those who came; their expenses are to claim', () => {
    const pay = attendancePay(
      [amara, joe, priya, sam],
      [
        { personId: amara.id, came: true },
        { personId: priya.id, came: true },
        { personId: sam.id, came: true },
      ],
    );
    expect(pay.lines.map((l) => [l.name, l.state, l.feeDuePence])).toEqual([
      ['Amara', 'came', 20000],
      ['Joe', 'not_marked', 0],
      ['Priya', 'came', 0],
      ['Sam', 'came', 0],
    ]);
    expect(pay).toMatchObject({ cameCount: 3, notMarkedCount: 1, feesDuePence: 20000, expensesToClaimPence: 1900, expensesToCheckPence: 0 });
  });

  it('someone who could not come has no fee due, but their costs are kept to check with them', () => {
    const pay = attendancePay([amara, joe], [{ personId: joe.id, came: false }]);
    expect(pay.lines[1]).toMatchObject({ state: 'did_not_come', feeDuePence: 0, expensesPence: 800 });
    expect(pay).toMatchObject({ feesDuePence: 0, expensesToClaimPence: 0, expensesToCheckPence: 800, notMarkedCount: 1 });
  });

  it('nobody marked means nobody is assumed absent', () => {
    const pay = attendancePay([amara, joe], []);
    expect(pay.lines.every((l) => l.state === 'not_marked')).toBe(true);
    expect(pay).toMatchObject({ cameCount: 0, feesDuePence: 0, expensesToCheckPence: 0 });
  });

  it('a mark for someone no longer in the plan is ignored', () => {
    const pay = attendancePay([amara], [{ personId: joe.id, came: true }]);
    expect(pay.lines).toHaveLength(1);
    expect(pay.cameCount).toBe(0);
  });
});
