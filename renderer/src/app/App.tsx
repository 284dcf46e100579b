import { useEffect, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { AnnouncerProvider } from '../components/Announcer';
import { JumpLink, planTabsTarget } from '../components/JumpLink';
import { ToastProvider } from '../components/Toasts';
import { PlansScreen } from '../plans/PlansScreen';
import { PlanScreen } from './PlanScreen';
import { RunDayScreen } from '../runDay/RunDayScreen';
import { BackupsScreen } from '../backups/BackupsScreen';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useSettings } from '../settings/useSettings';
import { navigate, useRoute } from '../lib/route';
import { onMenuCommand } from '../api/client';
import { saveEverything } from '../lib/saveQueue';
import { NewPlanDialog } from '../plans/PlanDialogs';
import { PlanImportProvider } from '../planFiles/PlanImport';

export function App() {
  const route = useRoute();
  const { settings, ready, update } = useSettings();
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
    route.name === 'plan' ? `${route.planId}/${route.tab}` : route.name === 'guide' ? `${route.planId}/guide/${route.step}` : route.name;

  // A new screen is announced by moving focus to its heading, as a page load would.
  useEffect(() => {
    if (route.name === 'plans') document.title = 'Your plans – Kindred';
    const t = setTimeout(() => document.getElementById('page-title')?.focus({ preventScroll: false }), 0);
    return () => clearTimeout(t);
  }, [routeKey, route.name]);

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
              {ready && route.name === 'backups' && <BackupsScreen />}
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
            <SettingsDialog isOpen={settingsOpen} onClose={() => setSettingsOpen(false)} settings={settings} onChange={update} />
          </PlanImportProvider>
        </ToastProvider>
      </AnnouncerProvider>
    </I18nProvider>
  );
}
