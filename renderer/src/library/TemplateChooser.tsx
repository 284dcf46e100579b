/**
 * Choosing a template to start a plan from: Kindred's starters, and the facilitator's own (which
 * they can delete here). Used inside the New plan dialog.
 */
import { useRef, useState } from 'react';
import { Label, RadioButton, RadioField, RadioGroup, Text } from 'react-aria-components';
import type { TemplateSummary } from '../../../main/contract/contract';
import { formatDurationLong } from '../../../main/domain/time';
import { ConfirmDelete } from './ConfirmDelete';
import '../styles/library.css';

export function templateLength(t: TemplateSummary): string {
  if (t.blockCount === 0) return 'No agenda yet';
  return `${formatDurationLong(t.totalMinutes)}, ${t.blockCount} ${t.blockCount === 1 ? 'block' : 'blocks'}`;
}

export function TemplateChooser({
  templates,
  selectedId,
  onSelect,
  onDelete,
}: {
  templates: TemplateSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Resolves once deleted; rejects with a message to show. */
  onDelete: (t: TemplateSummary) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const starters = templates.filter((t) => t.builtIn);
  const own = templates.filter((t) => !t.builtIn);

  const option = (t: TemplateSummary) => (
    <RadioField key={t.id} value={t.id} className="template-option" data-template-id={t.id}>
      <RadioButton className="radio template-name">{t.name}</RadioButton>
      <Text slot="description" className="template-description">
        {t.summary && <span className="template-summary">{t.summary} </span>}
        <span className="template-length">{templateLength(t)}</span>
      </Text>
      {!t.builtIn &&
        (confirming === t.id ? (
          <ConfirmDelete
            label={`Delete the template “${t.name}”?`}
            onDelete={() => {
              setProblem(null);
              onDelete(t).then(
                () => {
                  setConfirming(null);
                  requestAnimationFrame(() => groupRef.current?.querySelector<HTMLInputElement>('input:checked, input')?.focus());
                },
                (err: unknown) => setProblem(err instanceof Error ? err.message : 'That template could not be deleted. Please try again.'),
              );
            }}
            onKeep={() => {
              setConfirming(null);
              requestAnimationFrame(() => groupRef.current?.querySelector<HTMLElement>(`[data-template-id="${t.id}"] .template-delete`)?.focus());
            }}
          >
            Delete the template “{t.name}”? Plans you started from it stay as they are.
          </ConfirmDelete>
        ) : (
          <button type="button" className="button button-quiet template-delete" onClick={() => setConfirming(t.id)}>
            Delete<span className="visually-hidden"> the template “{t.name}”</span>
          </button>
        ))}
    </RadioField>
  );

  return (
    <RadioGroup ref={groupRef} className="radio-group template-chooser" value={selectedId} onChange={onSelect}>
      <Label className="label">Choose a template</Label>
      {problem && (
        <p className="notice notice-problem" role="alert">
          {problem}
        </p>
      )}
      {own.length > 0 && (
        <div className="template-section">
          <h3 className="template-heading">Your templates</h3>
          {own.map(option)}
        </div>
      )}
      <div className="template-section">
        <h3 className="template-heading">Kindred’s templates</h3>
        {starters.map(option)}
      </div>
    </RadioGroup>
  );
}
