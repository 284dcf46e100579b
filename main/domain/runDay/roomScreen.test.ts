import { describe, expect, it } from 'vitest';
import { goodPlan, makeBlock, makePerson } from '../../testing/testPlan';
import type { Plan } from '../plan';
import { KIND_EASY_READ } from '../pack/easyRead';
import { roomPlanOf } from './roomPlan';
import { roomTimeWords, roomView } from './roomScreen';
import { replay, type RunAction, type RunEvent } from './runLog';

const MIDNIGHT = Date.UTC(2027, 2, 12);
const at = (h: number, m: number) => MIDNIGHT + (h * 60 + m) * 60_000;

function planOf(blocks: Plan['blocks'], people: Plan['people'] = []): Plan {
  return { ...goodPlan(), startTime: '10:00', endTime: '12:00', blocks, people };
}

function stateAfter(plan: Plan, steps: [number, RunAction['kind']][]) {
  const ids = plan.blocks.map((b) => b.id);
  const events: RunEvent[] = steps.map(([minute, kind], i) => ({
    seq: i + 1,
    at: MIDNIGHT + minute * 60_000,
    action: kind === 'start_day' ? { kind, order: ids } : ({ kind } as RunAction),
  }));
  return replay(events, ids);
}

describe('the plan as the room sees it', () => {
  it('carries no people and no facilitator text, whatever the plan holds', () => {
    const plan = goodPlan();
    const room = roomPlanOf(plan);
    const json = JSON.stringify(room);
    for (const person of plan.people) {
      expect(json).not.toContain(person.name);
      if (person.email) expect(json).not.toContain(person.email);
    }
    expect(Object.keys(room).sort()).toEqual(['blocks', 'endTime', 'planId', 'startTime', 'title']);
    for (const block of room.blocks) {
      expect(Object.keys(block).sort()).toEqual(
        ['durationMinutes', 'flexible', 'id', 'kind', 'lead', 'minMinutes', 'picture', 'pictureAlt', 'pinnedTime', 'title', 'words'].sort(),
      );
    }
  });

  it('puts the plain words for a block’s kind where its own text names someone in the plan', () => {
    const zara = makePerson('Zara Okafor', 'public_contributor', { knownAs: 'Zee' });
    const story = makeBlock('presentation', { title: 'Zee’s story', easyRead: 'Zara Okafor tells us about her care.' });
    const open = makeBlock('discussion', { title: 'What matters to you', easyRead: 'We talk together.' });
    const room = roomPlanOf(planOf([story, open], [zara]));
    expect(room.blocks[0]!.title).toBe('Presentation');
    expect(room.blocks[0]!.words).toBe(KIND_EASY_READ.presentation);
    expect(room.blocks[1]).toMatchObject({ title: 'What matters to you', words: 'We talk together.' });
    expect(room.blocks.map((b) => b.lead)).toEqual([null, null]);
  });

  it('names a block’s lead only when they chose it, by the name they go by, and nobody else', () => {
    const zara = makePerson('Zara Okafor', 'public_contributor', { knownAs: 'Zee' });
    const joe = makePerson('Joe Bloggs', 'carer');
    const hers = makeBlock('presentation', { title: 'Zee’s story', leadPersonId: zara.id, leadInRoom: true });
    const withJoe = makeBlock('discussion', { title: 'Joe’s question', leadPersonId: zara.id, leadBy: 'Joe', leadInRoom: true });
    const notChosen = makeBlock('activity', { title: 'Zee’s game', leadPersonId: zara.id, leadInRoom: false });
    const room = roomPlanOf(planOf([hers, withJoe, notChosen], [zara, joe]));
    expect(room.blocks.map((b) => [b.title, b.lead])).toEqual([
      ['Zee’s story', 'Zee'],
      ['Discussion', 'Zee'],
      ['Activity', null],
    ]);
    expect(JSON.stringify(room)).not.toMatch(/Joe|Okafor/);
  });

  it('gives every block its Easy Read picture with words for a screen reader', () => {
    const room = roomPlanOf(planOf([makeBlock('break'), makeBlock('small_groups')]));
    expect(room.blocks.map((b) => [b.picture, b.pictureAlt])).toEqual([
      ['coffee', 'A cup of tea or coffee'],
      ['group', 'People sitting in a circle'],
    ]);
  });
});

