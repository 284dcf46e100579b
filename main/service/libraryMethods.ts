/**
 * The facilitator's own library of blocks, and templates: Kindred's starters (data in
 * main/domain/library) and plans the facilitator saved as templates. A template keeps the details
 * and agenda but never the people: names, contacts and payments stay with the plan they belong to.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { STARTER_TEMPLATES, templateById } from '../domain/library/templates';
import { PERSON_ROLE_LABELS } from '../domain/people';
import type { Block, LibraryItem, Plan } from '../domain/plan';
import { computeSchedule } from '../domain/timing';
import { blockRunFieldDefaults, fullBlock, planDetailsPatch } from '../domain/validation';
import type { PlanContent } from '../domain/planContent';
import type { TemplateRecord } from '../store/libraryRepo';
import type { ParsedInput, ServiceImpl, TemplateSummary } from '../contract/contract';
import { checkDayTimes } from './dayTimesCheck';
import { KindredError, notFound } from './errors';
import { insertPlan, type StoreContext } from './storeContext';

type LibraryMethods = Pick<
  ServiceImpl,
  'listLibrary' | 'saveToLibrary' | 'deleteLibraryItem' | 'listTemplates' | 'createPlanFromTemplate' | 'savePlanAsTemplate' | 'deleteTemplate'
>;

type TemplateDetails = PlanContent['details'];
type TemplateBlock = Omit<Block, 'id'>;

/**
 * What belongs to one workshop, never to a template: its venue's and online checks, and the
 * practical facts its packs tell people (who to contact, the dial-in, follow-up date, fees).
 */
const PACK_FACT_KEYS = {
  venueChecks: true,
  onlineChecks: true,
  followUpBy: true,
  followUpFormat: true,
  contactPersonId: true,
  dialInNumber: true,
  dialInHow: true,
  feesPaidMethod: true,
  feesPaidWhen: true,
} as const;

/** What a saved template holds: checked again when read, as it is JSON in the database. */
const templateContent = z.object({
  details: planDetailsPatch
    .required()
    .omit({ status: true, date: true, ...PACK_FACT_KEYS })
    // Templates saved before plans recorded who they are for say nothing about it.
    .extend({ audience: planDetailsPatch.required().shape.audience.default([]) }),
  // Templates saved before Easy Read text existed have none.
  agenda: z.array(fullBlock.omit({ id: true }).extend({ easyRead: fullBlock.shape.easyRead.default(''), ...blockRunFieldDefaults })),
});

function summaryOf(
  id: string,
  name: string,
  summary: string,
  builtIn: boolean,
  startTime: string,
  agenda: readonly TemplateBlock[],
): TemplateSummary {
  const { totalMinutes } = computeSchedule(
    startTime,
    agenda.map((b, i) => ({ id: String(i), durationMinutes: b.durationMinutes, pinnedTime: b.pinnedTime })),
    null,
  );
  return { id, name, summary, builtIn, blockCount: agenda.length, totalMinutes, startTime };
}

function readTemplate(record: TemplateRecord): { details: Omit<TemplateDetails, 'status' | 'date'>; agenda: TemplateBlock[] } | null {
  try {
    const parsed = templateContent.safeParse(JSON.parse(record.content));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function libraryMethods(ctx: StoreContext): LibraryMethods {
  const { db, library } = ctx;

  const saveToLibrary = db.transaction(({ item }: ParsedInput<'saveToLibrary'>): LibraryItem => {
    const saved: LibraryItem = { ...item, id: randomUUID(), createdAt: ctx.now() };
    library.insertItem(saved);
    return saved;
  });

  const listTemplates = (): TemplateSummary[] => {
    const starters = STARTER_TEMPLATES.map((t) => summaryOf(t.id, t.name, t.summary, true, t.details.startTime, t.blocks));
    const own = library.templates().flatMap((record) => {
      const content = readTemplate(record);
      return content ? [summaryOf(record.id, record.name, record.summary, false, content.details.startTime, content.agenda)] : [];
    });
    return [...starters, ...own];
  };

  const createPlanFromTemplate = db.transaction(({ templateId, details }: ParsedInput<'createPlanFromTemplate'>): Plan => {
    const starter = templateById(templateId);
    let content: { details: Omit<TemplateDetails, 'status' | 'date'>; agenda: TemplateBlock[] } | null = null;
    if (starter) content = { details: starter.details, agenda: starter.blocks };
    else {
      const record = library.template(templateId);
      if (!record) throw notFound('template');
      content = readTemplate(record);
      if (!content) throw new KindredError('invalid', 'That template could not be read. Your plans are safe; try another template.');
    }
    const planDetails = { ...content.details, status: 'draft' as const, date: null, ...stripUndefined(details ?? {}) };
    checkDayTimes(planDetails, details ?? {}, 'details');
    const planId = insertPlan(ctx, {
      details: planDetails,
      agenda: content.agenda,
    });
    return ctx.plan(planId);
  });

  const savePlanAsTemplate = db.transaction(({ planId, name, summary }: ParsedInput<'savePlanAsTemplate'>): TemplateSummary => {
    const plan = ctx.plan(planId);
    const roleOf = new Map(plan.people.map((p) => [p.id, PERSON_ROLE_LABELS[p.role]]));
    // A template is the shape of a session: no people, and nothing about one venue or one day.
    const {
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      status: _s,
      date: _d,
      blocks,
      people: _p,
      setAsides: _a,
      debrief: _b,
      changes: _ch,
      venueChecks: _v,
      onlineChecks: _o,
      deliveredOn: _do,
      personalDataClearedOn: _pd,
      followUpBy: _fb,
      followUpFormat: _ff,
      contactPersonId: _cp,
      dialInNumber: _dn,
      dialInHow: _dh,
      feesPaidMethod: _fm,
      feesPaidWhen: _fw,
      ...details
    } = plan;
    const agenda: TemplateBlock[] = blocks.map(({ id: _id, ...block }) => ({
      ...block,
      // Names stay with the plan; the template says which role led, so the idea carries over.
      leadBy: block.leadBy || (block.leadPersonId ? (roleOf.get(block.leadPersonId) ?? '') : ''),
      leadPersonId: null,
      deciderIds: [],
    }));
    const record: TemplateRecord = {
      id: randomUUID(),
      name: name.trim(),
      summary: summary?.trim() ?? '',
      content: JSON.stringify({ details, agenda }),
      createdAt: ctx.now(),
    };
    library.insertTemplate(record);
    return summaryOf(record.id, record.name, record.summary, false, details.startTime, agenda);
  });

  return {
    listLibrary: () => library.items(),
    saveToLibrary: (input) => saveToLibrary(input),
    deleteLibraryItem: ({ itemId }) => {
      if (!library.removeItem(itemId)) throw notFound('saved block');
      return { itemId };
    },
    listTemplates,
    createPlanFromTemplate: (input) => createPlanFromTemplate(input),
    savePlanAsTemplate: (input) => savePlanAsTemplate(input),
    deleteTemplate: ({ templateId }) => {
      if (!library.removeTemplate(templateId)) throw notFound('template');
      return { templateId };
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
