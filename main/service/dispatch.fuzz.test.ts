/**
 * Random and hostile payloads for every API method, through the very dispatch Electron's IPC and
 * the web bridge call. For each: dispatch never throws, always answers with an envelope, never
 * answers "internal" (that would be a crash the validation missed), words every refusal kindly,
 * and leaves the database exactly as it was when it refuses. Payloads are valid inputs with one
 * thing changed (a wrong type, a huge string, a negative or non-finite number, a prototype key, a
 * missing or extra field, deep nesting), and arbitrary values of every kind structured clone can
 * carry over IPC.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../store/database';
import { openTestStore } from '../testing/tempStore';
import type { ApiResponse } from '../contract/contract';
import { API_METHODS, type ApiMethod } from '../contract/methods';

const RUNS_PER_METHOD = Number(process.env.KINDRED_FUZZ_RUNS ?? 300);
let fuzzed = 0;
const answers = { ok: 0, invalid: 0, not_found: 0 };

/** A hash of every row of every table: equal before and after means nothing was stored. */
function fingerprint(db: Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all();
  for (const { name } of tables) {
    hash.update(name);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

const uuid = (n: number) => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A store with one of everything, and a valid input for every method that names it. */
async function seededStore() {
  const store = openTestStore();
  const { service } = store;
  const plan = service.createPlan({ details: { title: 'Carers’ voices', date: '2027-05-04' } });
  const gone = service.createPlan({ details: { title: 'Deleted a moment ago' } });
  service.deletePlan({ planId: gone.id });
  const other = service.createPlan({ details: { title: 'Another plan' } });
  const person = service.addPerson({
    planId: plan.id,
    person: {
      name: 'Amara',
      role: 'carer',
      consent: { store: true, share: false, recordedOn: '2027-04-01' },
      accessNeeds: [
        {
          id: uuid(1),
          type: 'step_free',
          detail: 'Ramp',
          arrangement: { how: '', owner: '', dueDate: null, status: 'to_arrange', personTold: false },
        },
      ],
    },
  });
  const first = service.addBlock({ planId: plan.id, block: { kind: 'welcome', title: 'Welcome', durationMinutes: 15 } });
  service.addBlock({ planId: plan.id, block: { kind: 'decision', title: 'Decide', durationMinutes: 45, deciderIds: [person.id] } });
  service.setAsideFinding({ planId: plan.id, findingId: `decision-unnamed:${first.id}`, reason: 'We decide together' });
  const item = service.saveToLibrary({
    item: { title: 'Tea', kind: 'break', durationMinutes: 15, description: '', easyRead: '', facilitatorNotes: '', materials: '' },
  });
  const template = service.savePlanAsTemplate({ planId: plan.id, name: 'Our roundtable' });
  const backup = await service.backupNow(undefined).catch(() => undefined);
  const exported = (() => {
    try {
      return service.exportPlanFile({ planId: plan.id, includePersonal: true }).text;
    } catch {
      return '{}';
    }
  })();
  const blocks = service.getPlan({ planId: plan.id }).blocks;
  // The day is running, so +5 minutes (runDay's valid input) always applies.
  service.runDay({ planId: plan.id, step: 'start_day', at: Date.UTC(2027, 2, 12, 10) });
  const planId = plan.id;
  const blockId = first.id;
  const personId = person.id;
  const entry = service.createDirectoryPerson({ person: { name: 'Rhian Hughes', email: 'rhian@example.org', roles: ['carer'] } });
  const twin = service.createDirectoryPerson({ person: { name: 'Rhian Hughes', email: 'rhian@example.org' } });
  const directoryPersonId = entry.id;
  const project = service.createProject({ project: { name: 'Carers’ panel', aims: 'Carers shape the study' } });
  service.addProjectMember({ projectId: project.id, directoryPersonId: twin.id });
  service.setPlanProject({ planId, projectId: project.id });
  const logEntry = service.saveImpactEntry({
    projectId: project.id,
    entry: { onDate: '2027-05-20', asked: 'Times', said: 'Evenings', changed: 'Moved to 6pm', toldOn: null, toldHow: '' },
  });
  const projectId = project.id;

  const valid = {
    listPlans: { search: 'car', sort: 'date_desc' },
    getPlan: { planId },
    createPlan: { details: { title: 'New plan', format: 'hybrid', startTime: '10:00' } },
    updatePlan: {
      planId,
      patch: { title: 'Renamed', expectedParticipants: 12, givesBack: ['feedback'], venueChecks: { lift: { answer: 'yes', note: '' } } },
    },
    duplicatePlan: { planId },
    deletePlan: { planId: other.id },
    restorePlan: { planId: gone.id },
    addSamplePlan: {},
    addBlock: { planId, block: { kind: 'activity', title: 'Dots', durationMinutes: 20, pinnedTime: '11:00' }, index: 1 },
    updateBlock: { planId, blockId, patch: { title: 'Hello', durationMinutes: 20, leadPersonId: personId, deciderIds: [personId] } },
    deleteBlock: { planId, blockId },
    duplicateBlock: { planId, blockId },
    moveBlock: { planId, blockId, toIndex: 1 },
    setAgenda: { planId, blocks: [...blocks].reverse() },
    getSettings: {},
    updateSettings: { theme: 'dark', reminders: { arrangementsDaysBefore: 7, materialsDaysBefore: 5, personalDataDays: 90 } },
    addPerson: {
      planId,
      person: {
        name: 'Sam',
        role: 'researcher',
        payment: {
          status: 'agreed',
          prepHours: 1,
          sessionHours: 2,
          followUpHours: 0,
          rate: { name: 'Half day', amountPence: 7500, unit: 'day', source: 'Policy', asOf: '2027-01-01' },
          method: 'voucher',
          expenses: [{ id: uuid(2), kind: 'travel', note: 'Bus', amountPence: 450 }],
          benefitsAdviceOffered: true,
          notes: '',
        },
      },
    },
    updatePerson: {
      planId,
      personId,
      patch: { name: 'Amara O', packFormat: 'large_print', consent: { store: false, share: false, recordedOn: null }, accessNeeds: [] },
    },
    deletePerson: { planId, personId },
    forgetPerson: { planId, personId },
    clearPersonalData: { planId },
    replaceNamesInPlace: { planId, place: { in: 'debrief', field: 'reflections' }, names: ['Amara'] },
    listDirectory: { search: 'rhian', sort: 'last_involved' },
    getDirectoryPerson: { directoryPersonId },
    createDirectoryPerson: { person: { name: 'Nia', pronouns: 'they/them', roles: ['public_contributor'], packFormat: 'easy_read' } },
    updateDirectoryPerson: {
      directoryPersonId,
      patch: {
        knownAs: 'Rhi',
        consent: { store: true, share: false, recordedOn: '2027-03-01', askAgainOn: '2028-03-01' },
        accessProfile: [{ id: uuid(4), type: 'breaks', detail: 'A break every hour helps me' }],
        paymentPreferences: { method: 'voucher', declines: false, benefitsAdviceOfferedOn: '2027-03-01' },
      },
    },
    deleteDirectoryPerson: { directoryPersonId: twin.id },
    listDuplicates: {},
    mergeDirectoryPeople: { directoryPersonId, duplicateId: twin.id },
    addDirectoryPersonToPlan: { planId, directoryPersonId },
    forgetDirectoryPerson: { directoryPersonId: twin.id },
    exportSubjectAccess: { directoryPersonId },
    answerImportMatch: { planId, personId, directoryPersonId: null },
    getPersonHistory: { directoryPersonId },
    getReviewHistory: { planId },
    previewPack: { planId, pack: 'participant', format: 'easy_read' },
    packHtml: { planId, pack: 'facilitator', format: 'large_print' },
    packFile: { planId, pack: 'participant', format: 'large_print', personId },
    setAsideFinding: { planId, findingId: 'jargon:purpose', reason: 'It is the study’s name' },
    restoreFinding: { planId, findingId: `decision-unnamed:${blockId}` },
    updateDebrief: { planId, patch: { aim: 'To hear carers', results: 'Later starts' } },
    setChanges: { planId, changes: [{ id: uuid(3), youSaid: 'Start later', weDid: 'Started at 10:30' }] },
    listLibrary: {},
    saveToLibrary: { item: { title: 'Walk', kind: 'activity', durationMinutes: 30, description: 'Outside', facilitatorNotes: '', materials: '' } },
    deleteLibraryItem: { itemId: item.id },
    listTemplates: {},
    createPlanFromTemplate: { templateId: 'sandpit', details: { title: 'From the sandpit' } },
    savePlanAsTemplate: { planId, name: 'Mine', summary: 'Two hours' },
    deleteTemplate: { templateId: template.id },
    exportPlanFile: { planId, includePersonal: false },
    importPlanFile: { base64: Buffer.from(exported).toString('base64'), fileName: 'plan.kindred', asCopy: true },
    listBackups: {},
    backupNow: {},
    restoreBackup: { backupId: backup?.id ?? 'kindred-manual-20270101t000000z.db' },
    getRunDay: { planId },
    runDay: { planId, step: 'add_five', at: Date.UTC(2027, 2, 12, 10, 5) },
    paymentsFile: { from: '2027-01-01', to: '2027-12-31', format: 'csv', planIds: [planId] },
    involvementLetter: { directoryPersonId, theyAgreed: true },
    getRunNotes: { planId },
    getNotesOnTheDay: { planId },
    setRunNote: { planId, blockId, heard: 'Mornings are hard', willDo: 'Start at 11' },
    getOverrunHistory: { planId },
    listProjects: {},
    getProject: { projectId },
    createProject: { project: { name: 'Young people’s group', aims: '' } },
    updateProject: { projectId, patch: { reflections: 'We learned to start later' } },
    deleteProject: { projectId },
    addProjectMember: { projectId, directoryPersonId },
    removeProjectMember: { projectId, directoryPersonId: twin.id },
    getPlanProject: { planId },
    setPlanProject: { planId, projectId: null },
    createProjectPlan: { projectId, details: { title: 'Second meeting', date: '2027-06-01' }, bringAgreement: true, bringGlossary: true },
    saveImpactEntry: {
      projectId,
      entry: { id: logEntry.id, onDate: '2027-05-21', asked: 'Times', said: 'Evenings', changed: 'Moved', toldOn: '2027-05-30', toldHow: 'Email' },
    },
    deleteImpactEntry: { projectId, entryId: logEntry.id },
    impactReportFile: { projectId, format: 'dyslexia' },
    getRoomScreen: { planId },
    getAttendance: { planId },
    markAttendance: { planId, personId, came: true },
    addSomeoneNew: { planId, person: { name: 'Someone new', role: 'public_contributor' } },
  } satisfies Record<ApiMethod, unknown>;
  return { store, valid: valid as Record<ApiMethod, unknown> };
}

/** Values that have broken parsers before: wrong types, edges of numbers and text, prototype keys. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -1,
    -0,
    0.5,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_VALUE,
    2 ** 31,
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\u202Egnp.exe',
    '\uD800',
    '\uDFFF\uD800',
    '\u200B\u200D\uFEFF',
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    '..\\..\\windows',
    'CON',
    '__proto__',
    'constructor',
    '1970-13-45',
    '24:00',
    '99:99',
    '2027-02-30',
    'NaN',
    'null',
    '{}',
    '00000000-0000-0000-0000-000000000000',
    'x'.repeat(1_100_000),
    '😀'.repeat(60_000),
    null,
    undefined,
    true,
    false,
    [],
    {},
    [[[]]],
    10n,
    new Date(0),
    new Date(NaN),
    new Map([['a', 1]]),
    new Set([1]),
    new Uint8Array([1, 2, 3]),
    /re/g,
  ),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.constant(null).map(() => Object.create(null) as unknown),
  fc.integer({ min: 1, max: 3000 }).map((depth) => {
    let v: unknown = 'deep';
    for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
    return v;
  }),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withBoxedValues: true,
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty')),
  }),
);

type Path = (string | number)[];

/** Every place in a value that a mutation can reach, the root included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

type Mutation = { kind: 'replace' | 'remove' | 'addKey'; pick: number; value: unknown; key: string };

/** A copy of `valid` with one thing changed at one place. */
function mutate(valid: unknown, m: Mutation): unknown {
  const paths = pathsOf(valid);
  const path = paths[m.pick % paths.length]!;
  if (path.length === 0) return m.kind === 'replace' ? m.value : m.kind === 'remove' ? undefined : { ...(valid as object), [m.key]: m.value };
  const root = structuredClone(valid) as Record<string | number, unknown>;
  let parent = root;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (m.kind === 'replace') parent[last] = m.value;
  else if (m.kind === 'remove') delete parent[last];
  else {
    const target = parent[last];
    if (target !== null && typeof target === 'object')
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    else parent[last] = m.value;
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'remove', 'addKey'),
  pick: fc.nat(),
  value: hostileValue,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', ''), fc.string()),
});

/** The property, for one payload. */
async function check(store: Awaited<ReturnType<typeof seededStore>>['store'], method: string, input: unknown, before: { print: string }) {
  fuzzed++;
  let response: ApiResponse<unknown>;
  try {
    response = await store.dispatch(method, input);
  } catch (err) {
    throw new Error(`dispatch threw for ${method}: ${String(err)}`);
  }
  expect(store.unexpected, `${method}: an unexpected exception reached dispatch`).toEqual([]);
  expect(typeof response).toBe('object');
  if (response.ok) {
    answers.ok++;
    expect(Object.keys(response)).toEqual(['ok', 'value']);
    before.print = fingerprint(store.db);
    return;
  }
  expect(Object.keys(response).sort()).toEqual(['error', 'ok']);
  const { code, message, fields } = response.error;
  expect(['invalid', 'not_found']).toContain(code);
  answers[code as 'invalid' | 'not_found']++;
  expect(typeof message).toBe('string');
  expect(message.length).toBeGreaterThan(0);
  for (const text of [message, ...Object.values(fields ?? {})]) {
    expect(typeof text).toBe('string');
    // Kind words only: no raw validator English, nothing scolding (PRODUCT.md's tone table).
    expect(text, `${method}: "${text}"`).not.toMatch(/\b(invalid|must|error|expected|received|undefined|NaN)\b/i);
  }
  expect(fingerprint(store.db), `${method} refused the input but the database changed`).toBe(before.print);
}

describe('dispatch under random and hostile payloads', () => {
  afterAll(() => {
    console.log(
      `dispatch fuzz: ${fuzzed} payloads across ${API_METHODS.length} methods: ${answers.ok} accepted, ${answers.invalid} refused as invalid, ${answers.not_found} not found`,
    );
    // Nothing sent with a "__proto__" key reached Object.prototype.
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('has a valid input to start from for every method', async () => {
    const { valid } = await seededStore();
    expect(Object.keys(valid).sort()).toEqual([...API_METHODS].sort());
  });

  it.each(API_METHODS.map((m) => [m]))(
    '%s: near-valid and arbitrary inputs are answered, never crash, and change nothing when refused',
    async (method) => {
      const { store, valid } = await seededStore();
      const before = { print: fingerprint(store.db) };
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 4, arbitrary: mutation.map((m) => mutate(valid[method], m)) }, { weight: 1, arbitrary: hostileValue }),
          (input) => check(store, method, input, before),
        ),
        { numRuns: method === 'packFile' || method === 'backupNow' || method === 'restoreBackup' ? Math.ceil(RUNS_PER_METHOD / 3) : RUNS_PER_METHOD },
      );
      // Last, as it may delete what the payloads above refer to: the valid input itself is accepted,
      // so the mutations started from something that works.
      const ok = await store.dispatch(method, valid[method]);
      expect(ok, JSON.stringify(ok)).toMatchObject({ ok: true });
    },
  );

  it('refuses method names it does not know, whatever they are', async () => {
    const { store } = await seededStore();
    const before = { print: fingerprint(store.db) };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'purgeDeleted', 'then', 'prototype')),
        hostileValue,
        async (method, input) => {
          fc.pre(!(API_METHODS as readonly string[]).includes(method));
          await check(store, method, input, before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
