/**
 * One person's access needs, each with its arrangement: how it will be met, who is arranging it,
 * by when, and where it stands. Every need stays visible here (and on the Access tab's board)
 * until it is arranged, or the person has been told it cannot be.
 */
import { useId, useRef, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import {
  ARRANGEMENT_STATUSES,
  ARRANGEMENT_STATUS_LABELS,
  EMPTY_ARRANGEMENT,
  needType,
  type AccessNeed,
  type Arrangement,
  type NeedTypeId,
} from '../../../main/domain/access';
import { LIMITS } from '../../../main/domain/plan';
import { formatDate } from '../../../main/domain/time';
import { useAnnounce } from '../components/Announcer';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { DateEntryField } from '../components/DateEntryField';
import { DraftField } from '../components/DraftField';
import { useToast } from '../components/Toasts';
import { longTextCheck, shortTextCheck } from '../lib/checks';
import { needsSummary } from './accessSummary';
import { NeedTypeSelect } from './NeedTypeSelect';
import type { PersonWords } from '../../../main/domain/pronouns';

const same = (s: string) => s;
const detailCheck = longTextCheck('What helps');
const howCheck = longTextCheck('How it will be met');
const ownerCheck = shortTextCheck('Who is arranging it');

export function AccessNeedsEditor({
  personId,
  name,
  words,
  needs,
  onChange,
  latestNeeds,
}: {
  personId: string;
  name: string;
  /** Their pronouns, for the sentences about them. */
  words: PersonWords;
  needs: readonly AccessNeed[];
  /** The whole list, as it should now be saved. */
  onChange: (needs: AccessNeed[]) => void;
  /** Their needs as they are now, or null when they can no longer be kept (for Undo, which comes later). */
  latestNeeds: () => readonly AccessNeed[] | null;
}) {
  const announce = useAnnounce();
  const toast = useToast();
  const [adding, setAdding] = useState<NeedTypeId | null>(null);
  const [addProblem, setAddProblem] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLDivElement>(null);
  const full = needs.length >= LIMITS.needsPerPerson;
  const summary = needsSummary(needs);

  const focusNeed = (needId: string, selector: string) =>
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-person-need="${needId}"] ${selector}`)?.focus());
  const focusAdd = () => requestAnimationFrame(() => addRef.current?.querySelector<HTMLElement>('.select-button')?.focus());

  const update = (needId: string, patch: Partial<Omit<AccessNeed, 'id'>>) => onChange(needs.map((n) => (n.id === needId ? { ...n, ...patch } : n)));
  const arrange = (need: AccessNeed, patch: Partial<Arrangement>) => update(need.id, { arrangement: { ...need.arrangement, ...patch } });

  const add = () => {
    if (adding === null) {
      setAddProblem('Choose a need from the list first; “Something else” is fine.');
      focusAdd();
      return;
    }
    const need: AccessNeed = { id: crypto.randomUUID(), type: adding, detail: '', arrangement: { ...EMPTY_ARRANGEMENT } };
    onChange([...needs, need]);
    setAdding(null);
    setAddProblem(null);
    announce(`Added ${needType(need.type).label}.`);
    focusNeed(need.id, 'textarea');
  };

  const remove = (need: AccessNeed, index: number) => {
    onChange(needs.filter((n) => n.id !== need.id));
    const label = needType(need.type).label;
    const next = needs[index + 1] ?? needs[index - 1];
    if (next) focusNeed(next.id, '.person-need-remove');
    else focusAdd();
    toast({
      message: `Removed “${label}” for ${name}.`,
      actionLabel: 'Undo',
      onAction: () => {
        const current = latestNeeds();
        if (current === null) {
          announce(`${name}’s access needs can only be kept while ${words.theyDo('agree')} to it.`);
          return;
        }
        if (current.some((n) => n.id === need.id)) return;
        const restored = [...current];
        restored.splice(Math.min(index, restored.length), 0, need);
        onChange(restored);
        announce(`“${label}” is back.`);
        focusNeed(need.id, '.person-need-remove');
      },
    });
  };

  return (
    <div className="person-needs">
      <p className="person-needs-summary" aria-live="polite" aria-atomic="true" data-testid={`needs-summary-${personId}`}>
        {summary ?? 'No access needs noted yet.'}
      </p>
      {needs.length > 0 && (
        <ol className="person-need-list" ref={listRef} aria-label={`Access needs for ${name}`}>
          {needs.map((need, i) => (
            <li key={need.id} className="person-need" data-person-need={need.id}>
              <NeedFields
                need={need}
                index={i}
                name={name}
                words={words}
                onType={(type) => update(need.id, { type })}
                onDetail={(detail) => update(need.id, { detail })}
                onArrange={(patch) => arrange(need, patch)}
                onRemove={() => remove(need, i)}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="person-need-add" ref={addRef}>
        <NeedTypeSelect
          label="Add an access need"
          value={adding}
          placeholder="Choose from the list"
          onChange={(type) => {
            setAdding(type);
            setAddProblem(null);
          }}
          isInvalid={addProblem !== null}
          description={full ? `A person can have up to ${LIMITS.needsPerPerson} access needs.` : undefined}
        />
        <button type="button" className="button button-secondary" onClick={add} disabled={full}>
          Add this need
        </button>
      </div>
      {addProblem && (
        <p className="field-error" role="alert">
          {addProblem}
        </p>
      )}
    </div>
  );
}

function NeedFields({
  need,
  index,
  name,
  words,
  onType,
  onDetail,
  onArrange,
  onRemove,
}: {
  need: AccessNeed;
  index: number;
  name: string;
  words: PersonWords;
  onType: (type: NeedTypeId) => void;
  onDetail: (detail: string) => void;
  onArrange: (patch: Partial<Arrangement>) => void;
  onRemove: () => void;
}) {
  const headingId = useId();
  const toldId = useId();
  const a = need.arrangement;
  const label = needType(need.type).label;
  return (
    <div role="group" aria-labelledby={headingId} className="person-need-fields">
      <div className="person-need-head">
        <h5 id={headingId} className="person-need-title">
          <span className="person-need-number">{index + 1}.</span> {label}
        </h5>
        <span className={`person-need-status person-need-status-${a.status}`}>{ARRANGEMENT_STATUS_LABELS[a.status]}</span>
      </div>
      <div className="field-row">
        <NeedTypeSelect label="Kind of need" value={need.type} onChange={onType} className="field-need-type" />
      </div>
      <DraftField
        label={`What helps, in ${words.their} words`}
        description={`As ${words.theyDo('put')} it: what makes it work for ${words.them}.`}
        value={need.detail}
        format={same}
        check={detailCheck}
        onCommit={onDetail}
        multiline
        rows={2}
      />
      <fieldset className="plain-fieldset arrangement">
        <legend className="label arrangement-legend">The arrangement</legend>
        <DraftField
          label="How it will be met"
          value={a.how}
          format={same}
          check={howCheck}
          onCommit={(how) => onArrange({ how })}
          multiline
          rows={2}
        />
        <div className="field-row">
          <DraftField
            label="Who is arranging it"
            description="A name, “the venue” or “me”."
            value={a.owner}
            format={same}
            check={ownerCheck}
            onCommit={(owner) => onArrange({ owner })}
          />
          <DateEntryField
            label="Arrange by"
            description={a.dueDate ? `By ${formatDate(a.dueDate)}.` : 'Optional: the date it needs to be arranged by.'}
            value={a.dueDate}
            onCommit={(dueDate) => onArrange({ dueDate })}
            className="field-short"
          />
        </div>
        <ChoiceRadioGroup
          label="Where it stands"
          value={a.status}
          options={ARRANGEMENT_STATUSES}
          labels={ARRANGEMENT_STATUS_LABELS}
          onChange={(status) => onArrange({ status })}
          className="radio-row"
        />
        {a.status === 'cannot_meet' && (
          <div className="person-told">
            <Checkbox className="checkbox" isSelected={a.personTold} onChange={(personTold) => onArrange({ personTold })} aria-describedby={toldId}>
              <span className="checkbox-box" aria-hidden="true" />
              We have told {words.them}
            </Checkbox>
            <p className="field-description checkbox-description" id={toldId}>
              {a.personTold ? (
                'Thank you. Note what you offered instead in “How it will be met”.'
              ) : (
                <>
                  Let <bdi>{name}</bdi> know soon, and ask what might work instead.
                </>
              )}
            </p>
          </div>
        )}
      </fieldset>
      <div className="person-need-actions">
        <button type="button" className="button button-quiet person-need-remove" onClick={onRemove} aria-label={`Remove this need: ${label}`}>
          Remove this need
        </button>
      </div>
    </div>
  );
}
