/**
 * When Kindred starts reminding the facilitator: about arrangements not yet confirmed (the plan's
 * review), and about deleting personal data after a workshop (the banner on a delivered plan). Each
 * is a whole number of days, saved as soon as it is changed. Packs have their own table of days
 * (PackSendDaysFields), so the older single "packs" number is no longer offered here.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Button, FieldError, Group, Input, Label, NumberField, Text } from 'react-aria-components';
import type { ReminderSettings } from '../../../main/domain/access';
import { LIMITS } from '../../../main/domain/plan';
import { useSettingsSave } from './useSettings';
import '../styles/privacy.css';

type ReminderKey = Exclude<keyof ReminderSettings, 'materialsDaysBefore'>;

const FIELDS: { key: ReminderKey; label: string }[] = [
  { key: 'arrangementsDaysBefore', label: 'Remind me to confirm arrangements this many days before' },
  { key: 'personalDataDays', label: 'Suggest deleting personal data this many days after the workshop' },
];

const MAX = LIMITS.reminderDays;

/** A kind message for a number of days that cannot be kept, or null when it is fine. */
export function reminderDaysProblem(days: number): string | null {
  if (Number.isNaN(days)) return 'Add a number of days, like 7.';
  if (!Number.isInteger(days) || days < 0) return 'Use a whole number of days, like 7.';
  if (days > MAX) return `Choose ${MAX} days or fewer: that is a year.`;
  return null;
}

export function RemindersFields() {
  const { settings, problem, change: save } = useSettingsSave();
  // The latest reminders, so two quick changes both keep each other's value.
  const latest = useRef(settings.reminders);
  useLayoutEffect(() => {
    latest.current = settings.reminders;
  });

  const change = async (key: ReminderKey, days: number) => {
    if (reminderDaysProblem(days) !== null || latest.current[key] === days) return;
    await save({ reminders: { ...latest.current, [key]: days } });
  };

  return (
    <section className="settings-section" aria-labelledby="settings-reminders-heading">
      <h3 id="settings-reminders-heading" className="settings-section-title">
        Reminders
      </h3>
      <p className="field-description">When Kindred starts reminding you: in each plan’s review, and at the top of a plan after the workshop.</p>
      {FIELDS.map((f) => (
        <DaysField key={f.key} label={f.label} value={settings.reminders[f.key]} onChange={(days) => void change(f.key, days)} />
      ))}
      {problem && (
        <p className="notice notice-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

/** A whole number of days with − and + either side; `description` replaces the range, or null for none. */
export function DaysField({
  label,
  value,
  onChange,
  description,
}: {
  label: string;
  value: number;
  onChange: (days: number) => void;
  description?: string | null;
}) {
  // The field's own number: what was typed stays, with a kind message, until it can be kept.
  const [days, setDays] = useState(value);
  const saved = useRef(value);
  useEffect(() => {
    if (saved.current === value) return;
    saved.current = value;
    setDays(value);
  }, [value]);

  return (
    <NumberField
      className="field reminder-field"
      value={days}
      onChange={(next) => {
        setDays(next);
        if (reminderDaysProblem(next) === null) {
          saved.current = next;
          onChange(next);
        }
      }}
      minValue={0}
      maxValue={MAX}
      step={1}
      formatOptions={{ maximumFractionDigits: 0, useGrouping: false }}
      commitBehavior="validate"
      validationBehavior="aria"
      validate={reminderDaysProblem}
    >
      <Label className="label">{label}</Label>
      <Group className="number-group">
        <Button slot="decrement" className="button button-secondary number-step">
          <span aria-hidden="true">−</span>
        </Button>
        <Input className="input number-input" />
        <Button slot="increment" className="button button-secondary number-step">
          <span aria-hidden="true">+</span>
        </Button>
        <span className="number-unit" aria-hidden="true">
          days
        </span>
      </Group>
      {description !== null && (
        <Text slot="description" className="field-description">
          {description ?? `From 0 to ${MAX} days.`}
        </Text>
      )}
      <FieldError className="field-error" />
    </NumberField>
  );
}