describe('the room view as the day runs', () => {
  const welcome = makeBlock('welcome', { title: 'Welcome', durationMinutes: 10 });
  const talk = makeBlock('discussion', { title: 'Talk together', durationMinutes: 30 });
  const tea = makeBlock('break', { title: 'Tea and biscuits', durationMinutes: 15 });
  const groups = makeBlock('small_groups', { title: 'Small groups', durationMinutes: 30 });
  const lunch = makeBlock('meal', { title: 'Lunch', durationMinutes: 30 });
  const plan = planOf([welcome, talk, tea, groups, lunch]);
  const room = roomPlanOf(plan);

  it('before the start: nothing now, the first block next, and when the first break will be', () => {
    const view = roomView(room, stateAfter(plan, []), at(9, 40), MIDNIGHT);
    expect(view.phase).toBe('not_started');
    expect(view.now).toBeNull();
    expect(view.next).toMatchObject({ title: 'Welcome', startsAt: 10 * 60 });
    expect(view.nextBreak).toMatchObject({ title: 'Tea and biscuits', startsAt: 10 * 60 + 40 });
  });

  it('follows the day: the running block with time left, the next one, and the break moving as the day runs late', () => {
    const state = stateAfter(plan, [
      [10 * 60, 'start_day'],
      [10 * 60 + 15, 'next'],
    ]);
    const view = roomView(room, state, at(10, 20), MIDNIGHT);
    expect(view.now).toMatchObject({ title: 'Talk together', minutesLeft: 25, paused: false, isBreak: false, picture: 'talk' });
    expect(view.next).toMatchObject({ title: 'Tea and biscuits', isBreak: true, startsAt: 10 * 60 + 45 });
    expect(view.nextBreak).toMatchObject({ title: 'Tea and biscuits', startsAt: 10 * 60 + 45 });
  });

  it('during a break, the next break is the one after it', () => {
    const state = stateAfter(plan, [
      [600, 'start_day'],
      [610, 'next'],
      [640, 'next'],
    ]);
    const view = roomView(room, state, at(10, 45), MIDNIGHT);
    expect(view.now).toMatchObject({ title: 'Tea and biscuits', isBreak: true });
    expect(view.nextBreak).toMatchObject({ title: 'Lunch', startsAt: 640 + 15 + 30 });
  });

  it('a skipped break is not the next break', () => {
    const state = stateAfter(plan, [
      [600, 'start_day'],
      [610, 'next'],
      [615, 'skip'],
    ]);
    const view = roomView(room, state, at(10, 16), MIDNIGHT);
    expect(view.next).toMatchObject({ title: 'Small groups' });
    expect(view.nextBreak).toMatchObject({ title: 'Lunch', startsAt: 610 + 30 + 30 });
  });

  it('with no break left to come, says none', () => {
    const state = stateAfter(plan, [
      [600, 'start_day'],
      [610, 'next'],
      [640, 'next'],
      [655, 'next'],
      [685, 'next'],
    ]);
    const view = roomView(room, state, at(11, 30), MIDNIGHT);
    expect(view.now).toMatchObject({ title: 'Lunch' });
    expect(view.next).toBeNull();
    expect(view.nextBreak).toBeNull();
  });
});

describe('the time left on the wall', () => {
  it('is rough, and never says a block is over', () => {
    expect(roomTimeWords(12.2)).toBe('About 13 minutes left');
    expect(roomTimeWords(0.5)).toBe('About 1 minute left');
    expect(roomTimeWords(0)).toBe('Finishing soon');
    expect(roomTimeWords(-7)).toBe('Finishing soon');
  });
});
