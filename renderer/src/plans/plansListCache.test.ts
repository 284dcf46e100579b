import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanSummary } from '../../../main/domain/plan';

const listPlans = vi.fn<(input: { search?: string; sort?: string }) => Promise<PlanSummary[]>>();
vi.mock('../api/client', () => ({ api: { listPlans: (input: { search?: string; sort?: string }) => listPlans(input) } }));

const { noteCall } = await import('../api/dataChanges');
const { FIRST_QUERY, fetchPlans, forgetKeptPlans, isFresh, keptPlans, prefetchFirstPlans } = await import('./plansListCache');

const summary = (title: string) => ({ id: title, title }) as unknown as PlanSummary;

describe('the kept plans list', () => {
  beforeEach(() => {
    forgetKeptPlans();
    listPlans.mockReset();
  });

  it('keeps what it fetched, for that query only, fresh until something is written', async () => {
    listPlans.mockResolvedValue([summary('Spring planning day')]);
    expect(keptPlans(FIRST_QUERY)).toBeNull();
    await fetchPlans(FIRST_QUERY);
    expect(keptPlans(FIRST_QUERY)).toEqual([summary('Spring planning day')]);
    expect(isFresh(FIRST_QUERY)).toBe(true);
    expect(keptPlans({ sort: 'title_asc' })).toBeNull();
    expect(isFresh({ sort: 'date_desc', search: 'spring' })).toBe(false);

    noteCall('getPlan');
    expect(isFresh(FIRST_QUERY)).toBe(true);
    noteCall('updateBlock');
    expect(isFresh(FIRST_QUERY)).toBe(false);
    // Still there to show while the fresh one is on its way.
    expect(keptPlans(FIRST_QUERY)).toEqual([summary('Spring planning day')]);
  });

  it('a write answered while the list was on its way leaves the list stale', async () => {
    let answer!: (plans: PlanSummary[]) => void;
    listPlans.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const fetching = fetchPlans(FIRST_QUERY);
    noteCall('updatePlan');
    answer([summary('Autumn listening event')]);
    await fetching;
    expect(isFresh(FIRST_QUERY)).toBe(false);
  });

  it('start-up asks once, and the screen asking again meanwhile shares that request', async () => {
    listPlans.mockResolvedValue([summary('Spring planning day')]);
    prefetchFirstPlans();
    const plans = await fetchPlans(FIRST_QUERY);
    expect(listPlans).toHaveBeenCalledTimes(1);
    expect(listPlans).toHaveBeenCalledWith({ search: undefined, sort: 'date_desc' });
    expect(plans).toEqual([summary('Spring planning day')]);
    // Fresh now, so another start-up asks for nothing.
    prefetchFirstPlans();
    expect(listPlans).toHaveBeenCalledTimes(1);
  });

  it('a failed fetch keeps nothing and is not shared with the next try', async () => {
    listPlans.mockRejectedValueOnce(new Error('Kindred could not reach its store.'));
    await expect(fetchPlans(FIRST_QUERY)).rejects.toThrow('could not reach');
    expect(keptPlans(FIRST_QUERY)).toBeNull();
    listPlans.mockResolvedValue([summary('Spring planning day')]);
    await expect(fetchPlans(FIRST_QUERY)).resolves.toEqual([summary('Spring planning day')]);
    expect(listPlans).toHaveBeenCalledTimes(2);
  });
});

describe('which lists are kept', () => {
  it('the first list stays while other searches come and go', async () => {
    forgetKeptPlans();
    listPlans.mockImplementation(async ({ search }) => [summary(search ?? 'everything')]);
    await fetchPlans(FIRST_QUERY);
    for (const search of ['a', 'b', 'c', 'd', 'e']) await fetchPlans({ ...FIRST_QUERY, search });
    expect(keptPlans(FIRST_QUERY)).toEqual([summary('everything')]);
    expect(keptPlans({ ...FIRST_QUERY, search: 'e' })).toEqual([summary('e')]);
    expect(keptPlans({ ...FIRST_QUERY, search: 'a' })).toBeNull();
  });
});

describe('asking again', () => {
  it('answers from the kept list while it is fresh, and fetches once something is written', async () => {
    forgetKeptPlans();
    listPlans.mockReset();
    listPlans.mockResolvedValueOnce([summary('Spring planning day')]).mockResolvedValueOnce([summary('Spring co-design day')]);
    await fetchPlans(FIRST_QUERY);
    await expect(fetchPlans(FIRST_QUERY)).resolves.toEqual([summary('Spring planning day')]);
    expect(listPlans).toHaveBeenCalledTimes(1);
    noteCall('updatePlan');
    await expect(fetchPlans(FIRST_QUERY)).resolves.toEqual([summary('Spring co-design day')]);
    expect(listPlans).toHaveBeenCalledTimes(2);
  });
});
