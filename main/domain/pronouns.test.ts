import { describe, expect, it } from 'vitest';
import { personWords, pronounsFor, verb } from './pronouns';

const forms = (recorded: string) => {
  const p = pronounsFor(recorded);
  return [p.they, p.them, p.their, p.theirs, p.themselves].join('/');
};

describe('pronounsFor', () => {
  it('reads the usual sets, however they are written', () => {
    expect(forms('she/her')).toBe('she/her/her/hers/herself');
    expect(forms('She / Her')).toBe('she/her/her/hers/herself');
    expect(forms('he/him/his')).toBe('he/him/his/his/himself');
    expect(forms('(he, him)')).toBe('he/him/his/his/himself');
    expect(forms('they/them')).toBe('they/them/their/theirs/themselves');
    expect(forms('ey/em')).toBe('ey/em/eir/eirs/emself');
    expect(forms('fae/faer')).toBe('fae/faer/faer/faers/faerself');
    expect(forms('it/its')).toBe('it/it/its/its/itself');
  });

  it('takes the first set listed when there are two', () => {
    expect(forms('she/they')).toBe('she/her/her/hers/herself');
    expect(forms('they/he')).toBe('they/them/their/theirs/themselves');
  });

  it('follows the object form given for sets with more than one way of writing them', () => {
    expect(forms('ze/hir')).toBe('ze/hir/hir/hirs/hirself');
    expect(forms('ze/zir')).toBe('ze/zir/zir/zirs/zirself');
    expect(forms('xe/xem')).toBe('xe/xem/xyr/xyrs/xemself');
    expect(forms('xe/xir')).toBe('xe/xir/xir/xirs/xirself');
    expect(forms('ze')).toBe('ze/hir/hir/hirs/hirself');
  });

  it('reads a set written object first', () => {
    expect(forms('her/she')).toBe('she/her/her/hers/herself');
    expect(forms('him')).toBe('he/him/his/his/himself');
  });

  it('uses they/them where nothing is recorded or the set is not one it knows', () => {
    for (const recorded of ['', '   ', 'any', 'use my name', 'Mx', '—']) {
      expect(forms(recorded), recorded).toBe('they/them/their/theirs/themselves');
    }
    expect(pronounsFor(null).plural).toBe(true);
    expect(pronounsFor(undefined).they).toBe('they');
  });
});

describe('verb', () => {
  it('keeps the plural form after they, and agrees with everyone else', () => {
    expect(verb(pronounsFor('they/them'), 'agree')).toBe('agree');
    expect(verb(pronounsFor('they/them'), 'are')).toBe('are');
    expect(verb(pronounsFor('she/her'), 'agree')).toBe('agrees');
    expect(verb(pronounsFor('he/him'), 'are')).toBe('is');
    expect(verb(pronounsFor('ze/hir'), 'have')).toBe('has');
    expect(verb(pronounsFor('she/her'), 'were')).toBe('was');
    expect(verb(pronounsFor('xe/xem'), 'wish')).toBe('wishes');
    expect(verb(pronounsFor('ey/em'), 'carry')).toBe('carries');
    expect(verb(pronounsFor('he/him'), 'play')).toBe('plays');
  });
});

describe('personWords', () => {
  it('gives whole phrases for sentences, capitalised for their start', () => {
    const amara = personWords({ pronouns: 'she/her' });
    expect(`Once ${amara.theyDo('agree')}, you can note ${amara.their} access needs.`).toBe('Once she agrees, you can note her access needs.');
    expect(`${amara.TheyDo('are')} no longer named.`).toBe('She is no longer named.');
    const sam = personWords({ pronouns: 'they/them' });
    expect(`${sam.TheyDo('are')} no longer named. Nothing about ${sam.them} is kept.`).toBe('They are no longer named. Nothing about them is kept.');
    const priya = personWords({ pronouns: '' });
    expect(`${priya.Their} pack`).toBe('Their pack');
  });
});
