/**
 * Every problem a hand-edited plan file can have gets a message that says where it is and what is
 * wrong with it there, never the app's "Please try again" (there is nothing to try again).
 */
import { describe, expect, it } from 'vitest';
import { templateAsPlan } from './library/templatePlan';
import { STARTER_TEMPLATES } from './library/templates';
import { EMPTY_PAYMENT, newPersonWithDefaults } from './people';
import { LIMITS } from './plan';
import { PlanFileError, readPlanFile, serialisePlanFile } from './planFile';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function fileJson(): Json {
  const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
  const amara = newPersonWithDefaults(crypto.randomUUID(), {
    name: 'Amara',
    role: 'public_contributor',
    payment: { ...EMPTY_PAYMENT, expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus', amountPence: 640 }] },
    accessNeeds: [],
  });
  plan.people = [amara];
  plan.changes = [{ id: crypto.randomUUID(), youSaid: 'Shorter sessions', weDid: 'We cut each to 45 minutes', toldOn: null }] as Json;
  return JSON.parse(serialisePlanFile(plan, '2027-01-03T10:00:00.000Z'));
}

function messageFor(spoil: (file: Json) => void): string {
  const file = fileJson();
  spoil(file);
  try {
    readPlanFile(JSON.stringify(file));
  } catch (err) {
    if (err instanceof PlanFileError) return err.message;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

const VAGUE = /try again|nothing was saved|outside what Kindred can accept|went wrong/i;

describe('plan file messages', () => {
  it('names the field whose id Kindred cannot read, and says how to mend it', () => {
    const message = messageFor((f) => (f.plan.blocks[2].id = 'block-3'));
    expect(message).toMatch(/^Kindred could not read this plan file\. The problem is in the id of block 3 of the agenda \(“.+”\): /);
    expect(message).toContain('not an id Kindred can read');
    expect(message).not.toMatch(VAGUE);
  });

  it.each<[string, (f: Json) => void, RegExp]>([
    ['the plan’s id', (f) => (f.plan.id = 'my-plan'), /the plan’s id: .*not an id Kindred can read/],
    ['a person’s id', (f) => (f.plan.people[0].id = 42), /person 1 .*not an id Kindred can read/],
    ['who leads a block', (f) => (f.plan.blocks[0].leadPersonId = 'Amara'), /block 1 of the agenda.*not an id Kindred can read/],
    ['who decides', (f) => (f.plan.blocks[0].deciderIds = ['Amara']), /block 1 of the agenda.*not an id Kindred can read/],
    ['the contact', (f) => (f.plan.contactPersonId = 'Amara'), /the contact for participants: .*not an id Kindred can read/],
    ['an expense', (f) => (f.plan.people[0].payment.expenses[0].id = 'bus'), /not an id Kindred can read/],
    ['a line of you said, we did', (f) => (f.plan.changes[0].id = '1'), /not an id Kindred can read/],
    [
      'a finding set aside',
      (f) => (f.plan.setAsides = [{ findingId: 'not a finding!', reason: 'x', setAt: '2027-01-02T10:00:00.000Z' }]),
      /not the name of a finding Kindred writes/,
    ],
    [
      'too many blocks',
      (f) => (f.plan.blocks = Array.from({ length: LIMITS.blocksPerPlan + 1 }, () => f.plan.blocks[0])),
      new RegExp(`up to ${LIMITS.blocksPerPlan}`),
    ],
    ['a list that is not one', (f) => (f.plan.people = { amara: true }), /the list of people: .*needs to be a list/],
  ])('is specific about %s', (_what, spoil, expected) => {
    const message = messageFor(spoil);
    expect(message).toMatch(expected);
    expect(message).not.toMatch(VAGUE);
  });
});
