/**
 * "Everything about one person" (UK GDPR right of access): the record read in one transaction, so
 * the profile and plans come from the same moment, then made into a Word document (on a worker
 * thread when there is one) and JSON, both from that one record.
 */
import { withOrganiser } from '../domain/pack/packSettings';
import { safeFileName } from '../domain/pack/fileNames';
import { subjectAccessDocument, subjectAccessJson, subjectAccessRecord } from '../domain/subjectAccess';
import { localToday } from '../domain/time';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { createRunDayRepo } from '../store/runDayRepo';
import { notFound } from './errors';
import type { PackRenderer } from './packRenderer';
import { settingsMethods } from './settingsMethods';
import type { StoreContext } from './storeContext';

type SubjectAccessMethods = Pick<ServiceImpl, 'exportSubjectAccess'>;

export function subjectAccessMethods(ctx: StoreContext, renderer: PackRenderer): SubjectAccessMethods {
  const { getSettings } = settingsMethods(ctx);
  const runs = createRunDayRepo(ctx.db);

  const read = ctx.db.transaction(({ directoryPersonId }: ParsedInput<'exportSubjectAccess'>) => {
    const profile = ctx.directory.get(directoryPersonId);
    if (!profile) throw notFound('person');
    const links = ctx.directory.linked(profile.id);
    const linked = new Map(links.map((l) => [l.personId, profile.id]));
    // Every plan: the ones they are in, and any other whose free text may name them.
    const plans = ctx.plans.list('date_desc', undefined).map((s) => ctx.plan(s.id));
    const notes = new Map(plans.map((plan) => [plan.id, runs.planNotes(plan.id)]));
    return subjectAccessRecord(profile, linked, plans, notes, localToday(ctx.clock()));
  });

  return {
    exportSubjectAccess: async (input) => {
      const record = read(input);
      const doc = withOrganiser(subjectAccessDocument(record), getSettings(undefined));
      const bytes = await renderer.render(doc);
      const stem = `What we hold about ${record.profile.name} ${record.madeOn}`;
      return {
        docx: { fileName: safeFileName(stem, '.docx'), base64: Buffer.from(bytes).toString('base64') },
        json: { fileName: safeFileName(stem, '.json'), text: subjectAccessJson(record) },
      };
    },
  };
}
