/**
 * Screens live in the URL hash, so a reload (or a restart in browser mode) reopens the same screen.
 *   #/                     plans list
 *   #/plan/<id>            plan details
 *   #/plan/<id>/agenda     agenda
 */
import { useEffect, useState } from 'react';

export type PlanTab = 'details' | 'agenda';
export type Route = { name: 'plans' } | { name: 'plan'; planId: string; tab: PlanTab };

export function parseRoute(hash: string): Route {
  const m = /^#\/plan\/([0-9a-f-]{36})(?:\/(details|agenda))?\/?$/i.exec(hash);
  if (m) return { name: 'plan', planId: m[1]!, tab: (m[2] as PlanTab | undefined) ?? 'details' };
  return { name: 'plans' };
}

export function routeHref(route: Route): string {
  if (route.name === 'plans') return '#/';
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
