import { describe, expect, it } from 'vitest';
import { NEED_TYPES, NO_CONSENT, type AccessNeed, type CheckItem, type NeedTypeId, type OnlineChecks, type VenueChecks } from '../access';
import type { Person } from '../people';
import type { Plan } from '../plan';
import { DEFAULT_PACK_SEND_DAYS } from '../packSchedule';
import { addDays } from '../time';
import { findingId } from '../validation';
import { participantTexts, reviewPlan, SOURCE_NAMES, type ReviewOptions } from './index';
import { needPhrase } from './rules/accessNeeds';
import { arranged, blockOfKind, goodPlan, largePlan, makeNeed, personNamed, withBlocks, withNeeds, withPerson } from '../../testing/testPlan';
import type { Finding } from './types';

/** The good plan's workshop is on 12 May 2027. */
const WORKSHOP = '2027-05-12';
const daysBefore = (n: number): ReviewOptions => ({ today: addDays(WORKSHOP, -n) });

const findingsOf = (plan: Plan, ruleId: string, options?: ReviewOptions): Finding[] => reviewPlan(plan, options).filter((f) => f.ruleId === ruleId);
const only = (plan: Plan, ruleId: string, options?: ReviewOptions): Finding => {
  const found = findingsOf(plan, ruleId, options);
  expect(found, `${ruleId} should fire once`).toHaveLength(1);
  return found[0]!;
};
const quiet = (plan: Plan, ruleId: string, options?: ReviewOptions) => expect(findingsOf(plan, ruleId, options)).toEqual([]);

const answer = (a: CheckItem['answer']): CheckItem => ({ answer: a, note: '' });
const withVenue = (plan: Plan, checks: VenueChecks): Plan => ({ ...plan, venueChecks: checks });
const withOnline = (plan: Plan, checks: OnlineChecks): Plan => ({ ...plan, onlineChecks: checks });
/** The good plan with Amara's needs recorded (with consent). */
const amaraNeeds = (needs: AccessNeed[], plan: Plan = goodPlan()) => withNeeds(plan, 'Amara', needs);

const ACCESS_NEEDS_RULES = [
  'need-unarranged',
  'arrangement-unconfirmed',
  'cannot-meet-untold',
  'venue-contradicts-need',
  'venue-check-needed',
  'tech-check-missing',
  'captions-missing',
  'materials-not-sent',
  'easy-read-missing',
  'pack-format-differs',
  'easy-read-long-sentences',
];

/** A plan where nearly every access rule has something to say, four days before the workshop. */
function busyPlan(): Plan {
  let plan = goodPlan({ format: 'hybrid', venueChecks: { step_free_entrance: answer('no'), parking: answer('not_needed') } });
  plan = withNeeds(plan, 'Amara', [
    makeNeed('sign_language'),
    makeNeed('step_free', { how: 'Asking the hall about the ramp.', dueDate: '2027-05-01' }),
    makeNeed('large_print'),
    makeNeed('other', {}, 'Needs to sit near the door, to take a call from home.'),
  ]);
  plan = withNeeds(plan, 'Joe', [
    makeNeed('wheelchair_space', arranged()),
    makeNeed('blue_badge', { how: 'Asking the hall.' }),
    makeNeed('hearing_loop', { how: 'Asking the hall.' }),
    makeNeed('taxi', { status: 'cannot_meet' }),
    makeNeed('easy_read', arranged()),
  ]);
  plan = withPerson(plan, 'Priya', { takesPart: 'online', packDelivery: 'post' });
  return withBlocks(plan, (b) =>
    b.kind === 'meal' ? { ...b, easyRead: 'We eat lunch together in the big room and then we go back to our tables to talk.' } : b,
  );
}

