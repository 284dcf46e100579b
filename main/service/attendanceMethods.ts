/**
 * Who came on the day: marking each person in the plan, and "someone new" who turned up, added to
 * the plan (and so to the directory, as anyone typed into a plan is) and marked as come, all in one
 * transaction. Each mark is saved as it is made. What it means for money is domain/attendance.ts.
 */
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import type { AttendanceMark } from '../domain/attendance';
import { createAttendanceRepo } from '../store/attendanceRepo';
import { KindredError, notFound } from './errors';
import type { StoreContext } from './storeContext';

type AttendanceMethods = Pick<ServiceImpl, 'getAttendance' | 'markAttendance' | 'addSomeoneNew'>;

export function attendanceMethods(ctx: StoreContext, addPerson: ServiceImpl['addPerson']): AttendanceMethods {
  const { db, plans, people } = ctx;
  const marks = createAttendanceRepo(db);

  const livePlan = (planId: string) => {
    if (plans.startTime(planId) === undefined) throw notFound('plan');
  };

  const read = db.transaction(({ planId }: ParsedInput<'getAttendance'>): AttendanceMark[] => {
    livePlan(planId);
    return marks.ofPlan(planId);
  });

  const mark = db.transaction(({ planId, personId, came }: ParsedInput<'markAttendance'>): AttendanceMark[] => {
    livePlan(planId);
    if (!people.list(planId).some((p) => p.id === personId)) {
      throw new KindredError('not_found', 'That person is no longer in this plan, so nothing was marked.');
    }
    marks.mark(personId, came, ctx.now());
    plans.touch(planId, ctx.now());
    return marks.ofPlan(planId);
  });

  const someoneNew = db.transaction((input: ParsedInput<'addSomeoneNew'>) => {
    const person = addPerson(input);
    marks.mark(person.id, true, ctx.now());
    return person;
  });

  return {
    getAttendance: (input) => read(input),
    markAttendance: (input) => mark.immediate(input),
    addSomeoneNew: (input) => someoneNew.immediate(input),
  };
}
