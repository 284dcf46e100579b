/**
 * What the person has agreed we may do with their access needs, asked as the facilitator would ask
 * them: may we keep a note of them, and may we share them. The date is recorded with each answer.
 * Saying no after needs were noted deletes them, once the facilitator has confirmed it.
 */
import { useId, useState } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { Consent } from '../../../main/domain/access';
import { formatDate, localToday } from '../../../main/domain/time';
import type { PersonPatch } from '../../../main/domain/validation';
import { useAnnounce } from '../components/Announcer';
import { ConfirmDialog } from './ConfirmDialog';
import type { PersonWords } from '../../../main/domain/pronouns';

type Answer = 'yes' | 'no';
const answer = (b: boolean): Answer => (b ? 'yes' : 'no');

export function ConsentFields({
  name,
  words,
  consent,
  needsCount,
  onChange,
}: {
  name: string;
  /** Their pronouns, for the sentences about them. */
  words: PersonWords;
  consent: Consent;
  needsCount: number;
  onChange: (patch: PersonPatch) => void;
}) {
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const recordedId = useId();
  const asked = consent.recordedOn !== null;

  const withdraw = () => {
    onChange({ consent: { store: false, share: false, recordedOn: localToday() }, accessNeeds: [] });
  };

  const setStore = (store: boolean) => {
    if (store) {
      onChange({ consent: { store: true, share: consent.store ? consent.share : false, recordedOn: localToday() } });
    } else if (needsCount > 0) {
      setConfirming(true);
    } else {
      withdraw();
    }
  };

  const needsWord = needsCount === 1 ? 'the access need' : `the ${needsCount} access needs`;

  return (
    <div className="consent">
      <RadioGroup
        className="radio-group radio-row"
        value={asked || consent.store ? answer(consent.store) : null}
        onChange={(v) => setStore(v === 'yes')}
        aria-describedby={recordedId}
      >
        <Label className="label">
          May we keep a note of <bdi>{name}</bdi>’s access needs?
        </Label>
        <Radio value="yes" className="radio">
          Yes
        </Radio>
        <Radio value="no" className="radio">
          No
        </Radio>
      </RadioGroup>
      {consent.store && (
        <RadioGroup
          className="radio-group radio-row"
          value={answer(consent.share)}
          onChange={(v) => onChange({ consent: { ...consent, share: v === 'yes', recordedOn: localToday() } })}
          aria-describedby={recordedId}
        >
          <Label className="label">May we share them with the venue and co-facilitators?</Label>
          <Text slot="description" className="field-description">
            With a yes, the facilitator pack names {words.them} beside {words.their} arrangements; otherwise it says “a participant”.
          </Text>
          <Radio value="yes" className="radio">
            Yes
          </Radio>
          <Radio value="no" className="radio">
            No
          </Radio>
        </RadioGroup>
      )}
      <p className="consent-recorded" id={recordedId}>
        {consent.recordedOn ? `Recorded ${formatDate(consent.recordedOn)}` : 'Not asked yet'}
      </p>

      <ConfirmDialog
        isOpen={confirming}
        title={
          <>
            Delete <bdi>{name}</bdi>’s access needs?
          </>
        }
        confirmLabel="Delete them"
        keepLabel="Keep them"
        onKeep={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          withdraw();
          announce(`${name}’s access needs have been deleted, and ${words.their} answer recorded.`);
        }}
      >
        <p>
          This deletes {needsWord} noted for <bdi>{name}</bdi>, and how each was being arranged. It cannot be undone.
        </p>
        <p>If {words.they} would still like you to keep a note, choose Keep them.</p>
      </ConfirmDialog>
    </div>
  );
}
