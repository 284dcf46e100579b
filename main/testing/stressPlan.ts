/**
 * The two plan sizes the UI figures in `npm run bench` (e2e/bench/ui-tabs-bench.ts) and the stress
 * journey use: a realistic plan (40 blocks, 60 people with one to three needs each, as
 * `largePlan`) and the stress plan of issue #20 (300 blocks, 60 people with 5 access needs each).
 * Built on `largePlan`, so both carry its jargon, Easy Read and needs in every state of arranging.
 */
import { NEED_TYPE_IDS, type AccessNeed, type Arrangement } from '../domain/access';
import type { Plan } from '../domain/plan';
import { CONSENT_GIVEN, arranged, largePlan, makeNeed } from './testPlan';

export interface PlanSize {
  blocks: number;
  /** Access needs for every person (all of whom agreed we may keep them); absent: largePlan's own. */
  needsEach?: number;
}

export const REALISTIC_SIZE: PlanSize = { blocks: 40 };
export const STRESS_SIZE: PlanSize = { blocks: 300, needsEach: 5 };

/** Every state a need can be in, so each column of the Access board fills and moves. */
const STATES: Partial<Arrangement>[] = [{}, { how: 'Asking the venue.', dueDate: '2027-04-01' }, arranged(), { status: 'cannot_meet' }];

const needId = (person: number, need: number) => `5e55ed00-0000-4000-8000-${(person * 100 + need).toString(16).padStart(12, '0')}`;

/** A plan of `size`, titled with it (for finding it in the plans list). */
export function sizedPlan(size: PlanSize): Plan {
  const base = largePlan();
  const blocks = base.blocks.slice(0, size.blocks);
  const { needsEach } = size;
  const people =
    needsEach === undefined
      ? base.people
      : base.people.map((p, i) => ({
          ...p,
          consent: CONSENT_GIVEN,
          accessNeeds: Array.from({ length: needsEach }, (_, j): AccessNeed => ({
            ...makeNeed(NEED_TYPE_IDS[(i * 3 + j) % NEED_TYPE_IDS.length]!, STATES[(i + j) % STATES.length]),
            id: needId(i, j),
          })),
        }));
  const needs = people.reduce((n, p) => n + p.accessNeeds.length, 0);
  return { ...base, title: `A plan of ${blocks.length} blocks and ${people.length} people with ${needs} access needs`, blocks, people };
}
