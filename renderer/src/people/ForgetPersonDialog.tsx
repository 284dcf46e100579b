/**
 * "Forget this person": everything about them goes from the plan, and from the file on this
 * computer, in one step. Said plainly before it happens, because it cannot be undone, and that
 * older backups hold a copy until rotation replaces them.
 */
import { namesOf, type TextPlace } from '../../../main/domain/nameMentions';
import type { Person } from '../../../main/domain/people';
import type { Plan } from '../../../main/domain/plan';
import { personWords, type PersonWords } from '../../../main/domain/pronouns';
import { OLDER_BACKUPS_KEEP_A_COPY } from '../backups/olderBackups';
import { NameMentions } from '../privacy/NameMentions';
import { ConfirmDialog } from './ConfirmDialog';

const needsText = (n: number, w: PersonWords) =>
  n === 0 ? 'any access needs' : n === 1 ? `the access need noted for ${w.them}` : `the ${n} access needs noted for ${w.them}`;

export function ForgetPersonDialog({
  person,
  name,
  onForget,
  onKeep,
  plan,
  onReplace,
}: {
  /** Who to forget; null when the dialog is closed. */
  person: Person | null;
  name: string;
  onForget: (personId: string) => void;
  onKeep: () => void;
  /** The plan as it is now, to find where their name is still written in free text. */
  plan: Plan | null;
  onReplace: (place: TextPlace, names: string[]) => Promise<unknown>;
}) {
  const needs = person?.accessNeeds.length ?? 0;
  const w = personWords({ pronouns: person?.pronouns ?? '' });
  return (
    <ConfirmDialog
      isOpen={person !== null}
      title={
        <>
          Forget <bdi>{name}</bdi>?
        </>
      }
      confirmLabel={`Forget ${name}`}
      keepLabel={`Keep ${name}`}
      onConfirm={() => person && onForget(person.id)}
      onKeep={onKeep}
    >
      <p>
        This deletes everything about <bdi>{name}</bdi> from this plan, straight away:
      </p>
      <ul className="forget-list">
        <li>
          {w.their} details: name, role, organisation, pronouns and how to contact {w.them}
        </li>
        <li>{needsText(needs, w)}, and how each was being arranged</li>
        <li>the record of what {w.they} agreed we may keep and share</li>
        <li>{w.their} payment, hours and expenses</li>
        <li>{w.their} name where it is written as who leads part of the agenda</li>
      </ul>
      <p>
        <strong>This cannot be undone.</strong> The agenda stays as it is, without {w.them} named in it. {OLDER_BACKUPS_KEEP_A_COPY}
      </p>
      {person && plan && <NameMentions plan={plan} names={namesOf(person)} skipPeople={[person.id]} whose={`${name}’s name`} onReplace={onReplace} />}
    </ConfirmDialog>
  );
}
