import { describe, expect, it } from 'vitest';
import { EMPTY_DEBRIEF } from '../domain/plan';
import { openTestStore } from '../testing/tempStore';

function storeWithPlan() {
  const store = openTestStore();
  const plan = store.service.createPlan({ details: { title: 'Carers’ voices' } });
  return { ...store, planId: plan.id };
}

describe('setting findings aside', () => {
  it('keeps the reason and when, replaces an earlier reason, and brings a finding back', () => {
    const { service, planId, advance } = storeWithPlan();
    const first = service.setAsideFinding({ planId, findingId: 'ground-rules-missing', reason: '  We agreed them last month  ' });
    expect(first).toEqual({ findingId: 'ground-rules-missing', reason: 'We agreed them last month', setAt: '2027-03-01T09:00:00.000Z' });
    advance(1000);
    service.setAsideFinding({ planId, findingId: 'ground-rules-missing', reason: 'Agreed at the first session' });
    expect(service.getPlan({ planId }).setAsides).toEqual([
      { findingId: 'ground-rules-missing', reason: 'Agreed at the first session', setAt: '2027-03-01T09:00:01.000Z' },
    ]);
    service.restoreFinding({ planId, findingId: 'ground-rules-missing' });
    // A second "bring back" (a double click) is not an error.
    expect(service.restoreFinding({ planId, findingId: 'ground-rules-missing' })).toEqual({ findingId: 'ground-rules-missing' });
    expect(service.getPlan({ planId }).setAsides).toEqual([]);
  });

  it('asks for a reason, kindly, and keeps nothing without one', async () => {
    const { dispatch, service, planId } = storeWithPlan();
    const r = await dispatch('setAsideFinding', { planId, findingId: 'purpose-missing', reason: ' ' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.reason).toBe('Add a few words about why, so you (and others) remember later.');
    const odd = await dispatch('setAsideFinding', { planId, findingId: 'has spaces; drop table', reason: 'x' });
    expect(odd.ok).toBe(false);
    expect(service.getPlan({ planId }).setAsides).toEqual([]);
  });
});

describe('the debrief and "you said, we did"', () => {
  it('starts empty, keeps each heading, and keeps the changes in order', () => {
    const { service, planId } = storeWithPlan();
    expect(service.getPlan({ planId }).debrief).toEqual(EMPTY_DEBRIEF);
    service.updateDebrief({ planId, patch: { aim: 'Choose priorities' } });
    const debrief = service.updateDebrief({ planId, patch: { reflections: 'More time for small groups' } });
    expect(debrief).toEqual({ ...EMPTY_DEBRIEF, aim: 'Choose priorities', reflections: 'More time for small groups' });
    const changes = [
      { id: crypto.randomUUID(), youSaid: 'Evening sessions shut carers out', weDid: 'Moved to 11:00 to 14:00' },
      { id: crypto.randomUUID(), youSaid: 'Too many slides', weDid: 'One slide per speaker' },
    ];
    service.setChanges({ planId, changes });
    const plan = service.getPlan({ planId });
    expect(plan.debrief).toEqual(debrief);
    expect(plan.changes).toEqual(changes);
  });

  it('leaves the debrief behind when a plan is copied: it belongs to the session it describes', () => {
    const { service, planId } = storeWithPlan();
    service.updateDebrief({ planId, patch: { aim: 'Choose priorities' } });
    service.setChanges({ planId, changes: [{ id: crypto.randomUUID(), youSaid: 'a', weDid: 'b' }] });
    const copy = service.getPlan({ planId: service.duplicatePlan({ planId }).id });
    expect(copy.debrief).toEqual(EMPTY_DEBRIEF);
    expect(copy.changes).toEqual([]);
  });
});

describe('"you said, we did" lines', () => {
  it('refuses a list with the same line twice, keeping what was there', async () => {
    const { dispatch, service, planId } = storeWithPlan();
    const line = { id: crypto.randomUUID(), youSaid: 'a', weDid: 'b' };
    service.setChanges({ planId, changes: [line] });
    const r = await dispatch('setChanges', { planId, changes: [line, { ...line, weDid: 'c' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(service.getPlan({ planId }).changes).toEqual([line]);
  });
});
