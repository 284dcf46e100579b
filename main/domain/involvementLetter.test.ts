import { describe, expect, it } from 'vitest';
import { goodPlan, makeBlock, makePerson } from '../testing/testPlan';
import { blockTexts, headings, walkSections } from '../testing/packContent';
import { EASY_READ_MOST_WORKSHOPS, involvementLetter, involvementRecords, letterTotals, whatTheyDid, type LinkedPlan } from './involvementLetter';
import { EMPTY_PAYMENT } from './people';

const amara = makePerson('Amara Okafor', 'public_contributor', { coPlans: true });

function linked(id: string, date: string | null, fields: Partial<LinkedPlan['plan']> = {}, person = amara): LinkedPlan {
  const plan = goodPlan({ id, title: `Workshop ${id}`, date, status: 'draft', blocks: [], ...fields });
  return { plan, person };
}

const allText = (doc: ReturnType<typeof involvementLetter>) =>
  walkSections(doc)
    .flatMap(({ section }) => section.blocks.flatMap(blockTexts))
    .join('\n');

describe('involvementRecords', () => {
  it('tells of workshops that have happened (delivered or dated up to today), oldest first, leaving out ones to come', () => {
    const records = involvementRecords(
      [linked('later', '2027-06-01'), linked('past', '2027-02-01'), linked('today', '2027-03-01'), linked('undated', null, { status: 'delivered' })],
      '2027-03-01',
    );
    expect(records.map((r) => r.planId)).toEqual(['past', 'today', 'undated']);
  });

  it('records what they led, co-planned and helped run, and their recorded hours', () => {
    const lead = makeBlock('activity', { title: 'Small groups', leadPersonId: amara.id });
    const other = makeBlock('welcome', { title: 'Welcome', leadPersonId: null });
    const [r] = involvementRecords([linked('a', '2027-02-01', { blocks: [lead, other] }, { ...amara, coFacilitates: true })], '2027-03-01');
    expect(r).toMatchObject({ led: ['Small groups'], coPlanned: true, helpedRun: true, hours: 8 });
    expect(whatTheyDid(r!)).toBe('Led “Small groups”. Helped plan it. Helped run the day.');
  });
});

describe('involvementLetter', () => {
  const records = involvementRecords(
    [
      linked('a', '2027-01-10', { blocks: [makeBlock('activity', { title: 'Our stories', leadPersonId: amara.id })] }),
      linked('b', '2027-02-14', {}, { ...amara, coPlans: false, payment: { ...EMPTY_PAYMENT, expenses: [] } }),
    ],
    '2027-03-01',
  );

  it('summarises their part in plain sentences and a table, saying hours only where recorded', () => {
    const doc = involvementLetter('Amara Okafor', records, { format: 'large_print', today: '2027-03-01' });
    expect(doc.format).toBe('large_print');
    expect(doc.titleLines).toEqual(['For Amara Okafor', 'Written on 1 March 2027']);
    expect(headings(doc)).toEqual(['About this letter', 'In short', 'The workshops', 'Other formats']);
    const text = allText(doc);
    expect(text).toContain('Amara Okafor took part in 2 workshops with us between 10 January 2027 and 14 February 2027.');
    expect(text).toContain('Amara Okafor led part of 1 workshop.');
    expect(text).toContain('gave 8 hours of their time');
    expect(text).toContain('Not recorded');
    expect(text).toContain('As a public contributor. Led “Our stories”. Helped plan it.');
    expect(text).toMatch(/available in large print.*To ask for one/);
    expect(letterTotals(records)).toMatchObject({ workshops: 2, led: 1, coPlanned: 1, hours: 8 });
  });

  it('never mentions hours when none were recorded, nor health or money', () => {
    const unpaid = records.map((r) => ({ ...r, hours: 0 }));
    const text = allText(involvementLetter('Amara', unpaid, { format: 'standard', today: '2027-03-01' }));
    expect(text).not.toMatch(/hour/i);
    expect(text).not.toMatch(/£|access need|fee/i);
  });

  it('in Easy Read is one idea per line with a picture, and keeps to the most recent workshops', () => {
    const many = Array.from({ length: EASY_READ_MOST_WORKSHOPS + 5 }, (_, i) => ({ ...records[1]!, planId: `p${i}`, title: `Meeting ${i}` }));
    const doc = involvementLetter('Amara', many, { format: 'easy_read', today: '2027-03-01' });
    const blocks = walkSections(doc).flatMap(({ section }) => section.blocks);
    expect(blocks.every((b) => b.type === 'idea' && b.picture.alt !== '')).toBe(true);
    expect(allText(doc)).toContain('There were 5 more meetings before these.');
    expect(allText(doc)).not.toContain('Meeting 4.');
    expect(doc.credits.length).toBe(1);
  });

  it('says kindly when nothing has happened yet', () => {
    const text = allText(involvementLetter('Amara', [], { format: 'dyslexia', today: '2027-03-01' }));
    expect(text).toContain('We have no workshops recorded for Amara yet that have already happened.');
  });
});
