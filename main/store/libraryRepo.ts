/**
 * The facilitator's own saved blocks (the built-in methods are data in main/domain/library) and
 * their own plan templates, stored as plan-file content so a template is a plan without a date.
 */
import type { LibraryItem } from '../domain/plan';
import type { Database } from './database';

export interface TemplateRecord {
  id: string;
  name: string;
  summary: string;
  /** JSON text of the template's plan content. */
  content: string;
  createdAt: string;
}

export function createLibraryRepo(db: Database) {
  const listItems = db.prepare<[], LibraryItem>(
    `SELECT id, title, kind, duration_minutes AS durationMinutes, description, easy_read AS easyRead,
       facilitator_notes AS facilitatorNotes,
       materials, created_at AS createdAt FROM library_items ORDER BY title COLLATE NOCASE, id`,
  );
  const insertItem = db.prepare<LibraryItem>(
    `INSERT INTO library_items (id, title, kind, duration_minutes, description, easy_read, facilitator_notes, materials,
       created_at)
     VALUES (@id, @title, @kind, @durationMinutes, @description, @easyRead, @facilitatorNotes, @materials, @createdAt)`,
  );
  const removeItem = db.prepare<{ id: string }>('DELETE FROM library_items WHERE id = @id');
  const listTemplates = db.prepare<[], TemplateRecord>(
    'SELECT id, name, summary, content, created_at AS createdAt FROM templates ORDER BY name COLLATE NOCASE, id',
  );
  const getTemplate = db.prepare<{ id: string }, TemplateRecord>(
    'SELECT id, name, summary, content, created_at AS createdAt FROM templates WHERE id = @id',
  );
  const insertTemplate = db.prepare<TemplateRecord>(
    'INSERT INTO templates (id, name, summary, content, created_at) VALUES (@id, @name, @summary, @content, @createdAt)',
  );
  const removeTemplate = db.prepare<{ id: string }>('DELETE FROM templates WHERE id = @id');
  return {
    items: () => listItems.all(),
    insertItem: (item: LibraryItem) => void insertItem.run(item),
    removeItem: (id: string) => removeItem.run({ id }).changes === 1,
    templates: () => listTemplates.all(),
    template: (id: string) => getTemplate.get({ id }),
    insertTemplate: (t: TemplateRecord) => void insertTemplate.run(t),
    removeTemplate: (id: string) => removeTemplate.run({ id }).changes === 1,
  };
}

export type LibraryRepo = ReturnType<typeof createLibraryRepo>;
