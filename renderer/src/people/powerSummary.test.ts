import { describe, expect, it } from 'vitest';
import { newPersonWithDefaults, type Person, type PersonRole } from '../../../main/domain/people';
import { nameList, powerSummary } from './powerSummary';

let n = 0;
const person = (name: string, role: PersonRole, extra: Partial<Person> = {}): Person => ({
  ...newPersonWithDefaults(`id-${n++}`, { name, role }),
  ...extra,
});

describe('powerSummary', () => {
  it('describes who plans and who runs the day, with lived experience counted', () => {
    const s = powerSummary(
      [
        person('Amara', 'public_contributor', { coPlans: true, coFacilitates: true }),
        person('Sam', 'researcher', { coPlans: true, coFacilitates: true }),
        person('Priya', 'carer', { coPlans: true }),
      ],
      'in_person',
    );
    expect(s.lines.map((l) => l.text)).toEqual([
      '3 people: 2 bring lived experience as a public contributor or carer and 1 takes part in a professional role.',
      'Amara, Sam and Priya. 2 of 3 bring lived experience.',
      'Amara and Sam. 1 of 2 brings lived experience.',
    ]);
    expect(s.note).toBeNull();
  });

  it('speaks of a group of one with the pronouns recorded for them', () => {
    const line = (pronouns: string) => powerSummary([person('Amara', 'public_contributor', { coPlans: true, pronouns })], 'in_person').lines[1]!.text;
    expect(line('she/her')).toBe('Amara. She brings lived experience.');
    expect(line('he/him')).toBe('Amara. He brings lived experience.');
    expect(line('')).toBe('Amara. They bring lived experience.');
  });

  it('asks about online hosts only for online and hybrid plans', () => {
    const people = [person('Amara', 'public_contributor')];
    expect(powerSummary(people, 'in_person').lines.map((l) => l.label)).not.toContain('Looking after people online');
    expect(powerSummary(people, 'hybrid').lines.at(-1)).toEqual({ label: 'Looking after people online', text: 'Nobody is named yet.' });
  });

  it('gently suggests planning with people who bring lived experience', () => {
    expect(powerSummary([person('Sam', 'researcher', { coPlans: true }), person('Amara', 'public_contributor')], 'online').note).toMatch(
      /^Nobody planning with you brings lived experience yet/,
    );
    expect(powerSummary([person('Sam', 'researcher')], 'online').note).toMatch(/^Nobody here brings lived experience yet/);
    expect(powerSummary([], 'online').note).toBeNull();
  });

  it('joins names the UK way', () => {
    expect(nameList(['Amara'])).toBe('Amara');
    expect(nameList(['Amara', 'Sam'])).toBe('Amara and Sam');
    expect(nameList(['Amara', 'Sam', 'Priya'])).toBe('Amara, Sam and Priya');
  });
});

describe('powerSummary wording', () => {
  it('leaves out groups nobody is in', () => {
    const s = powerSummary([person('Amara', 'public_contributor'), person('Priya', 'carer'), person('Jo', 'other')], 'in_person');
    expect(s.lines[0]!.text).toBe('3 people: 2 bring lived experience as a public contributor or carer and 1 takes part in another way.');
    expect(powerSummary([person('Amara', 'public_contributor')], 'in_person').lines[0]!.text).toBe(
      '1 person: 1 brings lived experience as a public contributor or carer.',
    );
  });
});
