/**
 * The one typed API contract. Electron IPC and the dev/test web bridge both dispatch to a service
 * implementing it, through the same validation (`dispatch.ts`); the renderer only ever sees
 * `KindredApi` (see renderer/src/api/client.ts).
 */
import { z } from 'zod';
import { PACK_FORMATS } from '../domain/access';
import { PACK_KINDS } from '../domain/pack/model';
import type { PackPreviewModel } from '../domain/pack/preview';
import type { DirectoryPerson, DirectorySummary, Involvement } from '../domain/directory';
import type { PersonHistory, ReviewHistory } from '../domain/history';
import { directoryPatch, directorySort, newDirectoryPerson } from '../domain/directoryValidation';
import { PERSON_ROLES, type Person } from '../domain/people';
import type { BackupSummary } from '../store/backupTypes';
import type { Block, Change, Debrief, LibraryItem, Plan, PlanDetails, PlanSummary, SetAside, Settings } from '../domain/plan';
import { DEBRIEF_FIELDS, LIMITS } from '../domain/plan';
import { BLOCK_TEXT_FIELDS, CHANGE_TEXT_FIELDS, DETAILS_TEXT_FIELDS, PERSON_TEXT_FIELDS, RUN_NOTE_TEXT_FIELDS } from '../domain/nameMentions';
import {
  changeSchema,
  debriefPatch,
  findingId,
  libraryItemFields,
  newPerson,
  personPatch,
  setAsideReason,
  templateName,
  templateId,
  fullBlock,
  idSchema,
  isoDate,
  newBlock,
  planDetailsPatch,
  planSort,
  settingsPatch,
  blockPatch,
  text,
} from '../domain/validation';
import type { ApiMethod } from './methods';
import { RUN_STEPS, type RunDayLog } from '../domain/runDay/steps';
import type { DayNote, RunNote } from '../domain/runDay/notes';
import type { KindOverrun } from '../domain/runDay/overrunHistory';
import { projectInputs } from '../domain/projects/projectValidation';
import type { ImpactEntry, Project, ProjectMember, ProjectPage, ProjectSummary } from '../domain/projects/project';
import type { RoomScreenFeed } from '../domain/runDay/roomScreen';
import type { AttendanceMark } from '../domain/attendance';

const planRef = z.object({ planId: idSchema }).strict();
const blockRef = z.object({ planId: idSchema, blockId: idSchema }).strict();
const personRef = z.object({ planId: idSchema, personId: idSchema }).strict();
const directoryRef = z.object({ directoryPersonId: idSchema }).strict();
const noInput = z.undefined().or(z.object({}).strict());
/** Which pack: participant (for everyone, or for one person) or facilitator, in a format. */
const packRequest = z
  .object({
    planId: idSchema,
    pack: z.enum(PACK_KINDS, { error: 'Choose the participant pack or the facilitator pack.' }),
    format: z.enum(PACK_FORMATS, { error: 'Choose one of the four formats.' }),
    personId: idSchema.optional(),
  })
  .strict();
/** A backup's file name, as listBackups gives it: never a path. */
const backupId = z
  .string({ error: 'We couldn’t find that backup.' })
  .max(120)
  .regex(/^kindred-[a-z0-9-]+\.db$/, { error: 'We couldn’t find that backup.' });
/** 20 MB of file is at most this many base64 characters; anything longer is refused unread. */
export const PLAN_FILE_BASE64_LIMIT = Math.ceil((20 * 1024 * 1024) / 3) * 4;

