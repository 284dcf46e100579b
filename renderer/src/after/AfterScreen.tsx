/**
 * After the workshop: what happened, under the GRIPP2 short-form headings, and "you said, we did",
 * the changes people's words led to. This is the evidence of impact (UK Standards for Public
 * Involvement: impact) and the feedback that closes the loop with the people who took part.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { ChangeFrom } from './ChangeFrom';
import type { Person } from '../../../main/domain/people';
import { DEBRIEF_FIELDS, LIMITS, type Change, type Debrief } from '../../../main/domain/plan';
import { useAnnounce } from '../components/Announcer';
import { DraftField } from '../components/DraftField';
import { useToast } from '../components/Toasts';
import { longTextCheck } from '../lib/checks';
import type { PlanEditor } from '../plan/usePlanEditor';
import { PersonalDataSection } from '../privacy/PersonalDataSection';
import { DayAsRunSection } from './DayAsRunSection';
import '../styles/people.css';

const same = (s: string) => s;

const HEADINGS: Record<(typeof DEBRIEF_FIELDS)[number], { label: string; prompt: string }> = {
  aim: { label: 'Aim', prompt: 'What you hoped involving people in this workshop would achieve.' },
  methods: { label: 'Methods', prompt: 'Who took part, how they were involved, and how they were supported.' },
  results: { label: 'Results', prompt: 'What came out of the day: what people said, suggested and decided.' },
  outcomes: { label: 'Outcomes', prompt: 'What changed because of it, for the work, the team and the people involved.' },
  reflections: { label: 'Reflections', prompt: 'What went well, what could have gone better, and what you learned.' },
};

const CHECKS = Object.fromEntries(DEBRIEF_FIELDS.map((f) => [f, longTextCheck(HEADINGS[f].label)])) as Record<
  (typeof DEBRIEF_FIELDS)[number],
  ReturnType<typeof longTextCheck>
>;
const youSaidCheck = longTextCheck('What people said');
const weDidCheck = longTextCheck('What we did');

export function AfterScreen({ editor }: { editor: PlanEditor }) {
  const { debrief, changes, details } = editor;
  const announce = useAnnounce();
  const toast = useToast();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const changesRef = useRef(changes);
  const editorRef = useRef(editor);
  // Updated once the render is committed, never during it (a render React throws away must not leak).
  useLayoutEffect(() => {
    changesRef.current = changes;
    editorRef.current = editor;
  });

  const updateChange = useCallback((id: string, patch: Partial<Change>) => {
    editorRef.current.setChanges(changesRef.current.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  }, []);

  if (!debrief || !details) return null;
  const delivered = details.status === 'delivered';

  const addChange = () => {
    const change: Change = { id: crypto.randomUUID(), youSaid: '', weDid: '' };
    editor.setChanges([...changes, change]);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-change-id="${change.id}"] textarea`)?.focus());
  };

  const removeChange = (change: Change, index: number) => {
    editor.setChanges(changes.filter((c) => c.id !== change.id));
    const next = changes[index + 1] ?? changes[index - 1];
    requestAnimationFrame(() =>
      (next ? listRef.current?.querySelector<HTMLElement>(`[data-change-id="${next.id}"] textarea`) : addRef.current)?.focus(),
    );
    toast({
      message: `Removed row ${index + 1} of “You said, we did”.`,
      actionLabel: 'Undo',
      onAction: () => {
        const current = changesRef.current;
        if (current.some((c) => c.id === change.id)) return;
        const restored = [...current];
        restored.splice(Math.min(index, restored.length), 0, change);
        editorRef.current.setChanges(restored);
        announce(`Row ${index + 1} is back.`);
      },
    });
  };

  const markDelivered = () => {
    editor.updateDetails({ status: 'delivered' });
    announce('Marked as delivered.');
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <section className="after" aria-labelledby="after-heading">
      <h2 id="after-heading" ref={headingRef} tabIndex={-1}>
        After the workshop
      </h2>
      <p className="section-intro">Write down what happened and what changed: it is the evidence of impact that keeps involvement funded.</p>
      {!delivered && (
        <div className="notice notice-calm after-notice">
          <p>
            This part is for after the workshop has happened. You are welcome to start now, for example with the aim, and come back to the rest later.
          </p>
          <button type="button" className="button button-secondary" onClick={markDelivered}>
            Mark as delivered
          </button>
        </div>
      )}

      <DayAsRunSection editor={editor} />

      <DebriefForm debrief={debrief} onChange={editor.updateDebrief} />

      <section className="form-section changes" aria-labelledby="changes-heading">
        <h3 id="changes-heading">You said, we did</h3>
        <p className="field-description">
          What people told you, and what changed because of it. Telling people this is how they know their time made a difference.
          {details.followUp.trim() !== '' && <> You planned to tell them like this: {details.followUp.trim()}</>}
        </p>
        {changes.length === 0 ? (
          <p>Nothing written yet.</p>
        ) : (
          <ol className="changes-list" ref={listRef}>
            {changes.map((c, i) => (
              <ChangeRow key={c.id} change={c} index={i} people={editor.people} onChange={updateChange} onRemove={removeChange} />
            ))}
          </ol>
        )}
        <AddChangeButton buttonRef={addRef} onAdd={addChange} disabled={changes.length >= LIMITS.changesPerPlan} />
      </section>

      <PersonalDataSection editor={editor} />
    </section>
  );
}

function DebriefForm({ debrief, onChange }: { debrief: Debrief; onChange: (patch: Partial<Debrief>) => void }) {
  return (
    <section className="form-section debrief" aria-labelledby="debrief-heading">
      <h3 id="debrief-heading">What happened</h3>
      <p className="field-description">
        These headings follow the GRIPP2 short form, a common way to report public involvement. A few sentences under each is plenty.
      </p>
      {DEBRIEF_FIELDS.map((f) => (
        <DraftField
          key={f}
          label={HEADINGS[f].label}
          description={HEADINGS[f].prompt}
          value={debrief[f]}
          format={same}
          check={CHECKS[f]}
          onCommit={(text) => onChange({ [f]: text })}
          multiline
          rows={3}
        />
      ))}
    </section>
  );
}

function ChangeRow({
  change,
  index,
  people,
  onChange,
  onRemove,
}: {
  change: Change;
  index: number;
  people: readonly Person[];
  onChange: (id: string, patch: Partial<Change>) => void;
  onRemove: (change: Change, index: number) => void;
}) {
  const n = index + 1;
  return (
    <li className="change-row" data-change-id={change.id}>
      <div className="change-head">
        <h4 id={`change-${change.id}`}>Row {n}</h4>
        <button type="button" className="button button-quiet button-remove" onClick={() => onRemove(change, index)} aria-label={`Remove row ${n}`}>
          Remove
        </button>
      </div>
      <div className="change-fields" role="group" aria-labelledby={`change-${change.id}`}>
        <DraftField
          label="You said"
          value={change.youSaid}
          format={same}
          check={youSaidCheck}
          onCommit={(youSaid) => onChange(change.id, { youSaid })}
          multiline
          rows={2}
        />
        <DraftField
          label="We did"
          value={change.weDid}
          format={same}
          check={weDidCheck}
          onCommit={(weDid) => onChange(change.id, { weDid })}
          multiline
          rows={2}
        />
        <ChangeFrom change={change} people={people} onChange={(patch) => onChange(change.id, patch)} />
      </div>
    </li>
  );
}

function AddChangeButton({ buttonRef, onAdd, disabled }: { buttonRef: RefObject<HTMLButtonElement | null>; onAdd: () => void; disabled: boolean }) {
  return (
    <button ref={buttonRef} type="button" className="button button-secondary" onClick={onAdd} disabled={disabled}>
      Add a row
    </button>
  );
}
