/**
 * The plan file: one plan as versioned JSON, for sharing plans between computers (export and
 * import), the `kindred` CLI, and the examples. Documented in docs/plan-file.md; its JSON Schema
 * (docs/plan-file.schema.json) is generated from the schema here and checked by a test.
 */
import { z } from 'zod';
import type { Plan } from './plan';
import { accessDetailsDefaults, EMPTY_DEBRIEF, LIMITS } from './plan';
import { splitContact } from './people';
import { safeFileName } from './pack/fileNames';
import { planFileShapeProblem } from './planFileScan';
import { whereInPlanFile } from './planFileWhere';
import { planFileIssueMessage } from './planFileWording';
import {
  changeSchema,
  debriefPatch,
  fieldMessages,
  findingId,
  blockRunFieldDefaults,
  fullBlock,
  fullPerson,
  idSchema,
  isoDate,
  kindIssueMessage,
  planDetailsPatch,
  text,
} from './validation';

/** Version 2 added access needs, consent, pack formats, venue and online checks and Easy Read text. */
export const PLAN_FILE_VERSION = 3;
export const PLAN_FILE_EXTENSION = '.kindred';
/** A plan file's name when its title has nothing visible to name it by. */
export const PLAN_FILE_FALLBACK_STEM = 'Kindred plan';

/**
 * Whether the people's personal data is in the file: 'left_out' when it was exported without
 * (names turned into roles, no contact details, consent or access needs; personalData.ts).
 * Files from before this field have everything they were given, so they count as 'included'.
 */
export const PERSONAL_DATA_MARKERS = ['included', 'left_out'] as const;
export type PersonalDataMarker = (typeof PERSONAL_DATA_MARKERS)[number];

const timestamp = z.iso.datetime({ offset: true, error: 'Use a date and time like 2027-03-12T10:30:00Z.' });

const setAsideSchema = z.object({ findingId, reason: text(LIMITS.longText, 'The reason'), setAt: timestamp }).strict();

export const planSchema = planDetailsPatch
  .required()
  .extend({
    id: idSchema,
    deliveredOn: isoDate.nullable(),
    personalDataClearedOn: isoDate.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    people: z.array(fullPerson).max(LIMITS.peoplePerPlan),
    blocks: z.array(fullBlock.extend(blockRunFieldDefaults)).max(LIMITS.blocksPerPlan),
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
    personalData: z.enum(PERSONAL_DATA_MARKERS, { error: 'Say whether people’s details are "included" or "left_out".' }).optional(),
    plan: planSchema,
  })
  .strict();

export type PlanFile = z.infer<typeof planFileSchema>;

/** Why a file could not be read, for callers that word it their own way (the import says which file). */
export type PlanFileProblem = 'too_big' | 'not_text' | 'not_json' | 'not_plan' | 'version' | 'field' | 'references';

/** A plan file could not be read; the message is plain and safe to show as it is. */
export class PlanFileError extends Error {
  constructor(
    message: string,
    readonly problem: PlanFileProblem,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'PlanFileError';
  }
}

export function toPlanFile(plan: Plan, savedAt: string, personalData: PersonalDataMarker = 'included'): PlanFile {
  return { kindred: 'plan', version: PLAN_FILE_VERSION, savedAt, personalData, plan };
}

export function serialisePlanFile(plan: Plan, savedAt: string, personalData: PersonalDataMarker = 'included'): string {
  return `${JSON.stringify(toPlanFile(plan, savedAt, personalData), null, 2)}\n`;
}

/** A file name for the plan, readable and safe on every system: "Shaping our next study.kindred". */
export function planFileName(title: string): string {
  return safeFileName(title, PLAN_FILE_EXTENSION, PLAN_FILE_FALLBACK_STEM);
}

/** The first id that appears twice, or null. */
function repeated(ids: Iterable<string>): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/**
 * Ids must be unique (Kindred links and remembers things by them), and blocks may only name people
 * who are in the plan. Returns what is wrong, or null.
 */
