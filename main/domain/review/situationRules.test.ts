/**
 * The rules for problems a lead would raise, beyond "fires / stays quiet" (rules.test.ts): what each
 * says, that it steps aside where an older rule already speaks, and whom it groups.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan';
import { reviewPlan } from './engine';
import { arranged, goodPlan, makeBlock, makeNeed, withBlocks, withNeeds, withPerson } from '../../testing/testPlan';
import type { Finding } from './types';

const of = (plan: Plan, ruleId: string): Finding[] => reviewPlan(plan).filter((f) => f.ruleId === ruleId);

describe('agenda-gap', () => {
  it('names every gap in one finding and goes to the first set block', () => {
    const plan = withBlocks(goodPlan({ endTime: '16:00' }), (b) =>
      b.kind === 'meal' ? { ...b, pinnedTime: '12:45' } : b.kind === 'reflection' ? { ...b, pinnedTime: '14:30' } : b,
    );
    const found = of(plan, 'agenda-gap');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      'There are 2 gaps in the agenda that nothing fills: 15 minutes from 12:30 before “Lunch” (set for 12:45) and 10 minutes from 14:20 before “Looking back on today” (set for 14:30).',
    );
    const lunch = plan.blocks.find((b) => b.kind === 'meal')!;
    expect(found[0]!.action).toMatchObject({ type: 'go', place: 'agenda', focus: { blockId: lunch.id } });
  });
});

describe('mealtime-no-food', () => {
  const short = (startTime: string, breakWords = '') =>
    goodPlan({
      startTime,
      endTime: null,
      blocks: [
        makeBlock('welcome'),
        makeBlock('discussion', { durationMinutes: 60 }),
        makeBlock('break', { description: breakWords }),
        makeBlock('discussion', { durationMinutes: 60 }),
      ],
    });

  it('speaks for a short session across lunchtime or teatime, and not for a morning or afternoon', () => {
    expect(of(short('12:00'), 'mealtime-no-food')).toHaveLength(1);
    expect(of(short('17:30'), 'mealtime-no-food')[0]!.message).toContain('across teatime');
    expect(of(short('09:30'), 'mealtime-no-food')).toEqual([]);
    expect(of(short('14:30'), 'mealtime-no-food')).toEqual([]);
    expect(of(short('12:00', 'Drinks and snacks.'), 'mealtime-no-food')).toEqual([]);
  });

  it('leaves a day long enough for a meal to meal-missing, so it is said once', () => {
    const long = withBlocks(goodPlan({ endTime: '17:00' }), (b) => (b.kind === 'meal' ? makeBlock('other', { durationMinutes: 90 }) : b));
    expect(of(long, 'meal-missing')).toHaveLength(1);
    expect(of(long, 'mealtime-no-food')).toEqual([]);
  });

  it('online, offers a break long enough to eat rather than food', () => {
    const f = of({ ...short('12:00'), format: 'online' }, 'mealtime-no-food')[0]!;
    expect(f.howToAct).toContain('break long enough to get something to eat');
    expect(f.action).toMatchObject({ type: 'addBlock', block: { kind: 'break' } });
  });
});

describe('lunch-short', () => {
  it('asks for 45 minutes on a day over 6 hours', () => {
    const day = withBlocks(goodPlan({ endTime: '17:30' }), (b) =>
      b.kind === 'meal' ? { ...b, durationMinutes: 40 } : b.kind === 'activity' ? [b, makeBlock('other', { durationMinutes: 120 })] : b,
    );
    expect(of(day, 'lunch-short')[0]!.howToAct).toContain('at least 45 minutes');
  });
});

describe('interpreters', () => {
  const bsl = (plan: Plan, how = 'Booked a BSL interpreter.') => withNeeds(plan, 'Joe', [makeNeed('sign_language', arranged({ how }))]);

  it('leaves a stretch past the usual break limit to break-missing, so it is said once', () => {
    const long = bsl(withBlocks(goodPlan(), (b) => (b.kind === 'break' ? null : b)));
    expect(of(long, 'break-missing')).toHaveLength(1);
    expect(of(long, 'interpreter-break')).toEqual([]);
  });

  it('stays quiet for a session of an hour, and for needs kept without consent or that cannot be met', () => {
    const hour = goodPlan({ blocks: [makeBlock('welcome'), makeBlock('discussion', { durationMinutes: 50 })] });
    expect(of(bsl(hour), 'interpreter-pair')).toEqual([]);
    const noConsent = withNeeds(goodPlan(), 'Joe', [makeNeed('sign_language')], { store: false, share: false, recordedOn: null });
    expect(of(noConsent, 'interpreter-pair')).toEqual([]);
    expect(of(bsl(goodPlan()), 'interpreter-pair')).toHaveLength(1);
    const cannot = withNeeds(goodPlan(), 'Joe', [makeNeed('sign_language', { status: 'cannot_meet' })]);
    expect(of(cannot, 'interpreter-pair')).toEqual([]);
  });

  it('names the discussions too short to interpret', () => {
    const plan = withNeeds(
      withBlocks(goodPlan(), (b) => (b.kind === 'discussion' ? { ...b, durationMinutes: 20 } : b)),
      'Amara',
      [makeNeed('interpreter', arranged())],
    );
    expect(of(plan, 'interpreted-talk-time')[0]!.message).toContain('“What we heard” (20 minutes) may feel rushed');
  });
});

describe('joining by phone or with a screen reader', () => {
  it('groups everyone joining by phone into one finding, and says nothing in person', () => {
    const plan = withPerson(withPerson(goodPlan({ format: 'hybrid' }), 'Joe', { takesPart: 'phone' }), 'Amara', { takesPart: 'phone' });
    const found = of(plan, 'phone-join-unchecked');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^Amara and Joe will join by phone/);
    expect(found[0]!.concerns?.map((c) => c.name)).toEqual(['Amara', 'Joe']);
    expect(of({ ...plan, format: 'in_person' }, 'phone-join-unchecked')).toEqual([]);
  });

  it('asks about the platform only for a screen-reader user who joins online', () => {
    const plan = withNeeds(goodPlan({ format: 'hybrid' }), 'Joe', [makeNeed('screen_reader', arranged())]);
    expect(of(plan, 'screen-reader-unchecked')).toEqual([]);
    expect(of(withPerson(plan, 'Joe', { takesPart: 'online' }), 'screen-reader-unchecked')).toHaveLength(1);
  });
});

describe('dignified-route', () => {
  it('reads the venue check’s note as well as the arrangement, and is gentle', () => {
    const plan = withNeeds(goodPlan({ venueChecks: { step_free_entrance: { answer: 'no', note: 'Ramp at the side entrance.' } } }), 'Amara', [
      makeNeed('step_free', arranged({ how: 'The venue will have the ramp out.' })),
    ]);
    const f = of(plan, 'dignified-route')[0]!;
    expect(f.weight).toBe('consider');
    expect(f.message).toContain('Is it a route that feels welcoming');
  });

  it('says nothing for someone joining from home', () => {
    const plan = withNeeds(withPerson(goodPlan({ format: 'hybrid' }), 'Amara', { takesPart: 'online' }), 'Amara', [
      makeNeed('step_free', arranged({ how: 'Ramp at the back door.' })),
    ]);
    expect(of(plan, 'dignified-route')).toEqual([]);
  });
});

describe('young-people-long-blocks', () => {
  it('names each block over 30 minutes, and leaves meals alone', () => {
    const plan = withBlocks(goodPlan({ audience: ['under_18'] }), (b) =>
      b.kind === 'discussion' || b.kind === 'small_groups' ? { ...b, durationMinutes: 40 } : b,
    );
    const f = of(plan, 'young-people-long-blocks')[0]!;
    expect(f.message).toMatch(/^“What matters to you\?” \(40 minutes\) and “What we heard” \(40 minutes\) are longer than 30 minutes/);
  });
});