/** One place of free text in a plan (domain/nameMentions.ts), found again by its ids. */
const textPlace = z.discriminatedUnion(
  'in',
  [
    z.object({ in: z.literal('details'), field: z.enum(DETAILS_TEXT_FIELDS) }).strict(),
    z.object({ in: z.literal('block'), blockId: idSchema, field: z.enum(BLOCK_TEXT_FIELDS) }).strict(),
    z.object({ in: z.literal('setAside'), findingId }).strict(),
    z.object({ in: z.literal('change'), changeId: idSchema, field: z.enum(CHANGE_TEXT_FIELDS) }).strict(),
    z.object({ in: z.literal('runNote'), runId: idSchema, blockId: idSchema, field: z.enum(RUN_NOTE_TEXT_FIELDS) }).strict(),
    z.object({ in: z.literal('debrief'), field: z.enum(DEBRIEF_FIELDS) }).strict(),
    z.object({ in: z.literal('person'), personId: idSchema, field: z.enum(PERSON_TEXT_FIELDS) }).strict(),
  ],
  { error: 'We couldn’t find that place in the plan. It may have changed; look again.' },
);
/** A person's name and the name they like to be called: what to replace. */
const namesToReplace = z
  .array(
    text(200, 'A name').refine((n) => n.trim() !== '', { error: 'Say which name to replace.' }),
    { error: 'Say which name to replace.' },
  )
  .min(1, { error: 'Say which name to replace.' })
  .max(LIMITS.peoplePerPlan * 2, { error: 'That is more names than a plan can hold.' });

