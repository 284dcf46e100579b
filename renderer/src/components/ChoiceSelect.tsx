/**
 * A labelled drop-down of choices (a react-aria Select): the label, a button that shows the chosen
 * option with a ▾, an optional description, and the list of options. Every drop-down in Kindred is
 * one of these, so they all look, read and behave the same.
 */
import type { ReactNode } from 'react';
import { Button, Header, Label, ListBox, ListBoxItem, ListBoxSection, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';

/** What each option says: a record for a fixed list, or a function for options made at run time. */
export type ChoiceLabels<K extends string> = Readonly<Record<K, ReactNode>> | ((option: K) => ReactNode);

export function choiceLabel<K extends string>(labels: ChoiceLabels<K>, option: K): ReactNode {
  return typeof labels === 'function' ? labels(option) : labels[option];
}

/** A base class plus any extra ones, with no stray spaces. */
export const withClass = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

/** Options shown together under a heading of their own ("Hearing", "Travel"). */
export interface ChoiceSection<K extends string> {
  id: string;
  label: ReactNode;
  options: readonly K[];
}

interface CommonProps<K extends string> {
  label: ReactNode;
  options: readonly K[];
  labels: ChoiceLabels<K>;
  /** The option's name as plain text, for options whose label is more than a string. */
  textValue?: (option: K) => string;
  /** Classes added after "field", like "field-medium". */
  className?: string;
  description?: ReactNode;
  /** Hide the label visually but keep it for screen readers (compact rows). */
  labelHidden?: boolean;
  /** Extra accessible name, when the visible label alone is ambiguous in a list. */
  ariaLabel?: string;
  isDisabled?: boolean;
  /** A long list read more easily in groups: shown under their headings instead of as one list. */
  sections?: readonly ChoiceSection<K>[];
  /** Said on the button while nothing is chosen yet. */
  placeholder?: string;
  isInvalid?: boolean;
  /** Classes added after "popover". */
  popoverClassName?: string;
}

/** One of the options is chosen (or none yet, showing the placeholder), and a choice gives it back. */
interface PickOne<K extends string> {
  value: K | null;
  onChange: (option: K) => void;
  none?: undefined;
}

/** A first option that stands for "none of these" ("Not decided yet"): chosen when value is null, and gives back null. */
interface PickOneOrNone<K extends string> {
  value: K | null;
  onChange: (option: K | null) => void;
  none: { id: string; label: string };
}

export type ChoiceSelectProps<K extends string> = CommonProps<K> & (PickOne<K> | PickOneOrNone<K>);

// One signature for each kind, so that onChange's option is typed K, or K | null only with "none".
export function ChoiceSelect<K extends string>(props: CommonProps<K> & PickOne<K>): ReactNode;
export function ChoiceSelect<K extends string>(props: CommonProps<K> & PickOneOrNone<K>): ReactNode;
export function ChoiceSelect<K extends string>(props: ChoiceSelectProps<K>) {
  const { label, options, labels, textValue, description, none, sections } = props;
  const onSelectionChange = (key: Key | null) => {
    if (key === null) return;
    const option = String(key) as K;
    if (props.none) props.onChange(key === props.none.id ? null : option);
    else props.onChange(option);
  };
  const item = (k: K) => (
    <ListBoxItem key={k} id={k} className="listbox-item" {...(textValue ? { textValue: textValue(k) } : {})}>
      {choiceLabel(labels, k)}
    </ListBoxItem>
  );
  return (
    <Select
      className={withClass('field', props.className)}
      selectedKey={props.value ?? none?.id ?? null}
      onSelectionChange={onSelectionChange}
      {...(props.ariaLabel ? { 'aria-label': props.ariaLabel } : {})}
      {...(props.isDisabled ? { isDisabled: true } : {})}
      {...(props.placeholder ? { placeholder: props.placeholder } : {})}
      {...(props.isInvalid ? { isInvalid: true } : {})}
    >
      <Label className={props.labelHidden ? 'visually-hidden' : 'label'}>{label}</Label>
      <Button className="button select-button">
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <Popover className={withClass('popover', props.popoverClassName)}>
        <ListBox className="listbox">
          {none && (
            <ListBoxItem id={none.id} className="listbox-item">
              {none.label}
            </ListBoxItem>
          )}
          {sections
            ? sections.map((section) => (
                <ListBoxSection key={section.id} id={section.id} className="listbox-section">
                  <Header className="listbox-header">{section.label}</Header>
                  {section.options.map(item)}
                </ListBoxSection>
              ))
            : options.map(item)}
        </ListBox>
      </Popover>
    </Select>
  );
}
