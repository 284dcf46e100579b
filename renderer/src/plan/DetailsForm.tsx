/** The plan's details: why we meet, when, where, and how it is going. Saved as you type. */
import { Checkbox, CheckboxGroup, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import {
  GIVE_BACK_KINDS,
  GIVE_BACK_LABELS,
  PLAN_FORMATS,
  PLAN_FORMAT_LABELS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  type GiveBackKind,
  type PlanDetails,
  type PlanFormat,
  type PlanStatus,
} from '../../../main/domain/plan';
import type { PlanDetailsPatch } from '../../../main/domain/validation';
import { DraftField } from '../components/DraftField';
import { PlainTextField } from '../plainEnglish/PlainTextField';
import { addressCheck, clockCheck, longTextCheck, optionalClockCheck, planTitleCheck, shortTextCheck } from '../lib/checks';
import type { Check } from '../components/DraftField';
import { isIsoDate } from '../../../main/domain/time';
import { checkField, expectedParticipants } from '../../../main/domain/validation';

const same = (s: string) => s;
const orEmpty = (s: string | null) => s ?? '';
const dateCheck: Check<string | null> = (draft) =>
  draft === '' ? { ok: true, value: null } : isIsoDate(draft) ? { ok: true, value: draft } : { ok: false, message: 'Choose a date, like 12 March 2027.' };

const purposeCheck = longTextCheck('Why we are meeting');
const changeCheck = longTextCheck('What could change');
const venueCheck = shortTextCheck('The venue name');
const givesBackNoteCheck = longTextCheck('What people get back');
const followUpCheck = longTextCheck('How we will tell people what changed');
const participantsText = (n: number | null) => (n === null ? '' : String(n));
/** Roughly how many people: a whole number, or an empty box for "not known yet". */
const participantsCheck: Check<number | null> = (draft) => {
  const t = draft.trim();
  if (t === '') return { ok: true, value: null };
  const n = /^\d{1,6}$/.test(t) ? Number(t) : Number.NaN;
  const message = checkField(expectedParticipants, n);
  return message === null ? { ok: true, value: n } : { ok: false, message };
};

export function DetailsForm({ details, onChange }: { details: PlanDetails; onChange: (patch: PlanDetailsPatch) => void }) {
  return (
    <form className="details-form" aria-labelledby="details-heading" onSubmit={(e) => e.preventDefault()} noValidate>
      <h2 id="details-heading" className="visually-hidden">
        Plan details
      </h2>
      <fieldset className="form-section">
        <legend>Why we are meeting</legend>
        <PlainTextField target={{ kind: 'plan', field: 'title' }} label="Plan name" value={details.title} check={planTitleCheck} onCommit={(title) => onChange({ title })} isRequired />
        <PlainTextField
          target={{ kind: 'plan', field: 'purpose' }}
          showReadability
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
        <DraftField
          label="About how many people will come?"
          description="Optional. All roles together; a rough number is fine."
          value={details.expectedParticipants}
          format={participantsText}
          check={participantsCheck}
          onCommit={(expectedParticipants) => onChange({ expectedParticipants })}
          type="number"
          className="field-short"
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>When</legend>
        <div className="field-row">
          <DraftField label="Date" type="date" value={details.date} format={orEmpty} check={dateCheck} onCommit={(date) => onChange({ date })} />
          <DraftField
            label="Start time"
            description="24-hour clock, like 10:00"
            value={details.startTime}
            format={same}
            check={clockCheck}
            onCommit={(startTime) => onChange({ startTime })}
            className="field-short"
          />
          <DraftField
            label="Intended end time"
            description="Optional. We will tell you if the agenda runs over."
            value={details.endTime}
            format={orEmpty}
            check={optionalClockCheck}
            onCommit={(endTime) => onChange({ endTime })}
            className="field-short"
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Where</legend>
        <RadioGroup className="radio-group" value={details.format} onChange={(v) => onChange({ format: v as PlanFormat })}>
          <Label className="label">How will people take part?</Label>
          {PLAN_FORMATS.map((f) => (
            <Radio key={f} value={f} className="radio">
              {PLAN_FORMAT_LABELS[f]}
            </Radio>
          ))}
        </RadioGroup>
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
        <CheckboxGroup
          className="checkbox-group"
          value={details.givesBack}
          onChange={(v) => onChange({ givesBack: GIVE_BACK_KINDS.filter((k) => v.includes(k)) as GiveBackKind[] })}
        >
          <Label className="label">What do people get back?</Label>
          <Text slot="description" className="field-description">
            Besides any payment: people give their time more gladly when they know what they will get from it.
          </Text>
          {GIVE_BACK_KINDS.map((k) => (
            <Checkbox key={k} value={k} className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              {GIVE_BACK_LABELS[k]}
            </Checkbox>
          ))}
        </CheckboxGroup>
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

      <fieldset className="form-section">
        <legend>Progress</legend>
        <RadioGroup className="radio-group" value={details.status} onChange={(v) => onChange({ status: v as PlanStatus })}>
          <Label className="label">Status</Label>
          {PLAN_STATUSES.map((s) => (
            <Radio key={s} value={s} className="radio">
              {PLAN_STATUS_LABELS[s]}
            </Radio>
          ))}
        </RadioGroup>
      </fieldset>
    </form>
  );
}
