/** The details of one block, opened under its row. Every field saves as you type. */
import { Checkbox } from 'react-aria-components';
import { BLOCK_KINDS, BLOCK_KIND_LABELS } from '../../../main/domain/blockKinds';
import type { Person } from '../../../main/domain/people';
import type { Block } from '../../../main/domain/plan';
import type { BlockPatch } from '../../../main/domain/validation';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DraftField } from '../components/DraftField';
import { easyReadNote } from '../plainEnglish/easyRead';
import { PlainTextField } from '../plainEnglish/PlainTextField';
import { ClockTimeField } from '../components/ClockTimeField';
import { blockTitleCheck, longTextCheck } from '../lib/checks';
import { DecisionFields, LeadFields } from '../people/BlockPeopleFields';
import { SaveToLibraryButton } from '../library/SaveToLibraryButton';
import { FlexibleFields } from './FlexibleFields';
import { LeadInRoomField } from '../room/LeadInRoomField';

const same = (s: string) => s;
const descriptionCheck = longTextCheck('The description');
const easyReadCheck = longTextCheck('The Easy Read description');
const notesCheck = longTextCheck('Facilitator notes');
const materialsCheck = longTextCheck('Materials');

export function BlockEditor({
  id,
  block,
  onUpdate,
  durationLabel,
  people,
  currentStart,
}: {
  id: string;
  block: Block;
  onUpdate: (blockId: string, patch: BlockPatch) => void;
  durationLabel: string;
  /** The plan's people, to name who leads and who decides. */
  people: readonly Person[];
  /** The block's start time on the clock as the agenda stands ("11:45"), read when the pin is ticked. */
  currentStart: () => string;
}) {
  const update = (patch: BlockPatch) => onUpdate(block.id, patch);
  return (
    <div className="block-editor" id={id} role="group" aria-label={`Details of “${block.title}”, ${durationLabel}`}>
      <div className="field-row">
        <PlainTextField
          target={{ kind: 'block', blockId: block.id, field: 'title' }}
          label="Block name"
          value={block.title}
          check={blockTitleCheck}
          onCommit={(title) => update({ title })}
          isRequired
        />
        <ChoiceSelect
          label="Kind of block"
          value={block.kind}
          options={BLOCK_KINDS}
          labels={BLOCK_KIND_LABELS}
          onChange={(kind) => update({ kind })}
        />
      </div>
      <PlainTextField
        target={{ kind: 'block', blockId: block.id, field: 'description' }}
        showReadability
        label="What participants will read"
        description="Plain words, “you” and “we”. This goes into the participant pack."
        value={block.description}
        check={descriptionCheck}
        onCommit={(description) => update({ description })}
        multiline
        rows={3}
      />
      <PlainTextField
        target={{ kind: 'block', blockId: block.id, field: 'easyRead' }}
        noteFor={easyReadNote}
        label="Easy Read description"
        description="Short sentences of 15 words or fewer, one idea each. Used in Easy Read packs."
        value={block.easyRead}
        check={easyReadCheck}
        onCommit={(easyRead) => update({ easyRead })}
        multiline
        rows={3}
      />
      <DraftField
        label="Notes for facilitators"
        description="Only in the facilitator pack and run sheet."
        value={block.facilitatorNotes}
        format={same}
        check={notesCheck}
        onCommit={(facilitatorNotes) => update({ facilitatorNotes })}
        multiline
        rows={3}
      />
      <DraftField
        label="Materials"
        description="For example: flipchart, pens, name badges"
        value={block.materials}
        format={same}
        check={materialsCheck}
        onCommit={(materials) => update({ materials })}
      />
      <LeadFields block={block} people={people} update={update} />
      <LeadInRoomField block={block} update={update} />
      {block.kind === 'decision' && <DecisionFields block={block} people={people} update={update} />}
      <div className="pin-row">
        <Checkbox
          className="checkbox"
          isSelected={block.pinnedTime !== null}
          // Pinning keeps the block where it is now: nothing else on the agenda moves until the time is changed.
          onChange={(on) => update({ pinnedTime: on ? (block.pinnedTime ?? currentStart()) : null })}
        >
          <span className="checkbox-box" aria-hidden="true" />
          Pin to a clock time (for example, lunch at 12:30)
        </Checkbox>
        {block.pinnedTime !== null && (
          <ClockTimeField
            label="Pinned time"
            value={block.pinnedTime}
            example="12:30"
            requiredMessage="Choose a time to pin it to, or untick the box."
            onCommit={(pinnedTime) => pinnedTime !== null && update({ pinnedTime })}
            className="field-short"
          />
        )}
      </div>
      <FlexibleFields block={block} update={update} />
      <div className="button-row block-editor-actions">
        <SaveToLibraryButton block={block} />
      </div>
    </div>
  );
}
