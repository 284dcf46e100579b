import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, REST_KINDS } from '../blockKinds';
import { GIVE_BACK_KINDS, LIMITS } from '../plan';
import { isClockTime, parseClockTime } from '../time';
import { splitSentences } from '../plainEnglish/readability';
import { computeSchedule } from '../timing';
import { STARTER_TEMPLATES, templateById, type StarterTemplate } from './templates';

const JARGON =
  /\b(facilitat\w*|stakeholders?|utilis\w*|methodolog\w*|disseminat\w*|cohorts?|qualitative|quantitative|PPI|co-produc\w*|empower\w*|leverag\w*|public contributors?|lived experience)\b/i;

const REQUIRED_IDS = ['co-production-roundtable', 'research-priority-setting', 'sandpit', 'community-conversation', 'reflection-and-evaluation'];

function schedule(t: StarterTemplate) {
  const blocks = t.blocks.map((b, i) => ({ ...b, id: `b${i}` }));
  return computeSchedule(t.details.startTime, blocks, t.details.endTime);
}

const cases = STARTER_TEMPLATES.map((t) => [t.id, t] as const);

describe('starter templates', () => {
  it('includes at least the five starters, each id once', () => {
    expect(STARTER_TEMPLATES.length).toBeGreaterThanOrEqual(5);
    const ids = STARTER_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it('finds a template by id', () => {
    expect(templateById('sandpit')?.id).toBe('sandpit');
    expect(templateById('nope')).toBeUndefined();
  });

  it.each(cases)('%s has its details filled in with editable sentences', (_id, t) => {
    const d = t.details;
    expect(t.name.trim()).not.toBe('');
    expect(t.summary.trim()).not.toBe('');
    expect(d.title.trim()).not.toBe('');
    expect(d.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(d.purpose.trim()).not.toBe('');
    expect(d.whatCouldChange.trim()).not.toBe('');
    expect(d.followUp.trim()).not.toBe('');
    expect(d.givesBackNote.trim()).not.toBe('');
    expect(d.format).toBe('in_person');
    expect(d.venueName).toBe('');
    expect(d.venueAddress).toBe('');
    expect(d.expectedParticipants).not.toBeNull();
    expect(d.expectedParticipants!).toBeGreaterThanOrEqual(6);
    expect(d.givesBack.length).toBeGreaterThan(0);
    for (const g of d.givesBack) expect(GIVE_BACK_KINDS).toContain(g);
    for (const text of [t.name, t.summary, d.title, d.purpose, d.whatCouldChange, d.followUp, d.givesBackNote]) {
      expect(text).not.toMatch(/\[|\]|TODO|TBC/);
    }
  });

  it.each(cases)('%s starts at 10:00 or later and ends by 15:30', (_id, t) => {
    const { startTime, endTime } = t.details;
    expect(isClockTime(startTime)).toBe(true);
    expect(endTime).not.toBeNull();
    expect(isClockTime(endTime!)).toBe(true);
    expect(parseClockTime(startTime)).toBeGreaterThanOrEqual(parseClockTime('10:00'));
    expect(parseClockTime(endTime!)).toBeLessThanOrEqual(parseClockTime('15:30'));
  });

  it.each(cases)('%s has only valid blocks', (_id, t) => {
    expect(t.blocks.length).toBeGreaterThan(0);
    for (const b of t.blocks) {
      expect(b.title.trim(), b.title).not.toBe('');
      expect(b.title.length).toBeLessThanOrEqual(LIMITS.title);
      expect(BLOCK_KINDS).toContain(b.kind);
      expect(Number.isInteger(b.durationMinutes), b.title).toBe(true);
      expect(b.durationMinutes, b.title).toBeGreaterThanOrEqual(1);
      expect(b.description.trim(), b.title).not.toBe('');
      expect(b.facilitatorNotes.trim(), b.title).not.toBe('');
      expect(b.facilitatorNotes.length).toBeLessThanOrEqual(LIMITS.longText);
      expect(b.leadBy.length).toBeLessThanOrEqual(LIMITS.shortText);
      expect(b.leadPersonId).toBeNull();
      expect(b.deciderIds).toEqual([]);
      if (b.pinnedTime !== null) expect(isClockTime(b.pinnedTime)).toBe(true);
      if (b.kind === 'decision') {
        expect(b.decision.trim(), b.title).not.toBe('');
        expect(b.decidedByAll, b.title).toBe(true);
      } else {
        expect(b.decision, b.title).toBe('');
        expect(b.decidedByAll, b.title).toBe(false);
      }
      if (!REST_KINDS.has(b.kind)) expect(b.leadBy.trim(), b.title).not.toBe('');
    }
  });

  it.each(cases)('%s fits before its end time with at least 10 minutes to spare', (_id, t) => {
    const s = schedule(t);
    expect(s.overrunMinutes).toBe(0);
    expect(s.pinConflicts).toBe(0);
    expect(s.spareMinutes).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s opens with a welcome and builds relationships in the first 30 minutes', (_id, t) => {
    const s = schedule(t);
    expect(t.blocks[0]!.kind).toBe('welcome');
    const early = t.blocks.findIndex((b, i) => (b.kind === 'check_in' || b.kind === 'relationship_building') && s.rows[i]!.start < s.start + 30);
    expect(early).toBeGreaterThanOrEqual(0);
  });

  it.each(cases)('%s agrees ground rules together, early on', (_id, t) => {
    const s = schedule(t);
    const i = t.blocks.findIndex((b) => b.kind === 'ground_rules');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(s.rows[i]!.start).toBeLessThan(s.start + 60);
  });

  it.each(cases)('%s never goes 75 minutes or more without a break or a meal', (_id, t) => {
    const s = schedule(t);
    let since = s.start;
    t.blocks.forEach((b, i) => {
      const row = s.rows[i]!;
      if (REST_KINDS.has(b.kind)) {
        since = row.end;
      } else {
        expect(row.end - since, `stretch ending with "${b.title}"`).toBeLessThan(75);
      }
    });
  });

  it.each(cases)('%s has a pinned meal when it runs four hours or more', (_id, t) => {
    const s = schedule(t);
    if (s.totalMinutes >= 240) {
      expect(t.blocks.some((b) => b.kind === 'meal' && b.pinnedTime !== null)).toBe(true);
    }
  });

  it.each(cases)('%s keeps talks short and leaves plenty of time for talking together', (_id, t) => {
    const s = schedule(t);
    const minutes = (kinds: string[]) => t.blocks.filter((b) => kinds.includes(b.kind)).reduce((sum, b) => sum + b.durationMinutes, 0);
    expect(minutes(['presentation'])).toBeLessThan(s.totalMinutes / 4);
    expect(minutes(['discussion', 'small_groups', 'activity', 'decision'])).toBeGreaterThanOrEqual(s.totalMinutes / 4);
  });

  it.each(cases)('%s has decisions taken by everyone, each saying what is decided', (_id, t) => {
    const decisions = t.blocks.filter((b) => b.kind === 'decision');
    expect(decisions.length).toBeGreaterThanOrEqual(1);
  });

  it.each(cases)('%s ends with a reflection, then a close', (_id, t) => {
    const n = t.blocks.length;
    expect(t.blocks[n - 1]!.kind).toBe('close');
    expect(t.blocks.slice(n - 3, n - 1).some((b) => b.kind === 'reflection')).toBe(true);
  });

  it.each(cases)('%s speaks to participants in short, plain sentences', (_id, t) => {
    for (const b of t.blocks) {
      // Who leads appears in the pack too, so it avoids jargon as well.
      expect(b.leadBy, b.title).not.toMatch(JARGON);
      for (const text of [b.title, b.description]) {
        expect(text, b.title).not.toMatch(JARGON);
        for (const s of splitSentences(text)) expect(s.words, `"${s.text}"`).toBeLessThanOrEqual(20);
      }
      if (b.kind === 'decision') {
        for (const s of splitSentences(b.decision)) expect(s.words, `"${s.text}"`).toBeLessThanOrEqual(25);
      }
    }
    const d = t.details;
    for (const text of [d.title, d.purpose, d.whatCouldChange, d.followUp, t.summary]) {
      expect(text).not.toMatch(JARGON);
      for (const s of splitSentences(text)) expect(s.words, `"${s.text}"`).toBeLessThanOrEqual(25);
    }
  });
});
