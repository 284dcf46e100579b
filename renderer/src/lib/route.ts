/**
 * Screens live in the URL hash, so a reload (or a restart in browser mode) reopens the same screen.
 *   #/                     plans list
 *   #/plan/<id>            plan details
 *   #/plan/<id>/agenda     agenda (also people, access, review, packs, after: the other plan tabs)
 *   #/plan/<id>/guide/<n>  the guided planning steps for a new plan
 *   #/plan/<id>/run        running the day (the facilitator's focused view)
 *   #/plan/<id>/room       the room screen (for a projector or TV: nothing personal)
 *   #/backups              the backups, to make one or restore one
 *   #/people               everyone you work with, across plans
 *   #/projects             projects (a study, a panel, a programme)
 *   #/projects/<id>        one project: members, sessions, impact log and report
 */
import { useEffect, useState } from 'react';
import { PLAN_TAB_LIST, type PlanTabId } from '../../../main/contract/menuCommands';

/** The plan's tabs in order; their names and shortcuts live with the menu commands. */
export const PLAN_TABS: readonly PlanTab[] = PLAN_TAB_LIST.map((t) => t.tab);
export type PlanTab = PlanTabId;
export type Route =
  | { name: 'plans' }
  | { name: 'backups' }
  | { name: 'directory' }
  | { name: 'projects' }
  | { name: 'project'; projectId: string }
  | { name: 'plan'; planId: string; tab: PlanTab }
  | { name: 'guide'; planId: string; step: number }
  | { name: 'run'; planId: string }
  | { name: 'room'; planId: string };

export function parseRoute(hash: string): Route {
  const guide = /^#\/plan\/([0-9a-f-]{36})\/guide(?:\/(\d{1,2}))?\/?$/i.exec(hash);
  if (guide) return { name: 'guide', planId: guide[1]!, step: Number(guide[2] ?? 0) };
  const run = /^#\/plan\/([0-9a-f-]{36})\/run\/?$/i.exec(hash);
  if (run) return { name: 'run', planId: run[1]! };
  const room = /^#\/plan\/([0-9a-f-]{36})\/room\/?$/i.exec(hash);
  if (room) return { name: 'room', planId: room[1]! };
  const m = /^#\/plan\/([0-9a-f-]{36})(?:\/(details|people|access|agenda|review|packs|after))?\/?$/i.exec(hash);
  if (m) return { name: 'plan', planId: m[1]!, tab: (m[2] as PlanTab | undefined) ?? 'details' };
  if (/^#\/backups\/?$/i.test(hash)) return { name: 'backups' };
  if (/^#\/people\/?$/i.test(hash)) return { name: 'directory' };
  if (/^#\/projects\/?$/i.test(hash)) return { name: 'projects' };
  const project = /^#\/projects\/([0-9a-f-]{36})\/?$/i.exec(hash);
  if (project) return { name: 'project', projectId: project[1]! };
  return { name: 'plans' };
}

export function routeHref(route: Route): string {
  if (route.name === 'plans') return '#/';
  if (route.name === 'backups') return '#/backups';
  if (route.name === 'directory') return '#/people';
  if (route.name === 'projects') return '#/projects';
  if (route.name === 'project') return `#/projects/${route.projectId}`;
  if (route.name === 'guide') return `#/plan/${route.planId}/guide/${route.step}`;
  if (route.name === 'run') return `#/plan/${route.planId}/run`;
  if (route.name === 'room') return `#/plan/${route.planId}/room`;
  return route.tab === 'details' ? `#/plan/${route.planId}` : `#/plan/${route.planId}/${route.tab}`;
}

export function navigate(route: Route): void {
  const href = routeHref(route);
  if (window.location.hash !== href) window.location.hash = href;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