function checkReferences(plan: Plan): string | null {
  const twice: [string, Iterable<string>][] = [
    ['Two people in this plan file share an id.', plan.people.map((p) => p.id)],
    ['Two access needs in this plan file share an id.', plan.people.flatMap((p) => p.accessNeeds.map((n) => n.id))],
    ['Two agenda blocks in this plan file share an id.', plan.blocks.map((b) => b.id)],
    ['Two lines of “you said, we did” in this plan file share an id.', plan.changes.map((c) => c.id)],
    ['The same finding is set aside twice in this plan file.', plan.setAsides.map((s) => s.findingId)],
    ['Two expenses in this plan file share an id.', plan.people.flatMap((p) => p.payment.expenses.map((e) => e.id))],
  ];
  for (const [message, ids] of twice) if (repeated(ids) !== null) return message;
  const people = new Set(plan.people.map((p) => p.id));
  if (plan.contactPersonId !== null && !people.has(plan.contactPersonId)) {
    return 'The contact for participants is someone who is not in the plan’s people.';
  }
  for (const block of plan.blocks) {
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
  if (!isRecord(plan)) return { ...file, version: 2 };
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
    version: 2,
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

/**
 * A version 2 file, brought up to version 3 the way the store's migration 5 brings a database: the
 * one contact text split into email, phone and the rest (nothing typed is lost), "joins online"
 * becomes how they take part, and the plan's new pack facts start empty.
 */
function upgradeFromVersion2(file: Record<string, unknown>): Record<string, unknown> {
  const plan = file.plan;
  if (!isRecord(plan)) return { ...file, version: PLAN_FILE_VERSION };
  const people = Array.isArray(plan.people)
    ? plan.people.map((p) => {
        if (!isRecord(p)) return p;
        const { joinsOnline, ...rest } = p;
        const split = typeof rest.contact === 'string' ? splitContact(rest.contact) : null;
        return {
          knownAs: '',
          email: split?.email ?? '',
          phone: split?.phone ?? '',
          ...rest,
          ...(split ? { contact: split.rest } : {}),
          takesPart: joinsOnline === true ? 'online' : joinsOnline === false || joinsOnline === undefined ? 'in_room' : joinsOnline,
        };
      })
    : plan.people;
  return {
    ...file,
    version: PLAN_FILE_VERSION,
    // The pack facts start as a new plan's do; whatever the file has wins.
    plan: { ...accessDetailsDefaults(), ...plan, people },
  };
}

const notPlan = () => new PlanFileError('This file is not a Kindred plan file.', 'not_plan');

/** Refuses, with a plain message, a file that is not a plan file or whose version this Kindred cannot read. */
function checkKindAndVersion(json: unknown): asserts json is Record<string, unknown> {
  if (!isRecord(json) || json.kindred !== 'plan') throw notPlan();
  const version = json.version;
  if (version === 1 || version === 2 || version === PLAN_FILE_VERSION) return;
  if (typeof version === 'number' && Number.isInteger(version) && version > PLAN_FILE_VERSION) {
    throw new PlanFileError(
      `This plan file was made by a newer Kindred (it is version ${version}; this Kindred reads up to version ${PLAN_FILE_VERSION}). ` +
        'Update Kindred to open it.',
      'version',
    );
  }
  throw new PlanFileError(`This plan file says it is version “${String(version).slice(0, 20)}”, which Kindred does not know.`, 'version');
}

/** The first problem the schema found, said in plain words with where it is. */
function schemaProblem(error: z.ZodError, file: unknown): PlanFileError {
  const fields = fieldMessages(error);
  const issue = error.issues[0];
  if (!issue) return new PlanFileError('Kindred could not read this plan file.', 'field', fields);
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = whereInPlanFile(path, file);
  if (issue.code === 'unrecognized_keys') {
    const what = issue.keys.map((k) => `“${k.slice(0, 40)}”`).join(', ');
    const capitalised = where.charAt(0).toUpperCase() + where.slice(1);
    return new PlanFileError(`Kindred could not read this plan file. ${capitalised} has something Kindred does not know: ${what}.`, 'field', fields);
  }
  return new PlanFileError(`Kindred could not read this plan file. The problem is in ${where}: ${planFileIssueMessage(issue)}`, 'field', fields);
}

export interface ReadPlanFile {
  plan: Plan;
  /** False when the file says people's personal data was left out of it. */
  includesPersonal: boolean;
}

/**
 * Files saved before plans recorded who a session is for say nothing about it: the same as a plan
 * made then, an empty list.
 */
function withAudience(file: Record<string, unknown>): Record<string, unknown> {
  const plan = file.plan;
  if (!isRecord(plan) || 'audience' in plan) return file;
  return { ...file, plan: { ...plan, audience: [] } };
}

/**
 * Reads a plan file's text, checking all of it: what it is, its version, every field, and that ids
 * are unique and links point inside the plan. Throws PlanFileError with a kind message when it cannot.
 */
export function readPlanFile(textContent: string): ReadPlanFile {
  // Before anything is built: a crafted file could otherwise take seconds and gigabytes to refuse.
  const shape = planFileShapeProblem(textContent);
  if (shape !== null) throw new PlanFileError(shape, 'too_big');
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    throw new PlanFileError('This file is not a Kindred plan file, or it is damaged: Kindred could not make sense of what is in it.', 'not_json');
  }
  checkKindAndVersion(json);
  let file: Record<string, unknown> = json;
  if (file.version === 1) file = upgradeFromVersion1(file);
  if (file.version === 2) file = upgradeFromVersion2(file);
  file = withAudience(file);
  const parsed = planFileSchema.safeParse(file, { error: kindIssueMessage });
  if (!parsed.success) throw schemaProblem(parsed.error, file);
  const plan: Plan = { ...parsed.data.plan, debrief: { ...EMPTY_DEBRIEF, ...parsed.data.plan.debrief } };
  const problem = checkReferences(plan);
  if (problem) throw new PlanFileError(problem, 'references');
  return { plan, includesPersonal: parsed.data.personalData !== 'left_out' };
}

/** Reads a plan file's text to the plan in it; throws PlanFileError with a kind message when it cannot. */
export function parsePlanFile(textContent: string): Plan {
  return readPlanFile(textContent).plan;
}

/** The JSON Schema of the plan file, for docs/plan-file.schema.json. */
export function planFileJsonSchema(): unknown {
  return {
    title: 'Kindred plan file',
    ...(z.toJSONSchema(planFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as object),
  };
}