/** Input schema of every method. */
export const inputSchemas = {
  listPlans: z
    .object({ search: text(LIMITS.search, 'The search').optional(), sort: planSort.optional() })
    .strict()
    .optional(),
  getPlan: planRef,
  createPlan: z.object({ details: planDetailsPatch.optional() }).strict().optional(),
  updatePlan: z.object({ planId: idSchema, patch: planDetailsPatch }).strict(),
  duplicatePlan: z
    .object({
      planId: idSchema,
      /** Each block as long as it really took on the day (the plan's most recent run), where it ran. */
      actualLengths: z.boolean({ error: 'Say whether to use the lengths from the day.' }).optional(),
    })
    .strict(),
  deletePlan: planRef,
  restorePlan: planRef,
  addSamplePlan: z.undefined().or(z.object({}).strict()),
  addBlock: z.object({ planId: idSchema, block: newBlock, index: z.number().int().min(0).max(LIMITS.blocksPerPlan).optional() }).strict(),
  updateBlock: blockRef.extend({ patch: blockPatch }).strict(),
  deleteBlock: blockRef,
  duplicateBlock: blockRef,
  moveBlock: blockRef.extend({ toIndex: z.number().int().min(0).max(LIMITS.blocksPerPlan) }).strict(),
  setAgenda: z.object({ planId: idSchema, blocks: z.array(fullBlock).max(LIMITS.blocksPerPlan) }).strict(),
  getSettings: z.undefined().or(z.object({}).strict()),
  updateSettings: settingsPatch,
  addPerson: z.object({ planId: idSchema, person: newPerson }).strict(),
  updatePerson: personRef.extend({ patch: personPatch }).strict(),
  deletePerson: personRef,
  forgetPerson: personRef,
  forgetDirectoryPerson: directoryRef,
  exportSubjectAccess: directoryRef,
  answerImportMatch: z
    .object({
      planId: idSchema,
      personId: idSchema,
      /** The directory entry they are, or null to keep them separate (a new entry of their own). */
      directoryPersonId: idSchema.nullable(),
    })
    .strict(),
  listDirectory: z
    .object({ search: text(LIMITS.search, 'The search').optional(), sort: directorySort.optional() })
    .strict()
    .optional(),
  getDirectoryPerson: directoryRef,
  createDirectoryPerson: z.object({ person: newDirectoryPerson }).strict(),
  updateDirectoryPerson: directoryRef.extend({ patch: directoryPatch }).strict(),
  deleteDirectoryPerson: directoryRef,
  listDuplicates: noInput,
  mergeDirectoryPeople: z
    .object({ directoryPersonId: idSchema, duplicateId: idSchema })
    .strict()
    .refine((i) => i.directoryPersonId !== i.duplicateId, { error: 'Choose two different people to merge.' }),
  addDirectoryPersonToPlan: z
    .object({
      planId: idSchema,
      directoryPersonId: idSchema,
      /** Their role today; their profile's first role unless given. */
      role: z.enum(PERSON_ROLES, { error: 'Choose the role that fits best; “Other” is fine.' }).optional(),
    })
    .strict(),
  getPersonHistory: directoryRef,
  getReviewHistory: planRef,
  clearPersonalData: planRef,
  replaceNamesInPlace: z.object({ planId: idSchema, place: textPlace, names: namesToReplace }).strict(),
  previewPack: packRequest,
  packFile: packRequest,
  packHtml: packRequest,
  setAsideFinding: z.object({ planId: idSchema, findingId, reason: setAsideReason }).strict(),
  restoreFinding: z.object({ planId: idSchema, findingId }).strict(),
  updateDebrief: z.object({ planId: idSchema, patch: debriefPatch }).strict(),
  setChanges: z
    .object({
      planId: idSchema,
      changes: z
        .array(changeSchema)
        .max(LIMITS.changesPerPlan)
        .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
          error: 'The same line appears twice, so nothing was changed.',
        }),
    })
    .strict(),
  listLibrary: noInput,
  saveToLibrary: z.object({ item: libraryItemFields }).strict(),
  deleteLibraryItem: z.object({ itemId: idSchema }).strict(),
  listTemplates: noInput,
  createPlanFromTemplate: z.object({ templateId, details: planDetailsPatch.optional() }).strict(),
  savePlanAsTemplate: z.object({ planId: idSchema, name: templateName, summary: text(LIMITS.shortText, 'The summary').optional() }).strict(),
  deleteTemplate: z.object({ templateId: idSchema }).strict(),
  exportPlanFile: z
    .object({
      planId: idSchema,
      /** Off unless the facilitator ticks it: names, contact details, consent and access needs. */
      includePersonal: z.boolean({ error: 'Say whether to include people’s details.' }),
    })
    .strict(),
  importPlanFile: z
    .object({
      /** The file's bytes, base64: the service checks the size and that the text is UTF-8. */
      base64: z
        .string({ error: 'Kindred could not read that file.' })
        .max(PLAN_FILE_BASE64_LIMIT, { error: 'This file is too big to be a Kindred plan (the limit is 20 MB). Nothing was imported.' })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Kindred could not read that file.' }),
      /** As the facilitator knows it, for messages; never used as a path. */
      fileName: text(LIMITS.shortText, 'The file name').optional(),
      /** Import with new ids alongside a plan that already has this one's id. */
      asCopy: z.boolean().optional(),
    })
    .strict(),
  listBackups: noInput,
  backupNow: noInput,
  restoreBackup: z.object({ backupId: backupId }).strict(),
  getRunDay: planRef,
  runDay: z
    .object({
      planId: idSchema,
      step: z.enum(RUN_STEPS, { error: 'Choose one of the controls for running the day.' }),
      /** When it was pressed (epoch ms), by the view's clock; the service's own clock when left out. */
      at: z.number().int().min(0).max(8_640_000_000_000_000).optional(),
    })
    .strict(),
  paymentsFile: z
    .object({
      from: isoDate,
      to: isoDate,
      format: z.enum(['csv', 'xlsx'], { error: 'Choose a CSV file or an Excel workbook.' }),
      /** Only these plans (a project's sessions); every plan when left out. */
      planIds: z.array(idSchema).max(10_000).optional(),
    })
    .strict()
    .refine((i) => i.from <= i.to, { error: 'The last date needs to be on or after the first date.', path: ['to'] }),
  involvementLetter: z
    .object({
      directoryPersonId: idSchema,
      /** Their pack format unless another is chosen. */
      format: z.enum(PACK_FORMATS, { error: 'Choose one of the four formats.' }).optional(),
      /** The facilitator confirms the person asked for the letter or agreed to it. */
      theyAgreed: z.literal(true, { error: 'A letter of involvement is made only when the person has asked for it or agreed to it.' }),
    })
    .strict(),
  getRunNotes: planRef,
  getNotesOnTheDay: planRef,
  setRunNote: blockRef.extend({ heard: text(LIMITS.longText, 'What you heard'), willDo: text(LIMITS.longText, 'What you will do') }).strict(),
  getOverrunHistory: planRef,
  ...projectInputs,
  getRoomScreen: planRef,
  getAttendance: planRef,
  /** came: null takes a mark away (not marked yet). */
  markAttendance: personRef.extend({ came: z.boolean({ error: 'Say whether they came.' }).nullable() }).strict(),
  /** Someone who turned up on the day: added to the plan and the directory, and marked as come. */
  addSomeoneNew: z.object({ planId: idSchema, person: newPerson }).strict(),
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
  addPerson: Person;
  updatePerson: Person;
  /** Removing someone also removes them as a lead or decider; the blocks stay. */
  deletePerson: { personId: string };
  /** Removes someone and everything about them, leaving no copy in the database file. */
  forgetPerson: { personId: string };
  /**
   * Removes someone from every plan they are in and from the directory, leaving no copy in the
   * database file; lists the plans whose free text still names them (`names`), for the facilitator.
   */
  forgetDirectoryPerson: { directoryPersonId: string; plansLeft: number; names: string[]; mentions: PlanMentions[] };
  /** Everything Kindred holds about one person (UK GDPR right of access): a Word document and JSON. */
  exportSubjectAccess: Promise<{ docx: { fileName: string; base64: string }; json: { fileName: string; text: string } }>;
  /** Links an imported plan's person to the entry the facilitator chose, or enters them on their own. */
  answerImportMatch: { personId: string; directoryPersonId: string };
  /** Everyone Kindred knows, found and sorted as asked (by name unless told). */
  listDirectory: DirectorySummary[];
  /** A profile, with the plans they are part of (newest first). */
  getDirectoryPerson: { person: DirectoryPerson; plans: Involvement[] };
  createDirectoryPerson: DirectoryPerson;
  /** Also updates them in every plan not yet delivered; delivered plans keep what was true on the day. */
  updateDirectoryPerson: { person: DirectoryPerson; plansUpdated: number; plansKept: number };
  /**
   * Removes someone from the directory, leaving no copy in the database file. Only for someone in
   * no plan: taking them out of plans is done in each plan (Forget), so nothing goes unseen.
   */
  deleteDirectoryPerson: { directoryPersonId: string };
  /** Groups of entries that are likely one person (the same name and email or phone). Never merged by themselves. */
  listDuplicates: DirectorySummary[][];
  /**
   * Two entries as one: the fuller profile kept, what only the other held added (`combined` says
   * what, in words), and their plans linked to the one kept.
   */
  mergeDirectoryPeople: { person: DirectoryPerson; removedId: string; combined: string[]; plansRelinked: number };
  /** The plan's new person, made from their profile. */
  addDirectoryPersonToPlan: Person;
  /** Their workshops with you (newest first) and their payments per UK tax year. */
  getPersonHistory: PersonHistory;
  /** Each of the plan's directory people's earlier sessions, for the review's rules that need history. */
  getReviewHistory: ReviewHistory;
  /**
   * After the workshop: access needs, consent records, contact details, pronouns and notes go;
   * names become roles ("Carer 1"). Roles, hours and amounts stay, for the accounts and the report.
   */
  clearPersonalData: Plan;
  /**
   * Puts "a participant" for each whole-word name in one place of free text, in one transaction;
   * the plan as it now is. A place that no longer names them is left as it is.
   */
  replaceNamesInPlace: Plan;
  /** A pack's structure and words, the pictures it holds and about how many pages, for the preview. */
  previewPack: PackPreviewModel;
  /** The Word file, as base64, with a safe, readable file name to suggest. */
  packFile: Promise<{ fileName: string; base64: string }>;
  /** The pack as one self-contained HTML page to print to PDF, with a .pdf file name to suggest. */
  packHtml: { fileName: string; html: string };
  setAsideFinding: SetAside;
  restoreFinding: { findingId: string };
  updateDebrief: Debrief;
  setChanges: Change[];
  listLibrary: LibraryItem[];
  saveToLibrary: LibraryItem;
  deleteLibraryItem: { itemId: string };
  listTemplates: TemplateSummary[];
  createPlanFromTemplate: Plan;
  savePlanAsTemplate: TemplateSummary;
  deleteTemplate: { templateId: string };
  /** The plan as a .kindred file's text, with a safe file name to suggest. */
  exportPlanFile: { fileName: string; text: string };
  /**
   * 'imported': the plan is in the list. 'exists': a plan with this file's id is already here and
   * nothing was changed; ask, then send again with asCopy. A promise in the app, where the file is
   * read in a worker thread (service/planFileReader.ts).
   */
  importPlanFile: ImportResult | Promise<ImportResult>;
  listBackups: BackupList;
  /** Made with SQLite's online backup, so it runs while Kindred is in use. */
  backupNow: Promise<BackupSummary>;
  /** Replaces every plan with the backup's, after backing up what is there now (`safetyBackup`). */
  restoreBackup: Promise<{ restored: BackupSummary; safetyBackup: BackupSummary }>;
  /** The plan's day as run so far (its most recent run), for the view to replay and re-time. */
  getRunDay: RunDayLog;
  /** One control pressed on the day, saved as it happens; answers with the log including it. */
  runDay: RunDayLog;
  /**
   * The payments list for a finance team: the file (base64) and its name, how many lines and
   * sessions, how many lines do not name the person (no consent to share), and what was left out, in words.
   */
  paymentsFile: Promise<{ fileName: string; base64: string; lines: number; sessions: number; notNamed: number; leftOut: string[] }>;
  /** A letter of involvement as a Word file, in their pack format unless asked otherwise; `workshops` it tells of. */
  involvementLetter: Promise<{ fileName: string; base64: string; workshops: number }>;
  /** The notes written on the plan's most recent day run, by block. */
  getRunNotes: RunNote[];
  /** Every note on every day the plan was run, with its run: the privacy dialogs look for names in them. */
  getNotesOnTheDay: DayNote[];
  /** One block's note on the day, saved as it is typed. */
  setRunNote: RunNote;
  /** Kinds of block that ran over in the facilitator's other recent workshops, for the review. */
  getOverrunHistory: KindOverrun[];
  /** Every project, by name. */
  listProjects: ProjectSummary[];
  /** A project with its members, sessions in date order, impact log, and what its last session offers a new one. */
  getProject: ProjectPage;
  createProject: Project;
  updateProject: Project;
  /** Its members and log entries go with it; its plans stay, in no project. */
  deleteProject: { projectId: string };
  /** The members now. */
  addProjectMember: ProjectMember[];
  removeProjectMember: ProjectMember[];
  /** The project a plan is a session of; null when none. */
  getPlanProject: { planId: string; projectId: string | null };
  setPlanProject: { planId: string; projectId: string | null };
  /** A new session in the project: its members invited, and the last agreement and words if asked for. */
  createProjectPlan: Plan;
  saveImpactEntry: ImpactEntry;
  deleteImpactEntry: { entryId: string };
  /** The impact report as a Word file (base64), with a safe file name to suggest. */
  impactReportFile: Promise<{ fileName: string; base64: string }>;
  /** What the room screen may show: the plan with nothing personal in it, and the day's log. */
  getRoomScreen: RoomScreenFeed;
  /** Who has been marked as come (or not) on the day; people not listed are not marked yet. */
  getAttendance: AttendanceMark[];
  markAttendance: AttendanceMark[];
  addSomeoneNew: Person;
}

