import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS } from '../blockKinds';
import { LIMITS } from '../plan';
import { splitSentences } from '../plainEnglish/readability';
import { METHODS, methodById, methodNotes, methodToBlock } from './methods';

/** Words that shut people out of a participant pack. */
const JARGON =
  /\b(facilitat\w*|stakeholders?|utilis\w*|methodolog\w*|disseminat\w*|cohorts?|qualitative|quantitative|PPI|co-produc\w*|empower\w*|leverag\w*|public contributors?|lived experience)\b/i;

describe('the method library', () => {
  it('has at least 32 methods', () => {
    expect(METHODS.length).toBeGreaterThanOrEqual(32);
  });

  it('gives every method a unique kebab-case id and a unique name', () => {
    const ids = METHODS.map((m) => m.id);
    const names = METHODS.map((m) => m.name.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(METHODS.map((m) => [m.id, m] as const))('%s has every field filled in', (_id, m) => {
    expect(m.name.trim()).not.toBe('');
    expect(m.name.length).toBeLessThanOrEqual(LIMITS.title);
    expect(BLOCK_KINDS).toContain(m.kind);
    expect(m.participantDescription.trim()).not.toBe('');
    expect(m.purpose.trim()).not.toBe('');
    expect(m.steps.length).toBeGreaterThanOrEqual(3);
    for (const s of m.steps) expect(s.trim()).not.toBe('');
    expect(m.materials.length).toBeGreaterThanOrEqual(1);
    for (const s of m.materials) expect(s.trim()).not.toBe('');
    expect(m.access.movingAndWriting.trim()).not.toBe('');
    expect(m.access.online.trim()).not.toBe('');
    expect(m.access.bsl.trim()).not.toBe('');
    expect(m.suits.length).toBeGreaterThan(0);
    for (const s of m.suits) expect(['in_person', 'online', 'hybrid']).toContain(s);
    expect(new Set(m.suits).size).toBe(m.suits.length);
    // No placeholders left for someone to fill in.
    const all = [m.name, m.participantDescription, m.purpose, ...m.steps, ...m.materials, ...Object.values(m.access)];
    for (const t of all) expect(t).not.toMatch(/\[|\]|TODO|TBC|lorem/i);
  });

  it('keeps durations between 1 and 480 whole minutes', () => {
    for (const m of METHODS) {
      expect(Number.isInteger(m.durationMinutes), m.id).toBe(true);
      expect(m.durationMinutes, m.id).toBeGreaterThanOrEqual(1);
      expect(m.durationMinutes, m.id).toBeLessThanOrEqual(480);
    }
  });

  it('gives sensible group sizes', () => {
    for (const m of METHODS) {
      expect(Number.isInteger(m.groupSize.min), m.id).toBe(true);
      expect(m.groupSize.min, m.id).toBeGreaterThanOrEqual(1);
      if (m.groupSize.max !== null) {
        expect(Number.isInteger(m.groupSize.max), m.id).toBe(true);
        expect(m.groupSize.max, m.id).toBeGreaterThanOrEqual(m.groupSize.min);
      }
    }
  });

  it('describes every method to participants in short, plain sentences', () => {
    for (const m of METHODS) {
      const ss = splitSentences(m.participantDescription);
      expect(ss.length, m.id).toBeGreaterThan(0);
      for (const s of ss) expect(s.words, `${m.id}: "${s.text}"`).toBeLessThanOrEqual(25);
      expect(m.participantDescription, m.id).not.toMatch(JARGON);
      // Speaks to people directly.
      expect(m.participantDescription, m.id).toMatch(/\b(you|we)\b/i);
    }
  });

  it('covers the range a facilitator needs', () => {
    const ofKind = (k: string) => METHODS.filter((m) => m.kind === k);
    expect(ofKind('check_in').length).toBeGreaterThanOrEqual(4);
    expect(ofKind('relationship_building').length).toBeGreaterThanOrEqual(4);
    expect(ofKind('ground_rules').length).toBeGreaterThanOrEqual(1);
    expect(ofKind('decision').length).toBeGreaterThanOrEqual(6);
    expect(ofKind('reflection').length).toBeGreaterThanOrEqual(3);
    for (const k of ['welcome', 'break', 'meal', 'close', 'presentation', 'small_groups', 'discussion', 'activity']) {
      expect(ofKind(k).length, k).toBeGreaterThanOrEqual(1);
    }
    expect(METHODS.some((m) => m.kind === 'check_in' && m.suits.includes('online'))).toBe(true);
    for (const id of [
      'one-two-four-all',
      'world-cafe',
      'story-circle',
      'nominal-group-technique',
      'fishbowl',
      'open-space',
      'you-said-we-did',
      'lived-experience-testimony',
      'traffic-light-cards',
      'welcome-and-housekeeping',
    ]) {
      expect(methodById(id), id).toBeDefined();
    }
  });
});

describe('methodById', () => {
  it('finds a method by its id, and nothing for an unknown id', () => {
    expect(methodById('one-two-four-all')?.name).toBe('1-2-4-All');
    expect(methodById('no-such-method')).toBeUndefined();
  });
});

describe('methodToBlock', () => {
  const m = methodById('one-two-four-all')!;

  it('carries the method over as block content', () => {
    const b = methodToBlock(m);
    expect(b.title).toBe(m.name);
    expect(b.kind).toBe(m.kind);
    expect(b.durationMinutes).toBe(m.durationMinutes);
    expect(b.description).toBe(m.participantDescription);
    expect(b.materials).toBe(m.materials.join(', '));
    expect(Object.keys(b).sort()).toEqual(['description', 'durationMinutes', 'facilitatorNotes', 'kind', 'materials', 'title']);
  });

  it('writes numbered steps, then access notes, then why', () => {
    const notes = methodToBlock(m).facilitatorNotes;
    const lines = notes.split('\n');
    m.steps.forEach((s, i) => expect(lines[i]).toBe(`${i + 1}. ${s}`));
    const access = notes.indexOf('\n\nAccess:\n');
    const why = notes.indexOf('\n\nWhy: ');
    expect(access).toBeGreaterThan(0);
    expect(why).toBeGreaterThan(access);
    expect(notes).toContain(`Moving and writing: ${m.access.movingAndWriting}`);
    expect(notes).toContain(`Online: ${m.access.online}`);
    expect(notes).toContain(`BSL interpreters: ${m.access.bsl}`);
    expect(notes.endsWith(`Why: ${m.purpose}`)).toBe(true);
  });

  it('leaves the online notes out of an in-person plan', () => {
    const notes = methodToBlock(m, { format: 'in_person' }).facilitatorNotes;
    expect(notes).not.toContain('Online:');
    expect(notes).toContain('BSL interpreters:');
    expect(methodNotes(m, { format: 'hybrid' })).toContain('Online:');
  });

  it('fits every method within the block limits', () => {
    for (const method of METHODS) {
      const b = methodToBlock(method);
      expect(b.facilitatorNotes.length, method.id).toBeLessThanOrEqual(LIMITS.longText);
      expect(b.materials.length, method.id).toBeLessThanOrEqual(LIMITS.longText);
      expect(b.description.length, method.id).toBeLessThanOrEqual(LIMITS.longText);
    }
  });
});
