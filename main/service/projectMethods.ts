/**
 * The Projects screen's methods: projects, their members and sessions, the impact log, a new
 * session that starts from the project (its members invited, the last agreement and words offered),
 * and the impact report. Every write is one transaction; a new session and everything it starts
 * with commit together or not at all.
 */
import { newBlockWithDefaults } from '../domain/blockKinds';
import { randomUUID } from 'node:crypto';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { flowProfile } from '../domain/directory';
import { newPersonWithDefaults } from '../domain/people';
import { LIMITS, type Block, type Plan } from '../domain/plan';
import { glossaryCandidates } from '../domain/plainEnglish';
import { standardTexts } from '../domain/pack/participant';
import { safeFileName } from '../domain/pack/fileNames';
import { renderOptionsFor, withOrganiser } from '../domain/pack/packSettings';
import { PACK_FORMAT_LABELS } from '../domain/access';
import { impactLog } from '../domain/projects/impactLog';
import { impactReport } from '../domain/projects/impactReport';
import {
  IMPACT_ENTRY_LIMIT,
  PROJECT_LIMIT,
  type ImpactEntry,
  type LastSessionOffer,
  type Project,
  type ProjectPage,
} from '../domain/projects/project';
import { localToday } from '../domain/time';
import { createProjectsRepo } from '../store/projectsRepo';
import { KindredError, notFound } from './errors';
import type { PackRenderer } from './packRenderer';
import { settingsMethods } from './settingsMethods';
import { agendaChanged, applyPatch, type StoreContext } from './storeContext';

type ProjectMethods = Pick<
  ServiceImpl,
  | 'listProjects'
  | 'getProject'
  | 'createProject'
  | 'updateProject'
  | 'deleteProject'
  | 'addProjectMember'
  | 'removeProjectMember'
  | 'getPlanProject'
  | 'setPlanProject'
  | 'createProjectPlan'
  | 'saveImpactEntry'
  | 'deleteImpactEntry'
  | 'impactReportFile'
>;

/** The plan methods a new session is made with, so it starts exactly as any new plan does. */
type PlanApi = Pick<ServiceImpl, 'createPlan' | 'createPlanFromTemplate' | 'getPlan'>;

/** The words block a new session starts with when the facilitator brings the last words list. */
const WORDS_BLOCK = {
  title: 'Our words from last time',
  description: 'We look again at the words we explained last time, and add any new ones.',
  materials: 'The jargon wall from last time',
};

