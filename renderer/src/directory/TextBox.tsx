/** A plain labelled text box for forms that save as a whole (the profile, a new person). */
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';

export function TextBox({
  label,
  value,
  onChange,
  problem,
  description,
  multiline,
  type,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string | undefined;
  description?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel';
  autoFocus?: boolean;
}) {
  return (
    <TextField
      className="field"
      value={value}
      onChange={onChange}
      isInvalid={problem !== undefined}
      type={type}
      autoFocus={autoFocus}
      validationBehavior="aria"
    >
      <Label className="label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      {multiline ? <TextArea className="input" rows={3} /> : <Input className="input" />}
      <FieldError className="field-error">{problem}</FieldError>
    </TextField>
  );
}
