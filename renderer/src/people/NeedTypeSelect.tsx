/** The structured list of access needs, grouped the way people talk about them ("Hearing", "Travel"). */
import type { ReactNode } from 'react';
import { Button, Header, Label, ListBox, ListBoxItem, ListBoxSection, Popover, Select, SelectValue, Text, type Key } from 'react-aria-components';
import { NEED_CATEGORIES, NEED_CATEGORY_LABELS, NEED_TYPES, type NeedTypeId } from '../../../main/domain/access';

const GROUPS = NEED_CATEGORIES.map((category) => ({
  category,
  label: NEED_CATEGORY_LABELS[category],
  types: NEED_TYPES.filter((t) => t.category === category),
}));

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
    <Select
      className={className ? `field ${className}` : 'field'}
      selectedKey={value}
      onSelectionChange={(key: Key | null) => key !== null && onChange(String(key) as NeedTypeId)}
      {...(placeholder ? { placeholder } : {})}
      {...(isInvalid ? { isInvalid: true } : {})}
    >
      <Label className="label">{label}</Label>
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
      <Popover className="popover need-type-popover">
        <ListBox className="listbox">
          {GROUPS.map((g) => (
            <ListBoxSection key={g.category} id={`category-${g.category}`} className="listbox-section">
              <Header className="listbox-header">{g.label}</Header>
              {g.types.map((t) => (
                <ListBoxItem key={t.id} id={t.id} className="listbox-item" textValue={t.label}>
                  {t.label}
                </ListBoxItem>
              ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