describe('need-unarranged', () => {
  it('names the person and the need, and goes to its arrangement', () => {
    const sign = makeNeed('sign_language');
    const f = only(amaraNeeds([sign]), 'need-unarranged');
    expect(f).toMatchObject({
      id: `need-unarranged:${sign.id}`,
      weight: 'important',
      principle: 'access',
      message: 'Amara needs a BSL or other sign language interpreter, and nothing is planned for it yet.',
      action: { type: 'go', place: 'access', focus: { needId: sign.id }, label: 'Plan this for Amara' },
    });
  });

  it('gathers a person’s several needs into one finding, unless one is set aside on its own', () => {
    const sign = makeNeed('sign_language');
    const loop = makeNeed('hearing_loop');
    const toilet = makeNeed('accessible_toilet');
    const plan = amaraNeeds([sign, loop, toilet]);
    const f = only(plan, 'need-unarranged');
    expect(f.id).toBe(`need-unarranged:person:${plan.people[0]!.id}`);
    expect(f.message).toBe(
      'Amara needs a BSL or other sign language interpreter, a hearing loop and an accessible toilet, and nothing is planned for them yet.',
    );
    // Setting one need aside on its own leaves the other two together.
    const setAside = {
      ...plan,
      setAsides: [{ findingId: `need-unarranged:${loop.id}`, reason: 'The room has a loop.', setAt: '2026-01-01T00:00:00.000Z' }],
    };
    const split = findingsOf(setAside, 'need-unarranged');
    expect(split.map((x) => x.id).sort()).toEqual([`need-unarranged:${loop.id}`, `need-unarranged:person:${plan.people[0]!.id}`].sort());
    expect(split.find((x) => x.id.endsWith(loop.id))!.message).toBe('Amara needs a hearing loop, and nothing is planned for it yet.');
  });

  it('does not ask about a need only the room can meet for someone joining online', () => {
    const online = { ...amaraNeeds([makeNeed('accessible_toilet'), makeNeed('quiet_room'), makeNeed('sign_language')]), format: 'online' as const };
    expect(only(online, 'need-unarranged').message).toBe('Amara needs a BSL or other sign language interpreter, and nothing is planned for it yet.');
    // And a tech check means nothing for someone in the room.
    quiet({ ...amaraNeeds([makeNeed('tech_check')]), format: 'in_person' }, 'need-unarranged');
  });

  it('stays quiet once something is written, arranged or marked as not possible', () => {
    quiet(amaraNeeds([makeNeed('sign_language', { how: 'Asking the county service.' })]), 'need-unarranged');
    quiet(amaraNeeds([makeNeed('sign_language', arranged())]), 'need-unarranged');
    quiet(amaraNeeds([makeNeed('sign_language', { status: 'cannot_meet' })]), 'need-unarranged');
    // Spaces alone are not a plan.
    expect(findingsOf(amaraNeeds([makeNeed('sign_language', { how: '   ' })]), 'need-unarranged')).toHaveLength(1);
  });

  it('describes a need that is not on the list in the person’s own words', () => {
    const f = only(amaraNeeds([makeNeed('other', {}, 'A seat near the door, to take calls.')]), 'need-unarranged');
    expect(f.message).toBe('Amara has a need that is not on the list (“A seat near the door, to take calls.”), and nothing is planned for it yet.');
    // Long words of their own are shortened to their opening.
    const long = only(amaraNeeds([makeNeed('other', {}, 'A seat near the door, as I may need to take a call from home.')]), 'need-unarranged');
    expect(long.message).toContain('(“A seat near the door, as I may need to…”)');
    expect(only(amaraNeeds([makeNeed('other')]), 'need-unarranged').message).toBe(
      'Amara has a need that is not on the list, and nothing is planned for it yet.',
    );
  });

  it('says how close the workshop is, once it is within the reminder window', () => {
    const plan = amaraNeeds([makeNeed('step_free')]);
    expect(only(plan, 'need-unarranged', daysBefore(3)).message).toBe(
      'Amara needs step-free access, and nothing is planned for it yet. The workshop is in 3 days.',
    );
    expect(only(plan, 'need-unarranged', daysBefore(1)).message).toContain('The workshop is tomorrow.');
    expect(only(plan, 'need-unarranged', daysBefore(30)).message).toBe('Amara needs step-free access, and nothing is planned for it yet.');
    // The id stays the same as the date comes closer, so a set-aside keeps working.
    expect(only(plan, 'need-unarranged', daysBefore(3)).id).toBe(only(plan, 'need-unarranged').id);
  });

  it('reads every need type as a phrase after “needs”', () => {
    for (const type of NEED_TYPES) {
      const phrase = needPhrase(type);
      expect(phrase.trim(), type.id).toBe(phrase);
      // Lower case, unless it starts with a name (BSL is inside the phrase, not at its start).
      if (!/^(Blue Badge|Easy Read)/.test(phrase)) expect(phrase.charAt(0), type.id).toBe(phrase.charAt(0).toLowerCase());
    }
    expect(needPhrase(NEED_TYPES.find((t) => t.id === 'phone_dial_in')!)).toBe('to join by phone');
  });
});

