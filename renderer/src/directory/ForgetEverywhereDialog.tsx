/**
 * "Forget this person" from the People screen: out of every plan they are in and the directory,
 * in one step, said plainly first because it cannot be undone. Afterwards, the plans whose free
 * text still names them are listed, each place with its own "Replace with “a participant”" (the
 * same list as forgetting in one plan), because those words are the facilitator's to change.
 */
import { useEffect, useState } from 'react';
import type { ApiResults } from '../../../main/contract/contract';
import type { TextPlace } from '../../../main/domain/nameMentions';
import type { Plan } from '../../../main/domain/plan';
import { api } from '../api/client';
import { DoneDialog } from '../components/DoneDialog';
import { OLDER_BACKUPS_KEEP_A_COPY } from '../backups/olderBackups';
import { problemMessage } from '../packs/saving';
import { ConfirmDialog } from '../people/ConfirmDialog';
import { NameMentions } from '../privacy/NameMentions';

type Forgotten = ApiResults['forgetDirectoryPerson'];

const plansWords = (n: number) => (n === 0 ? 'no plans' : n === 1 ? 'one plan' : `${n} plans`);

export function ForgetEverywhereDialog({
  person,
  onClose,
  onForgotten,
}: {
  person: { id: string; name: string };
  onClose: () => void;
  onForgotten: (sentence: string) => void;
}) {
  const [planCount, setPlanCount] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<Forgotten | null>(null);
  const [plans, setPlans] = useState<Plan[]>([]);
  const name = person.name.trim() || 'this person';

  useEffect(() => {
    let live = true;
    api.getDirectoryPerson({ directoryPersonId: person.id }).then(
      (found) => live && setPlanCount(found.plans.length),
      () => live && setPlanCount(null),
    );
    return () => {
      live = false;
    };
  }, [person.id]);

  const forget = async () => {
    setProblem(null);
    try {
      const result = await api.forgetDirectoryPerson({ directoryPersonId: person.id });
      setDone(result);
      onForgotten(`Forgot ${name}: taken out of ${plansWords(result.plansLeft)} and the people you work with.`);
      setPlans(await Promise.all(result.mentions.map((m) => api.getPlan({ planId: m.planId }))));
    } catch (err) {
      setProblem(problemMessage(err, `Kindred could not forget ${name} just now. Nothing has changed; please try again.`));
    }
  };

  const replace = async (planId: string, place: TextPlace, names: string[]) => {
    const plan = await api.replaceNamesInPlace({ planId, place, names });
    setPlans((all) => all.map((p) => (p.id === planId ? plan : p)));
  };

  if (done === null) {
    return (
      <ConfirmDialog
        isOpen
        title={
          <>
            Forget <bdi>{name}</bdi> everywhere?
          </>
        }
        confirmLabel={`Forget ${name}`}
        keepLabel={`Keep ${name}`}
        onConfirm={() => void forget()}
        onKeep={onClose}
      >
        <p>
          This deletes everything Kindred holds about <bdi>{name}</bdi>, straight away, from{' '}
          {planCount === null
            ? 'every plan they are in'
            : planCount === 0
              ? 'the people you work with (they are in no plan)'
              : `the ${plansWords(planCount)} they are in, delivered ones too, and from the people you work with`}
          :
        </p>
        <ul className="forget-list">
          <li>their profile: name, pronouns, contact details, organisation and notes</li>
          <li>what helps them take part, and how it was arranged at each workshop</li>
          <li>the record of what they agreed we may keep and share</li>
          <li>their payments, hours and expenses</li>
          <li>their name where it is written as who leads part of an agenda</li>
        </ul>
        <p>
          <strong>This cannot be undone.</strong> Afterwards, Kindred shows you anywhere your own notes still mention them, so you can change those
          too. {OLDER_BACKUPS_KEEP_A_COPY}
        </p>
        {problem && (
          <p role="alert" className="notice notice-attention">
            {problem}
          </p>
        )}
      </ConfirmDialog>
    );
  }

  return (
    <DoneDialog isOpen wide titleLevel={2} title={`${name} has been forgotten`} onClose={onClose}>
      <p>
        Kindred no longer holds their details, in {plansWords(done.plansLeft)} or among the people you work with.
        {done.mentions.length === 0 ? ' None of your own notes mention them either.' : ''}
      </p>
      {plans.map((plan) => (
        <section key={plan.id} className="form-section" aria-label={`In “${plan.title}”`}>
          <h3>In “{plan.title}”</h3>
          <NameMentions plan={plan} names={done.names} whose={`${name}’s name`} onReplace={(place, names) => replace(plan.id, place, names)} />
        </section>
      ))}
    </DoneDialog>
  );
}
