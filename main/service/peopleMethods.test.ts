import { describe, expect, it } from 'vitest';
import { openTestStore } from '../testing/tempStore';
import { caught } from '../testing/caught';

const MISSING = '00000000-0000-4000-8000-000000000000';

function storeWithPlan() {
  const store = openTestStore();
  const plan = store.service.createPlan({ details: { title: 'Carers’ voices' } });
  return { ...store, planId: plan.id };
}

describe('people in a plan', () => {
  it('adds people with friendly defaults, in the order they were added', () => {
    const { service, planId, advance } = storeWithPlan();
    advance(1000);
    const amara = service.addPerson({ planId, person: { name: 'Amara', role: 'public_contributor', coPlans: true } });
    const sam = service.addPerson({ planId, person: { name: 'Sam', role: 'researcher' } });
    expect(amara).toMatchObject({ name: 'Amara', role: 'public_contributor', coPlans: true, coFacilitates: false, hostsOnline: false });
    expect(amara.payment).toMatchObject({ status: 'to_agree', rate: null, expenses: [] });
    const plan = service.getPlan({ planId });
    expect(plan.people.map((p) => p.name)).toEqual(['Amara', 'Sam']);
    expect(plan.people[1]).toEqual(sam);
    expect(plan.updatedAt).toBe('2027-03-01T09:00:01.000Z');
  });

  it('keeps a whole payment, expenses and rate included, exactly', () => {
    const { service, planId } = storeWithPlan();
    const amara = service.addPerson({ planId, person: { name: 'Amara', role: 'public_contributor' } });
    const payment = {
      status: 'agreed' as const,
      prepHours: 2,
      sessionHours: 3.5,
      followUpHours: 1,
      rate: { name: 'Involvement', amountPence: 2000, unit: 'hour' as const, source: 'Our policy', asOf: '2027-01-10' },
      method: 'bank_transfer' as const,
      expenses: [{ id: crypto.randomUUID(), kind: 'travel' as const, note: 'Bus', amountPence: 640 }],
      benefitsAdviceOffered: true,
      notes: 'Paid within two weeks',
    };
    service.updatePerson({ planId, personId: amara.id, patch: { payment, pronouns: 'she/her' } });
    expect(service.getPlan({ planId }).people[0]).toEqual({ ...amara, payment, pronouns: 'she/her' });
  });

  it('removing someone takes them out of the blocks they led and decided in, and keeps the blocks', () => {
    const { service, planId } = storeWithPlan();
    const amara = service.addPerson({ planId, person: { name: 'Amara', role: 'public_contributor' } });
    const sam = service.addPerson({ planId, person: { name: 'Sam', role: 'researcher' } });
    const decision = service.addBlock({
      planId,
      block: { kind: 'decision', leadPersonId: amara.id, deciderIds: [amara.id, sam.id], decision: 'Our top three' },
    });
    expect(service.getPlan({ planId }).blocks[0]).toEqual(decision);
    service.deletePerson({ planId, personId: amara.id });
    const plan = service.getPlan({ planId });
    expect(plan.people.map((p) => p.name)).toEqual(['Sam']);
    expect(plan.blocks[0]).toEqual({ ...decision, leadPersonId: null, deciderIds: [sam.id] });
    // Positions close up, so the next person goes at the end.
    service.addPerson({ planId, person: { name: 'Priya', role: 'carer' } });
    expect(service.getPlan({ planId }).people.map((p) => p.name)).toEqual(['Sam', 'Priya']);
  });

  it('removing someone also removes the findings set aside about them, and no others', () => {
    const { service, planId } = storeWithPlan();
    const amara = service.addPerson({ planId, person: { name: 'Amara', role: 'public_contributor' } });
    const sam = service.addPerson({ planId, person: { name: 'Sam', role: 'researcher' } });
    service.setAsideFinding({ planId, findingId: `payment-missing:${amara.id}`, reason: 'Paid by her employer' });
    service.setAsideFinding({ planId, findingId: `lead-dominates:${sam.id}`, reason: 'Sam is the chair' });
    service.setAsideFinding({ planId, findingId: 'ground-rules-missing', reason: 'Agreed last time' });
    service.deletePerson({ planId, personId: amara.id });
    expect(
      service
        .getPlan({ planId })
        .setAsides.map((s) => s.findingId)
        .sort(),
    ).toEqual(['ground-rules-missing', `lead-dominates:${sam.id}`].sort());
  });

  it('refuses a block naming someone from another plan, and changes nothing', () => {
    const { service, planId } = storeWithPlan();
    const other = service.createPlan(undefined);
    const stranger = service.addPerson({ planId: other.id, person: { name: 'Jo', role: 'carer' } });
    const block = service.addBlock({ planId, block: { kind: 'decision' } });
    const err = caught(() => service.updateBlock({ planId, blockId: block.id, patch: { deciderIds: [stranger.id] } }));
    expect(err.code).toBe('invalid');
    expect(err.fields).toHaveProperty('deciderIds');
    expect(caught(() => service.addBlock({ planId, block: { kind: 'welcome', leadPersonId: stranger.id } })).code).toBe('invalid');
    expect(service.getPlan({ planId }).blocks).toEqual([block]);
  });

  it('undo bringing back a block that named someone since removed brings it back without them', () => {
    const { service, planId } = storeWithPlan();
    const amara = service.addPerson({ planId, person: { name: 'Amara', role: 'public_contributor' } });
    const block = service.addBlock({ planId, block: { kind: 'welcome', leadPersonId: amara.id, deciderIds: [amara.id] } });
    service.deletePerson({ planId, personId: amara.id });
    const agenda = service.setAgenda({ planId, blocks: [block] });
    expect(agenda).toEqual([{ ...block, leadPersonId: null, deciderIds: [] }]);
  });

  it('reports a missing plan or person kindly', () => {
    const { service, planId } = storeWithPlan();
    expect(caught(() => service.addPerson({ planId: MISSING, person: { name: 'A', role: 'other' } })).code).toBe('not_found');
    expect(caught(() => service.updatePerson({ planId, personId: MISSING, patch: { name: 'B' } })).message).toBe(
      "We couldn't find that person. It may have been deleted.",
    );
    expect(caught(() => service.deletePerson({ planId, personId: MISSING })).code).toBe('not_found');
  });

  it('validates people through dispatch with kind messages, saving nothing', async () => {
    const { dispatch, service, planId } = storeWithPlan();
    const r = await dispatch('addPerson', { planId, person: { name: '  ', role: 'public_contributor' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!r.ok) expect(r.error.fields?.['person.name']).toBe('Add a name, or a first name, so you can tell people apart.');
    const bad = await dispatch('addPerson', {
      planId,
      person: { name: 'Amara', role: 'public_contributor', payment: { status: 'agreed', prepHours: -1 } },
    });
    expect(bad.ok).toBe(false);
    expect(service.getPlan({ planId }).people).toEqual([]);
  });

  it('copies people with a plan, re-linked to the copied blocks, with set-aside findings following them', () => {
    const { service, planId } = storeWithPlan();
    const amara = service.addPerson({ planId, person: { name: 'Amara', role: 'public_contributor' } });
    const block = service.addBlock({ planId, block: { kind: 'decision', leadPersonId: amara.id, deciderIds: [amara.id] } });
    service.setAsideFinding({ planId, findingId: `payment-missing:${amara.id}`, reason: 'Paid by her employer' });
    service.setAsideFinding({ planId, findingId: `decision-unnamed:${block.id}`, reason: 'Agreed later' });
    const copy = service.getPlan({ planId: service.duplicatePlan({ planId }).id });
    const [person] = copy.people;
    const [copied] = copy.blocks;
    expect(person!.id).not.toBe(amara.id);
    expect(person).toEqual({ ...amara, id: person!.id });
    expect(copied).toMatchObject({ leadPersonId: person!.id, deciderIds: [person!.id] });
    expect(copy.setAsides.map((s) => s.findingId).sort()).toEqual([`decision-unnamed:${copied!.id}`, `payment-missing:${person!.id}`].sort());
  });
});
