/**
 * One plan: its header (name, when, saved state) and its sections. Later issues add people,
 * review, access and packs here as further sections.
 */
import { useEffect, useRef } from 'react';
import { formatDateWithWeekday } from '../../../main/domain/time';
import { isDesktop } from '../api/client';
import { navigate, routeHref, type PlanTab } from '../app/route';
import { SaveIndicator } from '../components/SaveIndicator';
import { AgendaScreen } from '../agenda/AgendaScreen';
import { DetailsForm } from './DetailsForm';
import { usePlanEditor } from './usePlanEditor';

const TABS: { id: PlanTab; label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'agenda', label: 'Agenda' },
];

export function PlanScreen({ planId, tab }: { planId: string; tab: PlanTab }) {
  const editor = usePlanEditor(planId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { details, load } = editor;

  // The heading appears only once the plan has loaded: that is when focus can move to it.
  const ready = load.status === 'ready';
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  useEffect(() => {
    if (details) document.title = `${TABS.find((t) => t.id === tab)?.label} – ${details.title} – Kindred`;
  }, [details, tab]);

  // Browser mode: warn before a reload would drop an edit that is not saved yet. (The desktop app
  // holds the window's close until everything is saved instead, see main/app/closeGuard.ts;
  // blocking unload there would silently stop the window closing.)
  useEffect(() => {
    if (isDesktop) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (editor.queue.hasPending()) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [editor.queue]);

  if (load.status === 'loading') {
    return (
      <div className="page">
        <p role="status">Opening the plan…</p>
      </div>
    );
  }
  if (load.status === 'missing' || !details) {
    return (
      <div className="page">
        <h1 tabIndex={-1} id="page-title">
          We couldn’t open that plan
        </h1>
        <p>{load.status === 'missing' ? load.message : ''}</p>
        <button type="button" className="button button-primary" onClick={() => navigate({ name: 'plans' })}>
          Back to your plans
        </button>
      </div>
    );
  }

  return (
    <div className="page plan-page">
      <div className="plan-header">
        <div>
          <p className="breadcrumb">
            <a href="#/">Your plans</a>
          </p>
          <h1 ref={headingRef} tabIndex={-1} id="page-title">
            {details.title}
          </h1>
          <p className="plan-subtitle">{details.date ? formatDateWithWeekday(details.date) : 'No date yet'}</p>
        </div>
        <SaveIndicator state={editor.save} onRetry={() => editor.queue.retry()} />
      </div>
      <nav className="plan-tabs" aria-label="Plan sections">
        <ul>
          {TABS.map((t) => (
            <li key={t.id}>
              <a href={routeHref({ name: 'plan', planId, tab: t.id })} aria-current={t.id === tab ? 'page' : undefined}>
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'details' && <DetailsForm details={details} onChange={editor.updateDetails} />}
      {tab === 'agenda' && <AgendaScreen editor={editor} details={details} />}
    </div>
  );
}
