import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDERS } from '../../../main/domain/access';
import { canClearPersonalData, clearedText, namesAsRoles, personalDataReminderDays, sinceWorkshopText, type ReminderPlan } from './reminder';

const delivered: ReminderPlan = {
  status: 'delivered',
  deliveredOn: '2027-03-12',
  personalDataClearedOn: null,
  people: [{ name: 'Amara' }],
};
const days = (n: number) => ({ personalDataDays: n });

describe('personalDataReminderDays', () => {
  it('is due once the chosen number of days has passed, with the days since', () => {
    expect(personalDataReminderDays(delivered, DEFAULT_REMINDERS, '2027-06-14')).toBe(94);
    expect(personalDataReminderDays(delivered, DEFAULT_REMINDERS, '2027-06-10')).toBe(90);
  });

  it('is not due the day before', () => {
    expect(personalDataReminderDays(delivered, DEFAULT_REMINDERS, '2027-06-09')).toBeNull();
  });

  it('with 0 days, is due on the day it was delivered', () => {
    expect(personalDataReminderDays(delivered, days(0), '2027-03-12')).toBe(0);
  });

  it('is not due once personal data has been deleted', () => {
    expect(personalDataReminderDays({ ...delivered, personalDataClearedOn: '2027-06-14' }, days(0), '2027-06-20')).toBeNull();
  });

  it('is not due when nobody is named in the plan', () => {
    expect(personalDataReminderDays({ ...delivered, people: [] }, days(0), '2027-06-20')).toBeNull();
  });

  it('is not due for a plan that is not delivered', () => {
    expect(personalDataReminderDays({ ...delivered, status: 'ready' }, days(0), '2027-06-20')).toBeNull();
    expect(personalDataReminderDays({ ...delivered, status: 'draft' }, days(0), '2027-06-20')).toBeNull();
  });

  it('is not due without a delivery date', () => {
    expect(personalDataReminderDays({ ...delivered, deliveredOn: null }, days(0), '2027-06-20')).toBeNull();
  });

  it('never counts negative days when the clock has gone back', () => {
    expect(personalDataReminderDays(delivered, days(0), '2027-03-10')).toBeNull();
  });
});

describe('canClearPersonalData', () => {
  it('is offered for a delivered plan with people, before the reminder is due', () => {
    expect(canClearPersonalData(delivered)).toBe(true);
  });
  it('is not offered before delivery, after clearing or with nobody named', () => {
    expect(canClearPersonalData({ ...delivered, status: 'draft' })).toBe(false);
    expect(canClearPersonalData({ ...delivered, personalDataClearedOn: '2027-06-14' })).toBe(false);
    expect(canClearPersonalData({ ...delivered, people: [] })).toBe(false);
  });
});

describe('wording', () => {
  it('says how long it has been, kindly, in days', () => {
    expect(sinceWorkshopText(94)).toBe('It has been 94 days since this workshop.');
    expect(sinceWorkshopText(1)).toBe('It has been 1 day since this workshop.');
    expect(sinceWorkshopText(0)).toBe('This workshop was marked as delivered today.');
    expect(sinceWorkshopText(1200)).toBe('It has been 1,200 days since this workshop.');
  });
  it('gives the date in the house style', () => {
    expect(clearedText('2027-03-12')).toBe('Personal data was deleted on 12 March 2027.');
  });
});

describe('namesAsRoles', () => {
  it('numbers people within their role, in list order, as the store renames them', () => {
    expect(
      namesAsRoles([
        { name: 'Amara', role: 'carer' },
        { name: 'Sam', role: 'researcher' },
        { name: 'Jo', role: 'carer' },
      ]),
    ).toEqual([
      { name: 'Amara', becomes: 'Carer 1' },
      { name: 'Sam', becomes: 'Researcher 1' },
      { name: 'Jo', becomes: 'Carer 2' },
    ]);
  });
});
