/**
 * Schema 10 (store/migrations/010-projects.ts) on a database as the Kindred before it left it: every
 * plan is in no project, the new tables start empty, and their links behave as promised: deleting a
 * project leaves its plans, and leaving the directory takes a person's memberships with it.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKindred } from './openKindred';
import { tempDir } from '../testing/tempStore';
import { fixturePath } from '../store/fixtures/makeFixtures';
import { PROJECTS_VERSION } from '../store/migrations/010-projects';

describe('projects migration', () => {
  it('migrates the fixture from just before projects with every plan in no project, then links plans and members safely', () => {
    const dataDir = tempDir();
    copyFileSync(fixturePath(PROJECTS_VERSION - 1), join(dataDir, 'kindred.db'));
    const kindred = openKindred({ dataDir });
    try {
      const { db, service } = kindred;
      expect(db.prepare<[], { v: number }>('SELECT max(version) AS v FROM schema_migrations').get()?.v).toBeGreaterThanOrEqual(PROJECTS_VERSION);
      const plans = db.prepare<[], { projectId: string | null }>('SELECT project_id AS projectId FROM plans').all();
      expect(plans.length).toBeGreaterThan(0);
      expect(plans.every((p) => p.projectId === null)).toBe(true);
      expect(service.listProjects(undefined)).toEqual([]);

      const planId = service.listPlans(undefined)[0]!.id;
      const person = service.createDirectoryPerson({ person: { name: 'Rhian Hughes' } });
      const project = service.createProject({ project: { name: 'Panel' } });
      service.setPlanProject({ planId, projectId: project.id });
      service.addProjectMember({ projectId: project.id, directoryPersonId: person.id });
      service.deleteDirectoryPerson({ directoryPersonId: person.id });
      expect(service.getProject({ projectId: project.id }).members).toEqual([]);
      service.deleteProject({ projectId: project.id });
      expect(service.getPlanProject({ planId })).toEqual({ planId, projectId: null });
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      kindred.close();
    }
  });
});
