import { useEffect, useRef, useState } from 'react';
import { Label, RadioButton, RadioField, RadioGroup, Text } from 'react-aria-components';
import type { Plan, PlanSummary } from '../../../main/domain/plan';
import type { TemplateSummary } from '../../../main/contract/contract';
import { ApiError, api } from '../api/client';
import type { Route } from '../lib/route';
import { DraftField, type Check } from '../components/DraftField';
import { FormDialog } from '../components/FormDialog';
import { TemplateChooser } from '../library/TemplateChooser';
import { planTitleCheck } from '../lib/checks';
import { NewPlanProject, NO_PROJECT, type NewPlanProjectChoice } from '../projects/NewPlanProject';

const same = (s: string) => s;

export type StartWay = 'guide' | 'template' | 'blank';

const WAYS: { id: StartWay; label: string; description: string; submit: string }[] = [
  {
    id: 'guide',
    label: 'Plan it step by step with the guide',
    description:
      'Six short steps: why we are meeting, who is involved, time and pace, relationships, what people get back, and access. Skip anything you like.',
    submit: 'Create plan and start the guide',
  },
  {
    id: 'template',
    label: 'Start from a template',
    description: 'A whole agenda to begin from, one of Kindred’s or one you saved, ready to make your own.',
    submit: 'Create plan from this template',
  },
  {
    id: 'blank',
    label: 'Start with a blank plan',
    description: 'An empty plan: fill in the details and the agenda your own way.',
    submit: 'Create plan',
  },
];

/**
 * A name the form could not take (empty, say): the message goes under the name box, the box is
 * marked invalid and takes focus, so the facilitator is right where the fix is.
 */
function useTitleProblem() {
  const [problem, setProblem] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  return {
    problem,
    ref,
    show(message: string) {
      setProblem(message);
      ref.current?.focus();
    },
    clear: () => setProblem(null),
    /** For the name's DraftField: the message, the box, and clearing it as the draft changes. */
    fieldProps: (onDraft: (draft: string) => void) => ({
      problem,
      inputRef: ref,
      onDraftChange: (draft: string) => {
        onDraft(draft);
        setProblem(null);
      },
    }),
  };
}

/** With a template, an empty name is fine: the plan takes the template’s name. */
const optionalTitleCheck: Check<string> = (draft) => (draft.trim() === '' ? { ok: true, value: '' } : planTitleCheck(draft));

/**
 * A name, and how to start: with the guide, from a template, or blank. Everything else is on the
 * plan's own pages. `onCreated` is told where to go next.
 */