describe('arrangement-unconfirmed', () => {
  const asking = (fields: Partial<AccessNeed['arrangement']> = {}) =>
    makeNeed('sign_language', { how: 'Asking the county interpreting service.', owner: 'Sam', ...fields });

  it('stays quiet without today’s date', () => {
    const plan = amaraNeeds([asking({ dueDate: '2027-01-01' })]);
    quiet(plan, 'arrangement-unconfirmed');
    quiet(plan, 'arrangement-unconfirmed', { today: null });
    quiet(plan, 'arrangement-unconfirmed', { today: 'next Tuesday' });
  });

  it('fires from 7 days before the workshop to the day itself, and not after', () => {
    const need = asking();
    const plan = amaraNeeds([need]);
    quiet(plan, 'arrangement-unconfirmed', daysBefore(8));
    const f = only(plan, 'arrangement-unconfirmed', daysBefore(7));
    expect(f).toMatchObject({
      id: `arrangement-unconfirmed:${need.id}`,
      weight: 'important',
      message:
        'Amara needs a BSL or other sign language interpreter. The arrangement (“Asking the county interpreting service.”) is not confirmed yet. The workshop is in 7 days.',
      action: { type: 'go', label: 'Go to Amara’s arrangement', place: 'access', focus: { needId: need.id } },
    });
    expect(f.howToAct).toContain('Check with Sam');
    expect(only(plan, 'arrangement-unconfirmed', daysBefore(0)).message).toContain('The workshop is today.');
    quiet(plan, 'arrangement-unconfirmed', daysBefore(-1));
  });

  it('follows the facilitator’s reminder setting', () => {
    const plan = amaraNeeds([asking()]);
    const reminders = { arrangementsDaysBefore: 14, materialsDaysBefore: 7, personalDataDays: 90 };
    expect(findingsOf(plan, 'arrangement-unconfirmed', { ...daysBefore(14), reminders })).toHaveLength(1);
    quiet(plan, 'arrangement-unconfirmed', { ...daysBefore(15), reminders });
  });

  it('fires once the due date has passed, however far off the workshop is', () => {
    const plan = amaraNeeds([asking({ dueDate: '2027-04-01' })]);
    quiet(plan, 'arrangement-unconfirmed', { today: '2027-04-01' });
    expect(only(plan, 'arrangement-unconfirmed', { today: '2027-04-02' }).message).toContain('It was due by 1 April 2027.');
    expect(only(plan, 'arrangement-unconfirmed', daysBefore(2)).message).toContain('It was due by 1 April 2027, and the workshop is in 2 days.');
    // With no date for the workshop yet, only the due date counts.
    const undated = { ...plan, date: null };
    expect(findingsOf(undated, 'arrangement-unconfirmed', { today: '2027-04-02' })).toHaveLength(1);
    quiet({ ...amaraNeeds([asking()]), date: null }, 'arrangement-unconfirmed', { today: '2027-04-02' });
  });

  it('leaves needs with nothing written to need-unarranged, and arranged ones alone', () => {
    const blank = amaraNeeds([makeNeed('sign_language')]);
    quiet(blank, 'arrangement-unconfirmed', daysBefore(2));
    expect(findingsOf(blank, 'need-unarranged', daysBefore(2))).toHaveLength(1);
    quiet(amaraNeeds([makeNeed('sign_language', arranged({ dueDate: '2027-04-01' }))]), 'arrangement-unconfirmed', daysBefore(2));
    quiet(amaraNeeds([asking({ status: 'cannot_meet' })]), 'arrangement-unconfirmed', daysBefore(2));
  });

  it('asks whoever is arranging it when no owner is named', () => {
    expect(only(amaraNeeds([asking({ owner: ' ' })]), 'arrangement-unconfirmed', daysBefore(2)).howToAct).toContain(
      'Check with whoever is arranging it',
    );
  });
});

describe('cannot-meet-untold', () => {
  it('asks the facilitator to tell the person, and to talk about what might work instead', () => {
    const need = makeNeed('sign_language', { status: 'cannot_meet' });
    const f = only(amaraNeeds([need]), 'cannot-meet-untold');
    expect(f).toMatchObject({
      id: `cannot-meet-untold:${need.id}`,
      weight: 'important',
      source: 'involve',
      message: 'Let Amara know we cannot arrange a BSL or other sign language interpreter, and talk together about what might work instead.',
      action: { type: 'go', place: 'access', focus: { needId: need.id } },
    });
  });

  it('speaks of the person with the pronouns recorded for them, and they/them where none are', () => {
    const need = makeNeed('other', { status: 'cannot_meet' }, 'A quiet corner to pray at midday.');
    const as = (pronouns: string) => only(amaraNeeds([need], withPerson(goodPlan(), 'Amara', { pronouns })), 'cannot-meet-untold');
    const her = as('she/her');
    expect(her.message).toContain('meet the need she told us about');
    expect(her.howToAct).toBe(
      'Talk to Amara in good time, in the way she prefers. There may be another way to meet the need, or another way to take part. Then mark that you have told her.',
    );
    expect(as('he/him').howToAct).toContain('in the way he prefers');
    expect(as('ze/hir').howToAct).toContain('you have told hir.');
    const them = as('');
    expect(them.message).toContain('meet the need they told us about');
    expect(them.howToAct).toContain('in the way they prefer. ');
    expect(them.howToAct).toContain('you have told them.');
  });

  it('stays quiet once the person has been told, or while it is still being arranged', () => {
    quiet(amaraNeeds([makeNeed('sign_language', { status: 'cannot_meet', personTold: true })]), 'cannot-meet-untold');
    quiet(amaraNeeds([makeNeed('sign_language', { personTold: false })]), 'cannot-meet-untold');
  });

  it('quotes a need that is not on the list', () => {
    const f = only(amaraNeeds([makeNeed('other', { status: 'cannot_meet' }, 'A lift pass.')]), 'cannot-meet-untold');
    expect(f.message).toBe(
      'Let Amara know we cannot meet the need they told us about (“A lift pass.”), and talk together about what might work instead.',
    );
  });
});

