/**
 * Access needs are health information: kept only with consent, and gone for good when a person is
 * forgotten or a delivered plan's personal data is cleared (checked in the database file's bytes).
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AccessNeed } from '../domain/access';
import { placesNaming } from '../domain/nameMentions';
import { NEEDS_WITHOUT_CONSENT } from '../domain/validation';
import { openTestStore } from '../testing/tempStore';
import { caught } from '../testing/caught';

function storeWithPlan() {
  const store = openTestStore();
  const plan = store.service.createPlan({ details: { title: 'Carers’ voices', date: '2027-04-01' } });
  return { ...store, planId: plan.id };
}

const need = (detail: string, fields: Partial<AccessNeed> = {}): AccessNeed => ({
  id: crypto.randomUUID(),
  type: 'sign_language',
  detail,
  arrangement: { how: '', owner: '', dueDate: null, status: 'to_arrange', personTold: false },
  ...fields,
});

const CONSENTED = { store: true, share: false, recordedOn: '2027-02-20' };

/** Everything SQLite has on disk for this store: the database file and its write-ahead log. */
function bytesOnDisk(dbPath: string): Buffer {
  const parts = [dbPath, `${dbPath}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f));
  return Buffer.concat(parts);
}

const onDisk = (dbPath: string, text: string) => {
  const bytes = bytesOnDisk(dbPath);
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
};

describe('consent to keep access needs', () => {
  it('keeps needs only for someone who has agreed, and says so kindly otherwise', () => {
    const { service, planId } = storeWithPlan();
    const err = caught(() => service.addPerson({ planId, person: { name: 'Amara', role: 'carer', accessNeeds: [need('Two interpreters')] } }));
    expect(err.code).toBe('invalid');
    expect(err.message).toBe(NEEDS_WITHOUT_CONSENT);
    expect(err.fields).toEqual({ 'person.accessNeeds': NEEDS_WITHOUT_CONSENT });
    expect(service.getPlan({ planId }).people).toEqual([]);

    const amara = service.addPerson({ planId, person: { name: 'Amara', role: 'carer' } });
    const refused = caught(() => service.updatePerson({ planId, personId: amara.id, patch: { accessNeeds: [need('Loop')] } }));
    expect(refused.fields).toEqual({ 'patch.accessNeeds': NEEDS_WITHOUT_CONSENT });
    expect(service.getPlan({ planId }).people[0]!.accessNeeds).toEqual([]);

    const kept = service.updatePerson({ planId, personId: amara.id, patch: { consent: CONSENTED, accessNeeds: [need('Loop')] } });
    expect(kept.accessNeeds).toHaveLength(1);
    expect(service.getPlan({ planId }).people[0]).toEqual(kept);
  });

  it('lets the needs go when consent is withdrawn, and leaves no copy on disk', () => {
    const { service, planId, dbPath } = storeWithPlan();
    const amara = service.addPerson({
      planId,
      person: { name: 'Amara', role: 'carer', consent: CONSENTED, accessNeeds: [need('Quillwort interpreter booking')] },
    });
    service.updatePerson({ planId, personId: amara.id, patch: { consent: { store: false, share: false, recordedOn: '2027-03-01' } } });
    expect(service.getPlan({ planId }).people[0]).toMatchObject({ accessNeeds: [], consent: { store: false } });
    expect(onDisk(dbPath, 'Quillwort interpreter booking')).toBe(false);
  });

  it('keeps consent, pack format and delivery with the person', () => {
    const { service, planId } = storeWithPlan();
    const joe = service.addPerson({ planId, person: { name: 'Joe', role: 'public_contributor' } });
    expect(joe).toMatchObject({
      consent: { store: false, share: false, recordedOn: null },
      packFormat: 'standard',
      packDelivery: 'email',
      materialsSentOn: null,
      takesPart: 'in_room',
    });
    const next = service.updatePerson({
      planId,
      personId: joe.id,
      patch: { packFormat: 'easy_read', packDelivery: 'post', materialsSentOn: '2027-03-20', takesPart: 'online' },
    });
    expect(service.getPlan({ planId }).people[0]).toEqual(next);
  });
});

describe('forgetting a person', () => {
  it('removes them, their needs, findings set aside about them and their name as who leads', () => {
    const { service, planId, dbPath } = storeWithPlan();
    const secret = need('Zanzibarine hearing loop note');
    const person = service.addPerson({
      planId,
      person: { name: 'Ottoline Quarrie', role: 'carer', contact: 'ottoline@example.org', consent: CONSENTED, accessNeeds: [secret] },
    });
    const other = service.addPerson({ planId, person: { name: 'Sam', role: 'researcher' } });
    const led = service.addBlock({ planId, block: { kind: 'welcome', leadBy: 'ottoline quarrie ', leadPersonId: person.id } });
    const kept = service.addBlock({ planId, block: { kind: 'discussion', leadBy: 'Everyone', leadPersonId: other.id } });
    service.setAsideFinding({ planId, findingId: `need-no-arrangement:${secret.id}`, reason: 'Booked by phone' });
    service.setAsideFinding({ planId, findingId: `payment-missing:${person.id}`, reason: 'Volunteering' });
    service.setAsideFinding({ planId, findingId: `payment-missing:${other.id}`, reason: 'Staff' });

    expect(service.forgetPerson({ planId, personId: person.id })).toEqual({ personId: person.id });
    const plan = service.getPlan({ planId });
    expect(plan.people.map((p) => p.name)).toEqual(['Sam']);
    expect(plan.blocks.find((b) => b.id === led.id)).toMatchObject({ leadBy: '', leadPersonId: null });
    expect(plan.blocks.find((b) => b.id === kept.id)).toMatchObject({ leadBy: 'Everyone', leadPersonId: other.id });
    expect(plan.setAsides.map((s) => s.findingId)).toEqual([`payment-missing:${other.id}`]);

    for (const text of ['Ottoline Quarrie', 'ottoline quarrie', 'ottoline@example.org', 'Zanzibarine hearing loop note']) {
      expect(onDisk(dbPath, text), text).toBe(false);
    }
    expect(onDisk(dbPath, 'Sam')).toBe(true);
  });

  it('keeps "led by" text when someone else in the plan has the same name', () => {
    const { service, planId } = storeWithPlan();
    const first = service.addPerson({ planId, person: { name: 'Sam', role: 'carer' } });
    service.addPerson({ planId, person: { name: 'Sam', role: 'researcher' } });
    const block = service.addBlock({ planId, block: { kind: 'welcome', leadBy: 'Sam' } });
    service.forgetPerson({ planId, personId: first.id });
    expect(service.getPlan({ planId }).blocks.find((b) => b.id === block.id)?.leadBy).toBe('Sam');
  });

  it('says kindly when the person or plan is not there, and changes nothing', () => {
    const { service, planId } = storeWithPlan();
    const amara = service.addPerson({ planId, person: { name: 'Amara', role: 'carer' } });
    expect(caught(() => service.forgetPerson({ planId, personId: crypto.randomUUID() })).code).toBe('not_found');
    expect(caught(() => service.forgetPerson({ planId: crypto.randomUUID(), personId: amara.id })).code).toBe('not_found');
    expect(service.getPlan({ planId }).people).toHaveLength(1);
  });
});

describe('after the workshop', () => {
  it('records the day a plan is delivered, and forgets it if the plan goes back to ready', () => {
    const { service, planId, advance } = storeWithPlan();
    expect(service.getPlan({ planId }).deliveredOn).toBeNull();
    service.updatePlan({ planId, patch: { status: 'delivered' } });
    expect(service.getPlan({ planId }).deliveredOn).toBe('2027-03-01');
    advance(3 * 86_400_000);
    service.updatePlan({ planId, patch: { title: 'Carers’ voices, delivered' } });
    expect(service.getPlan({ planId }).deliveredOn).toBe('2027-03-01');
    service.updatePlan({ planId, patch: { status: 'ready' } });
    expect(service.getPlan({ planId }).deliveredOn).toBeNull();
  });

  it('a copy of a delivered plan starts as a draft with its own dates', () => {
    const { service, planId } = storeWithPlan();
    service.updatePlan({ planId, patch: { status: 'delivered' } });
    service.clearPersonalData({ planId });
    const copy = service.duplicatePlan({ planId });
    expect(service.getPlan({ planId: copy.id })).toMatchObject({ status: 'draft', deliveredOn: null, personalDataClearedOn: null });
  });

  it('clears set-asides that name a person or their needs, reasons and all, and keeps the rest', () => {
    const { service, planId, dbPath } = storeWithPlan();
    const consent = { store: true, share: false, recordedOn: '2027-02-01' };
    const amara = service.addPerson({ planId, person: { name: 'Amara', role: 'carer', consent, accessNeeds: [need('Step-free route')] } });
    const block = service.addBlock({ planId, block: { kind: 'welcome' } });
    service.setAsideFinding({ planId, findingId: `payment-missing:${amara.id}`, reason: 'Quillfeather pays her directly' });
    service.setAsideFinding({ planId, findingId: `need-no-arrangement:${amara.accessNeeds[0]!.id}`, reason: 'Zephyrine booked it' });
    service.setAsideFinding({ planId, findingId: `block-long:${block.id}`, reason: 'A long welcome on purpose' });
    const plan = service.clearPersonalData({ planId });
    expect(plan.setAsides.map((s) => s.findingId)).toEqual([`block-long:${block.id}`]);
    for (const text of ['Quillfeather', 'Zephyrine']) expect(onDisk(dbPath, text), text).toBe(false);
  });

  it('clears personal data in one step: roles stay, names become roles, nothing personal is left on disk', () => {
    const { service, planId, dbPath } = storeWithPlan();
    const amara = service.addPerson({
      planId,
      person: {
        name: 'Amaryllis Penhallow',
        role: 'carer',
        pronouns: 'she/her',
        contact: 'amaryllis@example.org',
        consent: { store: true, share: true, recordedOn: '2027-02-01' },
        accessNeeds: [need('Xylocopa seating detail')],
      },
    });
    service.updatePerson({
      planId,
      personId: amara.id,
      patch: {
        payment: {
          status: 'agreed',
          prepHours: 1,
          sessionHours: 3,
          followUpHours: 0,
          rate: { name: 'Hourly', amountPence: 2500, unit: 'hour', source: 'Policy', asOf: '2027-01-01' },
          method: 'bank_transfer',
          expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Taxi from Quenby Road', amountPence: 1800 }],
          benefitsAdviceOffered: true,
          notes: 'Paid into the account ending 4421',
        },
      },
    });
    service.addPerson({ planId, person: { name: 'Bo', role: 'carer' } });
    service.addPerson({ planId, person: { name: 'Sam', role: 'researcher' } });
    service.addBlock({ planId, block: { kind: 'welcome', leadBy: 'Amaryllis Penhallow' } });
    service.updatePlan({ planId, patch: { status: 'delivered' } });

    const plan = service.clearPersonalData({ planId });
    expect(plan.personalDataClearedOn).toBe('2027-03-01');
    expect(plan.people.map((p) => p.name)).toEqual(['Carer 1', 'Carer 2', 'Researcher 1']);
    expect(plan.people[0]).toMatchObject({
      role: 'carer',
      pronouns: '',
      contact: '',
      consent: { store: false, share: false, recordedOn: null },
      accessNeeds: [],
      payment: { sessionHours: 3, notes: '', expenses: [{ kind: 'travel', note: '', amountPence: 1800 }] },
    });
    expect(plan.blocks[0]!.leadBy).toBe('Carer 1');
    expect(service.getPlan({ planId })).toEqual(plan);
    // What was about this workshop is gone at once.
    for (const text of ['Quenby Road', 'ending 4421']) expect(onDisk(dbPath, text), text).toBe(false);
    // Their profile stays in the People directory (kept with their consent), no longer linked to
    // "Carer 1": nothing in the plan leads back to them.
    const [entry] = service.listDirectory({ search: 'Amaryllis' });
    expect(service.getDirectoryPerson({ directoryPersonId: entry!.id }).plans).toEqual([]);
    // Removing them from the directory too leaves nothing personal on disk.
    service.deleteDirectoryPerson({ directoryPersonId: entry!.id });
    for (const text of ['Amaryllis Penhallow', 'amaryllis@example.org', 'Xylocopa seating detail']) {
      expect(onDisk(dbPath, text), text).toBe(false);
    }
  });
});

describe('replacing a name still written in free text', () => {
  /** A plan whose notes, set-aside reason, "you said, we did" and write-up name Quentin. */
  function planNamingQuentin() {
    const store = storeWithPlan();
    const { service, planId } = store;
    const quentin = service.addPerson({ planId, person: { name: 'Quentin Marsh', knownAs: 'Quin', role: 'carer' } });
    const block = service.addBlock({ planId, block: { kind: 'welcome', facilitatorNotes: 'Quin likes to open. Seat QUENTIN MARSH by the door.' } });
    service.setAsideFinding({ planId, findingId: `block-long:${block.id}`, reason: 'Quin asked for a long welcome' });
    const changeId = crypto.randomUUID();
    service.setChanges({ planId, changes: [{ id: changeId, youSaid: 'Quin wanted breaks', weDid: 'Two breaks' }] });
    service.updateDebrief({ planId, patch: { reflections: 'Quin was brilliant.' } });
    return { ...store, quentin, block, changeId, names: ['Quentin Marsh', 'Quin'] };
  }

  it('rewrites just that place, in one step, and leaves every other place as it was', () => {
    const { service, planId, block, names } = planNamingQuentin();
    const before = service.getPlan({ planId });
    const plan = service.replaceNamesInPlace({ planId, place: { in: 'block', blockId: block.id, field: 'facilitatorNotes' }, names });
    expect(plan.blocks[0]!.facilitatorNotes).toBe('A participant likes to open. Seat a participant by the door.');
    expect(plan.debrief.reflections).toBe('Quin was brilliant.');
    expect(plan.setAsides[0]!.reason).toBe('Quin asked for a long welcome');
    expect(service.getPlan({ planId })).toEqual(plan);
    expect(plan.updatedAt >= before.updatedAt).toBe(true);
  });

  it('reaches set-aside reasons, “you said, we did” and the write-up, and leaves no copy of the old words on disk', () => {
    const { service, planId, block, changeId, names, dbPath } = planNamingQuentin();
    service.replaceNamesInPlace({ planId, place: { in: 'setAside', findingId: `block-long:${block.id}` }, names });
    service.replaceNamesInPlace({ planId, place: { in: 'change', changeId, field: 'youSaid' }, names });
    service.replaceNamesInPlace({ planId, place: { in: 'block', blockId: block.id, field: 'facilitatorNotes' }, names });
    const plan = service.replaceNamesInPlace({ planId, place: { in: 'debrief', field: 'reflections' }, names });
    expect(plan.setAsides[0]).toMatchObject({ findingId: `block-long:${block.id}`, reason: 'A participant asked for a long welcome' });
    expect(plan.changes).toEqual([{ id: changeId, youSaid: 'A participant wanted breaks', weDid: 'Two breaks' }]);
    expect(plan.debrief.reflections).toBe('A participant was brilliant.');
    service.forgetPerson({ planId, personId: plan.people[0]!.id });
    for (const text of ['Quin was', 'Quin asked', 'Quin wanted', 'QUENTIN MARSH']) expect(onDisk(dbPath, text), text).toBe(false);
  });

  it('works after the person is forgotten (the names come from the dialog), and changes nothing where they are not named', () => {
    const { service, planId, quentin, names } = planNamingQuentin();
    service.forgetPerson({ planId, personId: quentin.id });
    const plan = service.replaceNamesInPlace({ planId, place: { in: 'debrief', field: 'reflections' }, names });
    expect(plan.debrief.reflections).toBe('A participant was brilliant.');
    const same = service.replaceNamesInPlace({ planId, place: { in: 'details', field: 'purpose' }, names });
    expect(same).toEqual(plan);
  });

  /** Quentin's plan run twice, with a note naming him on each day, and one that does not, on the second. */
  function notesNamingQuentin() {
    const store = planNamingQuentin();
    const { service, planId, block, dispatch } = store;
    const other = service.addBlock({ planId, block: { kind: 'discussion' } });
    const step = (step: string, at: number) => expect(dispatch('runDay', { planId, step, at })).toMatchObject({ ok: true });
    const T0 = Date.UTC(2027, 3, 1, 10, 0);
    step('start_day', T0);
    service.setRunNote({ planId, blockId: block.id, heard: 'Quin wants the door open', willDo: 'Ask Quentin Marsh first' });
    step('end_day', T0 + 60_000);
    step('start_day', T0 + 3_600_000);
    service.setRunNote({ planId, blockId: block.id, heard: 'Warmer today', willDo: 'Thank Quin' });
    service.setRunNote({ planId, blockId: other.id, heard: 'More tea', willDo: 'Bring tea' });
    const notes = service.getNotesOnTheDay({ planId });
    return { ...store, other, notes };
  }

  it('reads every day’s notes, oldest day first, with the run each was written on', () => {
    const { service, planId, block, other, notes } = notesNamingQuentin();
    expect(notes.map((n) => [n.blockId, n.heard])).toEqual([
      [block.id, 'Quin wants the door open'],
      [block.id, 'Warmer today'],
      [other.id, 'More tea'],
    ]);
    expect(new Set(notes.map((n) => n.runId)).size).toBe(2);
    // The most recent day's notes are still what the day and the After tab read.
    expect(service.getRunNotes({ planId }).map((n) => n.heard)).toEqual(['Warmer today', 'More tea']);
    expect(caught(() => service.getNotesOnTheDay({ planId: crypto.randomUUID() })).code).toBe('not_found');
  });

  it('rewrites just one half of one day’s note, and leaves every other note and the plan’s words as they were', () => {
    const { service, planId, block, names, notes } = notesNamingQuentin();
    const firstDay = notes[0]!.runId;
    const before = service.getPlan({ planId });
    service.replaceNamesInPlace({ planId, place: { in: 'runNote', runId: firstDay, blockId: block.id, field: 'willDo' }, names });
    const after = service.getNotesOnTheDay({ planId });
    expect(after[0]).toMatchObject({ heard: 'Quin wants the door open', willDo: 'Ask a participant first' });
    expect(after.slice(1)).toEqual(notes.slice(1));
    const plan = service.getPlan({ planId });
    expect({ ...plan, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    // A note on a day that does not have one is not there to change.
    const elsewhere = { in: 'runNote' as const, runId: crypto.randomUUID(), blockId: block.id, field: 'heard' as const };
    expect(caught(() => service.replaceNamesInPlace({ planId, place: elsewhere, names })).code).toBe('not_found');
  });

  it('lists notes that name someone after forgetting them, and once replaced the name is gone from the file on disk', () => {
    const { service, planId, quentin, names, dbPath } = notesNamingQuentin();
    service.forgetPerson({ planId, personId: quentin.id });
    // Every other place first, so only the notes on the day could still hold the name.
    for (const place of [
      { in: 'block' as const, blockId: service.getPlan({ planId }).blocks[0]!.id, field: 'facilitatorNotes' as const },
      { in: 'debrief' as const, field: 'reflections' as const },
    ])
      service.replaceNamesInPlace({ planId, place, names });
    const plan = service.getPlan({ planId });
    for (const s of plan.setAsides) service.replaceNamesInPlace({ planId, place: { in: 'setAside', findingId: s.findingId }, names });
    for (const c of plan.changes) service.replaceNamesInPlace({ planId, place: { in: 'change', changeId: c.id, field: 'youSaid' }, names });

    const inNotes = placesNaming(service.getPlan({ planId }), service.getNotesOnTheDay({ planId }), names);
    expect(inNotes.map((m) => m.where)).toEqual([
      'Notes on the day: “Welcome”, what we heard',
      'Notes on the day: “Welcome”, what we will do',
      'Notes on the day: “Welcome”, what we will do',
    ]);
    expect(onDisk(dbPath, 'Quin wants the door')).toBe(true);
    for (const m of inNotes) service.replaceNamesInPlace({ planId, place: m.place, names });
    expect(placesNaming(service.getPlan({ planId }), service.getNotesOnTheDay({ planId }), names)).toEqual([]);
    for (const text of ['Quin', 'QUENTIN', 'Quentin']) expect(onDisk(dbPath, text), text).toBe(false);
  });

  it('says kindly when the place, the plan or the names are not right, and changes nothing', () => {
    const { service, planId, names, block, dispatch } = planNamingQuentin();
    const before = service.getPlan({ planId });
    const goneBlock = { in: 'block' as const, blockId: crypto.randomUUID(), field: 'facilitatorNotes' as const };
    expect(caught(() => service.replaceNamesInPlace({ planId, place: goneBlock, names })).code).toBe('not_found');
    expect(caught(() => service.replaceNamesInPlace({ planId, place: { in: 'setAside', findingId: 'block-long:nope' }, names })).code).toBe(
      'not_found',
    );
    expect(caught(() => service.replaceNamesInPlace({ planId: crypto.randomUUID(), place: { in: 'debrief', field: 'aim' }, names })).code).toBe(
      'not_found',
    );
    const place = { in: 'block', blockId: block.id, field: 'facilitatorNotes' };
    for (const input of [
      { planId, place, names: [] },
      { planId, place, names: ['  '] },
      { planId, place: { in: 'block', blockId: block.id, field: 'pinnedTime' }, names },
      { planId, place: { in: 'elsewhere' }, names },
    ]) {
      const reply = dispatch('replaceNamesInPlace', input);
      expect(reply.ok, JSON.stringify(input)).toBe(false);
    }
    expect(service.getPlan({ planId })).toEqual(before);
  });
});
