/**
 * Fields of the plan's details that both the Details tab and the guided steps show: worded for
 * each place where that helps, but checked and saved the same way.
 */
import type { ReactNode } from 'react';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import {
  AUDIENCE_KINDS,
  AUDIENCE_LABELS,
  GIVE_BACK_KINDS,
  GIVE_BACK_LABELS,
  PLAN_FORMATS,
  PLAN_FORMAT_LABELS,
  type AudienceKind,
  type GiveBackKind,
  type PlanDetails,
  type PlanFormat,
} from '../../../main/domain/plan';
import { CLOCK_EXAMPLE, endBeforeStartMessage, startAfterEndMessage } from '../../../main/domain/locale';
import { checkField, expectedParticipants, type PlanDetailsPatch } from '../../../main/domain/validation';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { DraftField, type Check } from '../components/DraftField';
import { ClockTimeField } from '../components/ClockTimeField';
import { DateEntryField } from '../components/DateEntryField';
import { useSettings } from '../settings/useSettings';

type OnChange = (patch: PlanDetailsPatch) => void;

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
  const { clock } = useSettings().settings;
  return (
    <div className="field-row">
      <DateEntryField label="Date" value={details.date} onCommit={(date) => onChange({ date })} />
      <ClockTimeField
        label="Start time"
        value={details.startTime}
        requiredMessage={`The day needs a start time, like ${CLOCK_EXAMPLE}.`}
        check={(startTime) => startAfterEndMessage(startTime, details.endTime, clock)}
        onCommit={(startTime) => startTime !== null && onChange({ startTime })}
        className="field-short"
      />
      <ClockTimeField
        label={endLabel}
        description={endDescription}
        example="15:30"
        value={details.endTime}
        check={(endTime) => endBeforeStartMessage(details.startTime, endTime, clock)}
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

/** A checkbox for each of a fixed list of kinds, keeping the list's order whatever order they are ticked in. */
function KindChoices<K extends string>({
  label,
  description,
  className,
  kinds,
  labels,
  value,
  onChange,
}: {
  label: string;
  description?: ReactNode;
  className: string;
  kinds: readonly K[];
  labels: Record<K, string>;
  value: K[];
  onChange: (kinds: K[]) => void;
}) {
  return (
    <CheckboxGroup className={className} value={value} onChange={(v) => onChange(kinds.filter((k) => v.includes(k)))}>
      <Label className="label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      {kinds.map((k) => (
        <Checkbox key={k} value={k} className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />
          {labels[k]}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

/** What people get back for their time, besides any payment: a checkbox for each kind. */
export function GivesBackChoices({
  value,
  onChange,
  ...shown
}: {
  label: string;
  description?: ReactNode;
  className: string;
  value: GiveBackKind[];
  onChange: OnChange;
}) {
  return <KindChoices {...shown} kinds={GIVE_BACK_KINDS} labels={GIVE_BACK_LABELS} value={value} onChange={(givesBack) => onChange({ givesBack })} />;
}

/** Who the session is for, where it changes the advice: the review fits its times to them. */
export function AudienceChoices({ value, onChange, className }: { value: AudienceKind[]; onChange: OnChange; className: string }) {
  return (
    <KindChoices
      label="Who is this session for?"
      description="Optional. Tick any that apply, and the review fits its advice about times to them: a group that meets after school or after work on purpose is not told its time is late."
      className={className}
      kinds={AUDIENCE_KINDS}
      labels={AUDIENCE_LABELS}
      value={value}
      onChange={(audience) => onChange({ audience })}
    />
  );
}