describe('venue-contradicts-need', () => {
  const stepFree = () => amaraNeeds([makeNeed('step_free', arranged())]);

  it('fires once per venue check answered “no”, naming who needs it, and goes to that check', () => {
    const f = only(withVenue(stepFree(), { step_free_entrance: answer('no') }), 'venue-contradicts-need');
    expect(f).toMatchObject({
      id: 'venue-contradicts-need:step_free_entrance',
      weight: 'important',
      message: 'Your venue check says no to a step-free entrance by the main door, but Amara needs step-free access.',
      action: { type: 'go', place: 'access', focus: { venueCheck: 'step_free_entrance' } },
    });
    quiet(withVenue(stepFree(), { step_free_entrance: answer('yes') }), 'venue-contradicts-need');
    quiet(withVenue(stepFree(), { step_free_entrance: answer('unsure') }), 'venue-contradicts-need');
    quiet(withVenue(goodPlan(), { step_free_entrance: answer('no') }), 'venue-contradicts-need');
  });

  it('gathers everyone a check affects, and asks about the lift for step-free needs too', () => {
    let plan = withVenue(stepFree(), { step_free_entrance: answer('no'), lift: answer('no') });
    plan = withNeeds(plan, 'Joe', [makeNeed('step_free')]);
    const found = findingsOf(plan, 'venue-contradicts-need');
    expect(found.map((f) => f.id)).toEqual(['venue-contradicts-need:step_free_entrance', 'venue-contradicts-need:lift']);
    expect(found[0]!.message).toBe('Your venue check says no to a step-free entrance by the main door, but Amara and Joe need step-free access.');
    const mixed = withNeeds(plan, 'Joe', [makeNeed('wheelchair_space')]);
    expect(findingsOf(mixed, 'venue-contradicts-need')[0]!.message).toBe(
      'Your venue check says no to a step-free entrance by the main door, but Amara (step-free access) and Joe (space for a wheelchair) need it.',
    );
    // "Not needed" for the lift means everything is on one floor.
    quiet(withVenue(stepFree(), { step_free_entrance: answer('yes'), lift: answer('not_needed') }), 'venue-contradicts-need');
  });

  it('counts only the people in the room: not an online plan, nor people joining a hybrid one online', () => {
    const plan = withVenue(stepFree(), { step_free_entrance: answer('no') });
    quiet({ ...plan, format: 'online' }, 'venue-contradicts-need');
    expect(findingsOf({ ...plan, format: 'hybrid' }, 'venue-contradicts-need')).toHaveLength(1);
    quiet(withPerson({ ...plan, format: 'hybrid' }, 'Amara', { takesPart: 'online' }), 'venue-contradicts-need');
    // Joining online means nothing in a plan that is in person.
    expect(findingsOf(withPerson(plan, 'Amara', { takesPart: 'online' }), 'venue-contradicts-need')).toHaveLength(1);
  });

  it('leaves needs that cannot be met to cannot-meet-untold', () => {
    const plan = withVenue(amaraNeeds([makeNeed('step_free', { status: 'cannot_meet' })]), { step_free_entrance: answer('no') });
    quiet(plan, 'venue-contradicts-need');
    expect(findingsOf(plan, 'cannot-meet-untold')).toHaveLength(1);
  });
});

describe('venue-check-needed', () => {
  const loop = () => withNeeds(goodPlan(), 'Joe', [makeNeed('hearing_loop', { how: 'Asking the hall.' })]);

  it('asks, gently, about a check not yet answered or not sure', () => {
    const f = only(loop(), 'venue-check-needed');
    expect(f).toMatchObject({
      id: 'venue-check-needed:hearing_loop',
      weight: 'consider',
      message: 'Does the venue have a hearing loop in the room? Joe needs a hearing loop.',
      action: { type: 'go', place: 'access', focus: { venueCheck: 'hearing_loop' } },
    });
    expect(findingsOf(withVenue(loop(), { hearing_loop: answer('unsure') }), 'venue-check-needed')).toHaveLength(1);
  });

  it('notices a check marked “not needed” that someone needs', () => {
    expect(only(withVenue(loop(), { hearing_loop: answer('not_needed') }), 'venue-check-needed').message).toBe(
      'Your venue check says a hearing loop in the room is not needed, but Joe needs a hearing loop.',
    );
  });

  it('stays quiet once answered yes or no (no is venue-contradicts-need’s), and for arranged needs', () => {
    quiet(withVenue(loop(), { hearing_loop: answer('yes') }), 'venue-check-needed');
    quiet(withVenue(loop(), { hearing_loop: answer('no') }), 'venue-check-needed');
    quiet(withNeeds(goodPlan(), 'Joe', [makeNeed('hearing_loop', arranged())]), 'venue-check-needed');
    quiet({ ...loop(), format: 'online' }, 'venue-check-needed');
    quiet(withPerson({ ...loop(), format: 'hybrid' }, 'Joe', { takesPart: 'online' }), 'venue-check-needed');
  });

  it('does not ask about a lift unless the venue says there is none', () => {
    const plan = amaraNeeds([makeNeed('step_free', { how: 'Asking the hall.' })]);
    expect(findingsOf(plan, 'venue-check-needed').map((f) => f.id)).toEqual(['venue-check-needed:step_free_entrance']);
  });
});

