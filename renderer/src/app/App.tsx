import { useEffect, useRef, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { AnnouncerProvider } from '../components/Announcer';
import { JumpLink, planTabsTarget } from '../components/JumpLink';
import { ToastProvider } from '../components/Toasts';
import { PlansScreen } from '../plans/PlansScreen';
import { PlanScreen } from './PlanScreen';
import { BackupsScreen, DirectoryScreen, preloadRareScreens, ProjectScreen, ProjectsScreen, ScreenLoading, SettingsDialog } from './lazyScreens';
import { prefetchFirstPlans } from '../plans/plansListCache';
import { RunDayScreen } from '../runDay/RunDayScreen';
import { RoomScreen } from '../room/RoomScreen';
import { useSettings } from '../settings/useSettings';
import { navigate, parseRoute, useRoute } from '../lib/route';
import { onMenuCommand } from '../api/client';
import { saveEverything } from '../lib/saveQueue';
import { NewPlanDialog } from '../plans/PlanDialogs';
import { PlanImportProvider } from '../planFiles/PlanImport';

export function App() {
  const route = useRoute();
  const { settings, ready, update } = useSettings();
  // Start-up: the plans list is asked for now, alongside the settings (useSettings), not after them.
  useEffect(() => {
    if (parseRoute(window.location.hash).name === 'plans') prefetchFirstPlans();
  }, []);
  // Once the first screen is up, the rarely used screens' scripts load while the app is idle.
  useEffect(() => {
    if (ready) preloadRareScreens();
  }, [ready]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [newPlanOpen, setNewPlanOpen] = useState(false);

  // Commands from the desktop app: File > New plan, and "save before the window closes", which
  // closes the window once every edit has been acknowledged (main/app/closeGuard.ts).
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'new-plan') setNewPlanOpen(true);
        if (command === 'save-before-close') void saveEverything().finally(() => window.close());
      }),
    [],
  );
  const routeKey =
    route.name === 'plan'
      ? `${route.planId}/${route.tab}`
      : route.name === 'guide'
        ? `${route.planId}/guide/${route.step}`
        : route.name === 'project'
          ? `project/${route.projectId}`
          : route.name;

  // A new screen is announced by moving focus to its heading, as a page load would.
  const startedUp = useRef(false);
  useEffect(() => {
    if (route.name === 'plans') document.title = 'Your plans – Kindred';
    // A screen in its own script (lazyScreens.tsx) draws its heading once that has loaded: wait for
    // it. Not at start-up, where Tab starts from the skip link, as on any page that has just loaded.
    let frame = 0;
    let tries = startedUp.current ? 120 : 0;
    startedUp.current = true;
    const focusTitle = () => {
      const title = document.getElementById('page-title');
      if (title) title.focus({ preventScroll: false });
      else if (tries-- > 0) frame = requestAnimationFrame(focusTitle);
    };
    const t = setTimeout(focusTitle, 0);
    return () => {
      clearTimeout(t);
      cancelAnimationFrame(frame);
    };
  }, [routeKey, route.name]);

  // The room screen is the whole window on a projector: no header, menu or skip links, only the day.
  if (route.name === 'room') {
    return (
      <I18nProvider locale={settings.locale}>
        <main id="main" className="room-main">
          {ready && <RoomScreen key={route.planId} planId={route.planId} />}
        </main>
      </I18nProvider>
    );
  }

  return (
    // Date and time fields follow the facilitator's setting, never the browser's or the computer's.
    <I18nProvider locale={settings.locale}>
      <AnnouncerProvider>
        <ToastProvider>
          {/* Plan files dropped on the window, opened from the File menu or double-clicked. */}
          <PlanImportProvider>
            <JumpLink className="skip-link" jump="main" to={() => document.getElementById('main')}>
              Skip to main content
            </JumpLink>
            {route.name === 'plan' && (
              <JumpLink className="skip-link" jump="plan-tabs" to={planTabsTarget}>
                Skip to the plan’s sections
              </JumpLink>
            )}
            <header className="app-header">
              <a className="brand" href="#/">
                <span className="brand-mark" aria-hidden="true">
                  ❋
                </span>
                Kindred
              </a>
              <nav aria-label="Main">
                <ul className="app-nav">
                  <li>
                    <a href="#/" aria-current={route.name === 'plans' ? 'page' : undefined}>
                      Plans
                    </a>
                  </li>
                  <li>
                    <a href="#/people" aria-current={route.name === 'directory' ? 'page' : undefined}>
                      People
                    </a>
                  </li>
                  <li>
                    <a href="#/projects" aria-current={route.name === 'projects' || route.name === 'project' ? 'page' : undefined}>
                      Projects
                    </a>
                  </li>
                  <li>
                    <a href="#/backups" aria-current={route.name === 'backups' ? 'page' : undefined}>
                      Backups
                    </a>
                  </li>
                </ul>
              </nav>
              <button type="button" className="button button-quiet" onClick={() => setSettingsOpen(true)}>
                Settings
              </button>
            </header>
            <main id="main" tabIndex={-1}>
              {ready && route.name === 'plans' && <PlansScreen settings={settings} onSettings={update} onNewPlan={() => setNewPlanOpen(true)} />}
              {/* One element for the tabs and the guide, so moving between them keeps the same editor. */}
              {ready && route.name === 'backups' && (
                <ScreenLoading>
                  <BackupsScreen />
                </ScreenLoading>
              )}
              {ready && route.name === 'directory' && (
                <ScreenLoading>
                  <DirectoryScreen />
                </ScreenLoading>
              )}
              {ready && route.name === 'projects' && (
                <ScreenLoading>
                  <ProjectsScreen />
                </ScreenLoading>
              )}
              {ready && route.name === 'project' && (
                <ScreenLoading>
                  <ProjectScreen key={route.projectId} projectId={route.projectId} />
                </ScreenLoading>
              )}
              {ready && route.name === 'run' && <RunDayScreen key={route.planId} planId={route.planId} />}
              {ready && (route.name === 'plan' || route.name === 'guide') && (
                <PlanScreen
                  key={route.planId}
                  planId={route.planId}
                  tab={route.name === 'plan' ? route.tab : 'details'}
                  guideStep={route.name === 'guide' ? route.step : undefined}
                />
              )}
            </main>
            <NewPlanDialog
              isOpen={newPlanOpen}
              onClose={() => setNewPlanOpen(false)}
              onCreated={(_plan, next) => {
                setNewPlanOpen(false);
                navigate(next);
              }}
            />
            {settingsOpen && (
              <ScreenLoading>
                <SettingsDialog isOpen onClose={() => setSettingsOpen(false)} settings={settings} onChange={update} />
              </ScreenLoading>
            )}
          </PlanImportProvider>
        </ToastProvider>
      </AnnouncerProvider>
    </I18nProvider>
  );
}
