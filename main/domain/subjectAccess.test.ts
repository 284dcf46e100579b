import { describe, expect, it } from 'vitest';
import { emptyProfile, type DirectoryPerson } from './directory';
import { subjectAccessDocument, subjectAccessJson, subjectAccessRecord } from './subjectAccess';
import { goodPlan, makeBlock, makePerson } from '../testing/testPlan';
import { allTexts, headings } from '../testing/packContent';

const profile = (fields: Partial<DirectoryPerson> = {}): DirectoryPerson => ({
  ...emptyProfile('Zara Ahmed'),
  knownAs: 'Zee',
  id: 'entry-zara',
  createdAt: '2027-01-05T10:00:00.000Z',
  updatedAt: '2027-01-05T10:00:00.000Z',
  ...fields,
});

describe('everything about one person', () => {
  const zara = makePerson('Zara Ahmed', 'public_contributor', { knownAs: 'Zee', coPlans: true });
  const otherZara = makePerson('Zara Ahmed', 'carer');
  const ben = makePerson('Ben Cole', 'researcher');
  const inIt = goodPlan({
    id: 'plan-in',
    title: 'Autumn panel',
    date: '2027-10-01',
    people: [zara, ben],
    blocks: [makeBlock('welcome', { title: 'Welcome', leadPersonId: zara.id, facilitatorNotes: 'Zee and Ben Cole open' })],
  });
  const notIn = goodPlan({
    id: 'plan-out',
    title: 'Winter panel',
    people: [otherZara],
    blocks: [makeBlock('discussion', { title: 'Talk', description: 'Nothing about anyone' })],
  });
  const linked = new Map([[zara.id, 'entry-zara']]);

  it('takes only the plans they are linked in, with their part there and the free text naming them, others’ names left out', () => {
    const record = subjectAccessRecord(profile(), linked, [inIt, notIn], new Map(), '2027-11-01');
    expect(record.plans.map((p) => [p.title, p.person.id, p.leads])).toEqual([['Autumn panel', zara.id, ['Welcome']]]);
    expect(record.mentions).toEqual([{ planTitle: 'Autumn panel', where: expect.stringContaining('Welcome'), text: 'Zee and a participant open' }]);
    // Someone else with the same name, not linked to them, is not them.
    expect(JSON.stringify(record.plans)).not.toContain(otherZara.id);
    const json = JSON.parse(subjectAccessJson(record)) as { madeOn: string; plans: { asInThePlan: { coPlans: boolean } }[] };
    expect(json.madeOn).toBe('2027-11-01');
    expect(json.plans[0]!.asInThePlan.coPlans).toBe(true);
  });

  it('quotes notes on the day that name them, with others’ names left out', () => {
    const notes = new Map([
      [inIt.id, [{ runId: 'run-1', blockId: inIt.blocks[0]!.id, heard: 'Zee asked Ben Cole for the slides', willDo: 'Send them', updatedAt: 1 }]],
    ]);
    const record = subjectAccessRecord(profile(), linked, [inIt, notIn], notes, '2027-11-01');
    expect(record.mentions).toContainEqual({
      planTitle: 'Autumn panel',
      where: 'Notes on the day: “Welcome”, what we heard',
      text: 'Zee asked a participant for the slides',
    });
  });

  it('is a plain document with the same four parts, in their format, and says so when there is nothing', () => {
    const empty = subjectAccessRecord(profile({ packFormat: 'dyslexia' }), new Map(), [], new Map(), '2027-11-01');
    const doc = subjectAccessDocument(empty);
    expect(doc.format).toBe('dyslexia');
    expect(headings(doc).slice(0, 2)).toEqual(['What this is', 'About you']);
    const words = allTexts(doc).join('\n');
    expect(words).toContain('You are not part of any workshop plan at the moment.');
    expect(words).toContain('Your name is not written anywhere else in our plans.');
    expect(words).toContain('We hold nothing about this.');
    // Easy Read's one picture per idea is for packs: the record is large print instead.
    expect(subjectAccessDocument(subjectAccessRecord(profile({ packFormat: 'easy_read' }), new Map(), [], new Map(), '2027-11-01')).format).toBe(
      'large_print',
    );
  });
});
