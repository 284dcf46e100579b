/** Adding or editing an impact log entry made between sessions. */
import { useState } from 'react';
import type { ImpactEntry } from '../../../main/domain/projects/project';
import { localToday } from '../../../main/domain/time';
import { api } from '../api/client';
import { DateEntryField } from '../components/DateEntryField';
import { FormDialog } from '../components/FormDialog';
import { TextBox } from '../directory/TextBox';
import { messageOf } from './projectWords';

export function ImpactEntryDialog({
  projectId,
  entry,
  onClose,
  onSaved,
}: {
  projectId: string;
  entry: ImpactEntry | null;
  onClose: () => void;
  onSaved: (sentence: string) => void;
}) {
  const [draft, setDraft] = useState<Omit<ImpactEntry, 'id'>>(
    entry ?? { onDate: localToday(), asked: '', said: '', changed: '', toldOn: null, toldHow: '' },
  );
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<Omit<ImpactEntry, 'id'>>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = () => {
    setBusy(true);
    api.saveImpactEntry({ projectId, entry: { ...draft, ...(entry ? { id: entry.id } : {}) } }).then(
      () => {
        setBusy(false);
        onSaved(entry ? 'Saved the entry.' : 'Added the entry to the log.');
      },
      (err: unknown) => {
        setBusy(false);
        setProblem(messageOf(err, 'Kindred could not save the entry just now. Please try again.'));
      },
    );
  };
  return (
    <FormDialog
      isOpen
      title={entry ? 'Edit the entry' : 'Add to the impact log'}
      submitLabel={entry ? 'Save the entry' : 'Add the entry'}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      problem={problem}
      modalClassName="modal-wide"
    >
      <DateEntryField
        label="When"
        value={draft.onDate}
        isRequired
        requiredMessage="Choose the date it happened."
        onCommit={(onDate) => onDate && set({ onDate })}
      />
      <TextBox label="What was asked" value={draft.asked} onChange={(asked) => set({ asked })} multiline autoFocus />
      <TextBox label="What contributors said" value={draft.said} onChange={(said) => set({ said })} multiline />
      <TextBox label="What changed, or why not" value={draft.changed} onChange={(changed) => set({ changed })} multiline />
      <DateEntryField
        label="When people were told"
        value={draft.toldOn}
        description="Leave empty until they have been."
        onCommit={(toldOn) => set({ toldOn })}
      />
      <TextBox
        label="How they were told"
        value={draft.toldHow}
        onChange={(toldHow) => set({ toldHow })}
        description="For example, “A letter to everyone”."
      />
    </FormDialog>
  );
}
