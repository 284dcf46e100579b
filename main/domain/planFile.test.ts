import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../cli/generatedDocs';
import { templateAsPlan } from './library/templatePlan';
import { STARTER_TEMPLATES } from './library/templates';
import { EMPTY_PAYMENT, newPersonWithDefaults } from './people';
import type { Plan } from './plan';
import { parsePlanFile, PlanFileError, serialisePlanFile } from './planFile';

const root = resolve(import.meta.dirname, '../..');

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
    expect(readError('not json').message).toBe('This file is not a Kindred plan file: it could not be read as JSON.');
    expect(readError('{"kindred":"budget"}').message).toContain('This is not a Kindred plan file.');
    const future = JSON.parse(serialisePlanFile(planWithPeople(), '2027-01-03T10:00:00.000Z'));
    future.version = 3;
    expect(readError(JSON.stringify(future)).message).toContain('may come from a newer Kindred');
    const badBlock = JSON.parse(serialisePlanFile(planWithPeople(), '2027-01-03T10:00:00.000Z'));
    badBlock.plan.blocks[1].durationMinutes = 0;
    const err = readError(JSON.stringify(badBlock));
    expect(err.message).toBe(
      'Kindred could not read this plan file (at plan.blocks.1.durationMinutes): A block needs a length between 1 minute and 24 hours.',
    );
  });

  it('refuses a block led by someone who is not in the plan', () => {
    const plan = planWithPeople();
    plan.blocks[1] = { ...plan.blocks[1]!, deciderIds: [crypto.randomUUID()] };
    expect(readError(serialisePlanFile(plan, plan.updatedAt)).message).toContain('names someone who is not in the plan');
    const twice = planWithPeople();
    twice.blocks[1] = { ...twice.blocks[1]!, id: twice.blocks[0]!.id };
    expect(readError(serialisePlanFile(twice, twice.updatedAt)).message).toBe('Two agenda blocks in this plan file share an id.');
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
      newPersonWithDefaults(crypto.randomUUID(), { name: 'Joe', role: 'carer', consent: { store: true, share: false, recordedOn: null }, accessNeeds: [need] }),
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

  it('has its schema and the example plan files in docs, up to date (npm run docs:generate)', () => {
    for (const [path, content] of generatedDocs()) {
      expect(readFileSync(join(root, path), 'utf8'), `${path} is stale: run npm run docs:generate`).toBe(content);
    }
  });

  it('reads every example in docs/examples', () => {
    for (const [path] of generatedDocs()) {
      if (!path.endsWith('.kindred')) continue;
      const plan = parsePlanFile(readFileSync(join(root, path), 'utf8'));
      expect(plan.blocks.length).toBeGreaterThan(3);
    }
  });
});
