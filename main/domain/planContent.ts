import type { Person } from './people';
import type { AccessDetailsKey, Block, Change, Debrief, PlanDetails, SetAside } from './plan';

/** A plan's details before it has an id or timestamps. */
export type NewPlanDetails = Omit<PlanDetails, 'id' | 'createdAt' | 'updatedAt'>;

/** A block's content before it has an id. */
export type NewBlockContent = Omit<Block, 'id'>;

/**
 * Domain data, written in domain types: the store inserts it, but the sample plan, the starter
 * templates and plan files are made of it without knowing about the store.
 *
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
