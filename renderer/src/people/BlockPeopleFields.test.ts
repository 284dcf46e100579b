import { describe, expect, it } from 'vitest';
import { newBlockWithDefaults } from '../../../main/domain/blockKinds';
import { newPersonWithDefaults, type Person } from '../../../main/domain/people';
import { decidersText, leadText } from './BlockPeopleFields';

const person = (id: string, name: string): Person => newPersonWithDefaults(id, { name, role: 'public_contributor' });
const people = [person('a', 'Amara'), person('s', 'Sam'), person('p', 'Priya'), person('j', 'Jo')];

describe('leadText', () => {
  it('names the person, with the description when it adds something', () => {
    expect(leadText(newBlockWithDefaults('b', 'welcome', { leadPersonId: 'a' }), people)).toBe('Amara');
    expect(leadText(newBlockWithDefaults('b', 'welcome', { leadPersonId: 'a', leadBy: 'Amara and Sam, co-chairs' }), people)).toBe(
      'Amara and Sam, co-chairs',
    );
    expect(leadText(newBlockWithDefaults('b', 'welcome', { leadPersonId: 's', leadBy: 'with the small groups' }), people)).toBe(
      'Sam (with the small groups)',
    );
    expect(leadText(newBlockWithDefaults('b', 'welcome', { leadBy: 'Everyone' }), people)).toBe('Everyone');
    expect(leadText(newBlockWithDefaults('b', 'welcome'), people)).toBeNull();
  });
});

describe('decidersText', () => {
  it('says who decides, only for decisions', () => {
    expect(decidersText(newBlockWithDefaults('b', 'decision', { decidedByAll: true }), people)).toBe('Everyone decides');
    expect(decidersText(newBlockWithDefaults('b', 'decision', { deciderIds: ['a', 'p'] }), people)).toBe('Decided by Amara and Priya');
    expect(decidersText(newBlockWithDefaults('b', 'decision', { deciderIds: ['a', 'p', 's', 'j'] }), people)).toBe('Decided by 4 people');
    expect(decidersText(newBlockWithDefaults('b', 'decision'), people)).toBeNull();
    expect(decidersText(newBlockWithDefaults('b', 'discussion', { decidedByAll: true }), people)).toBeNull();
  });
});
