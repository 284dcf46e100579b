import { describe, expect, it } from 'vitest';
import { STARTER_TEMPLATES } from '../domain/library/templates';
import { openTestStore } from '../testing/tempStore';
import { KindredError } from './errors';

describe('my library of saved blocks', () => {
  it('saves, lists by name and deletes a block', () => {
    const { service } = openTestStore();
    const item = {
      title: 'Tea and talk',
      kind: 'relationship_building' as const,
      durationMinutes: 20,
      description: 'Tea, and a chat in pairs.',
      easyRead: 'We have tea. We talk in pairs.',
      facilitatorNotes: 'Mix the pairs.',
      materials: 'Tea',
    };
    const saved = service.saveToLibrary({ item });
    service.saveToLibrary({ item: { ...item, title: 'Appreciation round' } });
    expect(saved).toMatchObject({ ...item, createdAt: '2027-03-01T09:00:00.000Z' });
    expect(service.listLibrary(undefined).map((i) => i.title)).toEqual(['Appreciation round', 'Tea and talk']);
    service.deleteLibraryItem({ itemId: saved.id });
    expect(service.listLibrary(undefined).map((i) => i.title)).toEqual(['Appreciation round']);
    expect(() => service.deleteLibraryItem({ itemId: saved.id })).toThrow(KindredError);
  });
});

describe('templates', () => {
  it('lists Kindred’s starters first, with their length', () => {
    const { service } = openTestStore();
    const list = service.listTemplates(undefined);
    expect(list.map((t) => t.id)).toEqual(STARTER_TEMPLATES.map((t) => t.id));
    for (const t of list) {
      expect(t.builtIn).toBe(true);
      expect(t.blockCount).toBeGreaterThan(3);
      expect(t.totalMinutes).toBeGreaterThan(60);
    }
  });

  it('starts a draft plan from a starter, with no date, and the caller’s details on top', () => {
    const { service } = openTestStore();
    const starter = STARTER_TEMPLATES[0]!;
    const plan = service.createPlanFromTemplate({ templateId: starter.id, details: { title: 'Our roundtable' } });
    expect(plan).toMatchObject({ title: 'Our roundtable', status: 'draft', date: null, purpose: starter.details.purpose });
    expect(plan.blocks.map((b) => b.title)).toEqual(starter.blocks.map((b) => b.title));
    expect(plan.people).toEqual([]);
    expect(service.listPlans(undefined)[0]).toMatchObject({ id: plan.id, blockCount: starter.blocks.length });
  });

  it('refuses a start time after the starter’s end, and creates nothing', () => {
    const { service } = openTestStore();
    const starter = STARTER_TEMPLATES[0]!;
    const end = starter.details.endTime!;
    expect(() => service.createPlanFromTemplate({ templateId: starter.id, details: { startTime: end } })).toThrow(
      `That is not before the end time, ${end}. Could you choose an earlier start, or a later end time?`,
    );
    expect(service.listPlans(undefined)).toEqual([]);
    // Moving both together is fine.
    expect(service.createPlanFromTemplate({ templateId: starter.id, details: { startTime: '18:00', endTime: '20:00' } })).toMatchObject({
      startTime: '18:00',
      endTime: '20:00',
    });
  });

  it('saves a plan as a template without its people, keeping the role that led, and starts a plan from it', () => {
    const { service } = openTestStore();
    const plan = service.createPlan({ details: { title: 'Community conversation', purpose: 'Hear from neighbours', date: '2027-06-01' } });
    const amara = service.addPerson({ planId: plan.id, person: { name: 'Amara', role: 'public_contributor', contact: 'amara@example.org' } });
    service.addBlock({ planId: plan.id, block: { kind: 'welcome', leadPersonId: amara.id } });
    service.addBlock({ planId: plan.id, block: { kind: 'decision', deciderIds: [amara.id], decidedByAll: true } });
    const template = service.savePlanAsTemplate({ planId: plan.id, name: '  Conversation  ', summary: 'Two hours' });
    expect(template).toMatchObject({ name: 'Conversation', summary: 'Two hours', builtIn: false, blockCount: 2 });
    expect(service.listTemplates(undefined).at(-1)).toEqual(template);

    const fresh = service.createPlanFromTemplate({ templateId: template.id });
    expect(fresh).toMatchObject({ title: 'Community conversation', purpose: 'Hear from neighbours', date: null, status: 'draft' });
    expect(fresh.people).toEqual([]);
    expect(fresh.blocks[0]).toMatchObject({ kind: 'welcome', leadPersonId: null, leadBy: 'Public contributor' });
    expect(fresh.blocks[1]).toMatchObject({ kind: 'decision', deciderIds: [], decidedByAll: true });
    expect(JSON.stringify(service.listTemplates(undefined))).not.toContain('amara@example.org');

    service.deleteTemplate({ templateId: template.id });
    expect(service.listTemplates(undefined).some((t) => t.id === template.id)).toBe(false);
  });

  it('reports an unknown template kindly', async () => {
    const { dispatch } = openTestStore();
    const r = await dispatch('createPlanFromTemplate', { templateId: 'no-such-template' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
