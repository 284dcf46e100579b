/**
 * The plan's practical facts the packs tell each person: who to contact, how to join by phone,
 * when and how the follow-up comes, and how and when fees are paid. Each is optional; a pack says
 * nothing about what the plan does not know.
 */
import { contactCandidates, participantContact } from '../../../main/domain/pack/contact';
import { PAYMENT_METHODS, PAYMENT_METHOD_LABELS, type Person } from '../../../main/domain/people';
import { FOLLOW_UP_FORMATS, FOLLOW_UP_FORMAT_LABELS, type PlanDetails } from '../../../main/domain/plan';
import { checkField, phoneNumber, type PlanDetailsPatch } from '../../../main/domain/validation';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DraftField, type Check } from '../components/DraftField';
import { shortTextCheck } from '../lib/checks';
import { DateEntryField } from '../components/DateEntryField';

const same = (s: string) => s;
const dialInNumberCheck: Check<string> = (draft) => {
  const message = checkField(phoneNumber('The number to ring'), draft);
  return message === null ? { ok: true, value: draft } : { ok: false, message };
};
const dialInHowCheck = shortTextCheck('How to join by phone');
const feesWhenCheck = shortTextCheck('When fees are paid');

/** The first choice: leave it to Kindred, which names the first facilitator with contact details. */
const FIRST = 'first';

export function PackFactsFields({
  details,
  people,
  onChange,
}: {
  details: PlanDetails;
  people: readonly Person[];
  onChange: (patch: PlanDetailsPatch) => void;
}) {
  const candidates = contactCandidates(people);
  const chosen = candidates.some((p) => p.id === details.contactPersonId) ? details.contactPersonId! : FIRST;
  const fallback = participantContact({ people, contactPersonId: null });
  const ways = (p: Person) => [p.phone.trim(), p.email.trim()].filter(Boolean).join(', ');
  return (
    <fieldset className="form-section">
      <legend>What the packs tell people</legend>
      {candidates.length > 0 ? (
        <ChoiceRadioGroup
          label="Contact for participants"
          value={chosen}
          options={[FIRST, ...candidates.map((p) => p.id)]}
          labels={(id) => {
            if (id === FIRST)
              return fallback
                ? `The first facilitator with contact details (now ${fallback.name.trim()})`
                : 'The first facilitator with contact details';
            const p = candidates.find((c) => c.id === id)!;
            return `${p.name.trim()}: ${ways(p)}`;
          }}
          onChange={(id) => onChange({ contactPersonId: id === FIRST ? null : id })}
        />
      ) : (
        <div className="field">
          <p className="label">Contact for participants</p>
          <p className="field-description">
            Every pack names one person to contact. Add an email or phone number to a facilitator on the People tab, and they will be offered here.
          </p>
        </div>
      )}
      {details.format !== 'in_person' && (
        <div className="field-row">
          <DraftField
            label="Number to ring to join by phone"
            description="Optional. For people joining by phone."
            value={details.dialInNumber}
            format={same}
            check={dialInNumberCheck}
            onCommit={(dialInNumber) => onChange({ dialInNumber })}
            className="field-short"
          />
          <DraftField
            label="How to join by phone"
            description="Optional. For example: When asked, type the meeting code 845 221 and press hash."
            value={details.dialInHow}
            format={same}
            check={dialInHowCheck}
            onCommit={(dialInHow) => onChange({ dialInHow })}
          />
        </div>
      )}
      <div className="field-row">
        <DateEntryField
          label="Follow-up reaches people by"
          description="Optional. The date you will tell people what changed."
          value={details.followUpBy}
          onCommit={(followUpBy) => onChange({ followUpBy })}
        />
        <ChoiceSelect
          label="How the follow-up reaches people"
          value={details.followUpFormat}
          none={{ id: 'none', label: 'Not decided yet' }}
          options={FOLLOW_UP_FORMATS}
          labels={FOLLOW_UP_FORMAT_LABELS}
          onChange={(followUpFormat) => onChange({ followUpFormat })}
        />
      </div>
      <div className="field-row">
        <ChoiceSelect
          label="How fees are paid"
          description="For everyone whose own payment does not say."
          value={details.feesPaidMethod}
          none={{ id: 'none', label: 'Not decided yet' }}
          options={PAYMENT_METHODS}
          labels={PAYMENT_METHOD_LABELS}
          onChange={(feesPaidMethod) => onChange({ feesPaidMethod })}
        />
        <DraftField
          label="When fees are paid"
          description="Optional. For example: within 10 working days of the workshop."
          value={details.feesPaidWhen}
          format={same}
          check={feesWhenCheck}
          onCommit={(feesPaidWhen) => onChange({ feesPaidWhen })}
        />
      </div>
    </fieldset>
  );
}
