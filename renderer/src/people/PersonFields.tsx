/** The fields that describe one person, shared by "Add a person" and the person's own panel. */
import { Checkbox } from 'react-aria-components';
import { PERSON_ROLES, PERSON_ROLE_LABELS, TAKES_PART, TAKES_PART_LABELS, type Person } from '../../../main/domain/people';
import { LIMITS } from '../../../main/domain/plan';
import { checkField, emailAddress, personName, phoneNumber, text } from '../../../main/domain/validation';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DraftField, type Check } from '../components/DraftField';
import { sameNameHint } from './duplicates';

const same = (s: string) => s;
const fromSchema =
  (schema: Parameters<typeof checkField>[0]): Check<string> =>
  (draft) => {
    const message = checkField(schema, draft);
    return message === null ? { ok: true, value: draft } : { ok: false, message };
  };
export const nameCheck = fromSchema(personName);
const organisationCheck = fromSchema(text(LIMITS.shortText, 'The organisation'));
const pronounsCheck = fromSchema(text(100, 'Pronouns'));
const contactCheck = fromSchema(text(LIMITS.shortText, 'Other contact details'));
const knownAsCheck = fromSchema(text(100, 'The name they use'));
const emailCheck = fromSchema(emailAddress);
const phoneCheck = fromSchema(phoneNumber('The phone number'));

/** Everything about a person that this form edits: all but their id and payment. */
export type PersonFieldValues = Omit<Person, 'id' | 'payment' | 'consent' | 'accessNeeds' | 'packFormat' | 'packDelivery' | 'materialsSentOn'>;

type PersonFieldsProps = {
  values: PersonFieldValues;
  onChange: (patch: Partial<PersonFieldValues>) => void;
  /** Online and hybrid plans (or someone already looking after people online). */
  showOnline: boolean;
  /**
   * Online and hybrid plans (or someone already marked as joining from elsewhere): how they take
   * part. `inRoomOffered` false for online plans, where nobody is in the room.
   */
  showJoinsOnline?: boolean;
  inRoomOffered?: boolean;
  /** Another person in the plan with the same name, for a gentle note (never a block). */
  sameNameAs?: string | null;
  autoFocus?: boolean;
  /** Every keystroke of the name, valid or not (the add dialog checks it when submitted). */
  onNameDraft?: (draft: string) => void;
};

/** Both parts, as "Add a person" asks for them; a person's card shows each in its own section. */
export function PersonFields(props: PersonFieldsProps) {
  return (
    <>
      <PersonDetailsFields {...props} />
      <TakingPartFields {...props} />
    </>
  );
}

/**
 * Who they are: name, role, organisation, pronouns and how to reach them. `them`: the person's own
 * object pronoun once they are in the plan ("How to contact her"); "Add a person" keeps "them".
 */
export function PersonDetailsFields({
  values,
  onChange,
  sameNameAs,
  autoFocus,
  onNameDraft,
  them = 'them',
}: Pick<PersonFieldsProps, 'values' | 'onChange' | 'sameNameAs' | 'autoFocus' | 'onNameDraft'> & { them?: string }) {
  return (
    <>
      <div className="field-row">
        <DraftField
          label="Name"
          description="A first name is fine."
          value={values.name}
          format={same}
          check={nameCheck}
          onCommit={(name) => onChange({ name })}
          {...(onNameDraft ? { onDraftChange: onNameDraft } : {})}
          isRequired
          autoFocus={autoFocus ?? false}
        />
        <ChoiceSelect
          label="Role"
          description="The one that fits best; “Other” is fine."
          value={values.role}
          options={PERSON_ROLES}
          labels={PERSON_ROLE_LABELS}
          onChange={(role) => onChange({ role })}
        />
      </div>
      <div aria-live="polite" aria-atomic="true" className="same-name">
        {sameNameAs && <p className="notice notice-calm same-name-note">{sameNameHint(sameNameAs)}</p>}
      </div>
      <div className="field-row">
        <DraftField
          label="Organisation"
          description="Optional."
          value={values.organisation}
          format={same}
          check={organisationCheck}
          onCommit={(organisation) => onChange({ organisation })}
        />
        <DraftField
          label="Pronouns"
          description="Optional. For example, she/her or they/them."
          value={values.pronouns}
          format={same}
          check={pronounsCheck}
          onCommit={(pronouns) => onChange({ pronouns })}
          className="field-short"
        />
      </div>
      <DraftField
        label="Known as"
        description="Optional. What they like to be called: their pack starts “Dear …” with it."
        value={values.knownAs}
        format={same}
        check={knownAsCheck}
        onCommit={(knownAs) => onChange({ knownAs })}
        className="field-short"
      />
      <div className="field-row">
        <DraftField
          label="Email"
          description={`Optional. Only a facilitator’s goes into packs, when they are the contact for participants.`}
          value={values.email}
          format={same}
          check={emailCheck}
          onCommit={(email) => onChange({ email })}
        />
        <DraftField
          label="Phone"
          description="Optional. For example, 029 2074 7747."
          value={values.phone}
          format={same}
          check={phoneCheck}
          onCommit={(phone) => onChange({ phone })}
          className="field-short"
        />
      </div>
      <DraftField
        label={`Other ways to contact ${them}`}
        description="Optional. An address, or “ring her daughter first”. It stays on this computer and never goes into a pack."
        value={values.contact}
        format={same}
        check={contactCheck}
        onCommit={(contact) => onChange({ contact })}
      />
    </>
  );
}

/** How they take part: planning, helping run the day, online. `legend` false: the card's section heading says it. */
export function TakingPartFields({
  values,
  onChange,
  showOnline,
  showJoinsOnline,
  inRoomOffered = true,
  legend = true,
}: Pick<PersonFieldsProps, 'values' | 'onChange' | 'showOnline' | 'showJoinsOnline' | 'inRoomOffered'> & { legend?: boolean }) {
  return (
    <>
      <fieldset className="plain-fieldset">
        <legend className={legend ? 'label' : 'visually-hidden'}>How they take part</legend>
        <Checkbox className="checkbox" isSelected={values.coPlans} onChange={(coPlans) => onChange({ coPlans })}>
          <span className="checkbox-box" aria-hidden="true" />
          Plans the workshop with us
        </Checkbox>
        <Checkbox className="checkbox" isSelected={values.coFacilitates} onChange={(coFacilitates) => onChange({ coFacilitates })}>
          <span className="checkbox-box" aria-hidden="true" />
          Helps run the day
        </Checkbox>
        {showOnline && (
          <Checkbox className="checkbox" isSelected={values.hostsOnline} onChange={(hostsOnline) => onChange({ hostsOnline })}>
            <span className="checkbox-box" aria-hidden="true" />
            Looks after people joining online
          </Checkbox>
        )}
      </fieldset>
      {showJoinsOnline && (
        <ChoiceRadioGroup
          label="Where they join from"
          className="radio-inline"
          value={!inRoomOffered && values.takesPart === 'in_room' ? 'online' : values.takesPart}
          options={inRoomOffered ? TAKES_PART : TAKES_PART.filter((t) => t !== 'in_room')}
          labels={TAKES_PART_LABELS}
          onChange={(takesPart) => onChange({ takesPart })}
        />
      )}
    </>
  );
}
