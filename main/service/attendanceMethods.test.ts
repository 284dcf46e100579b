/**
 * Who came, through the one dispatch: each mark saved as made and kept across a reopen, someone
 * new added to the plan and the directory and marked as come in one go, and anything that cannot
 * be done refused kindly with nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { attendancePay } from '../domain/attendance';
import { openDatabase } from '../store/database';
import { openTestStore } from '../testing/tempStore';
import { createService } from './service';

function day() {
  const store = openTestStore();
  const { service } = store;
  const planId = service.createPlan({ details: { title: 'Carers’ voices', date: '2027-03-12', startTime: '10:00' } }).id;
  const amara = service.addPerson({ planId, person: { name: 'Amara Okafor', role: 'carer' } });
  const joe = service.addPerson({ planId, person: { name: 'Joe Bloggs', role: 'public_contributor' } });
  return { ...store, planId, amara, joe };
}

describe('attendance', () => {
  it('starts with nobody marked, keeps each mark as it is made, and can take one away', () => {
    const { service, planId, amara, joe, dbPath, db } = day();
    expect(service.getAttendance({ planId })).toEqual([]);
    service.markAttendance({ planId, personId: amara.id, came: true });
    expect(service.markAttendance({ planId, personId: joe.id, came: false })).toEqual([
      { personId: amara.id, came: true },
      { personId: joe.id, came: false },
    ]);
    expect(service.markAttendance({ planId, personId: joe.id, came: null })).toEqual([{ personId: amara.id, came: true }]);
    db.close();
    const reopened = createService(openDatabase(dbPath));
    expect(reopened.getAttendance({ planId })).toEqual([{ personId: amara.id, came: true }]);
  });

  it('adds someone new to the plan and the directory, marked as come, in one step', () => {
    const { service, planId } = day();
    const nia = service.addSomeoneNew({ planId, person: { name: 'Nia Evans', role: 'public_contributor' } });
    expect(service.getPlan({ planId }).people.map((p) => p.name)).toEqual(['Amara Okafor', 'Joe Bloggs', 'Nia Evans']);
    expect(service.getAttendance({ planId })).toEqual([{ personId: nia.id, came: true }]);
    expect(service.listDirectory(undefined).map((d) => d.name)).toContain('Nia Evans');
  });

  it('feeds the payments: a fee is due only to those who came', () => {
    const { service, planId, amara, joe } = day();
    const rate = { name: 'Involvement rate', amountPence: 2500, unit: 'hour' as const, source: 'Our policy', asOf: '2027-01-10' };
    for (const p of [amara, joe]) {
      service.updatePerson({ planId, personId: p.id, patch: { payment: { ...p.payment, status: 'agreed', sessionHours: 4, rate } } });
    }
    service.markAttendance({ planId, personId: amara.id, came: true });
    service.markAttendance({ planId, personId: joe.id, came: false });
    const pay = attendancePay(service.getPlan({ planId }).people, service.getAttendance({ planId }));
    expect(pay.feesDuePence).toBe(10000);
    expect(pay.lines.map((l) => [l.name, l.feeDuePence])).toEqual([
      ['Amara Okafor', 10000],
      ['Joe Bloggs', 0],
    ]);
  });

  it('refuses someone from another plan, and someone new with no name, changing nothing', () => {
    const { service, dispatch, planId } = day();
    const other = service.createPlan({ details: { title: 'Another day' } }).id;
    const stranger = service.addPerson({ planId: other, person: { name: 'Sam', role: 'carer' } });
    const res = dispatch('markAttendance', { planId, personId: stranger.id, came: true });
    if (res instanceof Promise) throw new Error('answered with a promise');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toBe('That person is no longer in this plan, so nothing was marked.');
    const unnamed = dispatch('addSomeoneNew', { planId, person: { name: '  ', role: 'carer' } });
    if (unnamed instanceof Promise) throw new Error('answered with a promise');
    expect(unnamed.ok).toBe(false);
    expect(service.getAttendance({ planId })).toEqual([]);
    expect(service.getAttendance({ planId: other })).toEqual([]);
    expect(service.getPlan({ planId }).people).toHaveLength(2);
  });

  it('shows in each person’s history across plans: came, could not come, or not marked', () => {
    const { service, planId, amara, joe } = day();
    const later = service.createPlan({ details: { title: 'Autumn panel', date: '2027-10-01', startTime: '10:00' } }).id;
    const entryOf = (name: string) => service.listDirectory(undefined).find((d) => d.name === name)!.id;
    service.addDirectoryPersonToPlan({ planId: later, directoryPersonId: entryOf('Amara Okafor') });
    service.markAttendance({ planId, personId: amara.id, came: true });
    service.markAttendance({ planId, personId: joe.id, came: false });
    const history = service.getDirectoryPerson({ directoryPersonId: entryOf('Amara Okafor') }).plans;
    expect(history.map((p) => [p.title, p.attended])).toEqual([
      ['Autumn panel', null],
      ['Carers’ voices', true],
    ]);
    expect(service.getDirectoryPerson({ directoryPersonId: entryOf('Joe Bloggs') }).plans.map((p) => p.attended)).toEqual([false]);
  });

  it('goes with the person: removing them from the plan removes their mark', () => {
    const { service, planId, amara } = day();
    service.markAttendance({ planId, personId: amara.id, came: true });
    service.deletePerson({ planId, personId: amara.id });
    expect(service.getAttendance({ planId })).toEqual([]);
  });
});
