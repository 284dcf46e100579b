/**
 * Projects on disk (migrations/010-projects.ts): the project rows, their members (links to
 * directory people), the impact log's own entries, and which project each plan belongs to.
 */
import type { PersonRole } from '../domain/people';
import type { ImpactEntry, Project, ProjectMember, ProjectSession, ProjectSummary } from '../domain/projects/project';
import type { Database } from './database';

const PROJECT_COLUMNS = 'id, name, aims, reflections, created_at AS createdAt, updated_at AS updatedAt';
const ENTRY_COLUMNS = 'id, on_date AS onDate, asked, said, changed, told_on AS toldOn, told_how AS toldHow';

export function createProjectsRepo(db: Database) {
  const get = db.prepare<{ id: string }, Project>(`SELECT ${PROJECT_COLUMNS} FROM projects WHERE id = @id`);
  const summaries = db.prepare<[], ProjectSummary>(
    `SELECT pr.id, pr.name, pr.aims, pr.updated_at AS updatedAt,
       (SELECT count(*) FROM project_members m WHERE m.project_id = pr.id) AS memberCount,
       (SELECT count(*) FROM plans pl WHERE pl.project_id = pr.id) AS sessionCount,
       (SELECT max(pl.date) FROM plans pl WHERE pl.project_id = pr.id) AS lastSession
     FROM projects pr ORDER BY pr.name COLLATE NOCASE, pr.created_at`,
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM projects');
  const insert = db.prepare<Project>(
    'INSERT INTO projects (id, name, aims, reflections, created_at, updated_at) VALUES (@id, @name, @aims, @reflections, @createdAt, @updatedAt)',
  );
  const update = db.prepare<Project>(
    'UPDATE projects SET name = @name, aims = @aims, reflections = @reflections, updated_at = @updatedAt WHERE id = @id',
  );
  const touch = db.prepare<{ id: string; at: string }>('UPDATE projects SET updated_at = @at WHERE id = @id');
  const remove = db.prepare<{ id: string }>('DELETE FROM projects WHERE id = @id');
  const members = db.prepare<{ id: string }, Omit<ProjectMember, 'roles'> & { roles: string }>(
    `SELECT d.id AS directoryPersonId, d.name, d.known_as AS knownAs, d.roles, m.added_at AS addedAt
     FROM project_members m JOIN directory_people d ON d.id = m.directory_person_id
     WHERE m.project_id = @id ORDER BY d.name COLLATE NOCASE, d.id`,
  );
  const addMember = db.prepare<{ id: string; personId: string; at: string }>(
    'INSERT OR IGNORE INTO project_members (project_id, directory_person_id, added_at) VALUES (@id, @personId, @at)',
  );
  const removeMember = db.prepare<{ id: string; personId: string }>(
    'DELETE FROM project_members WHERE project_id = @id AND directory_person_id = @personId',
  );
  const sessions = db.prepare<{ id: string }, ProjectSession>(
    `SELECT pl.id AS planId, pl.title, pl.date, pl.start_time AS startTime, pl.status,
       (SELECT count(*) FROM people p WHERE p.plan_id = pl.id) AS peopleCount
     FROM plans pl WHERE pl.project_id = @id
     ORDER BY pl.date IS NULL, pl.date, pl.start_time, pl.created_at`,
  );
  const planIds = db.prepare<{ id: string }, { id: string }>(
    `SELECT id FROM plans WHERE project_id = @id ORDER BY date IS NULL, date, start_time, created_at`,
  );
  const projectOf = db.prepare<{ planId: string }, { projectId: string | null }>('SELECT project_id AS projectId FROM plans WHERE id = @planId');
  const setPlanProject = db.prepare<{ planId: string; projectId: string | null }>('UPDATE plans SET project_id = @projectId WHERE id = @planId');
  const entries = db.prepare<{ id: string }, ImpactEntry>(
    `SELECT ${ENTRY_COLUMNS} FROM impact_entries WHERE project_id = @id ORDER BY on_date, created_at`,
  );
  const entry = db.prepare<{ id: string; entryId: string }, ImpactEntry>(
    `SELECT ${ENTRY_COLUMNS} FROM impact_entries WHERE project_id = @id AND id = @entryId`,
  );
  const entryCount = db.prepare<{ id: string }, { n: number }>('SELECT count(*) AS n FROM impact_entries WHERE project_id = @id');
  const insertEntry = db.prepare<ImpactEntry & { projectId: string; at: string }>(
    `INSERT INTO impact_entries (id, project_id, on_date, asked, said, changed, told_on, told_how, created_at, updated_at)
     VALUES (@id, @projectId, @onDate, @asked, @said, @changed, @toldOn, @toldHow, @at, @at)`,
  );
  const updateEntry = db.prepare<ImpactEntry & { projectId: string; at: string }>(
    `UPDATE impact_entries SET on_date = @onDate, asked = @asked, said = @said, changed = @changed, told_on = @toldOn,
       told_how = @toldHow, updated_at = @at WHERE id = @id AND project_id = @projectId`,
  );
  const removeEntry = db.prepare<{ id: string; entryId: string }>('DELETE FROM impact_entries WHERE project_id = @id AND id = @entryId');

  return {
    get(id: string): Project | undefined {
      return get.get({ id });
    },
    summaries(): ProjectSummary[] {
      return summaries.all();
    },
    count(): number {
      return count.get()?.n ?? 0;
    },
    insert(project: Project): void {
      insert.run(project);
    },
    update(project: Project): void {
      update.run(project);
    },
    touch(id: string, at: string): void {
      touch.run({ id, at });
    },
    /** Its members and log entries go with it; its plans stay, belonging to no project. */
    remove(id: string): void {
      remove.run({ id });
    },
    members(id: string): ProjectMember[] {
      return members.all({ id }).map((m) => ({ ...m, roles: JSON.parse(m.roles) as PersonRole[] }));
    },
    /** False when they were a member already. */
    addMember(id: string, personId: string, at: string): boolean {
      return addMember.run({ id, personId, at }).changes > 0;
    },
    removeMember(id: string, personId: string): boolean {
      return removeMember.run({ id, personId }).changes > 0;
    },
    /** Its live plans, in date order (undated last). */
    sessions(id: string): ProjectSession[] {
      return sessions.all({ id });
    },
    planIds(id: string): string[] {
      return planIds.all({ id }).map((r) => r.id);
    },
    /** Undefined when there is no such plan. */
    projectOf(planId: string): string | null | undefined {
      return projectOf.get({ planId })?.projectId;
    },
    setPlanProject(planId: string, projectId: string | null): void {
      setPlanProject.run({ planId, projectId });
    },
    entries(id: string): ImpactEntry[] {
      return entries.all({ id });
    },
    entry(id: string, entryId: string): ImpactEntry | undefined {
      return entry.get({ id, entryId });
    },
    entryCount(id: string): number {
      return entryCount.get({ id })?.n ?? 0;
    },
    insertEntry(projectId: string, e: ImpactEntry, at: string): void {
      insertEntry.run({ ...e, projectId, at });
    },
    updateEntry(projectId: string, e: ImpactEntry, at: string): void {
      updateEntry.run({ ...e, projectId, at });
    },
    removeEntry(id: string, entryId: string): boolean {
      return removeEntry.run({ id, entryId }).changes > 0;
    },
  };
}

export type ProjectsRepo = ReturnType<typeof createProjectsRepo>;
