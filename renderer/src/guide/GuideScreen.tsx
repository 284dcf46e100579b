/**
 * Guided planning for a new plan: six short steps that walk through the ideas co-production rests
 * on (purpose, sharing power, time and pace, relationships, reciprocity, access). Nothing is
 * required; everything saves as it is typed and can be changed later on the plan's tabs.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { navigate, routeHref } from '../lib/route';
import type { PlanEditor } from '../plan/usePlanEditor';
import { leaveGuide } from './GuideLink';
import { AccessStep } from './steps/AccessStep';
import { PeopleStep } from './steps/PeopleStep';
import { PurposeStep } from './steps/PurposeStep';
import { ReciprocityStep } from './steps/ReciprocityStep';
import { RelationshipsStep } from './steps/RelationshipsStep';
import { TimeStep } from './steps/TimeStep';
import type { StepProps } from './steps/stepProps';
import '../styles/guide.css';

const STEPS: { title: string; short: string; Body: (props: StepProps) => ReactNode }[] = [
  { title: 'Purpose and what can change', short: 'Purpose', Body: PurposeStep },
  { title: 'Who is involved and how power is shared', short: 'People and power', Body: PeopleStep },
  { title: 'Time and pace', short: 'Time and pace', Body: TimeStep },
  { title: 'Relationships and a safe space', short: 'Relationships', Body: RelationshipsStep },
  { title: 'What people get back', short: 'Reciprocity', Body: ReciprocityStep },
  { title: 'Access', short: 'Access', Body: AccessStep },
];
export const GUIDE_STEP_COUNT = STEPS.length;

export function GuideScreen({ editor, step: requested }: { editor: PlanEditor; step: number }) {
  const step = Math.max(0, Math.min(STEPS.length - 1, requested));
  const { details } = editor;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const planId = details?.id ?? '';
  const last = step === STEPS.length - 1;

  // Each step is a new page to a screen reader: its heading takes focus (after the plan's own
  // heading, which takes it when the plan first opens).
  useEffect(() => {
    const t = setTimeout(() => headingRef.current?.focus(), 0);
    return () => clearTimeout(t);
  }, [step]);

  if (!details) return null;
  const current = STEPS[step]!;
  const goTo = (n: number) => navigate({ name: 'guide', planId, step: n });

  return (
    <div className="guide">
      <nav className="guide-steps" aria-label="Guided planning steps">
        <ol>
          {STEPS.map((s, i) => (
            <li key={s.title} className={i < step ? 'is-before' : i === step ? 'is-current' : undefined}>
              <a href={routeHref({ name: 'guide', planId, step: i })} aria-current={i === step ? 'step' : undefined}>
                <span className="guide-step-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="guide-step-name">{s.short}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <section className="guide-body" aria-labelledby="page-title">
        <h2 id="page-title" ref={headingRef} tabIndex={-1} className="guide-heading">
          <span className="guide-progress">
            Step {step + 1} of {STEPS.length}
            <span className="visually-hidden">:</span>
          </span>{' '}
          {current.title}
        </h2>
        <current.Body editor={editor} details={details} />
        <div className="guide-nav" role="group" aria-label="Move through the guide">
          {step > 0 && (
            <button type="button" className="button button-secondary" onClick={() => goTo(step - 1)}>
              <span aria-hidden="true">←</span> Back
            </button>
          )}
          {last ? (
            <button type="button" className="button button-primary" onClick={() => leaveGuide(editor, { name: 'plan', planId, tab: 'review' })}>
              Finish
            </button>
          ) : (
            <>
              <button type="button" className="button button-primary" onClick={() => goTo(step + 1)}>
                Next <span aria-hidden="true">→</span>
              </button>
              <button type="button" className="button button-quiet" onClick={() => goTo(step + 1)}>
                Skip this step
              </button>
            </>
          )}
          <button
            type="button"
            className="button button-quiet guide-later"
            onClick={() => leaveGuide(editor, { name: 'plan', planId, tab: 'details' })}
          >
            Finish later
          </button>
        </div>
        <p className="guide-reassurance">
          {last
            ? '“Finish” takes you to the plan review: a kind second pair of eyes on everything so far.'
            : 'Everything saves as you type, and you can change it all later on the plan’s tabs.'}
        </p>
      </section>
    </div>
  );
}
