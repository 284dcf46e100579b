import { describe, expect, it } from 'vitest';
import { EMPTY_ARRANGEMENT, type AccessNeed, type ArrangementStatus, type NeedTypeId } from '../../../main/domain/access';
import type { Person } from '../../../main/domain/people';
import { makePerson } from '../../../main/testing/testPlan';
import {
  buildBoard,
  checkDependents,
  filterLabels,
  checkProgress,
  dueWords,
  namesList,
  needPhrase,
  statusSentence,
  summaryLine,
  withCheck,
} from './board';

let n = 0;
const need = (type: NeedTypeId, status: ArrangementStatus = 'to_arrange', dueDate: string | null = null): AccessNeed => ({
  id: `need-${n++}`,
  type,
  detail: '',
  arrangement: { ...EMPTY_ARRANGEMENT, status, dueDate },
});
const person = (name: string, needs: AccessNeed[], extra: Partial<Person> = {}): Person =>
  makePerson(name, 'public_contributor', { consent: { store: true, share: true, recordedOn: '2027-02-01' }, accessNeeds: needs, ...extra });

describe('buildBoard', () => {
  const amara = person('Amara', [need('hearing_loop'), need('step_free', 'arranged')], { consent: { store: true, share: false, recordedOn: null } });
  const joe = person('Joe', [need('live_captions', 'cannot_meet')]);
  const sam = person('Sam', []);
  const priya = person('Priya', [], { consent: { store: false, share: false, recordedOn: null } });

  it('puts every need in the column for its status, in people order', () => {
    const board = buildBoard([amara, sam, joe, priya]);
    expect(board.columns.to_arrange.map((c) => c.label)).toEqual(['A hearing loop']);
    expect(board.columns.arranged.map((c) => c.label)).toEqual(['Step-free access']);
    expect(board.columns.cannot_meet.map((c) => c.personName)).toEqual(['Joe']);
    expect(board.cards).toHaveLength(3);
    expect(board.columns.to_arrange[0]!.shared).toBe(false);
    expect(board.people).toEqual([
      { id: amara.id, name: 'Amara', count: 2 },
      { id: joe.id, name: 'Joe', count: 1 },
    ]);
  });

  it('narrows to one person but still lists everyone for the filter', () => {
    const board = buildBoard([amara, joe], joe.id);
    expect(board.cards.map((c) => c.personName)).toEqual(['Joe']);
    expect(board.columns.to_arrange).toEqual([]);
    expect(board.people).toHaveLength(2);
  });

  it('never shows needs for someone who has not agreed we may keep them', () => {
    const stray = person('Lee', [need('braille')], { consent: { store: false, share: false, recordedOn: null } });
    expect(buildBoard([stray]).cards).toEqual([]);
  });

  it('gives a nameless person a kind stand-in, and keeps two people with one name apart', () => {
    const a = person('  ', [need('braille')]);
    const b = person('Sam', [need('taxi')]);
    const c = person('Sam', [need('parking')]);
    const board = buildBoard([a, b, c]);
    expect(board.cards.map((card) => card.personName)).toEqual(['Someone without a name', 'Sam', 'Sam']);
    expect(new Set(board.people.map((p) => p.id)).size).toBe(3);
  });
});

describe('filterLabels', () => {
  it('counts needs, shortens very long names and tells two people with one name apart', () => {
    const labels = filterLabels([
      { id: 'a', name: 'Amara', count: 2 },
      { id: 'b', name: 'Sam', count: 1 },
      { id: 'c', name: 'x'.repeat(300), count: 3 },
      { id: 'd', name: 'Sam', count: 4 },
    ]);
    expect(labels.get('a')).toBe('Amara (2 needs)');
    expect(labels.get('b')).toBe('Sam, 1 of 2 called Sam (1 need)');
    expect(labels.get('d')).toBe('Sam, 2 of 2 called Sam (4 needs)');
    expect(labels.get('c')).toBe(`${'x'.repeat(59)}… (3 needs)`);
  });
});

describe('summaryLine', () => {
  it('counts needs and people, the good news first', () => {
    const board = buildBoard([
      person('Amara', [need('hearing_loop', 'arranged'), need('step_free', 'arranged'), need('quiet_room')]),
      person('Joe', [need('taxi', 'arranged'), need('braille', 'cannot_meet')]),
      person('Priya', []),
    ]);
    expect(summaryLine(board)).toBe('5 needs for 2 people: 3 arranged, 1 to arrange, 1 cannot be met');
  });

  it('says so when everything is in one state', () => {
    const one = buildBoard([person('Amara', [need('taxi', 'arranged')])]);
    expect(summaryLine(one)).toBe('1 need for 1 person: arranged');
    const two = buildBoard([person('Amara', [need('taxi', 'arranged'), need('parking', 'arranged')])]);
    expect(summaryLine(two, 'Amara')).toBe('2 needs for Amara: both arranged');
    const three = buildBoard([person('Amara', [need('taxi'), need('parking'), need('braille')])]);
    expect(summaryLine(three)).toBe('3 needs for 1 person: all to arrange');
    expect(summaryLine(buildBoard([]))).toBe('0 needs for 0 people');
  });
});