describe('tech-check-missing', () => {
  it('asks for a tech check for everyone in an online plan', () => {
    const f = only(goodPlan({ format: 'online' }), 'tech-check-missing');
    expect(f).toMatchObject({
      id: 'tech-check-missing',
      weight: 'important',
      message: 'Amara, Joe, Priya and Sam join online, and no tech check is offered before the day yet.',
      action: { type: 'go', place: 'access', focus: { onlineCheck: 'tech_check' } },
    });
    quiet(goodPlan({ format: 'online', people: [] }), 'tech-check-missing');
  });

  it('counts only the people joining a hybrid plan online, and nobody in an in-person plan', () => {
    quiet(goodPlan({ format: 'hybrid' }), 'tech-check-missing');
    const hybrid = withPerson(goodPlan({ format: 'hybrid' }), 'Joe', { takesPart: 'online' });
    expect(only(hybrid, 'tech-check-missing').message).toBe('Joe joins online, and no tech check is offered before the day yet.');
    quiet({ ...hybrid, format: 'in_person' }, 'tech-check-missing');
  });

  it('stays quiet once offered, or marked not needed unless someone online asked for one', () => {
    const online = goodPlan({ format: 'online' });
    quiet(withOnline(online, { tech_check: answer('yes') }), 'tech-check-missing');
    expect(findingsOf(withOnline(online, { tech_check: answer('no') }), 'tech-check-missing')).toHaveLength(1);
    quiet(withOnline(online, { tech_check: answer('not_needed') }), 'tech-check-missing');
    const asked = withNeeds(withOnline(online, { tech_check: answer('not_needed') }), 'Joe', [makeNeed('tech_check')]);
    expect(only(asked, 'tech-check-missing').message).toBe('Joe asked for a tech check before the day, but the online checks say it is not needed.');
  });
});

describe('captions-missing', () => {
  const hearing = (plan: Plan, type: NeedTypeId = 'hearing_loop') => withNeeds(plan, 'Joe', [makeNeed(type, arranged())]);

  it('fires for a hearing need anywhere in a hybrid session, as the room hears online voices through speakers', () => {
    const f = only(hearing(goodPlan({ format: 'hybrid' })), 'captions-missing');
    expect(f).toMatchObject({
      id: 'captions-missing',
      weight: 'important',
      message: 'Joe has a hearing need, and live captions are not switched on for this hybrid session yet.',
      action: { type: 'go', place: 'access', focus: { onlineCheck: 'captions' } },
    });
    expect(findingsOf(withPerson(hearing(goodPlan({ format: 'hybrid' })), 'Joe', { takesPart: 'online' }), 'captions-missing')).toHaveLength(1);
    expect(only(hearing(goodPlan({ format: 'online' }), 'lip_reading'), 'captions-missing').message).toContain('this online session');
  });

  it('stays quiet in person, with captions on, or with no hearing need', () => {
    quiet(hearing(goodPlan()), 'captions-missing');
    quiet(hearing(goodPlan({ format: 'hybrid', onlineChecks: { captions: answer('yes') } })), 'captions-missing');
    expect(findingsOf(hearing(goodPlan({ format: 'hybrid', onlineChecks: { captions: answer('no') } })), 'captions-missing')).toHaveLength(1);
    quiet(hearing(goodPlan({ format: 'hybrid' }), 'step_free'), 'captions-missing');
    quiet(goodPlan({ format: 'hybrid' }), 'captions-missing');
  });
});

