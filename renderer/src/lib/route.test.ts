import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './route';

const planId = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('routes', () => {
  it('reads the Backups screen, with or without a trailing slash', () => {
    expect(parseRoute('#/backups')).toEqual({ name: 'backups' });
    expect(parseRoute('#/backups/')).toEqual({ name: 'backups' });
    expect(parseRoute('#/backups/extra')).toEqual({ name: 'plans' });
    expect(parseRoute('#/people')).toEqual({ name: 'directory' });
    expect(parseRoute('#/people/')).toEqual({ name: 'directory' });
    expect(parseRoute(`#/plan/${planId}/run/extra`)).toEqual({ name: 'plans' });
  });

  it('reads the Projects screen and one project, and nothing that only looks like one', () => {
    expect(parseRoute('#/projects')).toEqual({ name: 'projects' });
    expect(parseRoute(`#/projects/${planId}/`)).toEqual({ name: 'project', projectId: planId });
    expect(parseRoute('#/projects/not-an-id')).toEqual({ name: 'plans' });
  });

  it('writes every route so that reading it back gives the same screen', () => {
    const routes: Route[] = [
      { name: 'plans' },
      { name: 'backups' },
      { name: 'directory' },
      { name: 'plan', planId, tab: 'details' },
      { name: 'plan', planId, tab: 'packs' },
      { name: 'guide', planId, step: 3 },
      { name: 'run', planId },
      { name: 'projects' },
      { name: 'project', projectId: planId },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