describe('words', () => {
  it('lists names, shortening long lists', () => {
    expect(namesList([])).toBe('');
    expect(namesList(['Amara'])).toBe('Amara');
    expect(namesList(['Amara', 'Joe'])).toBe('Amara and Joe');
    expect(namesList(['Amara', 'Joe', 'Priya'])).toBe('Amara, Joe and Priya');
    expect(namesList(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D and 3 others');
  });

  it('words the due date, and notices a passed date only while still to arrange', () => {
    expect(dueWords(null, 'to_arrange', '2027-03-01')).toEqual({ text: null, overdue: false });
    expect(dueWords('2027-03-12', 'to_arrange', '2027-03-01')).toEqual({ text: '12 March 2027', overdue: false });
    expect(dueWords('2027-03-12', 'to_arrange', '2027-03-12').overdue).toBe(false);
    expect(dueWords('2027-03-12', 'to_arrange', '2027-03-13').overdue).toBe(true);
    expect(dueWords('2027-03-12', 'arranged', '2027-04-01').overdue).toBe(false);
    expect(dueWords('2027-03-12', 'cannot_meet', '2027-04-01').overdue).toBe(false);
    expect(dueWords('not a date', 'to_arrange', '2027-04-01')).toEqual({ text: null, overdue: false });
  });

  it('turns a need label into a phrase for sentences', () => {
    expect(needPhrase('A hearing loop')).toBe('Hearing loop');
    expect(needPhrase('An interpreter for a spoken language')).toBe('Interpreter for a spoken language');
    expect(needPhrase('Step-free access')).toBe('Step-free access');
    expect(statusSentence({ label: 'A hearing loop', personName: 'Amara' }, 'arranged')).toBe('Hearing loop for Amara is now arranged.');
    expect(statusSentence({ label: 'Braille', personName: 'Joe' }, 'to_arrange')).toBe('Braille for Joe is back to arrange.');
    expect(statusSentence({ label: 'Braille', personName: 'Joe' }, 'cannot_meet')).toContain('Remember to tell Joe');
  });
});

describe('checkDependents', () => {
  const amara = person('Amara', [need('step_free'), need('wheelchair_space'), need('live_captions')]);
  const joe = person('Joe', [need('hearing_loop'), need('phone_dial_in')], { takesPart: 'online' });

  it('in person: the venue checks, once per person', () => {
    const d = checkDependents([amara, joe], 'in_person');
    expect(d.venue.step_free_entrance).toEqual([{ id: amara.id, name: 'Amara', pronouns: amara.pronouns }]);
    expect(d.venue.hearing_loop?.map((p) => p.name)).toEqual(['Joe']);
    expect(d.online).toEqual({});
  });

  it('online: only the online checks', () => {
    const d = checkDependents([amara, joe], 'online');
    expect(d.venue).toEqual({});
    expect(d.online.captions?.map((p) => p.name)).toEqual(['Amara']);
    expect(d.online.phone_dial_in?.map((p) => p.name)).toEqual(['Joe']);
  });

  it('hybrid: the room for people in it, online for people joining online, captions for everyone', () => {
    const d = checkDependents([amara, joe], 'hybrid');
    expect(d.venue.step_free_entrance?.map((p) => p.name)).toEqual(['Amara']);
    expect(d.venue.hearing_loop).toBeUndefined();
    expect(d.online.phone_dial_in?.map((p) => p.name)).toEqual(['Joe']);
    expect(d.online.captions?.map((p) => p.name)).toEqual(['Amara']);
  });
});

describe('checks', () => {
  it('counts yes, no and not needed as checked, not "not sure yet"', () => {
    expect(
      checkProgress(['a', 'b', 'c', 'd'], {
        a: { answer: 'yes', note: '' },
        b: { answer: 'unsure', note: '' },
        c: { answer: 'not_needed', note: '' },
      }),
    ).toBe('2 of 4 checked');
  });

  it('changes one item, treating a note typed first as "not sure yet"', () => {
    const start = { lift: { answer: 'yes' as const, note: 'By reception' } };
    expect(withCheck(start, 'lift', { answer: 'no' })).toEqual({ lift: { answer: 'no', note: 'By reception' } });
    expect(withCheck<'lift' | 'parking'>(start, 'parking', { note: 'Two bays' })).toEqual({
      lift: { answer: 'yes', note: 'By reception' },
      parking: { answer: 'unsure', note: 'Two bays' },
    });
  });
});
