/**
 * "Save as template…": the plan's details and agenda, kept to start new plans from. People and
 * everything about them (names, contacts, payments, access needs) stay with this plan.
 */
import { useState } from 'react';
import { LIMITS } from '../../../main/domain/plan';
import { ApiError, api } from '../api/client';
import { DraftField, type Check } from '../components/DraftField';
import { FormDialog } from '../components/FormDialog';
import { useToast } from '../components/Toasts';
import { shortTextCheck } from '../lib/checks';
import { checkField, templateName } from '../../../main/domain/validation';
import type { PlanEditor } from '../plan/usePlanEditor';
import '../styles/library.css';

const same = (s: string) => s;
const nameCheck: Check<string> = (draft) => {
  const message = checkField(templateName, draft);
  return message === null ? { ok: true, value: draft } : { ok: false, message };
};
const summaryCheck = shortTextCheck('The summary');

export function SaveAsTemplateButton({ editor }: { editor: PlanEditor }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)} disabled={!editor.details}>
        Save as template…
      </button>
      {open && <SaveAsTemplateDialog editor={editor} onClose={() => setOpen(false)} />}
    </>
  );
}

function SaveAsTemplateDialog({ editor, onClose }: { editor: PlanEditor; onClose: () => void }) {
  const title = editor.details?.title ?? '';
  const [name, setName] = useState(title);
  const [summary, setSummary] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  const submit = async () => {
    const checked = nameCheck(name);
    if (!checked.ok) {
      setProblem(checked.message);
      return;
    }
    if (summary.length > LIMITS.shortText) return;
    setBusy(true);
    try {
      // The template is made from what the store holds, so everything typed goes first.
      await editor.queue.whenIdle();
      const saved = await api.savePlanAsTemplate({
        planId: editor.details!.id,
        name: checked.value.trim(),
        ...(summary.trim() ? { summary: summary.trim() } : {}),
      });
      onClose();
      toast({ message: `Saved “${saved.name}” as a template. Choose it under “Start from a template” when you start a new plan.` });
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : 'The template could not be saved. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      isOpen
      title="Save as a template"
      submitLabel="Save template"
      onSubmit={() => void submit()}
      onClose={onClose}
      busy={busy}
      problem={problem}
    >
      <p>
        A template keeps this plan’s details and agenda, so you can start another plan from it. People and their details (names, contacts, payments
        and access needs) are not copied: they stay with this plan.
      </p>
      <DraftField
        label="Template name"
        value={title}
        format={same}
        check={nameCheck}
        onCommit={() => setProblem(null)}
        onDraftChange={setName}
        autoFocus
        isRequired
      />
      <DraftField
        label="A short summary (optional)"
        description="What it is for, in a sentence, so you recognise it later."
        value=""
        format={same}
        check={summaryCheck}
        onCommit={setSummary}
        onDraftChange={setSummary}
        multiline
        rows={2}
      />
    </FormDialog>
  );
}
