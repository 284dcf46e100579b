import { describe, expect, it } from 'vitest';
import { LIMITS } from '../domain/plan';
import { openTestStore } from '../testing/tempStore';
import { KindredError } from './errors';
import { copyTitle } from './planMethods';
import { createService } from './service';

const MISSING = '00000000-0000-4000-8000-000000000000';

function expectKindredError(fn: () => unknown, code: string, message?: string) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(KindredError);
    expect((err as KindredError).code).toBe(code);
    if (message) expect((err as KindredError).message).toBe(message);
    return;
  }
  throw new Error('expected a KindredError');
}

describe('createPlan and getPlan', () => {
  it('creates a plan with friendly defaults', () => {
    const { service } = openTestStore();
    const plan = service.createPlan(undefined);
    expect(plan).toMatchObject({
      title: 'Untitled plan',
      purpose: '',
      whatCouldChange: '',
      date: null,
      startTime: '10:00',
      endTime: null,
      format: 'in_person',
      venueName: '',
      venueAddress: '',
      status: 'draft',
      createdAt: '2027-03-01T09:00:00.000Z',
      updatedAt: '2027-03-01T09:00:00.000Z',
      blocks: [],
    });
    expect(plan.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(service.getPlan({ planId: plan.id })).toEqual(plan);
  });

  it('applies the details given', () => {
    const { service } = openTestStore();
    const plan = service.createPlan({
      details: { title: 'Carers’ voices', date: '2027-05-04', startTime: '09:45', format: 'hybrid', venueAddress: '1 High St\nAnytown' },
    });
    expect(service.getPlan({ planId: plan.id })).toMatchObject({
      title: 'Carers’ voices',
      date: '2027-05-04',
      startTime: '09:45',
      format: 'hybrid',
      venueAddress: '1 High St\nAnytown',
      status: 'draft',
    });
  });

  it('reports a plan that does not exist kindly', () => {
    const { service } = openTestStore();
    expectKindredError(() => service.getPlan({ planId: MISSING }), 'not_found', "We couldn't find that plan. It may have been deleted.");
  });
});

describe('updatePlan', () => {
  it('changes only what the patch says and bumps the last-changed time', () => {
    const { service, advance } = openTestStore();
    const plan = service.createPlan({ details: { title: 'Before', purpose: 'Why we meet' } });
    advance(5_000);
    const updated = service.updatePlan({ planId: plan.id, patch: { title: 'After', status: 'ready', endTime: '15:00' } });
    const { blocks: _b, people: _p, setAsides: _s, debrief: _d, changes: _c, ...details } = plan;
    expect(updated).toEqual({
      ...details,
      title: 'After',
      status: 'ready',
      endTime: '15:00',
      updatedAt: '2027-03-01T09:00:05.000Z',
    } satisfies Record<string, unknown>);
    expect(updated).not.toHaveProperty('blocks');
    expect(service.getPlan({ planId: plan.id }).purpose).toBe('Why we meet');
  });

  it('recomputes the total length when a new start time changes the gap before a pinned block', () => {
    const { service } = openTestStore();
    const plan = service.createPlan(undefined);
    service.addBlock({ planId: plan.id, block: { kind: 'welcome', durationMinutes: 30 } });
    service.addBlock({ planId: plan.id, block: { kind: 'meal', durationMinutes: 60, pinnedTime: '12:00' } });
    expect(service.listPlans(undefined)[0]!.totalMinutes).toBe(180);
    service.updatePlan({ planId: plan.id, patch: { startTime: '11:00' } });
    expect(service.listPlans(undefined)[0]!.totalMinutes).toBe(120);
  });

  it('does not update a missing or deleted plan', () => {
    const { service } = openTestStore();
    expectKindredError(() => service.updatePlan({ planId: MISSING, patch: { title: 'x' } }), 'not_found');
    const plan = service.createPlan(undefined);
    service.deletePlan({ planId: plan.id });
    expectKindredError(() => service.updatePlan({ planId: plan.id, patch: { title: 'x' } }), 'not_found');
  });
});

describe('listPlans', () => {
  function seed() {
    const store = openTestStore();
    const make = (title: string, date: string | null) => {
      store.advance(1_000);
      return store.service.createPlan({ details: { title, date } });
    };
    const a = make('banana bread tasting', '2027-05-01');
    const b = make('Apple day', null);
    const c = make('cherry picking', '2027-06-01');
    const d = make('Date night', '2027-04-01');
    return { ...store, a, b, c, d };
  }

  it('sorts by date, newest first, with undated plans last (the default)', () => {
    const { service, a, b, c, d } = seed();
    const ids = (sort?: 'date_desc' | 'date_asc' | 'updated_desc' | 'title_asc') => service.listPlans(sort ? { sort } : undefined).map((p) => p.id);
    expect(ids()).toEqual([c.id, a.id, d.id, b.id]);
    expect(ids('date_desc')).toEqual([c.id, a.id, d.id, b.id]);
    expect(ids('date_asc')).toEqual([d.id, a.id, c.id, b.id]);
    expect(ids('updated_desc')).toEqual([d.id, c.id, b.id, a.id]);
    // Case does not decide the order of titles.
    expect(ids('title_asc')).toEqual([b.id, a.id, c.id, d.id]);
  });

  it('puts the plan changed most recently first after an edit', () => {
    const { service, advance, a } = seed();
    advance(1_000);
    service.updatePlan({ planId: a.id, patch: { venueName: 'Library' } });
    expect(service.listPlans({ sort: 'updated_desc' })[0]!.id).toBe(a.id);
  });

  it('searches titles, ignoring case, accents and surrounding spaces', () => {
    const { service, a } = seed();
    const cafe = service.createPlan({ details: { title: 'Café conversations' } });
    expect(service.listPlans({ search: '  BREAD ' }).map((p) => p.id)).toEqual([a.id]);
    expect(service.listPlans({ search: 'cafe' }).map((p) => p.id)).toEqual([cafe.id]);
    expect(service.listPlans({ search: 'CAFÉ' }).map((p) => p.id)).toEqual([cafe.id]);
    expect(service.listPlans({ search: 'no such thing' })).toEqual([]);
    expect(service.listPlans({ search: '   ' })).toHaveLength(5);
  });

  it('treats % and _ and \\ in a search as the characters themselves', () => {
    const { service } = openTestStore();
    const pct = service.createPlan({ details: { title: '100% involvement' } });
    const under = service.createPlan({ details: { title: 'snake_case workshop' } });
    const slash = service.createPlan({ details: { title: 'Either\\or' } });
    service.createPlan({ details: { title: '100 people involved' } });
    service.createPlan({ details: { title: 'snakes and ladders' } });
    expect(service.listPlans({ search: '%' }).map((p) => p.id)).toEqual([pct.id]);
    expect(service.listPlans({ search: '0% i' }).map((p) => p.id)).toEqual([pct.id]);
    expect(service.listPlans({ search: 'e_c' }).map((p) => p.id)).toEqual([under.id]);
    expect(service.listPlans({ search: '_' }).map((p) => p.id)).toEqual([under.id]);
    expect(service.listPlans({ search: '\\' }).map((p) => p.id)).toEqual([slash.id]);
  });

  it('shows block count and total length, including the gap before a pinned block', () => {
    const { service } = openTestStore();
    const plan = service.createPlan(undefined);
    service.addBlock({ planId: plan.id, block: { kind: 'welcome', durationMinutes: 20 } });
    service.addBlock({ planId: plan.id, block: { kind: 'meal', durationMinutes: 45, pinnedTime: '12:30' } });
    expect(service.listPlans(undefined)[0]).toMatchObject({ blockCount: 2, totalMinutes: 150 + 45 });
  });

  it('leaves out deleted plans', () => {
    const { service, a } = seed();
    service.deletePlan({ planId: a.id });
    expect(service.listPlans(undefined).map((p) => p.id)).not.toContain(a.id);
    expect(service.listPlans({ search: 'banana' })).toEqual([]);
  });
});

describe('duplicatePlan', () => {
  it('copies the details and the whole agenda with new ids, as a draft called “Copy of …”', () => {
    const { service, advance } = openTestStore();
    const plan = service.createPlan({ details: { title: 'Shaping our study', purpose: 'Decide together', status: 'delivered' } });
    const a = service.addBlock({ planId: plan.id, block: { kind: 'welcome', description: 'Hello' } });
    const b = service.addBlock({ planId: plan.id, block: { kind: 'meal', pinnedTime: '12:30' } });
    advance(60_000);
    const copy = service.duplicatePlan({ planId: plan.id });
    expect(copy).toMatchObject({ title: 'Copy of Shaping our study', status: 'draft', blockCount: 2, createdAt: '2027-03-01T09:01:00.000Z' });
    expect(copy.id).not.toBe(plan.id);
    const full = service.getPlan({ planId: copy.id });
    expect(full.purpose).toBe('Decide together');
    expect(full.blocks.map(({ id: _id, ...rest }) => rest)).toEqual([a, b].map(({ id: _id, ...rest }) => rest));
    expect(full.blocks.map((x) => x.id)).not.toContain(a.id);
    expect(copy.totalMinutes).toBe(service.listPlans(undefined).find((p) => p.id === plan.id)!.totalMinutes);
    // The original is untouched.
    expect(service.getPlan({ planId: plan.id }).blocks).toEqual([a, b]);
  });

  it('keeps the copy’s title within the limit', () => {
    const { service } = openTestStore();
    const plan = service.createPlan({ details: { title: 'x'.repeat(LIMITS.title) } });
    const copy = service.duplicatePlan({ planId: plan.id });
    expect(copy.title).toHaveLength(LIMITS.title);
    expect(copy.title.startsWith('Copy of x')).toBe(true);
  });

  it('never cuts a character in half', () => {
    const title = `${'x'.repeat(LIMITS.title - 'Copy of '.length - 1)}😀😀`;
    const cut = copyTitle(title);
    expect(cut.length).toBeLessThanOrEqual(LIMITS.title);
    expect(cut.endsWith('x')).toBe(true);
    expect(copyTitle('Lunch')).toBe('Copy of Lunch');
  });

  it('cannot copy a deleted plan', () => {
    const { service } = openTestStore();
    const plan = service.createPlan(undefined);
    service.deletePlan({ planId: plan.id });
    expectKindredError(() => service.duplicatePlan({ planId: plan.id }), 'not_found');
  });
});

describe('deletePlan and restorePlan', () => {
  it('removes the plan at once, then Undo puts it back exactly as it was, ids and all', () => {
    const { service, db } = openTestStore();
    const plan = service.createPlan({ details: { title: 'Keep me' } });
    const amara = service.addPerson({ planId: plan.id, person: { name: 'Amara', role: 'carer' } });
    const block = service.addBlock({ planId: plan.id, block: { kind: 'discussion' } });
    service.updateBlock({ planId: plan.id, blockId: block.id, patch: { leadPersonId: amara.id, deciderIds: [amara.id] } });
    const before = service.getPlan({ planId: plan.id });
    const summary = service.listPlans(undefined)[0];

    expect(service.deletePlan({ planId: plan.id })).toEqual({ planId: plan.id });
    expect(service.listPlans(undefined)).toEqual([]);
    // No row is left behind, marked or otherwise.
    for (const table of ['plans', 'blocks', 'people', 'block_deciders', 'set_asides']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    expectKindredError(() => service.getPlan({ planId: plan.id }), 'not_found');
    expectKindredError(() => service.deletePlan({ planId: plan.id }), 'not_found');

    expect(service.restorePlan({ planId: plan.id })).toEqual(summary);
    expect(service.getPlan({ planId: plan.id })).toEqual(before);
    // A second Undo is harmless.
    expect(service.restorePlan({ planId: plan.id })).toEqual(summary);
  });

  it('cannot delete or restore a plan that never existed', () => {
    const { service } = openTestStore();
    expectKindredError(() => service.deletePlan({ planId: MISSING }), 'not_found');
    expectKindredError(() => service.restorePlan({ planId: MISSING }), 'not_found');
  });

  it('offers Undo for a minute only: after that the plan is gone for good', () => {
    const { service, advance } = openTestStore();
    const old = service.createPlan({ details: { title: 'Old' } });
    const recent = service.createPlan({ details: { title: 'Recent' } });
    service.deletePlan({ planId: old.id });
    advance(61_000);
    service.deletePlan({ planId: recent.id });
    advance(30_000);

    expectKindredError(() => service.restorePlan({ planId: old.id }), 'not_found');
    expect(service.restorePlan({ planId: recent.id }).title).toBe('Recent');
  });

  it('deletes again after an Undo, and a second service (a restart) has nothing to undo', () => {
    const { service, db } = openTestStore();
    const plan = service.createPlan({ details: { title: 'Twice' } });
    service.deletePlan({ planId: plan.id });
    service.restorePlan({ planId: plan.id });
    service.deletePlan({ planId: plan.id });
    expect(service.listPlans(undefined)).toEqual([]);
    const restarted = createService(db, { clock: () => new Date('2027-03-01T09:00:05.000Z') });
    expectKindredError(() => restarted.restorePlan({ planId: plan.id }), 'not_found');
  });
});

describe('addSamplePlan', () => {
  it('adds the sample plan with its agenda and returns its summary', () => {
    const { service } = openTestStore();
    const summary = service.addSamplePlan(undefined);
    expect(summary).toMatchObject({ title: 'Shaping our next study together', startTime: '10:00', status: 'draft', blockCount: 12 });
    const plan = service.getPlan({ planId: summary.id });
    expect(plan.blocks).toHaveLength(12);
    expect(plan.blocks.find((b) => b.kind === 'meal')?.pinnedTime).toBe('12:30');
    expect(summary.totalMinutes).toBe(plan.blocks.reduce((n, b) => n + b.durationMinutes, 0));
    // The date is a few weeks after "today" as the service's clock sees it.
    expect(plan.date! > '2027-03-20' && plan.date! < '2027-04-15').toBe(true);
  });

  it('gives back the sample already there (by id, not by name), and a new one once it is deleted', () => {
    const { service } = openTestStore();
    const first = service.addSamplePlan(undefined);
    service.createPlan({ details: { title: first.title } });
    expect(service.addSamplePlan(undefined).id).toBe(first.id);
    expect(service.listPlans(undefined)).toHaveLength(2);
    service.deletePlan({ planId: first.id });
    const second = service.addSamplePlan(undefined);
    expect(second.id).not.toBe(first.id);
    expect(service.listPlans(undefined).map((p) => p.id)).toContain(second.id);
  });
});

describe('the day ends after it starts', () => {
  it('refuses an end time before the start, whichever way it arrives, and changes nothing', () => {
    const { service } = openTestStore();
    const plan = service.createPlan({ details: { startTime: '10:00', endTime: '15:00' } });
    expectKindredError(
      () => service.updatePlan({ planId: plan.id, patch: { endTime: '09:30' } }),
      'invalid',
      'That is before the start time, 10:00. Could you choose a later end time, or an earlier start?',
    );
    expectKindredError(() => service.updatePlan({ planId: plan.id, patch: { startTime: '16:00' } }), 'invalid');
    expectKindredError(() => service.updatePlan({ planId: plan.id, patch: { startTime: '11:00', endTime: '11:00' } }), 'invalid');
    expectKindredError(() => service.createPlan({ details: { startTime: '13:00', endTime: '12:00' } }), 'invalid');
    expect(service.getPlan({ planId: plan.id })).toMatchObject({ startTime: '10:00', endTime: '15:00' });
    expect(service.listPlans({})).toHaveLength(1);
  });

  it('puts the message on the field being changed', () => {
    const { service } = openTestStore();
    const plan = service.createPlan({ details: { startTime: '10:00', endTime: '12:00' } });
    try {
      service.updatePlan({ planId: plan.id, patch: { startTime: '12:30' } });
    } catch (err) {
      expect(Object.keys((err as KindredError).fields ?? {})).toEqual(['patch.startTime']);
    }
    try {
      service.updatePlan({ planId: plan.id, patch: { endTime: '08:00' } });
    } catch (err) {
      expect(Object.keys((err as KindredError).fields ?? {})).toEqual(['patch.endTime']);
    }
    expect.assertions(2);
  });

  it('accepts later ends, clearing the end, and edits that leave the times alone', () => {
    const { service } = openTestStore();
    const plan = service.createPlan({ details: { startTime: '10:00', endTime: '15:00' } });
    expect(service.updatePlan({ planId: plan.id, patch: { endTime: '10:30' } }).endTime).toBe('10:30');
    expect(service.updatePlan({ planId: plan.id, patch: { endTime: null } }).endTime).toBeNull();
    expect(service.updatePlan({ planId: plan.id, patch: { startTime: '18:00', endTime: '19:00' } })).toMatchObject({
      startTime: '18:00',
      endTime: '19:00',
    });
    expect(service.updatePlan({ planId: plan.id, patch: { title: 'Evening session' } }).title).toBe('Evening session');
  });
});

describe('the plan’s contact for participants and pack facts', () => {
  it('are saved through updatePlan, follow the person into a copy, and go when that person leaves the plan', () => {
    const { service } = openTestStore();
    const plan = service.createPlan(undefined);
    expect(plan).toMatchObject({
      contactPersonId: null,
      dialInNumber: '',
      dialInHow: '',
      followUpBy: null,
      followUpFormat: null,
      feesPaidMethod: null,
      feesPaidWhen: '',
    });
    const sam = service.addPerson({ planId: plan.id, person: { name: 'Sam', role: 'facilitator', email: 'sam@example.org' } });
    const updated = service.updatePlan({
      planId: plan.id,
      patch: {
        contactPersonId: sam.id,
        dialInNumber: '029 2074 7747',
        dialInHow: 'Type 845 221 and press hash.',
        followUpBy: '2027-06-30',
        followUpFormat: 'post',
        feesPaidMethod: 'voucher',
        feesPaidWhen: 'within 10 working days',
      },
    });
    expect(updated).toMatchObject({
      contactPersonId: sam.id,
      dialInNumber: '029 2074 7747',
      followUpBy: '2027-06-30',
      followUpFormat: 'post',
      feesPaidMethod: 'voucher',
    });

    const copy = service.duplicatePlan({ planId: plan.id });
    const copied = service.getPlan({ planId: copy.id });
    expect(copied.contactPersonId).toBe(copied.people[0]!.id);
    expect(copied.contactPersonId).not.toBe(sam.id);

    service.deletePerson({ planId: plan.id, personId: sam.id });
    expect(service.getPlan({ planId: plan.id }).contactPersonId).toBeNull();
  });

  it('refuses a contact who is not in the plan, kindly, and changes nothing', () => {
    const { service } = openTestStore();
    const plan = service.createPlan(undefined);
    expectKindredError(
      () => service.updatePlan({ planId: plan.id, patch: { contactPersonId: MISSING, feesPaidWhen: 'soon' } }),
      'invalid',
      'That person is no longer in this plan. Please choose someone from the list.',
    );
    expect(service.getPlan({ planId: plan.id })).toMatchObject({ contactPersonId: null, feesPaidWhen: '' });
  });
});
