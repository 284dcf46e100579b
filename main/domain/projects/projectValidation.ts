/** What the project methods accept, with the kind sentence each mistake gets. */
import { z } from 'zod';
import { PACK_FORMATS } from '../access';
import { LIMITS } from '../plan';
import { idSchema, isoDate, planDetailsPatch, templateId, text } from '../validation';

export const projectName = text(LIMITS.title, 'A project name').refine((s) => s.trim().length > 0, {
  error: 'Give the project a name so you can find it later.',
});

export const projectFields = z
  .object({
    name: projectName,
    aims: text(LIMITS.longText, 'The aims'),
    reflections: text(LIMITS.longText, 'The reflections'),
  })
  .strict();

export const projectPatch = projectFields.partial().strict();

export const impactEntryFields = z
  .object({
    /** Left out for a new entry. */
    id: idSchema.optional(),
    onDate: isoDate,
    asked: text(LIMITS.longText, 'What was asked'),
    said: text(LIMITS.longText, 'What contributors said'),
    changed: text(LIMITS.longText, 'What changed'),
    toldOn: isoDate.nullable(),
    toldHow: text(LIMITS.shortText, 'How people were told'),
  })
  .strict()
  .refine((e) => e.asked.trim() !== '' || e.said.trim() !== '' || e.changed.trim() !== '', {
    error: 'Write what was asked, what people said or what changed, so the entry says something.',
  });

const projectRef = { projectId: idSchema };

export const projectInputs = {
  listProjects: z.undefined().or(z.object({}).strict()),
  getProject: z.object(projectRef).strict(),
  createProject: z.object({ project: projectFields.partial().extend({ name: projectName }).strict() }).strict(),
  updateProject: z.object({ ...projectRef, patch: projectPatch }).strict(),
  deleteProject: z.object(projectRef).strict(),
  addProjectMember: z.object({ ...projectRef, directoryPersonId: idSchema }).strict(),
  removeProjectMember: z.object({ ...projectRef, directoryPersonId: idSchema }).strict(),
  getPlanProject: z.object({ planId: idSchema }).strict(),
  setPlanProject: z.object({ planId: idSchema, projectId: idSchema.nullable() }).strict(),
  createProjectPlan: z
    .object({
      ...projectRef,
      details: planDetailsPatch.optional(),
      /** Start from this template's agenda instead of an empty one. */
      templateId: templateId.optional(),
      /** Copy the last session's agreement (its ground rules blocks) into the new plan's agenda. */
      bringAgreement: z.boolean({ error: 'Say whether to bring the last agreement.' }),
      /** Keep the last session's words and their meanings with the agreement, for the jargon wall. */
      bringGlossary: z.boolean({ error: 'Say whether to bring the last words list.' }),
    })
    .strict(),
  saveImpactEntry: z.object({ ...projectRef, entry: impactEntryFields }).strict(),
  deleteImpactEntry: z.object({ ...projectRef, entryId: idSchema }).strict(),
  impactReportFile: z.object({ ...projectRef, format: z.enum(PACK_FORMATS, { error: 'Choose one of the four formats.' }) }).strict(),
} as const;
