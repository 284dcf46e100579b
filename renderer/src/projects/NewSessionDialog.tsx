/**
 * A new session in a project: its members are invited, and the last session's agreement and words
 * are offered (the facilitator chooses; both are ticked when there is something to bring).
 */
import { useState } from 'react';
import { Checkbox } from 'react-aria-components';
import type { LastSessionOffer } from '../../../main/domain/projects/project';
import { api } from '../api/client';
import { DateEntryField } from '../components/DateEntryField';
import { FormDialog } from '../components/FormDialog';
import { TextBox } from '../directory/TextBox';
import { navigate } from '../lib/route';
import { messageOf } from './projectWords';

export function NewSessionDialog({
  isOpen,
  projectId,
  lastSession,
  memberCount,
  onClose,
}: {
  isOpen: boolean;
  projectId: string;
  lastSession: LastSessionOffer | null;
  memberCount: number;
  onClose: () => void;
}) {
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const hasAgreement = (lastSession?.agreement.length ?? 0) > 0;
  const hasWords = (lastSession?.glossary.length ?? 0) > 0;
  const [bringAgreement, setBringAgreement] = useState(true);
  const [bringGlossary, setBringGlossary] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = () => {
    setBusy(true);
    api
      .createProjectPlan({
        projectId,
        details: { ...(title.trim() ? { title } : {}), date },
        bringAgreement: hasAgreement && bringAgreement,
        bringGlossary: hasWords && bringGlossary,
      })
      .then(
        (plan) => {
          setBusy(false);
          onClose();
          navigate({ name: 'plan', planId: plan.id, tab: 'details' });
        },
        (err: unknown) => {
          setBusy(false);
          setProblem(messageOf(err, 'Kindred could not start the session just now. Please try again.'));
        },
      );
  };

  return (
    <FormDialog isOpen={isOpen} title="New session" submitLabel="Start the session" onSubmit={submit} onClose={onClose} busy={busy} problem={problem}>
      <TextBox label="Name" value={title} onChange={setTitle} autoFocus description="For example, “Panel meeting, June”." />
      <DateEntryField label="Date" value={date} onCommit={setDate} description="Optional." />
      <p className="field-description">
        {memberCount === 0
          ? 'The project has no members yet, so nobody is invited for you.'
          : `${memberCount === 1 ? 'Its 1 member is' : `All ${memberCount} members are`} invited, with what helps them take part.`}
      </p>
      {lastSession && (hasAgreement || hasWords) && (
        <fieldset className="project-offer">
          <legend>From the last session, “{lastSession.title.trim() || 'Untitled plan'}”</legend>
          {hasAgreement && (
            <Checkbox className="checkbox" isSelected={bringAgreement} onChange={setBringAgreement}>
              <span className="checkbox-box" aria-hidden="true" />
              Start from its agreement ({lastSession.agreement.join(', ')})
            </Checkbox>
          )}
          {hasWords && (
            <Checkbox className="checkbox" isSelected={bringGlossary} onChange={setBringGlossary}>
              <span className="checkbox-box" aria-hidden="true" />
              Bring its words and their everyday meanings ({lastSession.glossary.length === 1 ? '1 word' : `${lastSession.glossary.length} words`})
            </Checkbox>
          )}
        </fieldset>
      )}
    </FormDialog>
  );
}