export function projectMethods(ctx: StoreContext, planApi: PlanApi, renderer: PackRenderer): ProjectMethods {
  const { db, plans, blocks, people, directory } = ctx;
  const projects = createProjectsRepo(db);
  const { getSettings } = settingsMethods(ctx);

  const projectOf = (id: string): Project => {
    const project = projects.get(id);
    if (!project) throw notFound('project');
    return project;
  };

  /** Its live sessions, whole, in date order. */
  const sessionPlans = (projectId: string): Plan[] => projects.planIds(projectId).map((id) => ctx.plan(id));

  const offerFrom = (plan: Plan | undefined): LastSessionOffer | null => {
    if (!plan) return null;
    return {
      planId: plan.id,
      title: plan.title,
      agreement: plan.blocks.filter((b) => b.kind === 'ground_rules' && b.title !== WORDS_BLOCK.title).map((b) => b.title),
      glossary: glossaryCandidates(standardTexts(plan)).map(({ term, plain }) => ({ term, plain })),
    };
  };

  const getProject = db.transaction(({ projectId }: ParsedInput<'getProject'>): ProjectPage => {
    const project = projectOf(projectId);
    const whole = sessionPlans(projectId);
    return {
      project,
      members: projects.members(projectId),
      sessions: projects.sessions(projectId),
      log: impactLog(whole, projects.entries(projectId)),
      lastSession: offerFrom(whole.at(-1)),
    };
  });

  const createProject = db.transaction(({ project }: ParsedInput<'createProject'>): Project => {
    if (projects.count() >= PROJECT_LIMIT)
      throw new KindredError('invalid', `Kindred can keep up to ${PROJECT_LIMIT.toLocaleString('en-GB')} projects.`);
    const at = ctx.now();
    const next: Project = {
      id: randomUUID(),
      name: project.name.trim(),
      aims: project.aims ?? '',
      reflections: project.reflections ?? '',
      createdAt: at,
      updatedAt: at,
    };
    projects.insert(next);
    return next;
  });

  const updateProject = db.transaction(({ projectId, patch }: ParsedInput<'updateProject'>): Project => {
    const next = { ...applyPatch(projectOf(projectId), patch), updatedAt: ctx.now() };
    next.name = next.name.trim();
    projects.update(next);
    return next;
  });

  const deleteProject = db.transaction(({ projectId }: ParsedInput<'deleteProject'>) => {
    projectOf(projectId);
    projects.remove(projectId);
    return { projectId };
  });

  const addProjectMember = db.transaction(({ projectId, directoryPersonId }: ParsedInput<'addProjectMember'>) => {
    projectOf(projectId);
    const entry = directory.get(directoryPersonId);
    if (!entry) throw notFound('person');
    const at = ctx.now();
    if (!projects.addMember(projectId, directoryPersonId, at))
      throw new KindredError('invalid', `${entry.name} is already a member of this project.`);
    projects.touch(projectId, at);
    return projects.members(projectId);
  });

  const removeProjectMember = db.transaction(({ projectId, directoryPersonId }: ParsedInput<'removeProjectMember'>) => {
    projectOf(projectId);
    if (!projects.removeMember(projectId, directoryPersonId)) throw notFound('member');
    projects.touch(projectId, ctx.now());
    return projects.members(projectId);
  });

  const setPlanProject = db.transaction(({ planId, projectId }: ParsedInput<'setPlanProject'>) => {
    if (projects.projectOf(planId) === undefined || plans.startTime(planId) === undefined) throw notFound('plan');
    if (projectId !== null) projectOf(projectId);
    projects.setPlanProject(planId, projectId);
    const at = ctx.now();
    plans.touch(planId, at);
    if (projectId !== null) projects.touch(projectId, at);
    return { planId, projectId };
  });

  /** Members join as themselves, their profile flowing in as when they are added from the People screen. */
  const inviteMembers = (planId: string, projectId: string): void => {
    const members = projects.members(projectId).slice(0, LIMITS.peoplePerPlan);
    for (const member of members) {
      const entry = directory.get(member.directoryPersonId);
      if (!entry) continue;
      const blank = newPersonWithDefaults(randomUUID(), { name: entry.name, role: entry.roles[0] ?? 'public_contributor' });
      const person = flowProfile(entry, blank);
      people.insert(planId, person);
      directory.link(person.id, entry.id);
    }
  };

  // Nobody from the last session is in this one by their old id: a lead is chosen again, and
  // chooses again whether to be named on the room screen.
  const copyBlock = (block: Partial<Block> & Pick<Block, 'title' | 'kind' | 'durationMinutes'>): Block =>
    newBlockWithDefaults(randomUUID(), block.kind, { ...block, leadPersonId: null, leadInRoom: false });

  const createProjectPlan = db.transaction(
    ({ projectId, details, templateId, bringAgreement, bringGlossary }: ParsedInput<'createProjectPlan'>): Plan => {
      projectOf(projectId);
      const last = sessionPlans(projectId).at(-1);
      const created = templateId === undefined ? planApi.createPlan({ details }) : planApi.createPlanFromTemplate({ templateId, details });
      projects.setPlanProject(created.id, projectId);
      inviteMembers(created.id, projectId);
      const offered: Block[] = [];
      if (last && bringAgreement) {
        for (const block of last.blocks) if (block.kind === 'ground_rules' && block.title !== WORDS_BLOCK.title) offered.push(copyBlock(block));
      }
      const words = last && bringGlossary ? glossaryCandidates(standardTexts(last)) : [];
      if (words.length > 0) {
        offered.push(
          copyBlock({
            ...WORDS_BLOCK,
            kind: 'ground_rules',
            durationMinutes: 5,
            facilitatorNotes: words.map((w) => `${w.term}: ${w.plain}`).join('\n'),
          }),
        );
      }
      // What comes from the last session opens the agenda; a template's own blocks follow it.
      if (offered.length > 0) {
        const agenda = [...offered, ...created.blocks];
        for (const block of created.blocks) blocks.remove(created.id, block.id);
        agenda.forEach((block, i) => blocks.insert(created.id, i, block));
      }
      const at = ctx.now();
      if (offered.length > 0) agendaChanged(ctx, created.id, created.startTime, at);
      projects.touch(projectId, at);
      return planApi.getPlan({ planId: created.id });
    },
  );

  const saveImpactEntry = db.transaction(({ projectId, entry }: ParsedInput<'saveImpactEntry'>): ImpactEntry => {
    projectOf(projectId);
    const at = ctx.now();
    const next: ImpactEntry = { ...entry, id: entry.id ?? randomUUID() };
    if (entry.id !== undefined) {
      if (!projects.entry(projectId, entry.id)) throw notFound('entry');
      projects.updateEntry(projectId, next, at);
    } else {
      if (projects.entryCount(projectId) >= IMPACT_ENTRY_LIMIT) {
        throw new KindredError('invalid', `A project's log can hold up to ${IMPACT_ENTRY_LIMIT.toLocaleString('en-GB')} entries.`);
      }
      projects.insertEntry(projectId, next, at);
    }
    projects.touch(projectId, at);
    return next;
  });

  const deleteImpactEntry = db.transaction(({ projectId, entryId }: ParsedInput<'deleteImpactEntry'>) => {
    projectOf(projectId);
    if (!projects.removeEntry(projectId, entryId)) throw notFound('entry');
    projects.touch(projectId, ctx.now());
    return { entryId };
  });

  const reportInput = db.transaction((projectId: string) => {
    const project = projectOf(projectId);
    const whole = sessionPlans(projectId);
    const links = new Map<string, string>();
    for (const plan of whole) for (const [personId, entryId] of directory.linksInPlan(plan.id)) links.set(personId, entryId);
    return { project, plans: whole, links, entries: projects.entries(projectId), today: localToday(ctx.clock()) };
  });

  return {
    listProjects: () => projects.summaries(),
    getProject: (input) => getProject(input),
    createProject: (input) => createProject(input),
    updateProject: (input) => updateProject(input),
    deleteProject: (input) => deleteProject(input),
    addProjectMember: (input) => addProjectMember(input),
    removeProjectMember: (input) => removeProjectMember(input),
    getPlanProject: ({ planId }) => {
      const projectId = projects.projectOf(planId);
      if (projectId === undefined) throw notFound('plan');
      return { planId, projectId };
    },
    setPlanProject: (input) => setPlanProject(input),
    createProjectPlan: (input) => createProjectPlan.immediate(input),
    saveImpactEntry: (input) => saveImpactEntry(input),
    deleteImpactEntry: (input) => deleteImpactEntry(input),
    impactReportFile: async ({ projectId, format }) => {
      const settings = getSettings(undefined);
      const doc = withOrganiser(impactReport(reportInput(projectId), format), settings);
      const bytes = await renderer.render(doc, renderOptionsFor(doc, undefined, settings));
      const fileName = safeFileName(`${doc.title} – impact report (${PACK_FORMAT_LABELS[format].toLowerCase()})`);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
