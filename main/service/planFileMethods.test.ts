/**
 * Plan files through the same dispatch the app uses: exported with or without people's personal
 * data, imported whole or not at all. Every refused file leaves the database file's bytes as they
 * were.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AccessNeed } from '../domain/access';
import type { Plan } from '../domain/plan';
import { PLAN_FILE_MAX_BYTES } from '../domain/planFileBytes';
import { openTestStore, type TestStore } from '../testing/tempStore';
import type { ApiResponse, ImportResult } from '../contract/contract';

const CONSENTED = { store: true, share: true, recordedOn: '2027-02-20' };

const need = (detail: string): AccessNeed => ({
  id: crypto.randomUUID(),
  type: 'sign_language',
  detail,
  arrangement: { how: 'Booked through the agency', owner: 'Priya', dueDate: '2027-03-20', status: 'arranged', personTold: true },
});

/** A store holding one plan with people, needs, leads, a decision, set-asides, a debrief and changes. */
function storeWithPlan() {
  const store = openTestStore();
  const { service } = store;
  const plan = service.createPlan({ details: { title: 'Carers’ voices', date: '2027-04-01', venueName: 'Hall' } });
  const planId = plan.id;
  const signing = need('Marigold Ashcombe needs BSL both sessions');
  const amara = service.addPerson({
    planId,
    person: {
      name: 'Marigold Ashcombe',
      role: 'carer',
      pronouns: 'she/her',
      contact: 'marigold@example.org',
      consent: CONSENTED,
      accessNeeds: [signing],
      packFormat: 'easy_read',
      payment: {
        status: 'agreed',
        prepHours: 1,
        sessionHours: 3,
        followUpHours: 0,
        rate: null,
        method: 'bank_transfer',
        expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Taxi from Quenby Road', amountPence: 1800 }],
        benefitsAdviceOffered: true,
        notes: 'Account ending 4421',
      },
    },
  });
  const sam = service.addPerson({ planId, person: { name: 'Sam', role: 'researcher' } });
  service.addBlock({ planId, block: { kind: 'welcome', title: 'Welcome', leadPersonId: amara.id, leadBy: 'Marigold Ashcombe' } });
  service.addBlock({ planId, block: { kind: 'decision', title: 'Choosing', decision: 'Which ideas', deciderIds: [amara.id, sam.id] } });
  const lunch = service.addBlock({ planId, block: { kind: 'meal', title: 'Lunch', pinnedTime: '12:30' } });
  service.setAsideFinding({ planId, findingId: `need-no-arrangement:${signing.id}`, reason: 'Booked by phone' });
  service.setAsideFinding({ planId, findingId: `payment-missing:${sam.id}`, reason: 'Staff' });
  service.setAsideFinding({ planId, findingId: `easy-read-long-sentences:block:${lunch.id}:easyRead`, reason: 'Fine as it is' });
  service.updateDebrief({ planId, patch: { aim: 'Hear from carers' } });
  service.setChanges({ planId, changes: [{ id: crypto.randomUUID(), youSaid: 'More breaks', weDid: 'Two breaks' }] });
  return { ...store, planId, amara, sam };
}

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

