/**
 * Plan files in and out (docs/plan-file.md), for sharing a plan with a co-facilitator or moving it to
 * another computer. Exporting leaves people's personal data and access needs out unless the
 * facilitator asks for them (personalData.ts). Importing reads and checks the whole file first
 * (size, UTF-8, JSON, version, every field, unique ids and links) and only then writes, in one
 * transaction: any problem is one plain message and nothing is imported.
 */
import { cleanNamePart, truncateText } from '../domain/pack/fileNames';
import { leavePersonalDataOut } from '../domain/personalData';
import type { Plan } from '../domain/plan';
import { PLAN_FILE_EXTENSION, PlanFileError, planFileName, serialisePlanFile, type ReadPlanFile } from '../domain/planFile';
import { decodePlanFileBytes } from '../domain/planFileBytes';
import type { ImportMatchQuestion, ImportResult, ServiceImpl } from '../contract/contract';
import { KindredError, notFound } from './errors';
import { readInProcess, type PlanFileReader } from './planFileReader';
import { copyTitle } from './planMethods';
import { insertPlan, type PlanContent, type StoreContext } from './storeContext';

type PlanFileMethods = Pick<ServiceImpl, 'exportPlanFile' | 'importPlanFile'>;

const NOTHING_IMPORTED = 'Nothing was imported.';

/** The plan's content as insertPlan takes it, under `title`. */
function contentOf(plan: Plan, title: string): PlanContent {
  const { id: _id, createdAt: _c, updatedAt: _u, blocks, people, setAsides, debrief, changes, ...details } = plan;
  return { details: { ...details, title }, agenda: blocks, people, setAsides, debrief, changes };
}

/**
 * What to tell the facilitator about a file that could not be read. A file that is not a plan file
 * at all is named, with a hint when its name says it is something else (a Word pack, say).
 */
function importProblem(err: PlanFileError, fileName: string | undefined): KindredError {
  const name = fileName === undefined ? '' : truncateText(cleanNamePart(fileName.split(/[/\\]/).pop() ?? ''), 80);
  const otherKind = name !== '' && !name.toLowerCase().endsWith(PLAN_FILE_EXTENSION);
  const message =
    (err.problem === 'not_json' || err.problem === 'not_plan') && otherKind
      ? `“${name}” is not a Kindred plan file (those end in ${PLAN_FILE_EXTENSION}).`
      : err.message;
  const fields = Object.keys(err.fields).length > 0 ? err.fields : undefined;
  return new KindredError('invalid', `${message} ${NOTHING_IMPORTED}`, fields);
}

export function planFileMethods(ctx: StoreContext, reader: PlanFileReader = readInProcess): PlanFileMethods {
  const { db, plans } = ctx;

  const summaryOf = (planId: string) => {
    const summary = plans.summary(planId);
    if (!summary) throw notFound('plan');
    return summary;
  };

  const take = db.transaction(({ plan, includesPersonal }: ReadPlanFile, asCopy: boolean): ImportResult => {
    const existing = plans.summary(plan.id);
    if (existing && !asCopy) return { status: 'exists', existing };
    // Beside the plan it came from, the copy needs a name that tells them apart and ids of its own.
    // Otherwise the plan keeps its id, so importing the same file again is recognised.
    // People are linked to the directory silently only on an exact match; a file without their details
    // holds only role names ("Carer 1"), which are nobody to keep in the directory.
    // Someone who only may be a person already known is asked about, never guessed.
    const directory = includesPersonal ? 'match' : 'none';
    const askAbout: ImportMatchQuestion[] = [];
    const planId = existing
      ? insertPlan(ctx, contentOf(plan, copyTitle(plan.title)), { directory, askAbout })
      : insertPlan(ctx, contentOf(plan, plan.title), { planId: plan.id, directory, askAbout });
    return { status: 'imported', plan: summaryOf(planId), includesPersonal, askAbout };
  });

  return {
    exportPlanFile: ({ planId, includePersonal }) => {
      const plan = ctx.plan(planId);
      const content = includePersonal ? plan : leavePersonalDataOut(plan);
      return {
        fileName: planFileName(plan.title),
        text: serialisePlanFile(content, ctx.now(), includePersonal ? 'included' : 'left_out'),
      };
    },

    importPlanFile: ({ base64, fileName, asCopy }) => {
      const refused = (err: unknown): never => {
        if (err instanceof PlanFileError) throw importProblem(err, fileName);
        throw err;
      };
      let read: ReadPlanFile | Promise<ReadPlanFile>;
      try {
        read = reader(decodePlanFileBytes(Buffer.from(base64, 'base64')));
      } catch (err) {
        return refused(err);
      }
      // Read in a worker, the plan is written once it is back: the write is as quick as ever.
      if (read instanceof Promise) return read.then((file) => take(file, asCopy === true), refused);
      return take(read, asCopy === true);
    },
  };
}
