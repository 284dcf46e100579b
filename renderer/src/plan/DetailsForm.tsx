/** The plan's details: why we meet, when, where, and how it is going. Saved as you type. */
import { PLAN_STATUSES, PLAN_STATUS_LABELS, type PlanDetails } from '../../../main/domain/plan';
import type { PlanDetailsPatch } from '../../../main/domain/validation';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { DraftField } from '../components/DraftField';
import { PlainTextField } from '../plainEnglish/PlainTextField';
import { addressCheck, longTextCheck, planTitleCheck, shortTextCheck } from '../lib/checks';
import { AudienceChoices, FormatChoice, GivesBackChoices, ParticipantsField, WhenFields } from './DetailsFields';
import { PackFactsFields } from './PackFactsFields';
import { PlanProjectField } from '../projects/PlanProjectField';
import type { Person } from '../../../main/domain/people';

const same = (s: string) => s;
const purposeCheck = longTextCheck('Why we are meeting');
const changeCheck = longTextCheck('What could change');
const venueCheck = shortTextCheck('The venue name');
const givesBackNoteCheck = longTextCheck('What people get back');
const followUpCheck = longTextCheck('How we will tell people what changed');

export function DetailsForm({
  details,
  people,
  onChange,
}: {
  details: PlanDetails;
  people: readonly Person[];
  onChange: (patch: PlanDetailsPatch) => void;
}) {
  return (
    <form className="details-form" aria-labelledby="details-heading" onSubmit={(e) => e.preventDefault()} noValidate>
      <h2 id="details-heading" className="visually-hidden">
        Plan details
      </h2>
      <fieldset className="form-section">
        <legend>Why we are meeting</legend>
        <PlainTextField
          target={{ kind: 'plan', field: 'title' }}
          label="Plan name"
          value={details.title}
          check={planTitleCheck}
          onCommit={(title) => onChange({ title })}
          isRequired
        />
        <PlainTextField
          target={{ kind: 'plan', field: 'purpose' }}
          showReadability
          brief
          label="Why are we meeting?"
          description="In a sentence or two, the reason for this workshop, as you would tell a participant."
          value={details.purpose}
          check={purposeCheck}
          onCommit={(purpose) => onChange({ purpose })}
          multiline
          rows={3}
        />
        <PlainTextField
          target={{ kind: 'plan', field: 'whatCouldChange' }}
          showReadability
          label="What could change as a result?"
          description="Be honest about what is open to influence: people give their time more gladly when they know it can make a difference."
          value={details.whatCouldChange}
          check={changeCheck}
          onCommit={(whatCouldChange) => onChange({ whatCouldChange })}
          multiline
          rows={3}
        />
        <ParticipantsField
          label="About how many people will come?"
          description="Optional. All roles together; a rough number is fine."
          value={details.expectedParticipants}
          onChange={onChange}
        />
        <AudienceChoices className="checkbox-group" value={details.audience} onChange={onChange} />
      </fieldset>

      <fieldset className="form-section">
        <legend>When</legend>
        <WhenFields
          details={details}
          onChange={onChange}
          endLabel="Intended end time"
          endDescription="Optional. We will tell you if the agenda runs over."
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>Where</legend>
        <FormatChoice value={details.format} onChange={onChange} />
        <DraftField label="Venue name" value={details.venueName} format={same} check={venueCheck} onCommit={(venueName) => onChange({ venueName })} />
        <DraftField
          label="Venue address"
          value={details.venueAddress}
          format={same}
          check={addressCheck}
          onCommit={(venueAddress) => onChange({ venueAddress })}
          multiline
          rows={3}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>Giving back</legend>
        <GivesBackChoices
          label="What do people get back?"
          description="Besides any payment: people give their time more gladly when they know what they will get from it."
          className="checkbox-group"
          value={details.givesBack}
          onChange={onChange}
        />
        <DraftField
          label="Anything more about what people get back"
          description="Optional. For example, what “Something else” is, or when certificates will arrive."
          value={details.givesBackNote}
          format={same}
          check={givesBackNoteCheck}
          onCommit={(givesBackNote) => onChange({ givesBackNote })}
          multiline
          rows={2}
        />
        <PlainTextField
          target={{ kind: 'plan', field: 'followUp' }}
          showReadability
          label="How will you tell people what changed?"
          description="“You said, we did”. For example: We will write to everyone within four weeks to say what we changed because of what you told us."
          value={details.followUp}
          check={followUpCheck}
          onCommit={(followUp) => onChange({ followUp })}
          multiline
          rows={2}
        />
      </fieldset>

      <PackFactsFields details={details} people={people} onChange={onChange} />

      <PlanProjectField planId={details.id} />

      <fieldset className="form-section">
        <legend>Progress</legend>
        <ChoiceRadioGroup
          label="Status"
          value={details.status}
          options={PLAN_STATUSES}
          labels={PLAN_STATUS_LABELS}
          onChange={(status) => onChange({ status })}
        />
      </fieldset>
    </form>
  );
}