/** Everything SQLite has on disk: the database file and its write-ahead log. */
function bytesOnDisk(dbPath: string): Buffer {
  return Buffer.concat([dbPath, `${dbPath}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
}

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`expected ok, got ${response.error.message}`);
  return response.value;
}

const exported = (store: TestStore, planId: string, includePersonal: boolean) =>
  ok(store.dispatch('exportPlanFile', { planId, includePersonal }) as ApiResponse<{ fileName: string; text: string }>);

const imported = (store: TestStore, input: object) => store.dispatch('importPlanFile', input) as ApiResponse<ImportResult>;

/** The plan with every id replaced by its place in the plan and timestamps dropped, so copies compare equal. */
function withoutIds(plan: Plan): unknown {
  const ids = new Map<string, string>();
  const label = (id: string, kind: string) => {
    if (!ids.has(id)) ids.set(id, `${kind}${ids.size}`);
    return ids.get(id)!;
  };
  label(plan.id, 'plan');
  plan.people.forEach((p) => {
    label(p.id, 'person');
    p.accessNeeds.forEach((n) => label(n.id, 'need'));
  });
  plan.blocks.forEach((b) => label(b.id, 'block'));
  plan.changes.forEach((c) => label(c.id, 'change'));
  const text = JSON.stringify({ ...plan, createdAt: null, updatedAt: null });
  return JSON.parse([...ids].reduce((out, [id, name]) => out.replaceAll(id, name), text)) as unknown;
}

describe('exportPlanFile', () => {
  it('with personal data: the whole plan, read back exactly, with a file name from the title', () => {
    const store = storeWithPlan();
    const file = exported(store, store.planId, true);
    expect(file.fileName).toBe('Carers’ voices.kindred');
    const json = JSON.parse(file.text);
    expect(json).toMatchObject({ kindred: 'plan', version: 3, personalData: 'included', savedAt: '2027-03-01T09:00:00.000Z' });
    expect(json.plan).toEqual(store.service.getPlan({ planId: store.planId }));
  });

  it('without personal data: names become roles, and no name, contact, need or note leaves the computer', () => {
    const store = storeWithPlan();
    const { text } = exported(store, store.planId, false);
    const json = JSON.parse(text);
    expect(json.personalData).toBe('left_out');
    expect(json.plan.people.map((p: { name: string }) => p.name)).toEqual(['Carer 1', 'Researcher 1']);
    expect(json.plan.people[0]).toMatchObject({ consent: { store: false }, accessNeeds: [], packFormat: 'standard', payment: { sessionHours: 3 } });
    expect(json.plan.blocks[0]).toMatchObject({ leadBy: 'Carer 1', leadPersonId: store.amara.id });
    // The set-asides about Marigold's need and Sam's payment name them by id: only the one about lunch is left.
    const lunchId = json.plan.blocks[2].id as string;
    expect(json.plan.setAsides.map((s: { findingId: string }) => s.findingId)).toEqual([`easy-read-long-sentences:block:${lunchId}:easyRead`]);
    for (const secret of [
      'Marigold',
      'Ashcombe',
      'marigold@example.org',
      'she/her',
      'BSL',
      'Booked by phone',
      'Staff',
      'Quenby Road',
      '4421',
      'agency',
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    // The plan itself is untouched.
    expect(store.service.getPlan({ planId: store.planId }).people[0]!.name).toBe('Marigold Ashcombe');
  });

  it('says kindly when the plan is not there', () => {
    const store = openTestStore();
    expect(store.dispatch('exportPlanFile', { planId: crypto.randomUUID(), includePersonal: false })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(store.dispatch('exportPlanFile', { planId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('importPlanFile', () => {
  it('takes in a plan from another computer exactly, keeping its id so a second import is recognised', () => {
    const from = storeWithPlan();
    const original = from.service.getPlan({ planId: from.planId });
    const { text, fileName } = exported(from, from.planId, true);

    const to = openTestStore();
    const result = ok(imported(to, { base64: base64(text), fileName }));
    expect(result).toMatchObject({ status: 'imported', includesPersonal: true, plan: { id: original.id, title: 'Carers’ voices', blockCount: 3 } });
    const plan = to.service.getPlan({ planId: original.id });
    expect(withoutIds(plan)).toEqual(withoutIds(original));
    // The links inside survive fresh ids: the lead, the deciders and the set-asides about a need and a block.
    expect(plan.blocks[0]!.leadPersonId).toBe(plan.people[0]!.id);
    expect(plan.blocks[1]!.deciderIds).toEqual(plan.people.map((p) => p.id));
    expect(plan.setAsides.map((s) => s.findingId).sort()).toEqual(
      [
        `easy-read-long-sentences:block:${plan.blocks[2]!.id}:easyRead`,
        `need-no-arrangement:${plan.people[0]!.accessNeeds[0]!.id}`,
        `payment-missing:${plan.people[1]!.id}`,
      ].sort(),
    );
    expect(to.service.listPlans(undefined).find((p) => p.id === original.id)?.totalMinutes).toBe(from.service.listPlans(undefined)[0]!.totalMinutes);

    // The same file again: nothing changes, and the plan already here is named.
    const before = bytesOnDisk(to.dbPath);
    expect(ok(imported(to, { base64: base64(text) }))).toEqual({ status: 'exists', existing: to.service.listPlans(undefined)[0] });
    expect(bytesOnDisk(to.dbPath).equals(before)).toBe(true);
  });

  it('as a copy: beside the original, with its own ids and a title that tells them apart', () => {
    const store = storeWithPlan();
    const original = store.service.getPlan({ planId: store.planId });
    const { text } = exported(store, store.planId, true);
    const result = ok(imported(store, { base64: base64(text), asCopy: true }));
    if (result.status !== 'imported') throw new Error('expected an import');
    expect(result.plan.id).not.toBe(original.id);
    expect(result.plan.title).toBe('Copy of Carers’ voices');
    const copy = store.service.getPlan({ planId: result.plan.id });
    expect(withoutIds(copy)).toEqual(withoutIds({ ...original, title: 'Copy of Carers’ voices' }));
    const ids = (p: Plan) => [...p.people.map((x) => x.id), ...p.blocks.map((b) => b.id)];
    expect(ids(copy).filter((id) => ids(original).includes(id))).toEqual([]);
    expect(store.service.getPlan({ planId: original.id })).toEqual(original);
    expect(store.service.listPlans(undefined)).toHaveLength(2);
  });

  it('a file exported without personal data says so, and imports with roles for names', () => {
    const from = storeWithPlan();
    const to = openTestStore();
    const result = ok(imported(to, { base64: base64(exported(from, from.planId, false).text) }));
    expect(result).toMatchObject({ status: 'imported', includesPersonal: false });
    const plan = to.service.getPlan({ planId: from.planId });
    expect(plan.people.map((p) => p.name)).toEqual(['Carer 1', 'Researcher 1']);
    expect(plan.people.every((p) => p.accessNeeds.length === 0 && p.contact === '')).toBe(true);
  });

  it('brings back a plan deleted here, with its own id, from the file it was exported to', () => {
    const store = storeWithPlan();
    const original = store.service.getPlan({ planId: store.planId });
    const { text } = exported(store, store.planId, true);
    store.service.deletePlan({ planId: store.planId });
    expect(ok(imported(store, { base64: base64(text) }))).toMatchObject({ status: 'imported', plan: { id: store.planId } });
    expect(withoutIds(store.service.getPlan({ planId: store.planId }))).toEqual(withoutIds(original));
    // Undo finds the plan back already and leaves it as it is.
    expect(store.service.restorePlan({ planId: store.planId }).id).toBe(store.planId);
    expect(store.service.listPlans(undefined)).toHaveLength(1);
  });

  it('opens a version 1 file, with everything version 2 added starting empty', () => {
    const from = storeWithPlan();
    const file = JSON.parse(exported(from, from.planId, true).text);
    file.version = 1;
    delete file.personalData;
    for (const key of ['venueChecks', 'onlineChecks', 'deliveredOn', 'personalDataClearedOn']) delete file.plan[key];
    for (const block of file.plan.blocks) delete block.easyRead;
    for (const person of file.plan.people) {
      for (const key of ['joinsOnline', 'consent', 'accessNeeds', 'packFormat', 'packDelivery', 'materialsSentOn']) delete person[key];
    }
    file.plan.setAsides = file.plan.setAsides.filter((s: { findingId: string }) => !s.findingId.startsWith('need-'));
    const to = openTestStore();
    expect(ok(imported(to, { base64: base64(JSON.stringify(file)) }))).toMatchObject({ status: 'imported', includesPersonal: true });
    expect(to.service.getPlan({ planId: from.planId }).people[0]).toMatchObject({
      name: 'Marigold Ashcombe',
      consent: { store: false },
      accessNeeds: [],
      packFormat: 'standard',
    });
  });

  describe('refuses, with a plain message and nothing imported', () => {
    const valid = () => {
      const from = storeWithPlan();
      return JSON.parse(exported(from, from.planId, true).text);
    };
    const spoilt = (spoil: (file: ReturnType<typeof valid>) => void) => {
      const file = valid();
      spoil(file);
      return base64(JSON.stringify(file));
    };
    const twice = <T>(list: T[]) => [...list, list[0]!];

    const cases: [string, () => string, string | RegExp][] = [
      [
        'a file over 20 MB',
        () => base64(new Uint8Array(PLAN_FILE_MAX_BYTES + 1)),
        'This file is too big to be a Kindred plan (the limit is 20 MB). Nothing was imported.',
      ],
      ['text that is not UTF-8', () => base64(new Uint8Array([0x7b, 0xe9, 0x7d])), /not in UTF-8.*Nothing was imported\.$/],
      ['an empty file', () => '', 'This file is empty, so there is no plan in it. Nothing was imported.'],
      ['text that is not JSON', () => base64('{"kindred": "plan", '), /damaged.*Nothing was imported\.$/],
      ['JSON that is not a plan file', () => base64('{"budget": 12}'), 'This file is not a Kindred plan file. Nothing was imported.'],
      ['a file from a newer Kindred', () => spoilt((f) => (f.version = 7)), /made by a newer Kindred.*version 7.*Nothing was imported\.$/],
      [
        'a version Kindred does not know',
        () => spoilt((f) => (f.version = '2')),
        /version “2”, which Kindred does not know\. Nothing was imported\.$/,
      ],
      [
        'a field that is wrong',
        () => spoilt((f) => (f.plan.blocks[2].pinnedTime = '12.30')),
        'the pinned time of block 3 of the agenda (“Lunch”): Use a 24-hour time, like 09:30. Nothing was imported.',
      ],
      [
        'needs without consent',
        () => spoilt((f) => (f.plan.people[0].consent.store = false)),
        /person 1 \(“Marigold Ashcombe”\).*Record their consent first\./,
      ],
      [
        'people sharing an id',
        () => spoilt((f) => (f.plan.people = twice(f.plan.people))),
        'Two people in this plan file share an id. Nothing was imported.',
      ],
      [
        'needs sharing an id',
        () => spoilt((f) => ((f.plan.people[1].accessNeeds = f.plan.people[0].accessNeeds), (f.plan.people[1].consent = CONSENTED))),
        'Two access needs in this plan file share an id. Nothing was imported.',
      ],
      [
        'blocks sharing an id',
        () => spoilt((f) => (f.plan.blocks = twice(f.plan.blocks))),
        'Two agenda blocks in this plan file share an id. Nothing was imported.',
      ],
      [
        'changes sharing an id',
        () => spoilt((f) => (f.plan.changes = twice(f.plan.changes))),
        'Two lines of “you said, we did” in this plan file share an id. Nothing was imported.',
      ],
      [
        'a finding set aside twice',
        () => spoilt((f) => (f.plan.setAsides = twice(f.plan.setAsides))),
        'The same finding is set aside twice in this plan file. Nothing was imported.',
      ],
      [
        'a lead who is not in the plan',
        () => spoilt((f) => (f.plan.blocks[0].leadPersonId = crypto.randomUUID())),
        /led by someone who is not in the plan's people\. Nothing was imported\.$/,
      ],
    ];

    it.each(cases)('%s', (_what, file, message) => {
      const store = storeWithPlan();
      const before = bytesOnDisk(store.dbPath);
      const response = imported(store, { base64: file(), fileName: 'Shared plan.kindred' });
      expect(response.ok).toBe(false);
      if (response.ok) return;
      expect(response.error.code).toBe('invalid');
      if (typeof message === 'string') expect(response.error.message).toContain(message);
      else expect(response.error.message).toMatch(message);
      expect(response.error.message.endsWith('Nothing was imported.')).toBe(true);
      expect(store.service.listPlans(undefined)).toHaveLength(1);
      expect(bytesOnDisk(store.dbPath).equals(before)).toBe(true);
      expect(store.unexpected).toEqual([]);
    });

    it('more than 20 MB of base64 is refused before it is decoded', () => {
      const store = storeWithPlan();
      const response = imported(store, { base64: 'A'.repeat(Math.ceil((PLAN_FILE_MAX_BYTES + 3) / 3) * 4) });
      expect(response).toMatchObject({
        ok: false,
        error: { code: 'invalid', message: 'This file is too big to be a Kindred plan (the limit is 20 MB). Nothing was imported.' },
      });
    });

    it('keeps the field’s place for the renderer, and names a file that is something else', () => {
      const store = storeWithPlan();
      const wrong = imported(store, { base64: spoilt((f) => (f.plan.title = '')) });
      expect(wrong).toMatchObject({ ok: false, error: { fields: { 'plan.title': 'Give the plan a name so you can find it later.' } } });
      const docx = imported(store, { base64: base64('PK\u0003\u0004 not a plan'), fileName: 'C:\\Users\\sam\\Our day – participant pack.docx' });
      expect(docx).toMatchObject({
        ok: false,
        error: { message: '“Our day – participant pack.docx” is not a Kindred plan file (those end in .kindred). Nothing was imported.' },
      });
    });
  });
});
