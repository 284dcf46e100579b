import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  blockPatch,
  checkField,
  clockTime,
  durationMinutes,
  fieldMessages,
  fullBlock,
  isoDate,
  kindIssueMessage,
  newBlock,
  newPerson,
  personPatch,
  planDetailsPatch,
  planTitle,
} from './validation';

const LENGTH = 'A block needs a length between 1 minute and 24 hours.';
const uuid = '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f';

/** The per-field messages a facilitator would see for this input. */
function messages(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, { error: kindIssueMessage });
  return r.success ? {} : fieldMessages(r.error);
}

describe('titles', () => {
  it('asks kindly for a plan name when it is empty or only spaces', () => {
    expect(checkField(planTitle, '')).toBe('Give the plan a name so you can find it later.');
    expect(checkField(planTitle, '   ')).toBe('Give the plan a name so you can find it later.');
    expect(checkField(planTitle, 'Shaping our next study')).toBeNull();
  });

  it('asks for a block name with an example', () => {
    expect(messages(blockPatch, { title: '' })).toEqual({ title: 'Give this block a short name, like “Welcome” or “Lunch”.' });
  });

  it('answers text that is not text (an object with its own length, one with no prototype) with a message, never a crash', () => {
    const odd = Object.assign(Object.create(null) as object, { length: ':' });
    expect(messages(blockPatch, { description: odd })).toEqual({ description: 'The description needs to be text.' });
    expect(messages(blockPatch, { description: { length: 20_000 } })).toEqual({ description: 'The description needs to be text.' });
  });

  it('says how long a title may be and how long it is', () => {
    expect(checkField(planTitle, 'x'.repeat(201))).toBe('A plan name can be up to 200 characters; it has 201. Could some of it go somewhere else?');
  });
});

describe('durations', () => {
  it.each([
    [-5, LENGTH],
    [0, LENGTH],
    [1441, LENGTH],
    [100_000, LENGTH],
    [Number.NaN, LENGTH],
    [Number.POSITIVE_INFINITY, LENGTH],
    ['15', LENGTH],
    [null, LENGTH],
    [1.5, 'Use whole minutes, like 15 or 90.'],
    [14.999, 'Use whole minutes, like 15 or 90.'],
  ])('refuses %s with a plain message', (value, message) => {
    expect(checkField(durationMinutes, value)).toBe(message);
  });

  it('accepts whole minutes from 1 minute to 24 hours', () => {
    for (const ok of [1, 15, 90, 1440]) expect(checkField(durationMinutes, ok)).toBeNull();
  });
});

describe('times and dates', () => {
  it.each(['25:00', '9:30', 'half past nine', '12:30pm', '', '12:3'])('refuses the time %j', (value) => {
    expect(checkField(clockTime, value)).toBe('Use a 24-hour time, like 09:30.');
  });

  it('refuses a date that is not on the calendar', () => {
    expect(checkField(isoDate, '2027-02-30')).toBe('Choose a date, like 12 March 2027.');
    expect(checkField(isoDate, '2027-03-12')).toBeNull();
  });

  it('refuses a start time that is not a time, and allows no end time', () => {
    expect(messages(planDetailsPatch, { startTime: 'morning', endTime: null })).toEqual({
      startTime: 'Use a 24-hour time, like 09:30.',
    });
  });
});

describe('long text', () => {
  it('refuses a 100,000-character description with a message that counts for you', () => {
    expect(messages(blockPatch, { description: 'a'.repeat(100_000) })).toEqual({
      description: 'The description can be up to 10,000 characters; it has 100,000. Could some of it go somewhere else?',
    });
  });

  it('refuses a null character, which cannot be stored safely', () => {
    expect(messages(blockPatch, { materials: 'pens\u0000' })).toEqual({
      materials: 'Materials contains a character that cannot be stored.',
    });
  });
});

