/**
 * Who came, and what that means for money (NIHR payment guidance: nobody ends up out of pocket).
 * A fee is due to each person who came with a fee agreed; their expenses are to claim. Someone who
 * could not come has no fee due, but costs they already paid out (a train ticket bought ahead)
 * still need repaying, so their expenses are listed to check with them, never dropped. Someone not
 * marked yet is neither: Kindred never assumes anyone stayed away.
 */
import { expensesPence, feePence, type Person } from './people';

/** One person's mark, as saved: they came, or they did not. */
export interface AttendanceMark {
  personId: string;
  came: boolean;
}

export type AttendanceState = 'came' | 'did_not_come' | 'not_marked';

export interface AttendanceLine {
  personId: string;
  name: string;
  state: AttendanceState;
  /** The agreed fee, due because they came (0 otherwise, or when none was agreed or they declined). */
  feeDuePence: number;
  /** Expenses recorded for them: to claim when they came, to check with them when they did not. */
  expensesPence: number;
}

export interface AttendancePay {
  lines: AttendanceLine[];
  cameCount: number;
  notMarkedCount: number;
  feesDuePence: number;
  /** Expenses of the people who came. */
  expensesToClaimPence: number;
  /** Expenses of people who could not come: costs they may already have paid out. */
  expensesToCheckPence: number;
}

export function attendancePay(people: readonly Person[], marks: readonly AttendanceMark[]): AttendancePay {
  const byPerson = new Map(marks.map((m) => [m.personId, m.came]));
  const lines = people.map((p): AttendanceLine => {
    const mark = byPerson.get(p.id);
    const state: AttendanceState = mark === undefined ? 'not_marked' : mark ? 'came' : 'did_not_come';
    return { personId: p.id, name: p.name, state, feeDuePence: state === 'came' ? feePence(p.payment) : 0, expensesPence: expensesPence(p.payment) };
  });
  const sum = (ls: AttendanceLine[], f: (l: AttendanceLine) => number) => ls.reduce((s, l) => s + f(l), 0);
  const came = lines.filter((l) => l.state === 'came');
  return {
    lines,
    cameCount: came.length,
    notMarkedCount: lines.filter((l) => l.state === 'not_marked').length,
    feesDuePence: sum(came, (l) => l.feeDuePence),
    expensesToClaimPence: sum(came, (l) => l.expensesPence),
    expensesToCheckPence: sum(
      lines.filter((l) => l.state === 'did_not_come'),
      (l) => l.expensesPence,
    ),
  };
}
