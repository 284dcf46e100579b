/** The structured list of access needs, grouped the way people talk about them ("Hearing", "Travel"). */
import type { ReactNode } from 'react';
import { NEED_CATEGORIES, NEED_CATEGORY_LABELS, NEED_TYPES, needType, type NeedTypeId } from '../../../main/domain/access';
import { ChoiceSelect, type ChoiceSection } from '../components/ChoiceSelect';

const SECTIONS: readonly ChoiceSection<NeedTypeId>[] = NEED_CATEGORIES.map((category) => ({
  id: `category-${category}`,
  label: NEED_CATEGORY_LABELS[category],
  options: NEED_TYPES.filter((t) => t.category === category).map((t) => t.id),
}));
const ALL = SECTIONS.flatMap((s) => s.options);
const labelOf = (id: NeedTypeId) => needType(id).label;

export function NeedTypeSelect({
  label,
  value,
  onChange,
  placeholder,
  description,
  className,
  isInvalid,
}: {
  label: ReactNode;
  value: NeedTypeId | null;
  onChange: (type: NeedTypeId) => void;
  placeholder?: string;
  description?: ReactNode;
  className?: string;
  isInvalid?: boolean;
}) {
  return (
    <ChoiceSelect
      label={label}
      value={value}
      onChange={onChange}
      options={ALL}
      sections={SECTIONS}
      labels={labelOf}
      textValue={labelOf}
      popoverClassName="need-type-popover"
      {...(placeholder ? { placeholder } : {})}
      {...(description ? { description } : {})}
      {...(className ? { className } : {})}
      {...(isInvalid ? { isInvalid } : {})}
    />
  );
}
