import { useEffect, useState } from 'react';
import type { Plan, PlanSummary } from '../../../main/domain/plan';
import { ApiError, api } from '../api/client';
import { DraftField } from '../components/DraftField';
import { FormDialog } from '../components/FormDialog';
import { planTitleCheck } from '../lib/checks';

const same = (s: string) => s;

/** Asks only for a name; everything else is on the plan's details page. */
export function NewPlanDialog({ isOpen, onClose, onCreated }: { isOpen: boolean; onClose: () => void; onCreated: (p: Plan) => void }) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (isOpen) {
      setTitle('');
      setProblem(null);
    }
  }, [isOpen]);
  const submit = async () => {
    const check = planTitleCheck(title);
    if (!check.ok) {
      setProblem(check.message);
      return;
    }
    setBusy(true);
    try {
      onCreated(await api.createPlan({ details: { title: check.value.trim() } }));
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : 'That plan could not be created. Please try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog isOpen={isOpen} title="Start a new plan" submitLabel="Create plan" onSubmit={() => void submit()} onClose={onClose} busy={busy} problem={problem}>
      <DraftField
        label="What shall we call it?"
        description="You can change this later."
        value={title}
        format={same}
        check={planTitleCheck}
        onCommit={() => setProblem(null)}
        onDraftChange={setTitle}
        autoFocus
        isRequired
      />
    </FormDialog>
  );
}

export function RenamePlanDialog({
  plan,
  onClose,
  onRenamed,
}: {
  plan: PlanSummary | null;
  onClose: () => void;
  onRenamed: (title: string) => void;
}) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (plan) {
      setTitle(plan.title);
      setProblem(null);
    }
  }, [plan]);
  const submit = async () => {
    if (!plan) return;
    const check = planTitleCheck(title);
    if (!check.ok) {
      setProblem(check.message);
      return;
    }
    try {
      await api.updatePlan({ planId: plan.id, patch: { title: check.value.trim() } });
      onRenamed(check.value.trim());
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : 'That name could not be saved. Please try again.');
    }
  };
  return (
    <FormDialog isOpen={plan !== null} title="Rename plan" submitLabel="Save name" onSubmit={() => void submit()} onClose={onClose} problem={problem}>
      {plan && (
        <DraftField label="Plan name" value={plan.title} format={same} check={planTitleCheck} onCommit={() => setProblem(null)} onDraftChange={setTitle} autoFocus isRequired />
      )}
    </FormDialog>
  );
}
