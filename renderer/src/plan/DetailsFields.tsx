/**
 * Fields of the plan's details that both the Details tab and the guided steps show: worded for
 * each place where that helps, but checked and saved the same way.
 */
import type { ReactNode } from 'react';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import {
  GIVE_BACK_KINDS,
  GIVE_BACK_LABELS,
  PLAN_FORMATS,
  PLAN_FORMAT_LABELS,
  type GiveBackKind,
  type PlanDetails,
  type PlanFormat,
} from '../../../main/domain/plan';
import { isIsoDate } from '../../../main/domain/time';
import { checkField, expectedParticipants, type PlanDetailsPatch } from '../../../main/domain/validation';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { DraftField, type Check } from '../components/DraftField';
import { clockCheck, optionalClockCheck } from '../lib/checks';

type OnChange = (patch: PlanDetailsPatch) => void;

const same = (s: string) => s;
const orEmpty = (s: string | null) => s ?? '';
/** A date, or an empty box for "not decided yet". */
export const dateCheck: Check<string | null> = (draft) =>
  draft === '' ? { ok: true, value: null } : isIsoDate(draft) ? { ok: true, value: draft } : { ok: false, message: 'Choose a date, like 12 March 2027.' };
const participantsText = (n: number | null) => (n === null ? '' : String(n));
/** Roughly how many people: a whole number, or an empty box for "not known yet". */
const participantsCheck: Check<number | null> = (draft) => {
  const t = draft.trim();
  if (t === '') return { ok: true, value: null };
  const n = /^\d{1,6}$/.test(t) ? Number(t) : Number.NaN;
  const message = checkField(expectedParticipants, n);
  return message === null ? { ok: true, value: n } : { ok: false, message };
};

/** The date, the start time and the end time, in one row. */
export function WhenFields({
  details,
  onChange,
  endLabel,
  endDescription,
}: {
  details: Pick<PlanDetails, 'date' | 'startTime' | 'endTime'>;
  onChange: OnChange;
  endLabel: string;
  endDescription: string;
}) {
  return (
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
        label={endLabel}
        description={endDescription}
        value={details.endTime}
        format={orEmpty}
        check={optionalClockCheck}
        onCommit={(endTime) => onChange({ endTime })}
        className="field-short"
      />
    </div>
  );
}

/** In person, online or hybrid. */
export function FormatChoice({ value, onChange }: { value: PlanFormat; onChange: OnChange }) {
  return (
    <ChoiceRadioGroup
      label="How will people take part?"
      value={value}
      options={PLAN_FORMATS}
      labels={PLAN_FORMAT_LABELS}
      onChange={(format) => onChange({ format })}
    />
  );
}

/** About how many people will come: optional, a whole number. */
export function ParticipantsField({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description: string;
  value: number | null;
  onChange: OnChange;
}) {
  return (
    <DraftField
      label={label}
      description={description}
      value={value}
      format={participantsText}
      check={participantsCheck}
      onCommit={(expectedParticipants) => onChange({ expectedParticipants })}
      type="number"
      className="field-short"
    />
  );
}

/** What people get back for their time, besides any payment: a checkbox for each kind. */
export function GivesBackChoices({
  label,
  description,
  className,
  value,
  onChange,
}: {
  label: string;
  description?: ReactNode;
  className: string;
  value: GiveBackKind[];
  onChange: OnChange;
}) {
  return (
    <CheckboxGroup className={className} value={value} onChange={(v) => onChange({ givesBack: GIVE_BACK_KINDS.filter((k) => v.includes(k)) })}>
      <Label className="label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      {GIVE_BACK_KINDS.map((k) => (
        <Checkbox key={k} value={k} className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />
          {GIVE_BACK_LABELS[k]}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
