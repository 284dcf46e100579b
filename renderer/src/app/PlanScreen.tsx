/**
 * One plan: its header (name, when, saved state) and its sections. It sits in the app shell
 * because it brings every tab together; the tabs themselves know only the plan editor.
 */
import { useCallback, useEffect, useRef } from 'react';
import { PLAN_TAB_LIST } from '../../../main/contract/menuCommands';
import { formatDateWithWeekday } from '../../../main/domain/time';
import { isDesktop } from '../api/client';
import { navigate, routeHref, type PlanTab } from '../lib/route';
import { JumpLink, planTabsTarget } from '../components/JumpLink';
import { SaveIndicator } from '../components/SaveIndicator';
import { PlanMissing, PlanOpening } from '../components/PlanNotReady';
import { AccessScreen } from '../access/AccessScreen';
import { AgendaScreen } from '../agenda/AgendaScreen';
import { SaveAsTemplateButton } from '../library/SaveAsTemplate';
import { PersonalDataReminder } from '../privacy/PersonalDataReminder';
import { ReviewScreen } from '../review/ReviewScreen';
import { ReviewTabLabel } from '../review/ReviewTabLabel';
import { ExportPlanButton } from '../planFiles/ExportPlanButton';
import { DetailsForm } from '../plan/DetailsForm';
import { tabAriaShortcut, usePlanTabShortcuts } from '../plan/tabShortcuts';
import { usePlanEditor } from '../plan/usePlanEditor';
// Rarely opened, so not in the first script.
import { AfterScreen, GuideScreen, PacksScreen, PeopleScreen, ScreenLoading } from './lazyScreens';

/** `guideStep` set: the guided planning steps instead of the tabs (same plan, same editor). */
export function PlanScreen({ planId, tab, guideStep }: { planId: string; tab: PlanTab; guideStep?: number }) {
  const editor = usePlanEditor(planId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { details, load } = editor;
  const showTab = useCallback((t: PlanTab) => navigate({ name: 'plan', planId, tab: t }), [planId]);
  usePlanTabShortcuts(showTab);

  // The heading appears only once the plan has loaded: that is when focus can move to it.
  const ready = load.status === 'ready';
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  useEffect(() => {
    if (!details) return;
    const section = guideStep === undefined ? PLAN_TAB_LIST.find((t) => t.tab === tab)?.label : 'Guided planning';
    document.title = `${section} – ${details.title} – Kindred`;
  }, [details, tab, guideStep]);

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

  if (load.status === 'loading') return <PlanOpening what="Opening the plan…" />;
  if (load.status === 'missing' || !details) return <PlanMissing message={load.status === 'missing' ? load.message : ''} />;

  return (
    <div className="page plan-page">
      <div className="plan-header">
        <div>
          <p className="breadcrumb">
            <a href="#/">Your plans</a>
          </p>
          {/* In the guide, each step's heading is the page title (focused as the step changes). */}
          <h1 ref={headingRef} tabIndex={-1} id={guideStep === undefined ? 'page-title' : undefined}>
            {details.title}
          </h1>
          <p className="plan-subtitle">{details.date ? formatDateWithWeekday(details.date) : 'No date yet'}</p>
        </div>
        <div className="plan-header-actions">
          <SaveIndicator state={editor.save} onRetry={() => editor.queue.retry()} />
          {guideStep === undefined && (
            <a className="button button-secondary" href={routeHref({ name: 'run', planId })}>
              Run the day
            </a>
          )}
          {guideStep === undefined && <SaveAsTemplateButton editor={editor} />}
          <ExportPlanButton editor={editor} showButton={guideStep === undefined} />
        </div>
      </div>
      <PersonalDataReminder key={planId} editor={editor} />
      {guideStep !== undefined ? (
        <ScreenLoading>
          <GuideScreen editor={editor} step={guideStep} />
        </ScreenLoading>
      ) : (
        <>
          <nav className="plan-tabs" aria-label="Plan sections">
            <ul>
              {PLAN_TAB_LIST.map((t) => (
                <li key={t.tab}>
                  <a
                    href={routeHref({ name: 'plan', planId, tab: t.tab })}
                    aria-current={t.tab === tab ? 'page' : undefined}
                    aria-keyshortcuts={tabAriaShortcut(t.tab)}
                  >
                    {t.tab === 'review' ? <ReviewTabLabel label={t.label} plan={editor.plan} setAsides={editor.setAsides} /> : t.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {tab === 'details' && (
            <>
              <p className="guide-entry">
                <a href={routeHref({ name: 'guide', planId, step: 0 })}>Plan it step by step with the guide</a>
              </p>
              <DetailsForm details={details} people={editor.people} onChange={editor.updateDetails} />
            </>
          )}
          <ScreenLoading>
            {tab === 'people' && <PeopleScreen editor={editor} />}
            {tab === 'access' && <AccessScreen editor={editor} />}
            {tab === 'agenda' && <AgendaScreen editor={editor} details={details} />}
            {tab === 'review' && <ReviewScreen editor={editor} />}
            {tab === 'packs' && <PacksScreen editor={editor} />}
            {tab === 'after' && <AfterScreen editor={editor} />}
          </ScreenLoading>
          {/* Long screens end far from the tabs: one step back to them (the keys are in Settings). */}
          <p className="back-to-tabs">
            <JumpLink jump="plan-tabs" to={planTabsTarget}>
              Back to the plan’s sections
            </JumpLink>
          </p>
        </>
      )}
    </div>
  );
}
