/**
 * Privacy across plans: forgetting someone everywhere (checked in the database file's bytes), the
 * copy of everything about one person (right of access), and importing a plan file without ever
 * guessing who someone is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../testing/docxRules';
import { caught } from '../testing/caught';
import { openTestStore } from '../testing/tempStore';

const CONSENTED = { store: true, share: false, recordedOn: '2027-02-20' };
const ARRANGE = { how: 'Two interpreters booked', owner: 'me', dueDate: null, status: 'arranged' as const, personTold: true };

/** Whether the text is anywhere in the database file or its write-ahead log (UTF-8 or UTF-16). */
function onDisk(dbPath: string, text: string): boolean {
  const bytes = Buffer.concat([dbPath, `${dbPath}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
}

/** Perpetua in two plans (one delivered), with needs, money and a lead; Sam in one of them. */
function twoPlansWithPerpetua() {
  const store = openTestStore();
  const { service } = store;
  const spring = service.createPlan({ details: { title: 'Spring panel', date: '2027-04-01' } }).id;
  const summer = service.createPlan({ details: { title: 'Summer panel', date: '2027-07-01' } }).id;
  const perpetua = service.addPerson({
    planId: spring,
    person: {
      name: 'Perpetua Quillfeather',
      knownAs: 'Pet',
      role: 'carer',
      email: 'perpetua@example.org',
      consent: CONSENTED,
      accessNeeds: [{ id: crypto.randomUUID(), type: 'sign_language', detail: 'Zanzibarine signing please', arrangement: ARRANGE }],
      payment: {
        status: 'agreed',
        prepHours: 1,
        sessionHours: 2,
        followUpHours: 0,
        rate: { name: 'Involvement', amountPence: 2500, unit: 'hour', source: 'NIHR', asOf: '2027-01-01' },
        method: 'bank_transfer',
        expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus', amountPence: 450 }],
        benefitsAdviceOffered: true,
        notes: '',
      },
    },
  });
  const sam = service.addPerson({ planId: spring, person: { name: 'Sam Oduya', role: 'researcher' } });
  const entryId = service.listDirectory({ search: 'Perpetua' })[0]!.id;
  const inSummer = service.addDirectoryPersonToPlan({ planId: summer, directoryPersonId: entryId });
  service.addBlock({ planId: spring, block: { kind: 'welcome', title: 'Welcome', leadPersonId: perpetua.id } });
  service.addBlock({
    planId: summer,
    block: { kind: 'discussion', title: 'Talk', facilitatorNotes: 'Ask Pet and Sam Oduya about the bus times' },
  });
  service.setChanges({
    planId: spring,
    changes: [{ id: crypto.randomUUID(), youSaid: 'Perpetua Quillfeather asked for later starts', weDid: 'We start at 10:30' }],
  });
  service.updatePlan({ planId: spring, patch: { status: 'delivered' } });
  return { ...store, spring, summer, perpetua, sam, inSummer, entryId };
}

describe('forgetting someone across plans', () => {
  it('takes them out of every plan (delivered too) and the directory, leaving no copy in the database file or its log', () => {
    const { service, dbPath, spring, summer, entryId } = twoPlansWithPerpetua();
    expect(onDisk(dbPath, 'Zanzibarine signing please')).toBe(true);

    const result = service.forgetDirectoryPerson({ directoryPersonId: entryId });

    expect(result.plansLeft).toBe(2);
    expect(service.getPlan({ planId: spring }).people.map((p) => p.name)).toEqual(['Sam Oduya']);
    expect(service.getPlan({ planId: summer }).people).toEqual([]);
    expect(service.listDirectory(undefined).map((e) => e.name)).toEqual(['Sam Oduya']);
    expect(caught(() => service.getDirectoryPerson({ directoryPersonId: entryId })).code).toBe('not_found');
    for (const text of ['Zanzibarine signing please', 'perpetua@example.org']) expect(onDisk(dbPath, text)).toBe(false);
  });

  it('lists the plans whose free text still names them, by name or the name they like, and leaves those words alone', () => {
    const { service, dbPath, spring, summer, entryId } = twoPlansWithPerpetua();
    const result = service.forgetDirectoryPerson({ directoryPersonId: entryId });

    expect(result.names).toEqual(['Perpetua Quillfeather', 'Pet']);
    expect(result.mentions).toEqual([
      { planId: summer, title: 'Summer panel', places: 1 },
      { planId: spring, title: 'Spring panel', places: 1 },
    ]);
    // The facilitator's words are theirs to change: still there until they choose to replace them.
    expect(onDisk(dbPath, 'Perpetua Quillfeather asked for later starts')).toBe(true);
    const change = service.getPlan({ planId: spring }).changes[0]!;
    service.replaceNamesInPlace({ planId: spring, place: { in: 'change', changeId: change.id, field: 'youSaid' }, names: result.names });
    expect(onDisk(dbPath, 'Perpetua Quillfeather')).toBe(false);
  });

  it('counts a note on the day that names them, in any plan, and replacing it takes the name off the disk', () => {
    const store = twoPlansWithPerpetua();
    const { service, dbPath, spring, summer, entryId, dispatch } = store;
    const blockId = service.addBlock({ planId: summer, block: { kind: 'discussion' } }).id;
    expect(dispatch('runDay', { planId: summer, step: 'start_day', at: Date.UTC(2027, 6, 1, 10, 0) })).toMatchObject({ ok: true });
    service.setRunNote({ planId: summer, blockId, heard: 'Quiet today', willDo: 'Post the notes to Pet' });
    const result = service.forgetDirectoryPerson({ directoryPersonId: entryId });

    expect(result.mentions).toEqual([
      { planId: summer, title: 'Summer panel', places: 2 },
      { planId: spring, title: 'Spring panel', places: 1 },
    ]);
    const note = service.getNotesOnTheDay({ planId: summer })[0]!;
    service.replaceNamesInPlace({ planId: summer, place: { in: 'runNote', runId: note.runId, blockId, field: 'willDo' }, names: result.names });
    expect(service.getNotesOnTheDay({ planId: summer })[0]).toMatchObject({ heard: 'Quiet today', willDo: 'Post the notes to a participant' });
    expect(onDisk(dbPath, 'notes to Pet')).toBe(false);
  });

  it('also takes them out of a plan deleted a moment ago, so Undo cannot bring them back', () => {
    const { service, spring, entryId } = twoPlansWithPerpetua();
    service.deletePlan({ planId: spring });
    service.forgetDirectoryPerson({ directoryPersonId: entryId });
    service.restorePlan({ planId: spring });
    const restored = service.getPlan({ planId: spring });
    expect(restored.people.map((p) => p.name)).toEqual(['Sam Oduya']);
    expect(restored.blocks[0]!.leadPersonId).toBeNull();
    expect(service.listDirectory(undefined).map((e) => e.name)).toEqual(['Sam Oduya']);
  });

  it('says kindly when the person is not there, and changes nothing', () => {
    const { service, spring } = twoPlansWithPerpetua();
    const before = service.getPlan({ planId: spring });
    expect(caught(() => service.forgetDirectoryPerson({ directoryPersonId: crypto.randomUUID() })).code).toBe('not_found');
    expect(service.getPlan({ planId: spring })).toEqual(before);
    expect(service.listDirectory(undefined)).toHaveLength(2);
  });
});

describe('everything about one person (right of access)', () => {
  it('holds their profile, consent, each plan’s role, arrangements and money, and text that names them, without other people’s names', async () => {
    const { service, entryId, spring, summer } = twoPlansWithPerpetua();
    const { docx, json } = await service.exportSubjectAccess({ directoryPersonId: entryId });

    expect(json.fileName).toBe('What we hold about Perpetua Quillfeather 2027-03-01.json');
    const data = JSON.parse(json.text) as {
      profile: { name: string; email: string; accessProfile: { detail: string }[] };
      plans: { planId: string; title: string; status: string; leads: string[]; asInThePlan: { role: string; payment: { expenses: unknown[] } } }[];
      mentions: { planTitle: string; text: string }[];
    };
    expect(data.profile).toMatchObject({ name: 'Perpetua Quillfeather', email: 'perpetua@example.org' });
    expect(data.profile.accessProfile.map((n) => n.detail)).toEqual(['Zanzibarine signing please']);
    expect(data.plans.map((p) => [p.planId, p.status, p.asInThePlan.role])).toEqual([
      [summer, 'draft', 'carer'],
      [spring, 'delivered', 'carer'],
    ]);
    expect(data.plans[1]!.leads).toEqual(['Welcome']);
    expect(data.plans[1]!.asInThePlan.payment.expenses).toHaveLength(1);
    expect(data.mentions).toEqual([
      { planTitle: 'Summer panel', where: expect.any(String), text: 'Ask Pet and a participant about the bus times' },
      { planTitle: 'Spring panel', where: expect.any(String), text: 'Perpetua Quillfeather asked for later starts' },
    ]);
    expect(json.text).not.toContain('Sam Oduya');

    expect(docx.fileName).toBe('What we hold about Perpetua Quillfeather 2027-03-01.docx');
    const { problems, facts } = checkDocx(new Uint8Array(Buffer.from(docx.base64, 'base64')), 'standard');
    expect(problems).toEqual([]);
    expect(facts.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'What this is',
      'About you',
      'Workshops you are part of',
      'Other places your name is written',
    ]);
    expect(facts.headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      'Your consent',
      'What helps you take part',
      'Summer panel',
      'Spring panel',
    ]);
    for (const words of ['Zanzibarine signing please', 'Two interpreters booked', '£75', 'Travel: £4.50', 'You lead: Welcome']) {
      expect(facts.text).toContain(words);
    }
    expect(facts.text).not.toContain('Sam Oduya');
  });

  it('is not found for someone not in the directory', async () => {
    const { service } = openTestStore();
    await expect(service.exportSubjectAccess({ directoryPersonId: crypto.randomUUID() })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('importing a plan file meets the directory', () => {
  /** A plan file with Amara (email) and Sam (phone) in it, exported and then deleted here. */
  function fileWithTwo() {
    const store = openTestStore();
    const { service } = store;
    const planId = service.createPlan({ details: { title: 'Shared plan' } }).id;
    service.addPerson({ planId, person: { name: 'Amara Okafor', role: 'carer', email: 'amara@example.org' } });
    service.addPerson({ planId, person: { name: 'Sam', role: 'researcher', phone: '07700 900123' } });
    const base64 = Buffer.from(service.exportPlanFile({ planId, includePersonal: true }).text).toString('base64');
    return { ...store, planId, base64 };
  }

  it('links an exact match silently and asks about a likely one (same name, other contact), linking nobody by guess', async () => {
    const { service, base64 } = fileWithTwo();
    const sam = service.listDirectory({ search: 'Sam' })[0]!;
    service.updateDirectoryPerson({ directoryPersonId: sam.id, patch: { phone: '07700 900999' } });

    const imported = await service.importPlanFile({ base64, asCopy: true });
    if (imported.status !== 'imported') throw new Error('not imported');
    expect(imported.askAbout).toEqual([
      {
        personId: expect.any(String),
        name: 'Sam',
        email: '',
        phone: '07700 900123',
        candidates: [{ directoryPersonId: sam.id, name: 'Sam', email: '', phone: '07700 900999', alike: 'the same name' }],
      },
    ]);
    // Amara is the same person: linked. Sam waits for an answer, in no one's entry.
    expect(service.listDirectory(undefined).map((e) => [e.name, e.planCount])).toEqual([
      ['Amara Okafor', 2],
      ['Sam', 1],
    ]);

    service.answerImportMatch({ planId: imported.plan.id, personId: imported.askAbout[0]!.personId, directoryPersonId: sam.id });
    expect(service.listDirectory({ search: 'Sam' })).toMatchObject([{ id: sam.id, planCount: 2 }]);
  });

  it('asks about the same email under another name, and keeping them separate gives them their own entry', async () => {
    const { service, base64 } = fileWithTwo();
    const amara = service.listDirectory({ search: 'Amara' })[0]!;
    service.updateDirectoryPerson({ directoryPersonId: amara.id, patch: { name: 'Amara Okafor-Jones' } });

    const imported = await service.importPlanFile({ base64, asCopy: true });
    if (imported.status !== 'imported') throw new Error('not imported');
    expect(imported.askAbout.map((q) => [q.name, q.candidates.map((c) => [c.name, c.alike])])).toEqual([
      ['Amara Okafor', [['Amara Okafor-Jones', 'the same email']]],
    ]);
    const answer = service.answerImportMatch({ planId: imported.plan.id, personId: imported.askAbout[0]!.personId, directoryPersonId: null });
    expect(answer.directoryPersonId).not.toBe(amara.id);
    expect(service.listDirectory({ search: 'Amara' }).map((e) => [e.name, e.planCount])).toEqual([
      ['Amara Okafor', 1],
      ['Amara Okafor-Jones', 1],
    ]);
  });

  it('refuses to link someone to an entry already in that plan, kindly, changing nothing', async () => {
    const { service, base64 } = fileWithTwo();
    const sam = service.listDirectory({ search: 'Sam' })[0]!;
    service.updateDirectoryPerson({ directoryPersonId: sam.id, patch: { phone: '' } });
    const imported = await service.importPlanFile({ base64, asCopy: true });
    if (imported.status !== 'imported') throw new Error('not imported');
    const samInCopy = imported.askAbout[0]!.personId;
    const amaraEntry = service.listDirectory({ search: 'Amara' })[0]!.id;

    const err = caught(() => service.answerImportMatch({ planId: imported.plan.id, personId: samInCopy, directoryPersonId: amaraEntry }));
    expect(err.code).toBe('invalid');
    expect(err.message).toBe('Amara Okafor is already in this plan, so this must be someone else. Keep them separate instead.');
    expect(service.listDirectory(undefined).map((e) => [e.name, e.planCount])).toEqual([
      ['Amara Okafor', 2],
      ['Sam', 1],
    ]);
    // Once answered, asking again answers with the link there is.
    service.answerImportMatch({ planId: imported.plan.id, personId: samInCopy, directoryPersonId: sam.id });
    expect(service.answerImportMatch({ planId: imported.plan.id, personId: samInCopy, directoryPersonId: null })).toEqual({
      personId: samInCopy,
      directoryPersonId: sam.id,
    });
  });
});
