/**
 * Who came, on the facilitator's view of the day: everyone in the plan with a tick each, "Someone
 * new" for whoever turns up (added to the plan and the directory, and marked as come), and what it
 * means for money: the fees now due and the expenses to claim. Each tick is saved as it is made.
 * Nobody is assumed absent: until "Everyone else could not come" is pressed, the unticked are
 * simply not marked yet.
 */
import { useEffect, useMemo, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { attendancePay, type AttendanceMark } from '../../../main/domain/attendance';
import { formatPence, type Person } from '../../../main/domain/people';
import type { Plan } from '../../../main/domain/plan';
import { plural } from '../../../main/domain/words';
import { api } from '../api/client';
import { useAnnounce } from '../components/Announcer';
import { AddPersonDialog } from '../people/AddPersonDialog';

export function AttendancePanel({ plan }: { plan: Plan }) {
  const [marks, setMarks] = useState<AttendanceMark[] | null>(null);
  const [newcomers, setNewcomers] = useState<Person[]>([]);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const announce = useAnnounce();
  const planId = plan.id;

  useEffect(() => {
    let live = true;
    api.getAttendance({ planId }).then(
      (m) => live && setMarks(m),
      (err: Error) => live && setProblem(err.message),
    );
    return () => {
      live = false;
    };
  }, [planId]);

  const people = useMemo(() => [...plan.people, ...newcomers.filter((n) => !plan.people.some((p) => p.id === n.id))], [plan.people, newcomers]);
  const pay = useMemo(() => attendancePay(people, marks ?? []), [people, marks]);
  const stateOf = new Map(pay.lines.map((l) => [l.personId, l.state]));

  const mark = (person: Person, came: boolean | null) =>
    api.markAttendance({ planId, personId: person.id, came }).then(
      (m) => {
        setMarks(m);
        setProblem(null);
      },
      (err: Error) => setProblem(err.message),
    );

  const restCouldNotCome = async () => {
    for (const line of pay.lines.filter((l) => l.state === 'not_marked')) {
      const person = people.find((p) => p.id === line.personId);
      if (person) await mark(person, false);
    }
    announce('Everyone not ticked is marked as not able to come.');
  };

  if (marks === null) return null;
  return (
    <section className="run-controls" aria-labelledby="run-attendance-heading">
      <h2 id="run-attendance-heading">Who came</h2>
      {people.length === 0 ? (
        <p>Nobody is in this plan yet. Add whoever is here with “Someone new”.</p>
      ) : (
        <ul className="attendance-list">
          {people.map((person) => (
            <li key={person.id}>
              <Checkbox className="checkbox" isSelected={stateOf.get(person.id) === 'came'} onChange={(on) => void mark(person, on ? true : null)}>
                <span className="checkbox-box" aria-hidden="true" />
                {person.name.trim() || 'Someone without a name'}
                {stateOf.get(person.id) === 'did_not_come' && <span className="attendance-away"> (could not come)</span>}
              </Checkbox>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="run-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
          Someone new
        </button>
        {pay.notMarkedCount > 0 && pay.cameCount > 0 && (
          <button type="button" className="button button-secondary" onClick={() => void restCouldNotCome()}>
            Everyone else could not come
          </button>
        )}
      </div>
      <p data-testid="attendance-pay">{payWords(pay, people.length)}</p>
      <AddPersonDialog
        isOpen={adding}
        onClose={() => setAdding(false)}
        onAdd={(values) => {
          setAdding(false);
          api.addSomeoneNew({ planId, person: values }).then(
            (person) => {
              setNewcomers((n) => [...n, person]);
              setMarks((m) => [...(m ?? []), { personId: person.id, came: true }]);
              announce(`Added ${person.name}, marked as here. They are in People too.`);
            },
            (err: Error) => setProblem(err.message),
          );
        }}
        showOnline={plan.format !== 'in_person'}
        showJoinsOnline={plan.format !== 'in_person'}
        inRoomOffered={plan.format !== 'online'}
        existingNames={people.map((p) => p.name)}
      />
    </section>
  );
}

function payWords(pay: ReturnType<typeof attendancePay>, everyone: number): string {
  const parts = [`${pay.cameCount} of ${plural(everyone, 'person', 'people')} here.`];
  if (pay.feesDuePence > 0) parts.push(`Fees now due: ${formatPence(pay.feesDuePence)}.`);
  if (pay.expensesToClaimPence > 0) parts.push(`Expenses to claim: ${formatPence(pay.expensesToClaimPence)}.`);
  if (pay.expensesToCheckPence > 0) {
    parts.push(`${formatPence(pay.expensesToCheckPence)} of expenses for people who could not come: check whether they had already paid out.`);
  }
  if (pay.notMarkedCount > 0) parts.push(`${plural(pay.notMarkedCount, 'person', 'people')} not marked yet.`);
  return parts.join(' ');
}