describe('materials-not-sent', () => {
  it('stays quiet without today’s date or the workshop’s', () => {
    quiet(goodPlan(), 'materials-not-sent');
    quiet(goodPlan({ date: null }), 'materials-not-sent', { today: '2027-05-08' });
  });

  it('fires the day after each pack’s planned date, naming everyone late in one finding', () => {
    // Email packs are planned for 7 days before (5 May): on that day nothing is late yet.
    quiet(goodPlan(), 'materials-not-sent', daysBefore(7));
    const plan = goodPlan();
    const f = only(plan, 'materials-not-sent', daysBefore(6));
    expect(f).toMatchObject({
      id: 'materials-not-sent',
      weight: 'important',
      principle: 'access',
      message:
        '4 packs have not been sent yet, and the workshop is in 6 days: Amara (clear print by email, planned for 5 May 2027), Joe (clear print by email, planned for 5 May 2027), Priya (clear print by email, planned for 5 May 2027) and Sam (clear print by email, planned for 5 May 2027).',
      action: { type: 'go', label: 'Go to Amara', place: 'people', focus: { personId: personNamed(plan, 'Amara').id } },
    });
    expect(f.concerns?.map((c) => c.name)).toEqual(['Amara', 'Joe', 'Priya', 'Sam']);
    expect(only(plan, 'materials-not-sent', daysBefore(0)).message).toContain('the workshop is today');
    quiet(plan, 'materials-not-sent', daysBefore(-1));
  });

  it('plans Easy Read and large print by post earliest, so they are late first', () => {
    let plan = withPerson(goodPlan(), 'Amara', { packFormat: 'large_print', packDelivery: 'post' });
    plan = withPerson(plan, 'Joe', { packFormat: 'easy_read', packDelivery: 'post' });
    plan = withPerson(plan, 'Priya', { packDelivery: 'post' });
    // 14 days before (28 April) is the planned date for large print and Easy Read by post.
    quiet(plan, 'materials-not-sent', daysBefore(14));
    const f = only(plan, 'materials-not-sent', daysBefore(13));
    expect(f.concerns?.map((c) => c.name)).toEqual(['Amara', 'Joe']);
    expect(f.message).toContain('Amara (large print by post, planned for 28 April 2027)');
    expect(f.howToAct).toContain('Post can take two or three days');
    // Clear print by post is planned for 10 days before; email for 7.
    expect(only(plan, 'materials-not-sent', daysBefore(9)).concerns?.map((c) => c.name)).toEqual(['Amara', 'Joe', 'Priya']);
    expect(only(plan, 'materials-not-sent', daysBefore(6)).concerns).toHaveLength(4);
  });

  it('speaks of one person alone, with their own planned date', () => {
    let plan = withPerson(goodPlan(), 'Amara', { materialsSentOn: '2027-05-01' });
    plan = withPerson(plan, 'Priya', { packDelivery: 'on_the_day' });
    plan = withPerson(plan, 'Sam', { materialsSentOn: '2027-05-02' });
    const f = only(plan, 'materials-not-sent', daysBefore(3));
    expect(f.message).toBe(
      'Joe’s pack (clear print by email) was planned to go by 5 May 2027 and has not been sent yet, and the workshop is in 3 days.',
    );
    expect(f.action).toMatchObject({ focus: { personId: personNamed(plan, 'Joe').id } });
    expect(f.howToAct).not.toContain('Post');
    quiet(withPerson(plan, 'Joe', { materialsSentOn: '2027-05-09' }), 'materials-not-sent', daysBefore(3));
  });

  it('follows the facilitator’s table of days before', () => {
    const packSendDays = { ...DEFAULT_PACK_SEND_DAYS, email: { ...DEFAULT_PACK_SEND_DAYS.email, standard: 21 } };
    quiet(goodPlan(), 'materials-not-sent', { ...daysBefore(21), packSendDays });
    expect(only(goodPlan(), 'materials-not-sent', { ...daysBefore(20), packSendDays }).concerns).toHaveLength(4);
  });

  it('keeps a person set aside apart, and the rest grouped', () => {
    const plan = goodPlan();
    const joe = personNamed(plan, 'Joe');
    const withSetAside: Plan = {
      ...plan,
      setAsides: [{ findingId: `materials-not-sent:${joe.id}`, reason: 'Joe collects his pack from us', setAt: '2027-05-06T10:00:00Z' }],
    };
    const found = findingsOf(withSetAside, 'materials-not-sent', daysBefore(5));
    expect(found.map((f) => f.concerns?.map((c) => c.name) ?? f.id)).toEqual([`materials-not-sent:${joe.id}`, ['Amara', 'Priya', 'Sam']]);
  });
});

describe('easy-read-missing', () => {
  const easyRead = () => withPerson(goodPlan(), 'Amara', { packFormat: 'easy_read' });
  const allWritten = (plan: Plan) => withBlocks(plan, (b) => ({ ...b, easyRead: 'We talk together.' }));

  it('lists the parts of the day with no Easy Read yet, and goes to the first one’s Easy Read', () => {
    const plan = easyRead();
    const f = only(plan, 'easy-read-missing');
    // 13 blocks, a break and lunch among them.
    expect(f.message).toBe(
      'Amara needs Easy Read, but 11 parts of the day have no Easy Read description yet: “Welcome”, “How are you today?” and 9 others.',
    );
    expect(f).toMatchObject({ weight: 'important', source: 'easyRead' });
    expect(f.action).toEqual({
      type: 'go',
      label: 'Write the Easy Read for “Welcome”',
      place: 'agenda',
      focus: { kind: 'block', blockId: plan.blocks[0]!.id, field: 'easyRead' },
    });
  });

  it('names a single block, and leaves out breaks and meals', () => {
    const plan = withBlocks(allWritten(easyRead()), (b) =>
      b.kind === 'break' || b.kind === 'meal' || b.kind === 'discussion' ? { ...b, easyRead: '' } : b,
    );
    expect(only(plan, 'easy-read-missing').message).toBe('Amara needs Easy Read, but “What we heard” has no Easy Read description yet.');
    quiet(
      withBlocks(plan, (b) => (b.kind === 'discussion' ? { ...b, easyRead: 'We share what we heard.' } : b)),
      'easy-read-missing',
    );
  });

  it('counts an Easy Read need kept with consent, but not one kept without it', () => {
    const need = [makeNeed('easy_read', arranged())];
    expect(only(amaraNeeds(need), 'easy-read-missing').message).toMatch(/^Amara needs Easy Read/);
    quiet(withNeeds(goodPlan(), 'Amara', need, NO_CONSENT), 'easy-read-missing');
    quiet(amaraNeeds([makeNeed('easy_read', { status: 'cannot_meet' })]), 'easy-read-missing');
    quiet(goodPlan(), 'easy-read-missing');
    quiet(goodPlan({ blocks: [] }), 'easy-read-missing');
  });
});

