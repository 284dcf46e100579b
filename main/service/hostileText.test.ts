/**
 * Hostile text in every text field, through dispatch as IPC and the bridge send it: markup and
 * script, right-to-left overrides, zero-width and control characters, lone surrogate halves, SQL,
 * path tricks, Windows device names, and text as long as each field allows. Kindred's rule:
 *
 * - It keeps what was typed, exactly, except what SQLite cannot store as it is: a null byte (SQLite
 *   would cut the text there) and a lone surrogate half (not a character at all, only ever made by a
 *   program; SQLite would write bytes that are not UTF-8). Both are refused with a kind message.
 * - What could break something is made safe where it would: packs drop characters XML cannot hold
 *   (render.ts sanitizeText), file names drop separators, controls and reversing characters
 *   (fileNames.ts). The renderer shows everything as text (React escapes it; see
 *   e2e/journeys/hostile-text.spec.ts).
 * - Text over a field's limit, up to 1 MB of it, is refused with a kind message and nothing changes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { PACK_FORMATS } from '../domain/access';
import { checkDocx, parseXml, type El } from '../testing/docxRules';
import { isReservedWindowsName, MAX_NAME_BYTES } from '../domain/pack/fileNames';
import { sanitizeText } from '../domain/pack/render';
import type { Plan } from '../domain/plan';
import { LIMITS } from '../domain/plan';
import { openTestStore } from '../testing/tempStore';
import type { ApiResponse } from '../contract/contract';

export const HOSTILE_TEXTS: readonly string[] = [
  '<script>alert("pwned")</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;b&gt; &amp; ]]> <![CDATA[x]]> <?xml version="1.0"?> <!-- -->',
  '\u202Eexe.plan.docx',
  'zero\u200Bwidth\u200C\u200D\uFEFFjoiners\u2060',
  'bells\u0007 escapes\u001B[31m vertical\u000Btab form\u000Cfeed \u0085next \u2028line',
  'Robert\'); DROP TABLE plans;-- " ` ; --',
  '../../etc/passwd C:\\Windows\\system32\\ %2e%2e%2f /dev/null',
  'CON',
  '{{constructor.constructor("alert(1)")()}} ${process.exit()} %s%n',
  '👩🏽‍🦯 مرحبا بكم שלום 🏳️‍🌈',
  '   leading and trailing spaces   ',
];

const ok = <T>(response: ApiResponse<unknown> | Promise<ApiResponse<unknown>>): Promise<T> =>
  Promise.resolve(response).then((r) => {
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.fields)}`);
    return r.value as T;
  });

/** A plan with `text` in every text field a facilitator can fill, through dispatch. */
async function planFullOf(text: string) {
  const store = openTestStore();
  const call = <T>(method: string, input: unknown) => ok<T>(store.dispatch(method, input));
  const plan = await call<Plan>('createPlan', {
    details: {
      title: text.slice(0, LIMITS.title),
      purpose: text,
      whatCouldChange: text,
      venueName: text,
      venueAddress: text,
      givesBack: ['other'],
      givesBackNote: text,
      followUp: text,
      venueChecks: { lift: { answer: 'no', note: text } },
      onlineChecks: { captions: { answer: 'unsure', note: text } },
      format: 'hybrid',
      date: '2027-05-04',
    },
  });
  const planId = plan.id;
  const person = await call<{ id: string }>('addPerson', {
    planId,
    person: {
      name: text,
      role: 'public_contributor',
      organisation: text,
      pronouns: text.slice(0, 100),
      contact: text,
      packFormat: 'easy_read',
      consent: { store: true, share: true, recordedOn: '2027-04-01' },
      accessNeeds: [
        {
          id: 'b0000000-0000-4000-8000-000000000001',
          type: 'other',
          detail: text,
          arrangement: { how: text, owner: text, dueDate: '2027-04-20', status: 'arranged', personTold: false },
        },
      ],
      payment: {
        status: 'agreed',
        prepHours: 1,
        sessionHours: 2,
        followUpHours: 0,
        rate: { name: text, amountPence: 2000, unit: 'hour', source: text, asOf: '2027-01-01' },
        method: 'other',
        expenses: [{ id: 'b0000000-0000-4000-8000-000000000002', kind: 'other', note: text, amountPence: 100 }],
        benefitsAdviceOffered: true,
        notes: text,
      },
    },
  });
  for (const kind of ['welcome', 'decision'] as const) {
    await call('addBlock', {
      planId,
      block: {
        kind,
        title: text.slice(0, LIMITS.title),
        description: text,
        easyRead: text,
        facilitatorNotes: text,
        materials: text,
        leadBy: text,
        leadPersonId: person.id,
        decision: text,
        deciderIds: [person.id],
      },
    });
  }
  await call('updateDebrief', { planId, patch: { aim: text, methods: text, results: text, outcomes: text, reflections: text } });
  await call('setChanges', { planId, changes: [{ id: 'b0000000-0000-4000-8000-000000000003', youSaid: text, weDid: text }] });
  await call('setAsideFinding', { planId, findingId: 'jargon:purpose', reason: text });
  return { store, call, planId, personId: person.id };
}

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function elementNames(el: El, out = new Set<string>()): Set<string> {
  for (const c of el.children) {
    out.add(c.name);
    elementNames(c, out);
  }
  return out;
}

