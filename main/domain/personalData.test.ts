import { describe, expect, it } from 'vitest';
import { NO_CONSENT } from './access';
import {
  deliveredOnFor,
  findingIsAbout,
  idsNaming,
  leavePersonalDataOut,
  replacedLead,
  roleNames,
  sameName,
  withoutPeople,
  withoutPersonalDetails,
} from './personalData';
import { arranged, goodPlan, makeBlock, makeNeed, makePerson, personNamed, withBlocks, withPerson } from '../testing/testPlan';

/** The good plan with Joe's needs, contact details and notes filled in, and findings set aside about them. */
function planWithDetails() {
  const hearing = makeNeed('hearing_loop', arranged({ owner: 'Priya' }), 'Sits near the front, left side');
  const food = makeNeed('dietary', {}, 'Coeliac');
  let plan = withPerson(goodPlan(), 'Joe', {
    pronouns: 'he/him',
    knownAs: 'Joey',
    email: 'joe@example.org',
    phone: '07700 900123',
    contact: 'Ring his sister first',
    consent: { store: true, share: true, recordedOn: '2027-03-01' },
    accessNeeds: [hearing, food],
    packFormat: 'large_print',
    packDelivery: 'post',
  });
  plan = withBlocks(plan, (block, i) => (i === 2 ? { ...block, leadBy: '  joe ' } : i === 3 ? { ...block, leadBy: 'Everyone' } : block));
  const joe = personNamed(plan, 'Joe');
  plan.setAsides = [
    { findingId: `arrangement-unconfirmed:${hearing.id}`, reason: 'Loop tested in March', setAt: '2027-03-02T10:00:00.000Z' },
    { findingId: `payment-missing:${joe.id}`, reason: 'Paid by his employer', setAt: '2027-03-02T10:00:00.000Z' },
  ];
  return { plan, hearing, joe };
}

