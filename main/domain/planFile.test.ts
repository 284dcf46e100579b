import { describe, expect, it } from 'vitest';
import { templateAsPlan } from './library/templatePlan';
import { STARTER_TEMPLATES } from './library/templates';
import { EMPTY_PAYMENT, newPersonWithDefaults } from './people';
import type { Plan } from './plan';
import { parsePlanFile, PlanFileError, planFileName, readPlanFile, serialisePlanFile } from './planFile';

function planWithPeople(): Plan {
  const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
  const amara = newPersonWithDefaults(crypto.randomUUID(), {
    name: 'Amara',
    role: 'public_contributor',
    pronouns: 'she/her',
    coPlans: true,
    payment: { ...EMPTY_PAYMENT, expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus', amountPence: 640 }] },
  });
  plan.people = [amara];
  plan.blocks[0] = { ...plan.blocks[0]!, leadPersonId: amara.id };
  plan.setAsides = [{ findingId: `payment-missing:${amara.id}`, reason: 'Paid by her employer', setAt: '2027-01-02T10:00:00.000Z' }];
  return plan;
}

/** A plan file as plain JSON, to spoil in one place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function fileJson(): any {
  return JSON.parse(serialisePlanFile(planWithPeople(), '2027-01-03T10:00:00.000Z'));
}

function readError(text: string): PlanFileError {
  try {
    parsePlanFile(text);
  } catch (err) {
    if (err instanceof PlanFileError) return err;
    throw err;
  }
  throw new Error('expected a PlanFileError');
}

describe('plan files', () => {
  it('round-trips a whole plan exactly', () => {
    const plan = planWithPeople();
    expect(parsePlanFile(serialisePlanFile(plan, '2027-01-03T10:00:00.000Z'))).toEqual(plan);
  });

  it('says plainly what is wrong with a file it cannot read', () => {
    expect(readError('not json')).toMatchObject({
      problem: 'not_json',
      message: 'This file is not a Kindred plan file, or it is damaged: Kindred could not make sense of what is in it.',
    });
    expect(readError('{"kindred":"budget"}')).toMatchObject({ problem: 'not_plan', message: 'This file is not a Kindred plan file.' });
    expect(readError('[1, 2]').problem).toBe('not_plan');
    const badBlock = fileJson();
    badBlock.plan.blocks[1].durationMinutes = 0;
    const err = readError(JSON.stringify(badBlock));
    expect(err.problem).toBe('field');
    expect(err.message).toBe(
      `Kindred could not read this plan file. The problem is in the length of block 2 of the agenda (“${badBlock.plan.blocks[1].title}”): ` +
        'A block needs a length between 1 minute and 24 hours.',
    );
    expect(err.fields).toHaveProperty(['plan.blocks.1.durationMinutes']);
  });

  it('says when a file comes from a newer Kindred, or has a version it does not know', () => {
    const future = fileJson();
    future.version = 4;
    expect(readError(JSON.stringify(future))).toMatchObject({
      problem: 'version',
      message: 'This plan file was made by a newer Kindred (it is version 4; this Kindred reads up to version 3). Update Kindred to open it.',
    });
    for (const version of [0, 1.5, '2', null]) {
      const odd = fileJson();
      odd.version = version;
      expect(readError(JSON.stringify(odd)).message, String(version)).toContain('which Kindred does not know');
    }
    const missing = fileJson();
    delete missing.version;
    expect(readError(JSON.stringify(missing)).problem).toBe('version');
  });

  it('names the field in plain words, with the person or block it belongs to', () => {
    const cases: [(file: ReturnType<typeof fileJson>) => void, string][] = [
      [(f) => (f.plan.title = ''), 'The problem is in the plan’s name: Give the plan a name so you can find it later.'],
      [(f) => (f.plan.startTime = '25:00'), 'The problem is in the start time: Use a 24-hour time, like 09:30.'],
      [(f) => (f.plan.people[0].pronouns = 7), 'The problem is in the pronouns of person 1 (“Amara”): Pronouns needs to be text.'],
      [(f) => (f.plan.people[0].payment.expenses[0].amountPence = -1), 'in expense 1 in the payment details of person 1 (“Amara”)'],
      [(f) => (f.plan.venueChecks = { lift: { answer: 'maybe', note: '' } }), 'in the venue check “A lift to every floor we use'],
      [(f) => (f.plan.changes = [{ id: 'x', youSaid: '', weDid: '' }]), 'in line 1 of “you said, we did”'],
      [(f) => (f.savedAt = 'yesterday'), 'in when the file was saved'],
      [(f) => (f.personalData = 'some'), 'in the note saying whether people’s details are included'],
    ];
    for (const [spoil, expected] of cases) {
      const file = fileJson();
      spoil(file);
      expect(readError(JSON.stringify(file)).message).toContain(expected);
    }
  });

  it('names a field it does not know, and quotes names safely and briefly', () => {
    const file = fileJson();
    file.plan.blocks[0].colour = 'red';
    expect(readError(JSON.stringify(file)).message).toMatch(
      /^Kindred could not read this plan file\. Block 1 of the agenda \(“.+”\) has something Kindred does not know: “colour”\.$/,
    );
    const top = fileJson();
    top.extra = true;
    expect(readError(JSON.stringify(top)).message).toContain('The file as a whole has something Kindred does not know: “extra”.');
    const hostile = fileJson();
    hostile.plan.people[0].name = `\u202eevil${'x'.repeat(500)}`;
    hostile.plan.people[0].role = 'king';
    const message = readError(JSON.stringify(hostile)).message;
    expect(message).not.toContain('\u202e');
    expect(message).toContain(`person 1 (“evil${'x'.repeat(36)}…”)`);
  });

  it('refuses a block led by someone who is not in the plan', () => {
    const plan = planWithPeople();
    plan.blocks[1] = { ...plan.blocks[1]!, deciderIds: [crypto.randomUUID()] };
    expect(readError(serialisePlanFile(plan, plan.updatedAt)).message).toContain('names someone who is not in the plan');
    const twice = planWithPeople();
    twice.blocks[1] = { ...twice.blocks[1]!, id: twice.blocks[0]!.id };
    expect(readError(serialisePlanFile(twice, twice.updatedAt)).message).toBe('Two agenda blocks in this plan file share an id.');
  });

  it('refuses ids used twice: lines of “you said, we did”, set-aside findings and expenses too', () => {
    const changes = fileJson();
    const id = crypto.randomUUID();
    changes.plan.changes = [
      { id, youSaid: 'More breaks', weDid: 'Two breaks' },
      { id, youSaid: 'Captions', weDid: 'Captions on' },
    ];
    expect(readError(JSON.stringify(changes))).toMatchObject({
      problem: 'references',
      message: 'Two lines of “you said, we did” in this plan file share an id.',
    });
    const setAsides = fileJson();
    setAsides.plan.setAsides.push({ ...setAsides.plan.setAsides[0], reason: 'Again' });
    expect(readError(JSON.stringify(setAsides)).message).toBe('The same finding is set aside twice in this plan file.');
    const expenses = fileJson();
    expenses.plan.people[0].payment.expenses.push({ ...expenses.plan.people[0].payment.expenses[0] });
    expect(readError(JSON.stringify(expenses)).message).toBe('Two expenses in this plan file share an id.');
    const people = fileJson();
    people.plan.people.push({ ...people.plan.people[0], name: 'Joe' });
    expect(readError(JSON.stringify(people)).message).toBe('Two people in this plan file share an id.');
  });

  it('says whether people’s details are in the file; files without the note have them', () => {
    const plan = planWithPeople();
    expect(readPlanFile(serialisePlanFile(plan, plan.updatedAt, 'left_out'))).toEqual({ plan, includesPersonal: false });
    expect(readPlanFile(serialisePlanFile(plan, plan.updatedAt, 'included')).includesPersonal).toBe(true);
    const older = fileJson();
    delete older.personalData;
    expect(readPlanFile(JSON.stringify(older)).includesPersonal).toBe(true);
  });

  it('suggests a safe file name from the title', () => {
    expect(planFileName('Shaping our next study')).toBe('Shaping our next study.kindred');
    expect(planFileName('Carers: what/next?')).toBe('Carers what next.kindred');
    expect(planFileName('???')).toBe('Kindred plan.kindred');
    expect(planFileName('CON')).toBe('Kindred – CON.kindred');
  });

  it('keeps access needs only with consent, each with its own id', () => {
    const plan = planWithPeople();
    const need = {
      id: crypto.randomUUID(),
      type: 'hearing_loop' as const,
      detail: 'Sits near the front',
      arrangement: { how: 'Loop checked', owner: 'Sam', dueDate: '2027-01-10', status: 'arranged' as const, personTold: false },
    };
    plan.people[0] = { ...plan.people[0]!, consent: { store: true, share: false, recordedOn: '2027-01-02' }, accessNeeds: [need] };
    expect(parsePlanFile(serialisePlanFile(plan, plan.updatedAt)).people[0]!.accessNeeds).toEqual([need]);

    const twice = structuredClone(plan);
    twice.people.push(
      newPersonWithDefaults(crypto.randomUUID(), {
        name: 'Joe',
        role: 'carer',
        consent: { store: true, share: false, recordedOn: null },
        accessNeeds: [need],
      }),
    );
    expect(readError(serialisePlanFile(twice, plan.updatedAt)).message).toBe('Two access needs in this plan file share an id.');

    const noConsent = structuredClone(plan);
    noConsent.people[0]!.consent.store = false;
    expect(readError(serialisePlanFile(noConsent, plan.updatedAt)).message).toContain('Record their consent first.');
  });

  it('opens a version 1 file, with everything version 2 added starting empty', () => {
    const original = planWithPeople();
    const file = JSON.parse(serialisePlanFile(original, '2027-01-03T10:00:00.000Z'));
    file.version = 1;
    for (const key of ['venueChecks', 'onlineChecks', 'deliveredOn', 'personalDataClearedOn']) delete file.plan[key];
    for (const block of file.plan.blocks) delete block.easyRead;
    for (const person of file.plan.people) {
      for (const key of ['joinsOnline', 'consent', 'accessNeeds', 'packFormat', 'packDelivery', 'materialsSentOn']) delete person[key];
    }
    const plan = parsePlanFile(JSON.stringify(file));
    expect(plan).toEqual(original);
    expect(plan.people[0]).toMatchObject({ consent: { store: false, share: false, recordedOn: null }, accessNeeds: [], packFormat: 'standard' });
  });

  it('opens a file saved before blocks could be shorter on the day, with no block flexible; and keeps a flexible one', () => {
    const original = planWithPeople();
    original.blocks[1] = { ...original.blocks[1]!, flexible: true, minMinutes: 10 };
    const file = JSON.parse(serialisePlanFile(original, '2027-01-03T10:00:00.000Z'));
    expect(parsePlanFile(JSON.stringify(file)).blocks[1]).toMatchObject({ flexible: true, minMinutes: 10 });
    for (const block of file.plan.blocks) {
      delete block.flexible;
      delete block.minMinutes;
    }
    const plan = parsePlanFile(JSON.stringify(file));
    expect(plan.blocks.map((b) => [b.flexible, b.minMinutes])).toEqual(original.blocks.map(() => [false, null]));
  });

  it('opens a version 2 file: its one contact text split, nothing lost, and "joins online" become how they take part', () => {
    const original = planWithPeople();
    const file = JSON.parse(serialisePlanFile(original, '2027-01-03T10:00:00.000Z'));
    file.version = 2;
    for (const key of ['followUpBy', 'followUpFormat', 'contactPersonId', 'dialInNumber', 'dialInHow', 'feesPaidMethod', 'feesPaidWhen'])
      delete file.plan[key];
    const person = file.plan.people[0] as Record<string, unknown>;
    for (const key of ['knownAs', 'email', 'phone', 'takesPart']) delete person[key];
    person.joinsOnline = true;
    person.contact = 'Ring after 2pm\n07700 900123\nzara@example.org';
    const plan = parsePlanFile(JSON.stringify(file));
    expect(plan.people[0]).toMatchObject({
      takesPart: 'online',
      knownAs: '',
      email: 'zara@example.org',
      phone: '07700 900123',
      contact: 'Ring after 2pm',
    });
    person.joinsOnline = false;
    person.contact = 'Via her daughter';
    expect(parsePlanFile(JSON.stringify(file)).people[0]).toMatchObject({ takesPart: 'in_room', email: '', phone: '', contact: 'Via her daughter' });
    expect(plan).toMatchObject({ contactPersonId: null, dialInNumber: '', followUpBy: null, feesPaidMethod: null });
  });

  it('refuses a contact for participants who is not in the plan', () => {
    const file = JSON.parse(serialisePlanFile(planWithPeople(), '2027-01-03T10:00:00.000Z'));
    file.plan.contactPersonId = '99999999-9999-4999-8999-999999999999';
    expect(readError(JSON.stringify(file))).toMatchObject({ problem: 'references', message: expect.stringContaining('contact for participants') });
  });
});

describe('planFileName', () => {
  it('is a plain name when the title is made only of invisible characters', () => {
    expect(planFileName('\u200b\u200c\u200d')).toBe('Kindred plan.kindred');
    expect(planFileName('\u200e \u200f\u2060\ufeff')).toBe('Kindred plan.kindred');
    expect(planFileName('\u200bShaping our next study\u200b')).toBe('Shaping our next study.kindred');
  });
});
