/**
 * Who leads a block, and for a decision, what is decided and by whom: power shared in the agenda
 * itself (NIHR INVOLVE 2018: joint ownership of key decisions). Used inside the agenda's block editor.
 */
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { PERSON_ROLE_LABELS, type Person } from '../../../main/domain/people';
import type { Block } from '../../../main/domain/plan';
import type { BlockPatch } from '../../../main/domain/validation';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DraftField } from '../components/DraftField';
import { longTextCheck, shortTextCheck } from '../lib/checks';
import { nameList } from './powerSummary';

const same = (s: string) => s;
const leadCheck = shortTextCheck('Who leads');
const decisionCheck = longTextCheck('What is being decided');
const NOBODY = 'nobody';

const personLabel = (p: Person) => `${p.name.trim() || 'Someone without a name'}, ${PERSON_ROLE_LABELS[p.role].toLowerCase()}`;

export function LeadFields({ block, people, update }: { block: Block; people: readonly Person[]; update: (patch: BlockPatch) => void }) {
  const selected = block.leadPersonId !== null && people.some((p) => p.id === block.leadPersonId) ? block.leadPersonId : null;
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (
    <div className="field-row">
      <ChoiceSelect
        label="Who leads"
        description={
          people.length === 0
            ? 'Anyone can lead, public contributors too. Add people in the People tab to choose them here.'
            : 'Anyone can lead, public contributors too.'
        }
        value={selected}
        none={{ id: NOBODY, label: 'Nobody named' }}
        options={people.map((p) => p.id)}
        labels={Object.fromEntries(people.map((p) => [p.id, personLabel(p)]))}
        textValue={(id) => names.get(id) ?? ''}
        onChange={(leadPersonId) => update({ leadPersonId })}
      />
      <DraftField
        label="Or describe who leads"
        description="For example, “Everyone”, or someone who is not in People."
        value={block.leadBy}
        format={same}
        check={leadCheck}
        onCommit={(leadBy) => update({ leadBy })}
      />
    </div>
  );
}

export function DecisionFields({ block, people, update }: { block: Block; people: readonly Person[]; update: (patch: BlockPatch) => void }) {
  const ids = new Set(people.map((p) => p.id));
  return (
    <fieldset className="plain-fieldset decision-fields">
      <legend className="decision-legend">The decision</legend>
      <DraftField
        label="What are we deciding?"
        description="In plain words, as you would say it to the room. Be clear about what cannot change."
        value={block.decision}
        format={same}
        check={decisionCheck}
        onCommit={(decision) => update({ decision })}
        multiline
        rows={2}
      />
      <Checkbox className="checkbox" isSelected={block.decidedByAll} onChange={(decidedByAll) => update({ decidedByAll })}>
        <span className="checkbox-box" aria-hidden="true" />
        Everyone in the room decides together
      </Checkbox>
      {!block.decidedByAll &&
        (people.length === 0 ? (
          <p className="field-description">Add people in the People tab to name who takes part in deciding.</p>
        ) : (
          <CheckboxGroup
            className="checkbox-group deciders"
            value={block.deciderIds.filter((id) => ids.has(id))}
            onChange={(value) => update({ deciderIds: people.map((p) => p.id).filter((id) => value.includes(id)) })}
          >
            <Label className="label">Who takes part in deciding</Label>
            <Text slot="description" className="field-description">
              Sharing key decisions is at the heart of co-production (NIHR INVOLVE, 2018).
            </Text>
            {people.map((p) => (
              <Checkbox key={p.id} value={p.id} className="checkbox">
                <span className="checkbox-box" aria-hidden="true" />
                {personLabel(p)}
              </Checkbox>
            ))}
          </CheckboxGroup>
        ))}
    </fieldset>
  );
}

/**
 * Who leads, for the block's row: the named person, with the description when it adds something
 * ("Amara and Sam, co-chairs" already names Amara); null when nobody is named or described.
 */
export function leadText(block: Block, people: readonly Person[]): string | null {
  const person = block.leadPersonId === null ? undefined : people.find((p) => p.id === block.leadPersonId);
  const described = block.leadBy.trim();
  if (!person) return described || null;
  const name = person.name.trim() || 'someone without a name';
  if (!described) return name;
  return described.toLowerCase().includes(name.toLowerCase()) ? described : `${name} (${described})`;
}

/** "Everyone decides", "Decided by Amara and Priya", "Decided by 4 people"; null when nobody is named. */
export function decidersText(block: Block, people: readonly Person[]): string | null {
  if (block.kind !== 'decision') return null;
  if (block.decidedByAll) return 'Everyone decides';
  const names = people.filter((p) => block.deciderIds.includes(p.id)).map((p) => p.name.trim() || 'someone without a name');
  if (names.length === 0) return null;
  return names.length > 3 ? `Decided by ${names.length} people` : `Decided by ${nameList(names)}`;
}