describe('personal data', () => {
  it('names people by role and place: Carer 1, Carer 2, Researcher 1', () => {
    const plan = goodPlan();
    expect(roleNames(plan.people)).toEqual(['Public contributor 1', 'Carer 1', 'Researcher 1', 'Facilitator 1']);
    expect(roleNames([...plan.people, personNamed(plan, 'Joe')]).at(-1)).toBe('Carer 2');
  });

  it('clears what identifies a person or describes their health, and keeps hours and amounts', () => {
    const { plan, joe } = planWithDetails();
    const cleared = withoutPersonalDetails(joe, 'Carer 1');
    expect(cleared).toMatchObject({
      name: 'Carer 1',
      knownAs: '',
      pronouns: '',
      email: '',
      phone: '',
      contact: '',
      consent: NO_CONSENT,
      accessNeeds: [],
    });
    expect(cleared.payment).toEqual({ ...joe.payment, notes: '', expenses: [{ ...joe.payment.expenses[0]!, note: '' }] });
    expect(cleared.payment.expenses[0]!.amountPence).toBe(4000);
    expect(personNamed(plan, 'Joe')).toBe(joe);
  });

  it('replaces "led by" only when it is a whole name, whatever its case and spacing', () => {
    const names = new Map([['Joe Bloggs', 'Carer 1']]);
    expect(replacedLead(' joe bloggs ', names)).toBe('Carer 1');
    expect(replacedLead('Joe', names)).toBeNull();
    expect(replacedLead('Joe Bloggs and Sam', names)).toBeNull();
    expect(replacedLead('', new Map([['', 'x']]))).toBeNull();
    expect(sameName('Ámara ', 'ámara')).toBe(true);
  });

  it('names a person by their own id and each of their needs’ ids', () => {
    const { joe, hearing } = planWithDetails();
    expect(idsNaming(joe)).toEqual([joe.id, hearing.id, joe.accessNeeds[1]!.id]);
  });

  it('keeps set-asides about the plan and its blocks when personal data is left out', () => {
    const { plan } = planWithDetails();
    const aboutBlock = { findingId: `block-long:${plan.blocks[0]!.id}`, reason: 'A long welcome on purpose', setAt: '2027-03-02T10:00:00.000Z' };
    plan.setAsides = [...plan.setAsides, aboutBlock];
    expect(leavePersonalDataOut(plan).setAsides).toEqual([aboutBlock]);
  });

  it('knows which findings are about an item from the ids inside them', () => {
    expect(findingIsAbout('need-no-arrangement:abc', 'abc')).toBe(true);
    expect(findingIsAbout('easy-read-long-sentences:block:abc:easyRead', 'abc')).toBe(true);
    expect(findingIsAbout('abc:other', 'abc')).toBe(false);
    expect(findingIsAbout('need-no-arrangement:abcd', 'abc')).toBe(false);
  });

  it('leaves a plan’s personal data out, keeping the agenda, roles, leads, deciders and payments', () => {
    const { plan, joe } = planWithDetails();
    const out = leavePersonalDataOut(plan);
    expect(out.people.map((p) => p.name)).toEqual(['Public contributor 1', 'Carer 1', 'Researcher 1', 'Facilitator 1']);
    const carer = out.people[1]!;
    expect(carer).toMatchObject({
      id: joe.id,
      role: 'carer',
      contact: '',
      pronouns: '',
      consent: NO_CONSENT,
      accessNeeds: [],
      packFormat: 'standard',
      packDelivery: 'post',
    });
    expect(carer.payment.sessionHours).toBe(joe.payment.sessionHours);
    expect(out.blocks[2]!.leadBy).toBe('Carer 1');
    expect(out.blocks[3]!.leadBy).toBe('Everyone');
    expect(out.blocks.map((b) => [b.id, b.leadPersonId, b.deciderIds])).toEqual(plan.blocks.map((b) => [b.id, b.leadPersonId, b.deciderIds]));
    // Both set-asides name Joe by id (one his need, one his payment), and their reasons say more.
    expect(out.setAsides).toEqual([]);
    const text = JSON.stringify(out);
    for (const secret of [
      'Joe',
      'joe@example.org',
      'Sits near the front',
      'Coeliac',
      'Loop tested',
      'Paid by his employer',
      'Cover for his mum',
      'Amara',
      'Priya',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    expect(plan.people[1]!.name).toBe('Joe');
  });
});

describe('deliveredOnFor', () => {
  const today = '2027-05-20';
  it('dates a plan the day it is marked delivered', () => {
    expect(deliveredOnFor({ status: 'ready', deliveredOn: null }, 'delivered', today)).toBe(today);
  });
  it('keeps the first day while it stays delivered', () => {
    expect(deliveredOnFor({ status: 'delivered', deliveredOn: '2027-05-12' }, 'delivered', today)).toBe('2027-05-12');
  });
  it('forgets the day once it is no longer delivered', () => {
    expect(deliveredOnFor({ status: 'delivered', deliveredOn: '2027-05-12' }, 'draft', today)).toBeNull();
    expect(deliveredOnFor({ status: 'draft', deliveredOn: null }, 'ready', today)).toBeNull();
  });
});

describe('withoutPeople', () => {
  it('takes people out with everything that points at them, and leaves everyone else as they were', () => {
    const need = makeNeed('breaks');
    const amara = makePerson('Amara Okafor', 'carer', { accessNeeds: [need] });
    const sam = makePerson('Sam Lee', 'researcher');
    const plan = goodPlan({
      people: [amara, sam],
      contactPersonId: amara.id,
      blocks: [
        makeBlock('welcome', { leadPersonId: amara.id, leadBy: 'Amara Okafor' }),
        makeBlock('decision', { deciderIds: [amara.id, sam.id], leadBy: 'Sam Lee' }),
      ],
      setAsides: [
        { findingId: `access:${amara.id}:${need.id}`, reason: 'Amara is fine', setAt: '2027-01-01T00:00:00.000Z' },
        { findingId: `power:${sam.id}`, reason: 'Agreed', setAt: '2027-01-01T00:00:00.000Z' },
      ],
    });
    const left = withoutPeople(plan, new Set([amara.id]));
    expect(left.people).toEqual([sam]);
    expect(left.contactPersonId).toBeNull();
    expect(left.blocks.map((b) => [b.leadPersonId, b.leadBy, b.deciderIds])).toEqual([
      [null, '', []],
      [null, 'Sam Lee', [sam.id]],
    ]);
    expect(left.setAsides.map((s) => s.findingId)).toEqual([`power:${sam.id}`]);
    expect(withoutPeople(plan, new Set(['nobody']))).toBe(plan);
  });
});
