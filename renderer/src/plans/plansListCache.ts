/**
 * The plans list, kept between visits: coming back from a plan shows the list at once instead of
 * fetching and rebuilding 1,000 summaries. A copy is used only while nothing has been written
 * since it was fetched (api/dataChanges.ts); the screen refetches otherwise.
 */
import type { PlanSort, PlanSummary } from '../../../main/domain/plan';
import { api } from '../api/client';
import { dataVersion } from '../api/dataChanges';

export interface PlansQuery {
  search?: string;
  sort: PlanSort;
}

/** What the list shows when it opens: every plan, latest first. */
export const FIRST_QUERY: PlansQuery = { sort: 'date_desc' };

const keyOf = (q: PlansQuery) => JSON.stringify([q.search ?? '', q.sort]);

/** A few recent queries: the first list, and a search or sort the facilitator may come back to. */
const KEEP = 4;
const kept = new Map<string, { plans: PlanSummary[]; version: number }>();
let inFlight: { key: string; version: number; promise: Promise<PlanSummary[]> } | null = null;

/** The kept list for this query, fresh or not (a stale one is still better than a blank screen while refetching). */
export function keptPlans(query: PlansQuery): PlanSummary[] | null {
  return kept.get(keyOf(query))?.plans ?? null;
}

/** True when the kept list for this query was fetched after the last write. */
export function isFresh(query: PlansQuery): boolean {
  return kept.get(keyOf(query))?.version === dataVersion();
}

/**
 * The list for this query: the kept one while nothing has been written since, or fetched (and
 * kept). Calls for the same query while one is under way, with nothing written in between, share
 * it (start-up asks early, then the screen asks again).
 */
export function fetchPlans(query: PlansQuery): Promise<PlanSummary[]> {
  const key = keyOf(query);
  const version = dataVersion();
  const fresh = kept.get(key);
  if (fresh?.version === version) return Promise.resolve(fresh.plans);
  if (inFlight?.key === key && inFlight.version === version) return inFlight.promise;
  const promise = api.listPlans({ search: query.search, sort: query.sort }).then((plans) => {
    kept.delete(key);
    kept.set(key, { plans, version });
    // The first list stays; the oldest of the others goes.
    for (const old of kept.keys()) {
      if (kept.size <= KEEP) break;
      if (old !== keyOf(FIRST_QUERY)) kept.delete(old);
    }
    return plans;
  });
  inFlight = { key, version, promise };
  void promise
    .finally(() => {
      if (inFlight?.promise === promise) inFlight = null;
    })
    .catch(() => {});
  return promise;
}

/** Start-up: asks for the first list at once, alongside the settings rather than after them. */
export function prefetchFirstPlans(): void {
  if (!isFresh(FIRST_QUERY)) fetchPlans(FIRST_QUERY).catch(() => {});
}

/** For tests: forget the kept list. */
export function forgetKeptPlans(): void {
  kept.clear();
  inFlight = null;
}
