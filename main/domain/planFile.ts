/**
 * The plan file: one plan as versioned JSON, for the `kindred` CLI, examples, templates and (later)
 * sharing plans between computers. Documented in docs/plan-file.md; its JSON Schema
 * (docs/plan-file.schema.json) is generated from the schema here and checked by a test.
 */
import { z } from 'zod';
import type { Plan } from './plan';
import { EMPTY_DEBRIEF, LIMITS } from './plan';
import {
  changeSchema,
  debriefPatch,
  fieldMessages,
  fullBlock,
  fullPerson,
  idSchema,
  isoDate,
  kindIssueMessage,
  planDetailsPatch,
  text,
} from './validation';

/** Version 2 added access needs, consent, pack formats, venue and online checks and Easy Read text. */
export const PLAN_FILE_VERSION = 2;
export const PLAN_FILE_EXTENSION = '.kindred';

const timestamp = z.iso.datetime({ offset: true, error: 'Use a date and time like 2027-03-12T10:30:00Z.' });

const setAsideSchema = z
  .object({ findingId: z.string().min(1).max(300), reason: text(LIMITS.longText, 'The reason'), setAt: timestamp })
  .strict();

export const planSchema = planDetailsPatch
  .required()
  .extend({
    id: idSchema,
    deliveredOn: isoDate.nullable(),
    personalDataClearedOn: isoDate.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    people: z.array(fullPerson).max(LIMITS.peoplePerPlan),
    blocks: z.array(fullBlock).max(LIMITS.blocksPerPlan),
    setAsides: z.array(setAsideSchema).max(1000),
    debrief: debriefPatch.required(),
    changes: z.array(changeSchema).max(LIMITS.changesPerPlan),
  })
  .strict();

export const planFileSchema = z
  .object({
    kindred: z.literal('plan', { error: 'This is not a Kindred plan file.' }),
    version: z.literal(PLAN_FILE_VERSION, {
      error: `Kindred can read plan files up to version ${PLAN_FILE_VERSION}. This one may come from a newer Kindred.`,
    }),
    savedAt: timestamp,
    plan: planSchema,
  })
  .strict();

export type PlanFile = z.infer<typeof planFileSchema>;

/** A plan file could not be read; the message is plain and safe to show as it is. */
export class PlanFileError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'PlanFileError';
  }
}

export function toPlanFile(plan: Plan, savedAt: string): PlanFile {
  return { kindred: 'plan', version: PLAN_FILE_VERSION, savedAt, plan };
}

export function serialisePlanFile(plan: Plan, savedAt: string): string {
  return `${JSON.stringify(toPlanFile(plan, savedAt), null, 2)}\n`;
}

/** Ids must be unique, and blocks may only name people who are in the plan. */
function checkReferences(plan: Plan): string | null {
  const people = new Set<string>();
  for (const person of plan.people) {
    if (people.has(person.id)) return 'Two people in this plan file share an id.';
    people.add(person.id);
  }
  const needs = new Set<string>();
  for (const need of plan.people.flatMap((p) => p.accessNeeds)) {
    if (needs.has(need.id)) return 'Two access needs in this plan file share an id.';
    needs.add(need.id);
  }
  const blocks = new Set<string>();
  for (const block of plan.blocks) {
    if (blocks.has(block.id)) return 'Two agenda blocks in this plan file share an id.';
    blocks.add(block.id);
    if (block.leadPersonId !== null && !people.has(block.leadPersonId)) {
      return `The block “${block.title}” is led by someone who is not in the plan's people.`;
    }
    if (block.deciderIds.some((id) => !people.has(id))) {
      return `The decision “${block.title}” names someone who is not in the plan's people.`;
    }
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A version 1 file, brought up to version 2: everything version 2 added starts empty, as it does for
 * a plan made before this Kindred. Anything not shaped like a plan is left for the schema to explain.
 */
function upgradeFromVersion1(file: Record<string, unknown>): Record<string, unknown> {
  const plan = file.plan;
  if (!isRecord(plan)) return { ...file, version: PLAN_FILE_VERSION };
  const blocks = Array.isArray(plan.blocks) ? plan.blocks.map((b) => (isRecord(b) ? { easyRead: '', ...b } : b)) : plan.blocks;
  const people = Array.isArray(plan.people)
    ? plan.people.map((p) =>
        isRecord(p)
          ? {
              joinsOnline: false,
              consent: { store: false, share: false, recordedOn: null },
              accessNeeds: [],
              packFormat: 'standard',
              packDelivery: 'email',
              materialsSentOn: null,
              ...p,
            }
          : p,
      )
    : plan.people;
  return {
    ...file,
    version: PLAN_FILE_VERSION,
    plan: {
      venueChecks: {},
      onlineChecks: {},
      deliveredOn: null,
      personalDataClearedOn: null,
      ...plan,
      blocks,
      people,
    },
  };
}

/** Reads a plan file's text; throws PlanFileError with a kind message when it cannot. */
export function parsePlanFile(textContent: string): Plan {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    throw new PlanFileError('This file is not a Kindred plan file: it could not be read as JSON.');
  }
  if (isRecord(json) && json.kindred === 'plan' && json.version === 1) json = upgradeFromVersion1(json);
  const parsed = planFileSchema.safeParse(json, { error: kindIssueMessage });
  if (!parsed.success) {
    const fields = fieldMessages(parsed.error);
    const [path, message] = Object.entries(fields)[0] ?? ['_', 'Kindred could not read this plan file.'];
    throw new PlanFileError(`Kindred could not read this plan file (at ${path}): ${message}`, fields);
  }
  const plan: Plan = { ...parsed.data.plan, debrief: { ...EMPTY_DEBRIEF, ...parsed.data.plan.debrief } };
  const problem = checkReferences(plan);
  if (problem) throw new PlanFileError(problem);
  return plan;
}

/** The JSON Schema of the plan file, for docs/plan-file.schema.json. */
export function planFileJsonSchema(): unknown {
  return {
    title: 'Kindred plan file',
    ...(z.toJSONSchema(planFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as object),
  };
}
