/**
 * The one typed API contract. Electron IPC and the dev/test web bridge both dispatch to a service
 * implementing it, through the same validation (`dispatch.ts`); the renderer only ever sees
 * `KindredApi` (see renderer/src/api/client.ts).
 */
import { z } from 'zod';
import type { Block, Plan, PlanDetails, PlanSummary, Settings } from '../domain/plan';
import { LIMITS } from '../domain/plan';
import {
  fullBlock,
  idSchema,
  newBlock,
  planDetailsPatch,
  planSort,
  settingsPatch,
  blockPatch,
  text,
} from '../domain/validation';
import type { ApiMethod } from './methods';

const planRef = z.object({ planId: idSchema }).strict();
const blockRef = z.object({ planId: idSchema, blockId: idSchema }).strict();

/** Input schema of every method. */
export const inputSchemas = {
  listPlans: z
    .object({ search: text(LIMITS.search, 'The search').optional(), sort: planSort.optional() })
    .strict()
    .optional(),
  getPlan: planRef,
  createPlan: z.object({ details: planDetailsPatch.optional() }).strict().optional(),
  updatePlan: z.object({ planId: idSchema, patch: planDetailsPatch }).strict(),
  duplicatePlan: planRef,
  deletePlan: planRef,
  restorePlan: planRef,
  addSamplePlan: z.undefined().or(z.object({}).strict()),
  addBlock: z
    .object({ planId: idSchema, block: newBlock, index: z.number().int().min(0).max(LIMITS.blocksPerPlan).optional() })
    .strict(),
  updateBlock: blockRef.extend({ patch: blockPatch }).strict(),
  deleteBlock: blockRef,
  duplicateBlock: blockRef,
  moveBlock: blockRef.extend({ toIndex: z.number().int().min(0).max(LIMITS.blocksPerPlan) }).strict(),
  setAgenda: z.object({ planId: idSchema, blocks: z.array(fullBlock).max(LIMITS.blocksPerPlan) }).strict(),
  getSettings: z.undefined().or(z.object({}).strict()),
  updateSettings: settingsPatch,
} satisfies Record<ApiMethod, z.ZodType>;

type Schemas = typeof inputSchemas;
export type ApiInput<M extends ApiMethod> = z.input<Schemas[M]>;
export type ParsedInput<M extends ApiMethod> = z.output<Schemas[M]>;

/** What each method returns. */
export interface ApiResults {
  listPlans: PlanSummary[];
  getPlan: Plan;
  createPlan: Plan;
  updatePlan: PlanDetails;
  duplicatePlan: PlanSummary;
  deletePlan: { planId: string };
  restorePlan: PlanSummary;
  /** The sample plan: the one already there, or a new one if it has been deleted. */
  addSamplePlan: PlanSummary;
  addBlock: Block;
  updateBlock: Block;
  deleteBlock: { blockId: string };
  duplicateBlock: Block;
  moveBlock: Block[];
  setAgenda: Block[];
  getSettings: Settings;
  updateSettings: Settings;
}

/** Implemented by the service: synchronous, already-validated input. */
export type ServiceImpl = { [M in ApiMethod]: (input: ParsedInput<M>) => ApiResults[M] };

/** What the renderer calls: validated remotely, asynchronous. */
export type KindredApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResults[M]> };

export type ApiErrorCode = 'invalid' | 'not_found' | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  /** A plain, kind sentence that can be shown as it is. */
  message: string;
  /** Per-field messages keyed by dotted path, e.g. "patch.durationMinutes". */
  fields?: Record<string, string>;
}

/** The envelope both transports carry, so errors survive IPC serialisation intact. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
