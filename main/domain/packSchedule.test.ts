import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_SEND_DAYS, packsToSend, packWords, plannedSendDate, plannedSendWords } from './packSchedule';

const person = (
  name: string,
  fields: Partial<{
    packFormat: 'standard' | 'large_print' | 'dyslexia' | 'easy_read';
    packDelivery: 'email' | 'post' | 'on_the_day';
    materialsSentOn: string | null;
  }> = {},
) => ({
  name,
  packFormat: 'standard' as const,
  packDelivery: 'email' as const,
  materialsSentOn: null,
  ...fields,
});

describe('plannedSendDate', () => {
  it('counts back from the workshop by format and how the pack travels', () => {
    expect(plannedSendDate('2027-03-31', person('A'))).toBe('2027-03-24');
    expect(plannedSendDate('2027-03-31', person('A', { packDelivery: 'post' }))).toBe('2027-03-21');
    expect(plannedSendDate('2027-03-31', person('A', { packDelivery: 'post', packFormat: 'easy_read' }))).toBe('2027-03-17');
    expect(plannedSendDate('2027-03-31', person('A', { packDelivery: 'post', packFormat: 'large_print' }))).toBe('2027-03-17');
  });

  it('follows the facilitator’s own table', () => {
    const days = { ...DEFAULT_PACK_SEND_DAYS, email: { ...DEFAULT_PACK_SEND_DAYS.email, dyslexia: 3 } };
    expect(plannedSendDate('2027-03-01', person('A', { packFormat: 'dyslexia' }), days)).toBe('2027-02-26');
  });

  it('has no date without a workshop date, or for a pack handed over on the day', () => {
    expect(plannedSendDate(null, person('A'))).toBeNull();
    expect(plannedSendDate('not a date', person('A'))).toBeNull();
    expect(plannedSendDate('2027-03-31', person('A', { packDelivery: 'on_the_day' }))).toBeNull();
  });
});

describe('packsToSend', () => {
  it('lists unsent packs, earliest first, keeping the plan’s order among equals', () => {
    const people = [
      person('Amara'),
      person('Joe', { packDelivery: 'post', packFormat: 'large_print' }),
      person('Priya', { materialsSentOn: '2027-03-01' }),
      person('Sam', { packDelivery: 'on_the_day' }),
      person('Ada'),
    ];
    expect(packsToSend('2027-03-31', people).map((p) => [p.person.name, p.sendBy])).toEqual([
      ['Joe', '2027-03-17'],
      ['Amara', '2027-03-24'],
      ['Ada', '2027-03-24'],
    ]);
    expect(packsToSend(null, people)).toEqual([]);
  });
});

describe('packWords', () => {
  it('says what is sent and how, as it reads in a sentence', () => {
    expect(packWords(person('A', { packFormat: 'large_print', packDelivery: 'post' }))).toBe('large print by post');
    expect(packWords(person('A', { packFormat: 'easy_read' }))).toBe('Easy Read by email');
  });
});

describe('plannedSendWords', () => {
  const today = '2027-03-20';
  it('says when to send a pack still to go, and when its date has passed', () => {
    expect(plannedSendWords(person('A'), '2027-03-24', today)).toBe('Send this pack by Wednesday 24 March 2027.');
    expect(plannedSendWords(person('A'), '2027-03-20', today)).toBe('Send this pack by Saturday 20 March 2027.');
    expect(plannedSendWords(person('A'), '2027-03-17', today)).toBe('This pack was planned to go by Wednesday 17 March 2027.');
  });

  it('asks for the workshop’s date, and says nothing once sent or for a pack handed over on the day', () => {
    expect(plannedSendWords(person('A'), null, today)).toBe('Add the workshop’s date to see when to send this pack.');
    expect(plannedSendWords(person('A', { materialsSentOn: '2027-03-01' }), '2027-03-17', today)).toBeNull();
    expect(plannedSendWords(person('A', { packDelivery: 'on_the_day' }), null, today)).toBeNull();
  });
});
