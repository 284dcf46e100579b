/**
 * A labelled text field that keeps what the facilitator is typing as a draft, commits it only
 * when it is valid, and otherwise shows a kind message next to the field. Nothing invalid is ever
 * saved, and nothing typed is thrown away: the draft stays until it is fixed.
 */
import { useState, type ReactNode, type Ref } from 'react';
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

export type Check<T> = (draft: string) => { ok: true; value: T } | { ok: false; message: string };

export interface DraftFieldProps<T> {
  label: ReactNode;
  /** Hide the label visually but keep it for screen readers (compact rows). */
  labelHidden?: boolean;
  value: T;
  format: (value: T) => string;
  check: Check<T>;
  onCommit: (value: T) => void;
  description?: ReactNode;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'number' | 'search';
  inputMode?: 'numeric' | 'text';
  className?: string;
  autoFocus?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  name?: string;
  /** Extra accessible name, when the visible label alone is ambiguous in a list. */
  ariaLabel?: string;
  isRequired?: boolean;
  /** Told of every keystroke, valid or not (forms that submit the draft as a whole). */
  onDraftChange?: (draft: string) => void;
  /**
   * A message from the form the field is in (the draft was submitted as it is, say empty), shown
   * under the box like the field's own; the form clears it once the draft changes.
   */
  problem?: string | null;
  /** The text box itself, for a form to move focus to it. */
  inputRef?: Ref<HTMLInputElement>;
}

export function DraftField<T>(props: DraftFieldProps<T>) {
  const { value, format, check, onCommit, inputRef } = props;
  const [draft, setDraft] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  /** The value last saved from here or received, so an unchanged value is never saved twice. */
  const [lastValue, setLastValue] = useState(value);
  /** The `value` prop as of the last render: only a change to it follows. */
  const [seenValue, setSeenValue] = useState(value);

  // Follow changes made elsewhere (undo, another field), unless the draft already says the same.
  // Done while rendering, not in an effect, so the old draft never shows beside the new value.
  if (!Object.is(seenValue, value)) {
    setSeenValue(value);
    if (!Object.is(lastValue, value)) {
      setLastValue(value);
      const parsed = check(draft);
      if (!parsed.ok || !Object.is(parsed.value, value)) {
        setDraft(format(value));
        setError(null);
      }
    }
  }

  const onChange = (next: string) => {
    setDraft(next);
    props.onDraftChange?.(next);
    const parsed = check(next);
    if (parsed.ok) {
      setError(null);
      if (!Object.is(parsed.value, lastValue)) {
        setLastValue(parsed.value);
        onCommit(parsed.value);
      }
    } else {
      setError(parsed.message);
    }
  };

  const shown = error ?? props.problem ?? null;
  const inputProps = {
    className: props.multiline ? 'textarea' : 'input',
    ...(props.maxLength !== undefined ? { maxLength: props.maxLength } : {}),
    ...(props.min !== undefined ? { min: props.min } : {}),
    ...(props.max !== undefined ? { max: props.max } : {}),
  };

  return (
    <TextField
      className={`field ${props.className ?? ''}`}
      value={draft}
      onChange={onChange}
      isInvalid={shown !== null}
      validationBehavior="aria"
      type={props.type === 'number' ? 'text' : (props.type ?? 'text')}
      {...(props.inputMode ? { inputMode: props.inputMode } : {})}
      {...(props.type === 'number' ? { inputMode: 'numeric' as const } : {})}
      {...(props.autoFocus ? { autoFocus: true } : {})}
      {...(props.name ? { name: props.name } : {})}
      {...(props.ariaLabel ? { 'aria-label': props.ariaLabel } : {})}
      {...(props.isRequired ? { isRequired: true } : {})}
    >
      <Label className={props.labelHidden ? 'visually-hidden' : 'label'}>{props.label}</Label>
      {props.multiline ? <TextArea rows={props.rows ?? 3} {...inputProps} /> : <Input ref={inputRef} {...inputProps} />}
      {props.description && (
        <Text slot="description" className="field-description">
          {props.description}
        </Text>
      )}
      <FieldError className="field-error">{shown}</FieldError>
    </TextField>
  );
}

/** Free text: always valid up to the limit (the service enforces the same limit). */
export function textCheck(max: number, what = 'This'): Check<string> {
  return (draft) =>
    draft.length <= max
      ? { ok: true, value: draft }
      : {
          ok: false,
          message: `${what} can be up to ${max.toLocaleString('en-GB')} characters; it has ${draft.length.toLocaleString('en-GB')}. Could some of it go somewhere else?`,
        };
}
