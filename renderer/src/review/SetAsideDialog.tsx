/** Asks why a finding is being set aside; the reason is kept with it, so the thinking is not lost. */
import { useRef, useState } from 'react';
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import type { Finding } from '../../../main/domain/review';
import { checkField, setAsideReason } from '../../../main/domain/validation';
import { FormDialog } from '../components/FormDialog';
import { exampleReason } from './setAsideExamples';

export function SetAsideDialog({ finding, onSave, onClose }: { finding: Finding; onSave: (reason: string) => void; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  const submit = () => {
    const message = checkField(setAsideReason, reason);
    if (message !== null) {
      setProblem(message);
      box.current?.focus();
      return;
    }
    onSave(reason.trim());
  };

  return (
    <FormDialog isOpen title="Set this aside" submitLabel="Set aside" onSubmit={submit} onClose={onClose}>
      <p className="set-aside-finding">{finding.message}</p>
      <TextField
        className="field"
        value={reason}
        onChange={(v) => {
          setReason(v);
          if (problem && v.trim()) setProblem(null);
        }}
        isInvalid={problem !== null}
        validationBehavior="aria"
        isRequired
        autoFocus
      >
        <Label className="label">Why are you setting it aside?</Label>
        <TextArea ref={box} className="textarea" rows={3} />
        <Text slot="description" className="field-description">
          For example: “{exampleReason(finding)}” It stays under “Considered” with your reason, and you can bring it back at any time.
        </Text>
        <FieldError className="field-error">{problem}</FieldError>
      </TextField>
    </FormDialog>
  );
}
