/**
 * The impact report and what it is built from: people counted once across sessions only when their
 * directory entry says they are one person, the log in date order, the GRIPP2 long-form headings
 * in order, nothing said where the project knows nothing, and an Easy Read report that stays short.
 */
import { describe, expect, it } from 'vitest';
import { goodPlan, makePerson, paidAgreed } from '../../testing/testPlan';
import { allTexts, topHeadings } from '../../testing/packContent';
import type { Plan } from '../plan';
import { impactLog } from './impactLog';
import { impactReport, type ImpactReportInput } from './impactReport';
import { EASY_READ_CHANGES } from './impactReportEasyRead';
import { involvement } from './involvement';
import type { ImpactEntry, Project } from './project';

const project: Project = {
  id: 'p',
  name: 'Carers’ panel',
  aims: 'Carers shape the study.',
  reflections: 'Evenings worked.',
  createdAt: '',
  updatedAt: '',
};

function session(id: string, date: string | null, changes: [string, string][] = [], fields: Partial<Plan> = {}): Plan {
  return goodPlan({
    id,
    title: `Meeting ${id}`,
    date,
    changes: changes.map(([youSaid, weDid], i) => ({ id: `${id}-${i}`, youSaid, weDid })),
    followUpBy: date,
    followUpFormat: 'email',
    ...fields,
  });
}

const entry = (onDate: string, fields: Partial<ImpactEntry> = {}): ImpactEntry => ({
  id: `e-${onDate}`,
  onDate,
  asked: 'Is the letter clear?',
  said: 'Too long',
  changed: 'Cut to a page',
  toldOn: null,
  toldHow: '',
  ...fields,
});

describe('involvement', () => {
  it('counts one person once across sessions only when they link to the same directory entry', () => {
    const a = session('a', '2027-03-01');
    const b = session('b', '2027-04-01');
    const linked = new Map([
      [a.people[0]!.id, 'amara'],
      [b.people[0]!.id, 'amara'],
    ]);
    const once = involvement([a, b], linked);
    const separately = involvement([a, b], new Map());
    expect(separately.people - once.people).toBe(1);
    const contributors = once.byRole.find((r) => r.role === 'public_contributor')!;
    expect(contributors).toMatchObject({ people: 1, places: 2 });
  });

  it('adds up fees, expenses by kind and hours, and counts choosing not to be paid', () => {
    const plan = session('a', '2027-03-01', [], {
      people: [
        makePerson('Amara', 'public_contributor', { payment: paidAgreed({ expenses: [{ id: 'x', kind: 'travel', note: '', amountPence: 500 }] }) }),
        makePerson('Joe', 'carer', { payment: paidAgreed({ status: 'declined' }) }),
      ],
    });
    const result = involvement([plan], new Map());
    // 8 hours at £25 for Amara; Joe declined, so no fee for him.
    expect(result.feesPence).toBe(20_000);
    expect(result.byExpenseKind.travel).toBe(500);
    expect(result.totalPence).toBe(20_500);
    expect(result.hours).toBe(16);
    expect(result.declinedPayment).toBe(1);
  });
});

describe('impact log', () => {
  it('puts session lines and entries in date order, a session before an entry of the same day, undated last', () => {
    const log = impactLog(
      [
        session('undated', null, [['Later', 'Done']]),
        session('b', '2027-04-01', [['Evenings', 'Moved to 18:00']]),
        session('a', '2027-03-01', [['Pick-up', 'Start at 10:00']]),
      ],
      [entry('2027-04-01'), entry('2027-03-15')],
    );
    expect(log.map((i) => [i.from, i.onDate])).toEqual([
      ['plan', '2027-03-01'],
      ['entry', '2027-03-15'],
      ['plan', '2027-04-01'],
      ['entry', '2027-04-01'],
      ['plan', null],
    ]);
  });

  it('leaves out blank "you said, we did" lines', () => {
    expect(impactLog([session('a', '2027-03-01', [['  ', '']])], [])).toEqual([]);
  });
});

describe('impact report', () => {
  const input = (fields: Partial<ImpactReportInput> = {}): ImpactReportInput => ({
    project,
    plans: [
      session('a', '2027-03-01', [['Visits clash with pick-up', 'Visits start at 10:00']], {
        debrief: { aim: '', methods: '', results: '', outcomes: 'The team changed its letters.', reflections: '' },
      }),
      session('b', '2027-04-01'),
    ],
    links: new Map(),
    entries: [entry('2027-03-15', { toldOn: '2027-03-20', toldHow: 'A letter' })],
    today: '2027-03-25',
    ...fields,
  });

  it('follows the GRIPP2 long-form headings in order, ending with other formats', () => {
    expect(topHeadings(impactReport(input(), 'standard'))).toEqual([
      'About this report',
      'Aim',
      'Methods',
      'Economic assessment: money paid',
      'Results: what changed because of contributors',
      'What we fed back, and when',
      'Discussion and conclusions',
      'Reflections and critical perspective',
      'Other formats',
    ]);
  });

  it('says a follow-up still to come is planned, not done, and names nobody', () => {
    const texts = allTexts(impactReport(input(), 'large_print')).join('\n');
    expect(texts).toContain('Planned for 1 April 2027');
    expect(texts).toContain('20 March 2027');
    for (const person of input().plans[0]!.people) expect(texts).not.toContain(person.name);
  });

  it('says nothing where the project knows nothing', () => {
    const bare = impactReport(input({ project: { ...project, aims: '', reflections: '' }, plans: [], entries: [] }), 'standard');
    expect(topHeadings(bare)).toEqual(['About this report', 'Other formats']);
  });

  it('keeps the Easy Read report short, with the latest changes and a line saying there are more', () => {
    const many = Array.from({ length: 20 }, (_, i) => session(`s${i}`, `2027-01-${String(i + 1).padStart(2, '0')}`, [[`Said ${i}`, `Did ${i}`]]));
    const texts = allTexts(impactReport(input({ plans: many, entries: [] }), 'easy_read'));
    expect(texts.filter((t) => t.startsWith('You said:'))).toHaveLength(EASY_READ_CHANGES);
    expect(texts).toContain('You said: Said 19');
    expect(texts).not.toContain('You said: Said 0');
    expect(texts).toContain('Here are the latest changes. Ask us about the others.');
  });
});
