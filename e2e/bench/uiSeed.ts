/**
 * Seeding for the UI benches: a facilitator's years of plans and one big plan, put straight into
 * the store through the service (seconds, where the UI would take minutes). Shared so every UI
 * figure measures the same data.
 */
import type { ImportResult } from '../../main/contract/contract';
import type { AccessNeed, NeedTypeId } from '../../main/domain/access';
import { serialisePlanFile } from '../../main/domain/planFile';
import type { Plan } from '../../main/domain/plan';
import type { Kindred } from '../../main/service/openKindred';
import { largePlan, makeNeed } from '../../main/testing/testPlan';
import { unwrap } from './results';
import { agenda } from './store-bench';

type Store = Pick<Kindred, 'service' | 'db'>;

/**
 * `n` plans with a 30-block agenda each, dated across the year (every tenth has no date yet), in
 * one transaction: the service's own transactions nest inside it. Returns their ids, oldest first.
 */
export function seedPlans(store: Store, n: number, title = (i: number) => `Co-production workshop ${i + 1}`): string[] {
  const ids: string[] = [];
  store.db.transaction(() => {
    for (let p = 0; p < n; p++) {
      const month = String((p % 12) + 1).padStart(2, '0');
      const plan = store.service.createPlan({
        details: { title: title(p), date: p % 10 === 0 ? null : `2027-${month}-15`, startTime: '10:00' },
      });
      store.service.setAgenda({ planId: plan.id, blocks: agenda(p) });
      ids.push(plan.id);
    }
  })();
  return ids;
}

const NEED_TYPES: NeedTypeId[] = ['step_free', 'hearing_loop', 'large_print', 'sign_language', 'quiet_room', 'dietary', 'easy_read', 'tech_check'];

/** Each person with exactly `needsEach` access needs (consent recorded), in a spread of types. */
function withNeedsEach(plan: Plan, needsEach: number): Plan {
  return {
    ...plan,
    people: plan.people.map((person, i) => ({
      ...person,
      consent: { store: true, share: true, recordedOn: '2027-03-01' },
      accessNeeds: Array.from({ length: needsEach }, (_, j): AccessNeed => ({
        ...makeNeed(NEED_TYPES[(i + j) % NEED_TYPES.length]!, j % 2 === 0 ? {} : { status: 'arranged', how: 'Booked with the venue.' }),
        id: `00ace55e-0000-4000-8000-${String(i * 10 + j).padStart(12, '0')}`,
      })),
    })),
  };
}

/** The stress size from issue #20: 300 blocks, 60 people with 5 access needs each. */
export function stressPlan(): Plan {
  return { ...withNeedsEach(largePlan(), 5), title: 'Stress plan: 300 blocks, 60 people' };
}

/** A realistic big day: 40 blocks and 60 people (with the large plan's mix of needs). */
export function realisticPlan(): Plan {
  const big = largePlan();
  return { ...big, title: 'Realistic plan: 40 blocks, 60 people', blocks: big.blocks.slice(0, 40) };
}

/**
 * Puts a whole plan into the store as a plan file would arrive (validated like any import), with
 * new ids so the same plan can be seeded twice. Returns its id in the store.
 */
export function seedPlan(store: Pick<Kindred, 'dispatch'>, plan: Plan): string {
  const base64 = Buffer.from(serialisePlanFile(plan, '2027-03-01T10:00:00.000Z')).toString('base64');
  const result = unwrap<ImportResult>(
    store.dispatch('importPlanFile', { base64, fileName: `${plan.title}.kindred`, asCopy: true }),
    'importPlanFile',
  );
  if (result.status !== 'imported') throw new Error(`"${plan.title}" was not imported: the store already has it.`);
  return result.plan.id;
}