describe('easy-read-long-sentences', () => {
  const words = (n: number) => `We ${Array.from({ length: n - 2 }, () => 'eat').join(' ')} lunch.`;
  const lunchEasyRead = (text: string) => withBlocks(goodPlan(), (b) => (b.kind === 'meal' ? { ...b, easyRead: text } : b));

  it('fires above 15 words, for each block’s Easy Read, and goes to it', () => {
    quiet(lunchEasyRead(words(15)), 'easy-read-long-sentences');
    const plan = lunchEasyRead(`${words(16)} ${words(4)}`);
    const lunch = blockOfKind(plan, 'meal');
    const f = only(plan, 'easy-read-long-sentences');
    expect(f).toMatchObject({
      id: `easy-read-long-sentences:block:${lunch.id}:easyRead`,
      weight: 'consider',
      source: 'easyRead',
      action: {
        type: 'go',
        label: 'Go to the Easy Read for “Lunch”',
        place: 'agenda',
        focus: { kind: 'block', blockId: lunch.id, field: 'easyRead' },
      },
    });
    expect(f.message).toMatch(/^A sentence in the Easy Read for “Lunch” has 16 words: “We eat eat eat eat eat eat eat…”\./);
    expect(only(lunchEasyRead(`${words(16)} ${words(20)}`), 'easy-read-long-sentences').message).toMatch(
      /^2 sentences in the Easy Read for “Lunch” have more than 15 words; the longest has 20\./,
    );
  });

  it('is the only rule about sentence length in Easy Read; long-sentences still looks at descriptions', () => {
    const plan = lunchEasyRead(words(30));
    quiet(plan, 'long-sentences');
    expect(findingsOf(plan, 'easy-read-long-sentences')).toHaveLength(1);
    const both = withBlocks(plan, (b) => (b.kind === 'meal' ? { ...b, description: words(30) } : b));
    expect(only(both, 'long-sentences').id).toBe(`long-sentences:block:${blockOfKind(both, 'meal').id}:description`);
  });

  it('lets the jargon rule read Easy Read too', () => {
    const plan = lunchEasyRead('We utilise the kitchen.');
    const f = only(plan, 'jargon');
    expect(f.id).toBe('jargon');
    expect(f.message).toBe('A word in what participants read may be unfamiliar: “utilise” (perhaps “use”) in the Easy Read for “Lunch”.');
    expect(f.action).toMatchObject({ type: 'replaceText', target: { kind: 'block', field: 'easyRead' }, find: 'utilise', replace: 'use' });
  });

  it('lists Easy Read among the participant texts, after each block’s description', () => {
    const texts = participantTexts(lunchEasyRead('We eat together.'));
    const lunch = texts.findIndex((t) => t.label === '“Lunch” Easy Read');
    expect(texts[lunch]).toMatchObject({ target: { kind: 'block', field: 'easyRead' }, text: 'We eat together.' });
    expect(texts[lunch - 1]!.label).toBe('“Lunch” description');
  });
});

describe('pack-format-differs', () => {
  it('notices a need for a format the person’s pack is not set to', () => {
    const need = makeNeed('large_print', arranged());
    const plan = amaraNeeds([need]);
    const f = only(plan, 'pack-format-differs');
    expect(f).toMatchObject({
      id: `pack-format-differs:${need.id}`,
      weight: 'consider',
      message: 'Amara needs large print, but their pack is set to standard clear print.',
      action: { type: 'go', place: 'people', focus: { personId: personNamed(plan, 'Amara').id } },
    });
    expect(only(amaraNeeds([makeNeed('easy_read', arranged())]), 'pack-format-differs').howToAct).toContain('Set Amara’s pack to Easy Read');
  });

  it('stays quiet when the pack matches, the need cannot be met, or the need is not about format', () => {
    quiet(withPerson(amaraNeeds([makeNeed('dyslexia_friendly', arranged())]), 'Amara', { packFormat: 'dyslexia' }), 'pack-format-differs');
    quiet(amaraNeeds([makeNeed('large_print', { status: 'cannot_meet' })]), 'pack-format-differs');
    quiet(amaraNeeds([makeNeed('step_free', arranged())]), 'pack-format-differs');
    // A pack format chosen without a need behind it is the person's choice.
    quiet(withPerson(goodPlan(), 'Amara', { packFormat: 'large_print' }), 'pack-format-differs');
  });
});

