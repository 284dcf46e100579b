/** A labelled group of radio buttons, one for each choice: the same markup wherever Kindred offers a few options side by side. */
import type { ReactNode } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { choiceLabel, withClass, type ChoiceLabels } from './ChoiceSelect';

export function ChoiceRadioGroup<K extends string>({
  label,
  value,
  options,
  labels,
  onChange,
  className,
}: {
  label: ReactNode;
  value: K;
  options: readonly K[];
  labels: ChoiceLabels<K>;
  onChange: (option: K) => void;
  /** Classes added after "radio-group", like "radio-inline". */
  className?: string;
}) {
  return (
    <RadioGroup className={withClass('radio-group', className)} value={value} onChange={(v) => onChange(v as K)}>
      <Label className="label">{label}</Label>
      {options.map((o) => (
        <Radio key={o} value={o} className="radio">
          {choiceLabel(labels, o)}
        </Radio>
      ))}
    </RadioGroup>
  );
}
