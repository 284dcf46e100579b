/**
 * Projects through the service: sessions in date order, a new session starting from the project
 * (members invited from the directory, the last agreement and words only when asked for), the
 * impact log rolling up each plan's "you said, we did", the report as a real Word file in every
 * format, and bad input refused kindly with nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { caught } from '../testing/caught';
import { checkDocx } from '../testing/docxRules';
import { packParts } from '../testing/packParts';
import { openTestStore } from '../testing/tempStore';
import { PACK_FORMATS } from '../domain/access';

function projectWithSessions() {
  const store = openTestStore();
  const { service } = store;
  const project = service.createProject({ project: { name: 'Carers’ panel', aims: 'Carers shape how the study runs.' } });
  const rhian = service.createDirectoryPerson({ person: { name: 'Rhian Hughes', roles: ['carer'] } });
  const tomas = service.createDirectoryPerson({ person: { name: 'Tomás Reyes', roles: ['public_contributor'] } });
  service.addProjectMember({ projectId: project.id, directoryPersonId: rhian.id });
  service.addProjectMember({ projectId: project.id, directoryPersonId: tomas.id });
  // Made out of date order, so the order shown is the dates', not the making's.
  const second = service.createPlan({ details: { title: 'Second meeting', date: '2027-04-10', followUpBy: '2027-04-24', followUpFormat: 'email' } });
  const first = service.createPlan({ details: { title: 'First meeting', date: '2027-03-10', whatCouldChange: 'When the study visits happen' } });
  for (const plan of [first, second]) service.setPlanProject({ planId: plan.id, projectId: project.id });
  service.addBlock({ planId: second.id, block: { kind: 'welcome', title: 'Welcome' } });
  service.addBlock({ planId: second.id, block: { kind: 'ground_rules', title: 'Our agreement', description: 'We listen. We use everyday words.' } });
  service.addBlock({
    planId: second.id,
    block: { kind: 'presentation', title: 'The stakeholder update', description: 'A short talk about our methodology.' },
  });
  service.setChanges({
    planId: first.id,
    changes: [{ id: '00000000-0000-4000-8000-000000000001', youSaid: 'Visits clash with school pick-up', weDid: 'Visits now start at 10:00' }],
  });
  return { ...store, project, rhian, tomas, first, second };
}

describe('projects', () => {
  it('lists its sessions in date order, with its members', () => {
    const { service, project, first, second } = projectWithSessions();
    const page = service.getProject({ projectId: project.id });
    expect(page.sessions.map((s) => s.planId)).toEqual([first.id, second.id]);
    expect(page.members.map((m) => m.name)).toEqual(['Rhian Hughes', 'Tomás Reyes']);
    expect(service.listProjects(undefined)).toMatchObject([{ id: project.id, memberCount: 2, sessionCount: 2, lastSession: '2027-04-10' }]);
    expect(service.getPlanProject({ planId: first.id })).toEqual({ planId: first.id, projectId: project.id });
    service.setPlanProject({ planId: first.id, projectId: null });
    expect(service.getPlanProject({ planId: first.id }).projectId).toBeNull();
    expect(service.getProject({ projectId: project.id }).sessions.map((s) => s.planId)).toEqual([second.id]);
  });

  it('starts a new session with its members invited and, when asked, the last agreement and words', () => {
    const { service, project, rhian, tomas, db } = projectWithSessions();
    const offer = service.getProject({ projectId: project.id }).lastSession;
    expect(offer?.agreement).toEqual(['Our agreement']);
    expect(offer?.glossary.map((g) => g.term.toLowerCase())).toEqual(expect.arrayContaining(['stakeholder', 'methodology']));

    const plan = service.createProjectPlan({
      projectId: project.id,
      details: { title: 'Third meeting', date: '2027-05-08' },
      bringAgreement: true,
      bringGlossary: true,
    });
    expect(plan.people.map((p) => [p.name, p.role])).toEqual([
      ['Rhian Hughes', 'carer'],
      ['Tomás Reyes', 'public_contributor'],
    ]);
    const links = db.prepare<[string], { d: string }>('SELECT directory_person_id AS d FROM people WHERE plan_id = ? ORDER BY position').all(plan.id);
    expect(links.map((l) => l.d)).toEqual([rhian.id, tomas.id]);
    expect(plan.blocks.map((b) => b.title)).toEqual(['Our agreement', 'Our words from last time']);
    expect(plan.blocks[0]?.description).toBe('We listen. We use everyday words.');
    expect(plan.blocks[1]?.facilitatorNotes).toMatch(/stakeholder/i);
    expect(service.getProject({ projectId: project.id }).sessions.at(-1)?.planId).toBe(plan.id);

    const fromTemplate = service.createProjectPlan({
      projectId: project.id,
      templateId: 'sandpit',
      details: { title: 'Sandpit' },
      bringAgreement: true,
      bringGlossary: false,
    });
    const template = service.createPlanFromTemplate({ templateId: 'sandpit' });
    expect(fromTemplate.blocks.map((b) => b.title)).toEqual(['Our agreement', ...template.blocks.map((b) => b.title)]);
    expect(fromTemplate.people).toHaveLength(2);

    const bare = service.createProjectPlan({
      projectId: project.id,
      details: { title: 'Fourth', date: '2027-06-08' },
      bringAgreement: false,
      bringGlossary: false,
    });
    expect(bare.blocks).toEqual([]);
    expect(bare.people).toHaveLength(2);
  });

  it('rolls each plan’s “you said, we did” into the log beside entries made between workshops, in date order', () => {
    const { service, project, first } = projectWithSessions();
    service.saveImpactEntry({
      projectId: project.id,
      entry: {
        onDate: '2027-03-20',
        asked: 'Is the leaflet clear?',
        said: 'Too long',
        changed: 'Cut to one page',
        toldOn: '2027-03-27',
        toldHow: 'A letter',
      },
    });
    const log = service.getProject({ projectId: project.id }).log;
    expect(log.map((i) => [i.from, i.said])).toEqual([
      ['plan', 'Visits clash with school pick-up'],
      ['entry', 'Too long'],
    ]);
    expect(log[0]).toMatchObject({ planId: first.id, asked: 'When the study visits happen', changed: 'Visits now start at 10:00' });
  });

  it('makes the impact report as a Word file that meets each format’s rules', async () => {
    const { service, project, second } = projectWithSessions();
    service.updatePlan({ planId: second.id, patch: { status: 'delivered' } });
    for (const format of PACK_FORMATS) {
      const { fileName, base64 } = await service.impactReportFile({ projectId: project.id, format });
      expect(fileName).toMatch(/^Carers’ panel – impact report .*\.docx$/);
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      const check = checkDocx(bytes, format);
      expect(check.problems).toEqual([]);
      const body = packParts(bytes)['word/document.xml'] ?? '';
      if (format === 'easy_read') expect(body).toContain('Visits now start at 10:00');
      else expect(body).toContain('Results: what changed because of contributors');
    }
  });

  it('refuses bad input kindly and changes nothing', () => {
    const { service, dispatch, project } = projectWithSessions();
    const before = service.getProject({ projectId: project.id });
    const blank = dispatch('updateProject', { projectId: project.id, patch: { name: '   ' } });
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('Give the project a name') } });
    const empty = dispatch('saveImpactEntry', {
      projectId: project.id,
      entry: { onDate: '2027-03-20', asked: '', said: ' ', changed: '', toldOn: null, toldHow: '' },
    });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(caught(() => service.addProjectMember({ projectId: project.id, directoryPersonId: before.members[0]!.directoryPersonId })).message).toBe(
      'Rhian Hughes is already a member of this project.',
    );
    expect(service.getProject({ projectId: project.id })).toEqual(before);
  });

  it('deleting a project keeps its plans, in no project', () => {
    const { service, project, first } = projectWithSessions();
    service.deleteProject({ projectId: project.id });
    expect(service.listProjects(undefined)).toEqual([]);
    expect(service.getPlan({ planId: first.id }).title).toBe('First meeting');
    expect(caught(() => service.getProject({ projectId: project.id })).code).toBe('not_found');
  });
});

describe('a project’s sessions and undo', () => {
  it('puts a deleted session back in its project when the delete is undone', () => {
    const { service, project, first } = projectWithSessions();
    service.deletePlan({ planId: first.id });
    expect(service.getProject({ projectId: project.id }).sessions).toHaveLength(1);
    service.restorePlan({ planId: first.id });
    expect(service.getProject({ projectId: project.id }).sessions.map((s) => s.planId)).toContain(first.id);
  });
});
