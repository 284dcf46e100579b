/** The fields that describe one person, shared by "Add a person" and the person's own panel. */
import { Checkbox } from 'react-aria-components';
import { PERSON_ROLES, PERSON_ROLE_LABELS, type Person } from '../../../main/domain/people';
import { LIMITS } from '../../../main/domain/plan';
import { checkField, personName, text } from '../../../main/domain/validation';
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
const contactCheck = fromSchema(text(LIMITS.shortText, 'Contact details'));

/** Everything about a person that this form edits: all but their id and payment. */
export type PersonFieldValues = Omit<
  Person,
  'id' | 'payment' | 'consent' | 'accessNeeds' | 'packFormat' | 'packDelivery' | 'materialsSentOn'
>;

type PersonFieldsProps = {
  values: PersonFieldValues;
  onChange: (patch: Partial<PersonFieldValues>) => void;
  /** Online and hybrid plans (or someone already looking after people online). */
  showOnline: boolean;
  /** Hybrid plans (or someone already marked as joining online). */
  showJoinsOnline?: boolean;
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
        label={`How to contact ${them}`}
        description="Optional. It stays on this computer and never goes into a pack."
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
  legend = true,
}: Pick<PersonFieldsProps, 'values' | 'onChange' | 'showOnline' | 'showJoinsOnline'> & { legend?: boolean }) {
  return (
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
      {showJoinsOnline && (
        <Checkbox className="checkbox" isSelected={values.joinsOnline} onChange={(joinsOnline) => onChange({ joinsOnline })}>
          <span className="checkbox-box" aria-hidden="true" />
          Joins online
        </Checkbox>
      )}
    </fieldset>
  );
}
