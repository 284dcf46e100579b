/**
 * Screens off the way to the plans list and the agenda, each in its own script, loaded the first
 * time it is opened (or sooner, when the app is idle after start-up), so the first script stays
 * small and Kindred opens fast. While one loads, screen readers hear that it is on its way.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

type Loader<P> = () => Promise<ComponentType<P>>;

const loaders: Array<() => Promise<unknown>> = [];

/** A screen loaded on first use; `load` is also run when the app is idle (see preloadRareScreens). */
function rare<P extends object>(load: Loader<P>): ComponentType<P> {
  loaders.push(load);
  return lazy(async () => ({ default: await load() }));
}

export const GuideScreen = rare(() => import('../guide/GuideScreen').then((m) => m.GuideScreen));
export const PeopleScreen = rare(() => import('../people/PeopleScreen').then((m) => m.PeopleScreen));
export const PacksScreen = rare(() => import('../packs/PacksScreen').then((m) => m.PacksScreen));
export const AfterScreen = rare(() => import('../after/AfterScreen').then((m) => m.AfterScreen));
export const DirectoryScreen = rare(() => import('../directory/DirectoryScreen').then((m) => m.DirectoryScreen));
export const ProjectsScreen = rare(() => import('../projects/ProjectsScreen').then((m) => m.ProjectsScreen));
export const ProjectScreen = rare(() => import('../projects/ProjectScreen').then((m) => m.ProjectScreen));
export const BackupsScreen = rare(() => import('../backups/BackupsScreen').then((m) => m.BackupsScreen));
export const SettingsDialog = rare(() => import('../settings/SettingsDialog').then((m) => m.SettingsDialog));

/** What shows for the moment a screen's script takes to load. */
export function ScreenLoading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p role="status" className="screen-loading">
          Opening…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

let preloaded = false;

/** Fetches every rare screen's script once the list is up and the app is idle, so opening one later is instant. */
export function preloadRareScreens(): void {
  if (preloaded) return;
  preloaded = true;
  const run = () => {
    for (const load of loaders) load().catch(() => {});
  };
  // A moment after start-up first, so they never compete with drawing the first screen.
  setTimeout(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5_000 });
    else run();
  }, 2_000);
}