export type ImportResult =
  | {
      status: 'imported';
      plan: PlanSummary;
      /** False when the file left out people's details (exported without them). */
      includesPersonal: boolean;
      /** People who may be someone already in the directory: the facilitator says (answerImportMatch). */
      askAbout: ImportMatchQuestion[];
    }
  | { status: 'exists'; existing: PlanSummary };

/** A plan whose free text still names someone, and in how many places. */
export interface PlanMentions {
  planId: string;
  title: string;
  places: number;
}

/** An imported person who may be someone Kindred knows: never linked until the facilitator says. */
export interface ImportMatchQuestion {
  personId: string;
  /** As the file has them, to compare with each candidate. */
  name: string;
  email: string;
  phone: string;
  /** What they have in common, as the facilitator would say it: "the same name", "the same email". */
  candidates: { directoryPersonId: string; name: string; email: string; phone: string; alike: string }[];
}

export type { BackupKind, BackupSummary } from '../store/backupTypes';

export interface BackupList {
  /** The folder the backups are in, to show the facilitator. */
  folder: string;
  /** Newest first. */
  backups: BackupSummary[];
}

/** A template to start a plan from: one of Kindred's starters or one the facilitator saved. */
export interface TemplateSummary {
  id: string;
  name: string;
  summary: string;
  builtIn: boolean;
  blockCount: number;
  totalMinutes: number;
  startTime: string;
}

/** Implemented by the service: already-validated input; synchronous except where a result is a promise. */
export type ServiceImpl = { [M in ApiMethod]: (input: ParsedInput<M>) => ApiResults[M] };

/** What the renderer calls: validated remotely, asynchronous. */
export type KindredApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<Awaited<ApiResults[M]>> };

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
