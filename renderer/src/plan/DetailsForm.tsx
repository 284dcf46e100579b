/** The plan's details: why we meet, when, where, and how it is going. Saved as you type. */
import { Label, Radio, RadioGroup } from 'react-aria-components';
import {
  PLAN_FORMATS,
  PLAN_FORMAT_LABELS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  type PlanDetails,
  type PlanFormat,
  type PlanStatus,
} from '../../../main/domain/plan';
import type { PlanDetailsPatch } from '../../../main/domain/validation';
import { DraftField } from '../components/DraftField';
import { addressCheck, clockCheck, longTextCheck, optionalClockCheck, planTitleCheck, shortTextCheck } from '../lib/checks';
import type { Check } from '../components/DraftField';
import { isIsoDate } from '../../../main/domain/time';

const same = (s: string) => s;
const orEmpty = (s: string | null) => s ?? '';
const dateCheck: Check<string | null> = (draft) =>
  draft === '' ? { ok: true, value: null } : isIsoDate(draft) ? { ok: true, value: draft } : { ok: false, message: 'Choose a date, like 12 March 2027.' };

const purposeCheck = longTextCheck('Why we are meeting');
const changeCheck = longTextCheck('What could change');
const venueCheck = shortTextCheck('The venue name');

export function DetailsForm({ details, onChange }: { details: PlanDetails; onChange: (patch: PlanDetailsPatch) => void }) {
  return (
    <form className="details-form" aria-labelledby="details-heading" onSubmit={(e) => e.preventDefault()} noValidate>
      <h2 id="details-heading" className="visually-hidden">
        Plan details
      </h2>
      <fieldset className="form-section">
        <legend>Why we are meeting</legend>
        <DraftField label="Plan name" value={details.title} format={same} check={planTitleCheck} onCommit={(title) => onChange({ title })} isRequired />
        <DraftField
          label="Why are we meeting?"
          description="In a sentence or two, the reason for this workshop, as you would tell a participant."
          value={details.purpose}
          format={same}
          check={purposeCheck}
          onCommit={(purpose) => onChange({ purpose })}
          multiline
          rows={3}
        />
        <DraftField
          label="What could change as a result?"
          description="Be honest about what is open to influence: people give their time more gladly when they know it can make a difference."
          value={details.whatCouldChange}
          format={same}
          check={changeCheck}
          onCommit={(whatCouldChange) => onChange({ whatCouldChange })}
          multiline
          rows={3}
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
