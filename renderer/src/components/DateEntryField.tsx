/**
 * The one date field: react-aria's DateField, so the day, month and year are typed in the order of
 * the facilitator's locale setting (day first in the UK), whatever the browser or computer prefers.
 * Values go in and out as ISO "YYYY-MM-DD", exactly as they are stored.
 *
 * A date that does not exist (31/02/2027) gets a kind message and is never saved: react-aria would
 * quietly turn it into 28 February when the field loses focus, so that change is refused here.
 */
import { parseDate, type CalendarDate } from '@internationalized/date';
import { useContext, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { DateField, DateFieldStateContext, DateInput, DateSegment, FieldError, Label, Text, useLocale, type DateValue } from 'react-aria-components';
import { FULL_YEAR_MESSAGE, dateHint, impossibleDateMessage, isFullYear } from '../../../main/domain/locale';
import { isIsoDate } from '../../../main/domain/time';
import { useShownValue, useUnfinishedOnLeave } from './segmentFieldState';
import { useSettledParts } from './useSettledParts';

export interface DateEntryFieldProps {
  label: ReactNode;
  value: string | null;
  onCommit: (iso: string | null) => void;
  /** Said before the order hint, e.g. "Optional." */
  description?: ReactNode;
  className?: string;
  isRequired?: boolean;
  /** Said when a required date is cleared. */
  requiredMessage?: string;
}

const toDate = (iso: string | null): CalendarDate | null => (iso !== null && isIsoDate(iso) ? parseDate(iso) : null);

export function DateEntryField(props: DateEntryFieldProps) {
  const { locale } = useLocale();
  const { shown, setShown, message, setMessage, isNew } = useShownValue(props.value, toDate);
  const impossible = useRef<string | null>(null);

  // The impossible date showing now, if any; its message stays until a real date replaces it.
  const onImpossible = (text: string | null) => {
    impossible.current = text;
    if (text) setMessage(text);
  };
  const fieldRef = useRef<HTMLDivElement>(null);
  const keep = useSettledParts<string | null>(fieldRef, (iso) => {
    if (isNew(iso)) props.onCommit(iso);
  });
  const shortYear = useRef(false);
  useUnfinishedOnLeave(fieldRef, 'date', (unfinished) => {
    const text = unfinished ?? (shortYear.current ? FULL_YEAR_MESSAGE : null);
    if (text) setMessage(text);
  });

  const onChange = (next: DateValue | null) => {
    // Leaving the field with 31/02 showing, react-aria offers 28/02 instead: keep the message, save
    // nothing. (While typing, focus is still inside, and a date that is now real is kept.)
    const leaving = !fieldRef.current?.contains(document.activeElement);
    if (impossible.current !== null && leaving) return;
    if (next === null) {
      setShown(null);
      shortYear.current = false;
      if (props.isRequired) {
        setMessage(props.requiredMessage ?? 'Choose a date, like 12 March 2027.');
        return;
      }
      setMessage(null);
      keep.offer(null, () => undefined);
      return;
    }
    const iso = next.toString().slice(0, 10);
    setShown(parseDate(iso));
    setMessage(null);
    // "2", "20", "202" on the way to 2027: shown, never kept (said when the facilitator moves on).
    shortYear.current = !isFullYear(next.year);
    if (shortYear.current) return keep.drop();
    keep.offer(iso, (type) => (type === 'day' ? next.day : type === 'month' ? next.month : type === 'year' ? next.year : undefined));
  };

  return (
    <DateField
      ref={fieldRef}
      className={`field date-field ${props.className ?? ''}`}
      value={shown}
      onChange={onChange}
      granularity="day"
      isInvalid={message !== null}
      validationBehavior="aria"
      {...(props.isRequired ? { isRequired: true } : {})}
    >
      <Label className="label">{props.label}</Label>
      <SegmentsInput />
      <Text slot="description" className="field-description">
        {props.description ? <>{props.description} </> : null}
        {dateHint(locale)}
      </Text>
      <ImpossibleDateWatch onChange={onImpossible} />
      <FieldError className="field-error">{message}</FieldError>
    </DateField>
  );
}

/** Reads the segments as typed (before react-aria tidies them) to spot a day the month does not have. */
function ImpossibleDateWatch({ onChange }: { onChange: (message: string | null) => void }) {
  const state = useContext(DateFieldStateContext);
  const part = (type: string) => {
    const s = state?.segments.find((x) => x.type === type);
    return s && !s.isPlaceholder && typeof s.value === 'number' ? s.value : null;
  };
  const day = part('day');
  const month = part('month');
  const year = part('year');
  const text = day !== null && month !== null && year !== null ? impossibleDateMessage(day, month, year) : null;
  const report = useRef(onChange);
  useLayoutEffect(() => {
    report.current = onChange;
  });
  useEffect(() => report.current(text), [text]);
  return null;
}

/** The typed parts (day, month, year; or hours, minutes, am/pm), each a spin button, in one box. */
export function SegmentsInput() {
  return <DateInput className="input segments-input">{(segment) => <DateSegment segment={segment} className="segment" />}</DateInput>;
}