describe('every access needs rule', () => {
  const allSent = (plan: Plan): Plan => ({ ...plan, people: plan.people.map((p) => ({ ...p, materialsSentOn: '2027-05-01' })) });

  it('keeps the good plan quiet, with or without a date, close to the workshop or not', () => {
    const plan = allSent(goodPlan());
    expect(reviewPlan(plan, daysBefore(3))).toEqual([]);
    expect(reviewPlan(goodPlan(), daysBefore(30))).toEqual([]);
    expect(reviewPlan(goodPlan())).toEqual([]);
  });

  it('ignores needs recorded without consent to keep them', () => {
    const needs = [
      makeNeed('sign_language'),
      makeNeed('step_free', { status: 'cannot_meet' }),
      makeNeed('large_print', { how: 'Printing at 18pt.' }),
      makeNeed('hearing_loop', { how: 'Asking.' }),
    ];
    let plan = withVenue(goodPlan({ format: 'hybrid', onlineChecks: { tech_check: answer('yes') } }), { step_free_entrance: answer('no') });
    plan = withNeeds(allSent(plan), 'Amara', needs, { store: false, share: true, recordedOn: '2027-03-01' });
    const ids = reviewPlan(plan, daysBefore(3)).map((f) => f.ruleId);
    for (const id of ACCESS_NEEDS_RULES) expect(ids).not.toContain(id);
    // With consent, they all have something to say.
    const consented = withNeeds(plan, 'Amara', needs);
    expect(new Set(reviewPlan(consented, daysBefore(3)).map((f) => f.ruleId))).toEqual(
      new Set([
        'online-host-missing',
        'need-unarranged',
        'arrangement-unconfirmed',
        'cannot-meet-untold',
        'venue-check-needed',
        'captions-missing',
        'pack-format-differs',
        // A BSL interpreter for a 4 hour 30 minute day, with a 75-minute morning stretch.
        'interpreter-pair',
        'interpreter-break',
      ]),
    );
  });

  it('goes quiet about getting ready once the workshop is delivered or its date has passed', () => {
    const plan = busyPlan();
    const before = new Set(reviewPlan(plan, daysBefore(4)).map((f) => f.ruleId));
    expect(ACCESS_NEEDS_RULES.filter((id) => !before.has(id))).toEqual([]);
    const afterwards = (options: ReviewOptions, p: Plan = plan) =>
      reviewPlan(p, options)
        .filter((f) => ACCESS_NEEDS_RULES.includes(f.ruleId))
        .map((f) => f.ruleId);
    // Only the Easy Read wording is still worth a look: the words may be reused.
    expect(afterwards(daysBefore(-1))).toEqual(['easy-read-long-sentences']);
    expect(afterwards(daysBefore(4), { ...plan, status: 'delivered' })).toEqual(['easy-read-long-sentences']);
  });

  it('speaks kindly, names its source and gives ids that can be set aside, unique within the review', () => {
    const findings = reviewPlan(busyPlan(), daysBefore(4)).filter((f) => ACCESS_NEEDS_RULES.includes(f.ruleId));
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) {
      expect(f.principle).toBe('access');
      expect(f.why).toContain(SOURCE_NAMES[f.source]);
      expect(['accessibleInfo', 'easyRead', 'ukStandards', 'involve']).toContain(f.source);
      for (const text of [f.message, f.why, f.howToAct]) {
        expect(text).not.toMatch(/\b(?:must|fail\w*|errors?|invalid|wrong|violations?|should have)\b/i);
        expect(text).toMatch(/[.?!)”]$/);
      }
      expect(findingId.safeParse(f.id).success, f.id).toBe(true);
      expect(f.action?.type).toBe('go');
    }
    const ids = findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps each finding’s id when the plan around it changes', () => {
    const plan = busyPlan();
    const ids = reviewPlan(plan, daysBefore(4))
      .map((f) => f.id)
      .sort();
    // Reorder people, change what people wrote, move closer to the day: the same findings keep their ids.
    const reworded: Plan = {
      ...plan,
      people: [...plan.people].reverse().map((p: Person) => ({
        ...p,
        accessNeeds: p.accessNeeds.map((n) => ({ ...n, detail: `${n.detail} More detail.`, arrangement: { ...n.arrangement, owner: 'Priya' } })),
      })),
    };
    expect(
      reviewPlan(reworded, daysBefore(2))
        .map((f) => f.id)
        .sort(),
    ).toEqual(ids);
  });

  it('reviews a large plan with many needs in every state, one finding per need or check', () => {
    // Its speed is measured by `npm run bench` (e2e/bench/review-bench.ts), on the same large plan.
    const plan = largePlan();
    const findings = reviewPlan(plan, { today: addDays(plan.date!, -3) });
    const ids = findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const ruleIds = new Set(findings.map((f) => f.ruleId));
    for (const id of ACCESS_NEEDS_RULES) expect(ruleIds, id).toContain(id);
    expect(reviewPlan({ ...plan, blocks: [...plan.blocks] }, { today: addDays(plan.date!, -3) })).toEqual(findings);
  });
});
