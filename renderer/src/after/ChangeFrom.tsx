/**
 * Who a "you said, we did" item came from, when it came from one person, and whether they agreed to
 * be named for it: only then does it appear in their history with you (and anything made from it).
 */
import { Checkbox } from 'react-aria-components';
import type { Person } from '../../../main/domain/people';
import type { Change } from '../../../main/domain/plan';
import { ChoiceSelect } from '../components/ChoiceSelect';

export function ChangeFrom({ change, people, onChange }: { change: Change; people: readonly Person[]; onChange: (patch: Partial<Change>) => void }) {
  const from = change.fromPersonId ?? null;
  // Someone since taken out of the plan is not offered, and the item reads as from nobody in particular.
  const known = from !== null && people.some((p) => p.id === from) ? from : null;
  const names = Object.fromEntries(people.map((p) => [p.id, p.name.trim() || 'Someone']));
  return (
    <div className="change-from">
      <ChoiceSelect
        label="It came from"
        value={known}
        options={people.map((p) => p.id)}
        labels={names}
        none={{ id: 'nobody', label: 'Several people, or nobody in particular' }}
        onChange={(personId) => onChange(personId === null ? { fromPersonId: null, fromAgreed: false } : { fromPersonId: personId })}
      />
      {known !== null && (
        <Checkbox className="checkbox" isSelected={change.fromAgreed === true} onChange={(fromAgreed) => onChange({ fromAgreed })}>
          <span className="checkbox-box" aria-hidden="true" />
          {names[known]} agreed to be named for this
        </Checkbox>
      )}
    </div>
  );
}
