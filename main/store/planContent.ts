import type { Person } from '../domain/people';
import type { AccessDetailsKey, Change, Debrief, SetAside } from '../domain/plan';
import type { NewBlockContent } from './blocksRepo';
import type { NewPlanDetails } from './plansRepo';

/**
 * A whole plan's content, ready to insert as a new plan: from a copy, a template, the sample or a
 * plan file. Ids in it are only labels for the links inside it; inserting gives everything fresh ids.
 */
export interface PlanContent {
  /** Access checks and dates start empty when left out (templates and the sample have none). */
  details: Omit<NewPlanDetails, AccessDetailsKey> & Partial<Pick<NewPlanDetails, AccessDetailsKey>>;
  agenda: readonly (NewBlockContent & { id?: string })[];
  people?: readonly Person[];
  setAsides?: readonly { findingId: SetAside['findingId']; reason: string; setAt: string }[];
  debrief?: Debrief;
  changes?: readonly Change[];
}