describe('shapes', () => {
  it('rejects keys it does not know, naming each one, in plain words', () => {
    expect(messages(planDetailsPatch, { title: 'Fine', colour: 'red', owner: 'x' })).toEqual({
      colour: 'Kindred did not recognise this, so nothing was saved.',
      owner: 'Kindred did not recognise this, so nothing was saved.',
    });
  });

  it('explains wrong types without zod wording', () => {
    expect(messages(blockPatch, { kind: 'party', pinnedTime: 1230 })).toEqual({
      kind: 'Choose what kind of block this is.',
      pinnedTime: 'Use a 24-hour time, like 09:30.',
    });
    const r = planDetailsPatch.safeParse(null, { error: kindIssueMessage });
    expect(r.success).toBe(false);
    expect(fieldMessages(r.error!)).toEqual({ _: 'Kindred could not read this, so nothing was saved.' });
  });

  it('needs only a kind for a new block, and a whole block for undo', () => {
    expect(newBlock.safeParse({ kind: 'meal' }).success).toBe(true);
    expect(newBlock.safeParse({ kind: 'meal', id: 'not-a-uuid' }).success).toBe(false);
    expect(newBlock.safeParse({ title: 'Lunch' }).success).toBe(false);
    const whole = {
      id: uuid,
      title: 'Lunch',
      kind: 'meal',
      durationMinutes: 45,
      description: '',
      easyRead: '',
      facilitatorNotes: '',
      materials: '',
      leadBy: '',
      leadPersonId: null,
      decision: '',
      deciderIds: [],
      decidedByAll: false,
      pinnedTime: '12:30',
      flexible: false,
      minMinutes: null,
    };
    expect(fullBlock.safeParse(whole).success).toBe(true);
    expect(fullBlock.safeParse({ ...whole, deciderIds: [uuid, uuid] }).success).toBe(false);
    const { leadBy: _missing, ...partial } = whole;
    expect(fullBlock.safeParse(partial).success).toBe(false);
  });

  it('checks people and their payments, with kind messages', () => {
    const person = { name: 'Amara', role: 'public_contributor' };
    expect(newPerson.safeParse(person).success).toBe(true);
    expect(messages(newPerson, { ...person, name: ' ' })).toEqual({ name: 'Add a name, or a first name, so you can tell people apart.' });
    const payment = {
      status: 'agreed',
      prepHours: 1.5,
      sessionHours: 3,
      followUpHours: 0,
      rate: { name: 'Involvement', amountPence: 2000, unit: 'hour', source: 'Our policy', asOf: '2027-01-10' },
      method: 'voucher',
      expenses: [{ id: uuid, kind: 'childcare', note: '', amountPence: 3000 }],
      benefitsAdviceOffered: true,
      notes: '',
    };
    expect(personPatch.safeParse({ payment }).success).toBe(true);
    expect(messages(personPatch, { payment: { ...payment, prepHours: -1 } })).toEqual({
      'payment.prepHours': 'Preparation time cannot be less than nothing.',
    });
    expect(messages(personPatch, { payment: { ...payment, expenses: [{ id: uuid, kind: 'travel', note: '', amountPence: 12.5 }] } })).toEqual({
      'payment.expenses.0.amountPence': 'The expense needs to be in whole pence.',
    });
    expect(messages(personPatch, { payment: { ...payment, rate: { ...payment.rate, source: '' } } })).toEqual({
      'payment.rate.source': 'Say where this rate comes from, so anyone can check it later.',
    });
  });

  it('keeps the first, most basic message for each field', () => {
    expect(messages(blockPatch, { title: 42 })).toEqual({ title: 'A block name needs to be text.' });
  });
});

describe('what the packs need: names, contact details, taking part and plan facts', () => {
  it('takes an email, a phone number as people write them, or nothing', () => {
    for (const email of ['', 'zara@example.org', ' sam.o@nhs.net ']) expect(checkField(personPatch.shape.email, email), email).toBeNull();
    for (const phone of ['', '029 2074 7747', '+44 (0)7700 900123', '07700-900-123'])
      expect(checkField(personPatch.shape.phone, phone), phone).toBeNull();
  });

  it('explains, kindly, an email or phone number that is not one', () => {
    expect(checkField(personPatch.shape.email, 'zara at home')).toBe(
      'That doesn’t look like an email address yet: it needs an @ and a dot, like name@example.org.',
    );
    expect(checkField(personPatch.shape.phone, 'ring Sam')).toBe(
      'The phone number can have digits, spaces, brackets and a + at the start, like 029 2074 7747.',
    );
    expect(checkField(planDetailsPatch.shape.dialInNumber, '12')).toContain('The number to ring can have digits');
  });

  it('takes part in the room, online or by phone, and nothing else', () => {
    for (const takesPart of ['in_room', 'online', 'phone']) expect(personPatch.safeParse({ takesPart }).success).toBe(true);
    expect(checkField(personPatch.shape.takesPart, 'carrier pigeon')).toBe('Choose in the room, online or by phone.');
    expect(personPatch.safeParse({ joinsOnline: true }).success).toBe(false);
  });

  it('checks the plan’s pack facts: a person id or none, a date, a known format and payment method', () => {
    expect(
      planDetailsPatch.safeParse({
        contactPersonId: uuid,
        followUpBy: '2027-06-30',
        followUpFormat: 'post',
        feesPaidMethod: 'voucher',
        feesPaidWhen: 'within 10 days',
      }).success,
    ).toBe(true);
    expect(planDetailsPatch.safeParse({ contactPersonId: null, followUpBy: null, followUpFormat: null, feesPaidMethod: null }).success).toBe(true);
    expect(checkField(planDetailsPatch.shape.followUpFormat, 'pigeon')).toBe('Choose how the follow-up reaches people.');
    expect(checkField(planDetailsPatch.shape.feesPaidMethod, 'gold')).toBe('Choose how fees are paid.');
    expect(planDetailsPatch.safeParse({ followUpBy: '30/06/2027' }).success).toBe(false);
    expect(planDetailsPatch.safeParse({ contactPersonId: 'Sam' }).success).toBe(false);
  });
});
