/** "Add someone" to the People screen: a name is enough; the profile opens next for the rest. */
import { useState } from 'react';
import type { DirectoryPerson } from '../../../main/domain/directory';
import { api, ApiError } from '../api/client';
import { FormDialog } from '../components/FormDialog';
import { TextBox } from './TextBox';

export function AddToDirectoryDialog({
  isOpen,
  onClose,
  onAdded,
}: {
  isOpen: boolean;
  onClose: () => void;
  onAdded: (person: DirectoryPerson) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [wasOpen, setWasOpen] = useState(false);
  if (isOpen !== wasOpen) {
    setWasOpen(isOpen);
    if (isOpen) {
      setName('');
      setEmail('');
      setProblems({});
    }
  }
  const submit = async () => {
    setBusy(true);
    try {
      onAdded(await api.createDirectoryPerson({ person: { name: name.trim(), email: email.trim() } }));
    } catch (err) {
      setProblems(err instanceof ApiError ? { ...err.fields, any: err.message } : { any: 'That could not be saved just now. Please try again.' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      isOpen={isOpen}
      title="Add someone"
      submitLabel="Add them"
      onSubmit={() => void submit()}
      onClose={onClose}
      busy={busy}
      problem={problems.any ?? null}
    >
      <TextBox label="Name" value={name} onChange={setName} problem={problems['person.name']} autoFocus />
      <TextBox label="Email (optional)" type="email" value={email} onChange={setEmail} problem={problems['person.email']} />
    </FormDialog>
  );
}