/** A name every file system takes and no one can be fooled by. */
function expectSafeFileName(name: string, extension: string) {
  expect(name.endsWith(extension), name).toBe(true);
  expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  expect(name).not.toMatch(/^[\s.]|[\s.]$/);
  expect(isReservedWindowsName(name)).toBe(false);
  expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
}

describe('hostile text in every field', () => {
  it.each([...HOSTILE_TEXTS, 'x'.repeat(LIMITS.shortText)].map((t) => [JSON.stringify(t).slice(0, 60), t]))(
    '%s is kept exactly, shown as data, and written safely into every pack and file name',
    async (_label, text) => {
      const { store, call, planId, personId } = await planFullOf(text);
      const plan = await call<Plan>('getPlan', { planId });
      // Every field came back exactly as sent (titles are shorter, so they hold the start of it).
      const kept = strings(plan).filter((s) => s === text || s === text.slice(0, LIMITS.title) || s === text.slice(0, 100));
      expect(kept.length).toBeGreaterThanOrEqual(40);
      expect(plan.title).toBe(text.slice(0, LIMITS.title));
      expect(plan.people[0]?.accessNeeds[0]?.detail).toBe(text);
      expect((await call<{ id: string }[]>('listPlans', { search: text.slice(0, LIMITS.search) })).map((p) => p.id)).toEqual([planId]);

      const title = sanitizeText(text.slice(0, LIMITS.title));
      for (const format of PACK_FORMATS) {
        for (const pack of ['participant', 'facilitator'] as const) {
          const file = await call<{ fileName: string; base64: string }>('packFile', { planId, pack, format, personId });
          expectSafeFileName(file.fileName, '.docx');
          const bytes = Buffer.from(file.base64, 'base64');
          // Every XML part is well formed, and the hostile markup is text, never an element.
          for (const [path, content] of Object.entries(unzipSync(bytes))) {
            if (!/\.(xml|rels)$/.test(path)) continue;
            const xml = strFromU8(content);
            expect(XMLValidator.validate(xml), `${pack} ${format} ${path}`).toBe(true);
            const names = elementNames(parseXml(xml));
            for (const name of names) expect(name, `${pack} ${format} ${path}`).toMatch(/^([a-zA-Z0-9]+:)?[a-zA-Z0-9]+$/);
            expect([...names].some((n) => /^(script|img|iframe)$/i.test(n.split(':').pop()!))).toBe(false);
          }
          const { facts } = checkDocx(bytes, format);
          // Line ends and spaces may move (a heading is one line); every visible character is there.
          const visible = (t: string) => t.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, '');
          if (visible(title) !== '') expect(visible(facts.text), `${pack} ${format}`).toContain(visible(title));
          // The pack's own title property carries it too, escaped.
          expect(facts.title.length).toBeGreaterThan(0);
        }
      }
      const planFile = await call<{ fileName: string; text: string }>('exportPlanFile', { planId, includePersonal: true });
      expectSafeFileName(planFile.fileName, '.kindred');
      // The plan file is JSON: the text travels inside strings, and comes back exactly.
      expect(strings(JSON.parse(planFile.text))).toContain(text);
      expect(store.unexpected).toEqual([]);
    },
  );

  /** Each text field, as a way to send `text` to it through dispatch. */
  const FIELDS: [string, (ids: { planId: string; personId: string; blockId: string }, text: string) => [string, unknown]][] = [
    ['plan title', ({ planId }, t) => ['updatePlan', { planId, patch: { title: t } }]],
    ['plan purpose', ({ planId }, t) => ['updatePlan', { planId, patch: { purpose: t } }]],
    ['venue address', ({ planId }, t) => ['updatePlan', { planId, patch: { venueAddress: t } }]],
    ['venue check note', ({ planId }, t) => ['updatePlan', { planId, patch: { venueChecks: { lift: { answer: 'yes', note: t } } } }]],
    ['block title', ({ planId, blockId }, t) => ['updateBlock', { planId, blockId, patch: { title: t } }]],
    ['block description', ({ planId, blockId }, t) => ['updateBlock', { planId, blockId, patch: { description: t } }]],
    ['block Easy Read', ({ planId, blockId }, t) => ['updateBlock', { planId, blockId, patch: { easyRead: t } }]],
    ['who leads', ({ planId, blockId }, t) => ['updateBlock', { planId, blockId, patch: { leadBy: t } }]],
    ['person name', ({ planId, personId }, t) => ['updatePerson', { planId, personId, patch: { name: t } }]],
    ['contact details', ({ planId, personId }, t) => ['updatePerson', { planId, personId, patch: { contact: t } }]],
    [
      'payment notes',
      ({ planId, personId }, t) => [
        'updatePerson',
        {
          planId,
          personId,
          patch: {
            payment: {
              status: 'to_agree',
              prepHours: 0,
              sessionHours: 0,
              followUpHours: 0,
              rate: null,
              method: null,
              expenses: [],
              benefitsAdviceOffered: false,
              notes: t,
            },
          },
        },
      ],
    ],
    [
      'access need detail',
      ({ planId, personId }, t) => [
        'updatePerson',
        {
          planId,
          personId,
          patch: {
            accessNeeds: [
              {
                id: 'b0000000-0000-4000-8000-000000000001',
                type: 'other',
                detail: t,
                arrangement: { how: '', owner: '', dueDate: null, status: 'to_arrange', personTold: false },
              },
            ],
          },
        },
      ],
    ],
    ['debrief', ({ planId }, t) => ['updateDebrief', { planId, patch: { reflections: t } }]],
    ['you said', ({ planId }, t) => ['setChanges', { planId, changes: [{ id: 'b0000000-0000-4000-8000-000000000003', youSaid: t, weDid: '' }] }]],
    ['set-aside reason', ({ planId }, t) => ['setAsideFinding', { planId, findingId: 'jargon:followUp', reason: t }]],
    [
      'saved block',
      (_, t) => [
        'saveToLibrary',
        { item: { title: 'Tea', kind: 'break', durationMinutes: 10, description: t, facilitatorNotes: '', materials: '' } },
      ],
    ],
    ['template name', ({ planId }, t) => ['savePlanAsTemplate', { planId, name: t }]],
    ['search', (_, t) => ['listPlans', { search: t }]],
  ];

  it.each(FIELDS)('%s: a null byte, half an emoji, or 1 MB of text is refused kindly and changes nothing', async (_field, send) => {
    const { store, planId, personId } = await planFullOf('Fine text');
    const plan = await ok<Plan>(store.dispatch('getPlan', { planId }));
    const ids = { planId, personId, blockId: plan.blocks[0]!.id };
    const snapshot = () =>
      JSON.stringify([
        store.db.prepare('SELECT * FROM plans').all(),
        store.db.prepare('SELECT * FROM people').all(),
        store.db.prepare('SELECT * FROM blocks').all(),
        store.db.prepare('SELECT * FROM library_items').all(),
        store.db.prepare('SELECT * FROM templates').all(),
      ]);
    const before = snapshot();

    const [method, input] = send(ids, 'before\u0000after');
    const nul = await store.dispatch(method, input);
    expect(nul).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/contains a character that cannot be stored\.$/) },
    });

    const [halfMethod, halfInput] = send(ids, 'half an emoji: \uD83D');
    expect(await store.dispatch(halfMethod, halfInput)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/contains a character that cannot be stored\.$/) },
    });

    const [bigMethod, bigInput] = send(ids, 'a'.repeat(1024 * 1024));
    const big = await store.dispatch(bigMethod, bigInput);
    expect(big).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        message: expect.stringMatching(/can be up to [\d,]+ characters; it has 1,048,576\. Could some of it go somewhere else\?$/),
      },
    });
    expect(snapshot()).toBe(before);
    expect(store.unexpected).toEqual([]);
  });
});