export function NewPlanDialog({ isOpen, onClose, onCreated }: { isOpen: boolean; onClose: () => void; onCreated: (p: Plan, next: Route) => void }) {
  const [title, setTitle] = useState('');
  const [way, setWay] = useState<StartWay>('blank');
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const nameProblem = useTitleProblem();
  const [busy, setBusy] = useState(false);
  const [project, setProject] = useState<NewPlanProjectChoice>(NO_PROJECT);

  // Reset while rendering, not in an effect, so the first frame already shows the fresh state.
  const [wasOpen, setWasOpen] = useState(false);
  if (isOpen !== wasOpen) {
    setWasOpen(isOpen);
    if (isOpen) {
      setTitle('');
      setWay('blank');
      setProblem(null);
      nameProblem.clear();
      setTemplates(null);
      setProject(NO_PROJECT);
    }
  }

  useEffect(() => {
    if (!isOpen) return;
    let cancelled = false;
    api.listTemplates({}).then(
      (list) => {
        if (cancelled) return;
        setTemplates(list);
        setTemplateId((current) => (current && list.some((t) => t.id === current) ? current : (list[0]?.id ?? null)));
      },
      () => !cancelled && setTemplates([]),
    );
    return () => {
      cancelled = true;
    };
  }, [isOpen]);

  const submit = async () => {
    const check = (way === 'template' ? optionalTitleCheck : planTitleCheck)(title);
    if (!check.ok) {
      nameProblem.show(check.message);
      return;
    }
    const name = check.value.trim();
    setBusy(true);
    try {
      if (project.projectId !== null) {
        // A session of a project: made with its members (and, if asked, the last agreement) in one go.
        const template = way === 'template' ? templates?.find((t) => t.id === templateId) : undefined;
        if (way === 'template' && !template) {
          setProblem('Choose a template to start from.');
          return;
        }
        const plan = await api.createProjectPlan({
          projectId: project.projectId,
          details: { title: name || template?.name || 'Untitled plan' },
          ...(template ? { templateId: template.id } : {}),
          bringAgreement: project.bringLast,
          bringGlossary: project.bringLast,
        });
        onCreated(
          plan,
          way === 'guide'
            ? { name: 'guide', planId: plan.id, step: 0 }
            : { name: 'plan', planId: plan.id, tab: way === 'template' ? 'agenda' : 'details' },
        );
      } else if (way === 'template') {
        const template = templates?.find((t) => t.id === templateId);
        if (!template) {
          setProblem('Choose a template to start from.');
          return;
        }
        const plan = await api.createPlanFromTemplate({ templateId: template.id, details: { title: name || template.name } });
        onCreated(plan, { name: 'plan', planId: plan.id, tab: 'agenda' });
      } else {
        const plan = await api.createPlan({ details: { title: name } });
        onCreated(plan, way === 'guide' ? { name: 'guide', planId: plan.id, step: 0 } : { name: 'plan', planId: plan.id, tab: 'details' });
      }
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : 'That plan could not be created. Please try again.');
    } finally {
      setBusy(false);
    }
  };

  const deleteTemplate = async (t: TemplateSummary) => {
    await api.deleteTemplate({ templateId: t.id });
    const rest = (templates ?? []).filter((x) => x.id !== t.id);
    setTemplates(rest);
    if (templateId === t.id) setTemplateId(rest[0]?.id ?? null);
  };

  const submitLabel = WAYS.find((w) => w.id === way)!.submit;
  return (
    <FormDialog
      isOpen={isOpen}
      title="Start a new plan"
      submitLabel={submitLabel}
      onSubmit={() => void submit()}
      onClose={onClose}
      busy={busy}
      problem={problem}
    >
      <DraftField
        label="What shall we call it?"
        description={way === 'template' ? 'You can change this later. Leave it empty to use the template’s name.' : 'You can change this later.'}
        value={title}
        format={same}
        check={way === 'template' ? optionalTitleCheck : planTitleCheck}
        onCommit={() => setProblem(null)}
        {...nameProblem.fieldProps(setTitle)}
        autoFocus
        isRequired={way !== 'template'}
      />
      <RadioGroup
        className="radio-group start-ways"
        value={way}
        onChange={(v) => {
          setWay(v as StartWay);
          setProblem(null);
          nameProblem.clear();
        }}
      >
        <Label className="label">How would you like to start?</Label>
        {WAYS.map((w) => (
          <RadioField key={w.id} value={w.id} className="start-way">
            <RadioButton className="radio">{w.label}</RadioButton>
            <Text slot="description" className="field-description start-way-description">
              {w.description}
            </Text>
          </RadioField>
        ))}
      </RadioGroup>
      {way === 'template' &&
        (templates === null ? (
          <p role="status">Finding your templates…</p>
        ) : (
          <TemplateChooser templates={templates} selectedId={templateId} onSelect={setTemplateId} onDelete={deleteTemplate} />
        ))}
      {isOpen && <NewPlanProject choice={project} onChange={setProject} />}
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
  const nameProblem = useTitleProblem();
  // Reset while rendering, not in an effect, so the first frame already shows the fresh state.
  const [shownPlan, setShownPlan] = useState<PlanSummary | null | undefined>(undefined);
  if (plan !== shownPlan) {
    setShownPlan(plan);
    if (plan) {
      setTitle(plan.title);
      setProblem(null);
      nameProblem.clear();
    }
  }
  const submit = async () => {
    if (!plan) return;
    const check = planTitleCheck(title);
    if (!check.ok) {
      nameProblem.show(check.message);
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
        <DraftField
          label="Plan name"
          value={plan.title}
          format={same}
          check={planTitleCheck}
          onCommit={() => setProblem(null)}
          {...nameProblem.fieldProps(setTitle)}
          autoFocus
          isRequired
        />
      )}
    </FormDialog>
  );
}
