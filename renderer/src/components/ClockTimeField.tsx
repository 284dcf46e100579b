/**
 * The one clock-time field: react-aria's TimeField (hours and minutes as spin buttons), on the 24-hour
 * clock unless the facilitator has chosen 12-hour in Settings. Values go in and out as "HH:MM"
 * 24-hour strings, exactly as they are stored, so the setting changes how times look, never the data.
 */
import { Time } from '@internationalized/date';
import { useEffect, useRef, type ReactNode } from 'react';
import { FieldError, Label, Text, TimeField, useLocale, type TimeValue } from 'react-aria-components';
import { clockHint } from '../../../main/domain/locale';
import { isClockTime } from '../../../main/domain/time';
import { useSettings } from '../settings/useSettings';
import { SegmentsInput } from './DateEntryField';
import { useShownValue, useUnfinishedOnLeave } from './segmentFieldState';
import { useSettledParts } from './useSettledParts';

export interface ClockTimeFieldProps {
  label: ReactNode;
  value: string | null;
  onCommit: (hhmm: string | null) => void;
  /** Said before the clock hint, e.g. "Optional." */
  description?: ReactNode;
  /** The time shown in the hint ("like 10:00" unless given). */
  example?: string;
  className?: string;
  /** A required time that is cleared gets this message, and is not saved. */
  requiredMessage?: string;
  /** A rule beyond "is a time" (the end after the start): a kind message, or null when it is fine. */
  check?: (hhmm: string) => string | null;
}

const toTime = (hhmm: string | null): Time | null =>
  hhmm !== null && isClockTime(hhmm) ? new Time(Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5))) : null;
const fromTime = (t: TimeValue): string => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

export function ClockTimeField(props: ClockTimeFieldProps) {
  const { clock } = useSettings().settings;
  const { locale } = useLocale();
  const { shown, setShown, message, setMessage, isNew } = useShownValue(props.value, toTime);

  const fieldRef = useRef<HTMLDivElement>(null);
  useUnfinishedOnLeave(fieldRef, 'time', (unfinished) => unfinished && setMessage(unfinished));
  const commit = (hhmm: string | null) => {
    if (isNew(hhmm)) props.onCommit(hhmm);
  };
  const keep = useSettledParts<string | null>(fieldRef, commit);

  // A time refused by `check` stays on screen with its message. When the other field changes so that
  // it is fine after all (an earlier start for a refused end), it is kept: what shows is what is saved.
  const refused = useRef<string | null>(null);
  const nowFine = refused.current !== null && (props.check?.(refused.current) ?? null) === null;
  useEffect(() => {
    if (!nowFine || refused.current === null) return;
    const hhmm = refused.current;
    refused.current = null;
    setMessage(null);
    commit(hhmm);
  }, [nowFine]);

  const onChange = (next: TimeValue | null) => {
    const hhmm = next === null ? null : fromTime(next);
    setShown(toTime(hhmm));
    const problem = hhmm === null ? (props.requiredMessage ?? null) : (props.check?.(hhmm) ?? null);
    setMessage(problem);
    refused.current = hhmm !== null && problem !== null ? hhmm : null;
    if (problem === null)
      keep.offer(hhmm, (type) =>
        type === 'hour' && next ? (clock === '12h' ? next.hour % 12 || 12 : next.hour) : type === 'minute' ? next?.minute : undefined,
      );
    else keep.drop();
  };

  return (
    <TimeField
      ref={fieldRef}
      className={`field time-field ${props.className ?? ''}`}
      value={shown}
      onChange={onChange}
      hourCycle={clock === '12h' ? 12 : 24}
      granularity="minute"
      isInvalid={message !== null}
      validationBehavior="aria"
      {...(props.requiredMessage ? { isRequired: true } : {})}
    >
      <Label className="label">{props.label}</Label>
      <SegmentsInput />
      <Text slot="description" className="field-description">
        {props.description ? <>{props.description} </> : null}
        {clockHint(clock, locale, props.example)}
      </Text>
      <FieldError className="field-error">{message}</FieldError>
    </TimeField>
  );
}
