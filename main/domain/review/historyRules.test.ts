import { describe, expect, it } from 'vitest';
import type { PastSession, PersonPast, ReviewHistory } from '../history';
import type { Plan } from '../plan';
import { arranged, goodPlan, makeNeed, makePerson, paidAgreed, personNamed, withNeeds } from '../../testing/testPlan';
import { reviewPlan, SOURCE_NAMES, type ReviewOptions } from './index';
import { LONG_GAP_DAYS, REGULAR_SESSIONS } from './rules/history';

const findings = (plan: Plan, ruleId: string, options: ReviewOptions) => reviewPlan(plan, options).filter((f) => f.ruleId === ruleId);

/** A delivered session on `date`, where they shared power or not and were told what changed or not. */
function session(date: string, fields: Partial<PastSession> = {}): PastSession {
  return { planId: `plan-${date}`, date, delivered: true, sharedPower: false, toldWhatChanged: true, needs: [], ...fields };
}
const past = (sessions: PastSession[], consentAskAgainOn: string | null = null): PersonPast => ({ sessions, consentAskAgainOn });

/** The good plan (12 May 2027) with Rosa, a public contributor who leads nothing and co-plans nothing today. */
function withRosa(): Plan {
  const plan = goodPlan();
  return { ...plan, people: [...plan.people, makePerson('Rosa', 'public_contributor', { payment: paidAgreed() })] };
}
const rosaId = (plan: Plan) => personNamed(plan, 'Rosa').id;
const historyFor = (plan: Plan, name: string, p: PersonPast): ReviewHistory => ({ [personNamed(plan, name).id]: p });

describe('a regular contributor never invited to lead or co-plan', () => {
  const regular = ['2026-09-01', '2026-11-01', '2027-01-10'].map((d) => session(d));

  it(`fires for someone at ${REGULAR_SESSIONS} sessions who never led, co-planned or co-chaired, naming its source`, () => {
    const plan = withRosa();
    const [f] = findings(plan, 'regular-never-leads', { history: historyFor(plan, 'Rosa', past(regular)) });
    expect(f?.id).toBe(`regular-never-leads:${rosaId(plan)}`);
    expect(f?.message).toContain('Rosa has been part of 3 sessions');
    expect(f?.why).toContain(SOURCE_NAMES.involve);
    expect(f?.action).toMatchObject({ type: 'go', place: 'people', focus: { personId: rosaId(plan) } });
  });

  it('stays quiet with fewer sessions, when they once led, when asked this time, or for a researcher', () => {
    const plan = withRosa();
    const quiet = (p: Plan, h: ReviewHistory) => expect(findings(p, 'regular-never-leads', { history: h })).toEqual([]);
    quiet(plan, historyFor(plan, 'Rosa', past(regular.slice(1))));
    quiet(plan, historyFor(plan, 'Rosa', past([...regular.slice(1), session('2026-08-01', { sharedPower: true })])));
    quiet({ ...plan, people: plan.people.map((p) => (p.name === 'Rosa' ? { ...p, coPlans: true } : p)) }, historyFor(plan, 'Rosa', past(regular)));
    quiet(plan, historyFor(plan, 'Priya', past(regular)));
    // Sessions never delivered do not make anyone a regular.
    quiet(plan, historyFor(plan, 'Rosa', past(regular.map((s) => ({ ...s, delivered: false })))));
    quiet(plan, {});
  });
});

describe('a person not told what changed since their last session', () => {
  it('fires when their last delivered session has no "you said, we did" and no follow-up', () => {
    const plan = withRosa();
    const h = historyFor(plan, 'Rosa', past([session('2026-10-01'), session('2027-02-03', { toldWhatChanged: false })]));
    const [f] = findings(plan, 'not-told-what-changed', { history: h });
    expect(f?.message).toBe('Nothing is recorded about what changed after Rosa’s last session on 3 February 2027.');
    expect(f?.why).toContain(SOURCE_NAMES.ukStandards);
  });

  it('stays quiet when the last session told them, even if an older one did not', () => {
    const plan = withRosa();
    const h = historyFor(plan, 'Rosa', past([session('2026-10-01', { toldWhatChanged: false }), session('2027-02-03')]));
    expect(findings(plan, 'not-told-what-changed', { history: h })).toEqual([]);
  });
});

describe('consent due for renewal', () => {
  it('fires when the ask-again date is on or before the workshop', () => {
    const plan = goodPlan();
    const [f] = findings(plan, 'consent-renewal-due', { history: historyFor(plan, 'Joe', past([], '2027-05-12')) });
    expect(f?.message).toBe('Joe’s consent was due to be checked again on 12 May 2027.');
    expect(f?.weight).toBe('important');
    expect(f?.why).toContain(SOURCE_NAMES.gdpr);
  });

  it('stays quiet when the date is after the workshop, or not set; an undated plan measures from today', () => {
    const plan = goodPlan();
    expect(findings(plan, 'consent-renewal-due', { history: historyFor(plan, 'Joe', past([], '2027-05-13')) })).toEqual([]);
    expect(findings(plan, 'consent-renewal-due', { history: historyFor(plan, 'Joe', past([])) })).toEqual([]);
    const undated = { ...plan, date: null };
    const h = historyFor(plan, 'Joe', past([], '2027-04-01'));
    expect(findings(undated, 'consent-renewal-due', { history: h })).toEqual([]);
    expect(findings(undated, 'consent-renewal-due', { history: h, today: '2027-04-02' })).toHaveLength(1);
  });
});

it('names everyone whose consent is due in one finding, each of whom can be set aside alone', () => {
  const plan = goodPlan();
  const history = { ...historyFor(plan, 'Joe', past([], '2027-05-01')), ...historyFor(plan, 'Amara', past([], '2027-04-01')) };
  const [f] = findings(plan, 'consent-renewal-due', { history });
  expect(f?.message).toBe('2 people have consent that was due to be checked again by the day of this workshop: Amara and Joe.');
  expect(f?.concerns?.map((c) => c.name)).toEqual(['Amara', 'Joe']);
});

describe('someone not involved for a long time', () => {
  it(`fires when their last session was ${LONG_GAP_DAYS} days or more before this one`, () => {
    const plan = goodPlan();
    const [f] = findings(plan, 'long-time-no-see', { history: historyFor(plan, 'Joe', past([session('2025-01-01'), session('2026-05-12')])) });
    expect(f?.message).toBe('It has been more than a year since Joe last took part, on 12 May 2026.');
    expect(f?.why).toContain(SOURCE_NAMES.gdpr);
  });

  it('stays quiet for someone seen within the year, or new to you', () => {
    const plan = goodPlan();
    expect(findings(plan, 'long-time-no-see', { history: historyFor(plan, 'Joe', past([session('2025-01-01'), session('2026-05-13')])) })).toEqual(
      [],
    );
    expect(findings(plan, 'long-time-no-see', { history: historyFor(plan, 'Joe', past([])) })).toEqual([]);
  });
});

describe('the same access need arranged late at two sessions running', () => {
  const lateLastTime = (type: 'sign_language' | 'step_free') =>
    session('2027-02-03', { needs: [{ type, arrangement: { how: '', owner: '', dueDate: null, status: 'to_arrange', personTold: false } }] });

  it('fires when it is still to arrange close to the day and was not arranged on the day last time', () => {
    const plan = withNeeds(goodPlan(), 'Joe', [makeNeed('sign_language')]);
    const h = historyFor(plan, 'Joe', past([lateLastTime('sign_language')]));
    const [f] = findings(plan, 'same-need-late-again', { history: h, today: '2027-05-08' });
    expect(f?.message).toContain('“A BSL or other sign language interpreter” for Joe');
    expect(f?.message).toContain('at their last session either');
    expect(f?.action).toMatchObject({ place: 'access', focus: { needId: personNamed(plan, 'Joe').accessNeeds[0]!.id } });
    expect(f?.why).toContain(SOURCE_NAMES.ukStandards);
  });

  it('stays quiet for a different need, one arranged in time last time, one arranged now, or one with weeks to go', () => {
    const plan = withNeeds(goodPlan(), 'Joe', [makeNeed('sign_language')]);
    const quiet = (p: Plan, s: PastSession, today: string) =>
      expect(findings(p, 'same-need-late-again', { history: historyFor(p, 'Joe', past([s])), today })).toEqual([]);
    quiet(plan, lateLastTime('step_free'), '2027-05-08');
    quiet(
      plan,
      session('2027-02-03', {
        needs: [{ type: 'sign_language', arrangement: { ...lateLastTime('sign_language').needs[0]!.arrangement, status: 'arranged' } }],
      }),
      '2027-05-08',
    );
    quiet(withNeeds(goodPlan(), 'Joe', [makeNeed('sign_language', arranged())]), lateLastTime('sign_language'), '2027-05-08');
    quiet(plan, lateLastTime('sign_language'), '2027-03-01');
  });
});

it('the history rules stay quiet without history, so a plan file reviewed alone never guesses', () => {
  const plan = withNeeds(withRosa(), 'Joe', [makeNeed('sign_language')]);
  const ids = ['regular-never-leads', 'not-told-what-changed', 'consent-renewal-due', 'long-time-no-see', 'same-need-late-again'];
  expect(reviewPlan(plan, { today: '2027-05-08' }).filter((f) => ids.includes(f.ruleId))).toEqual([]);
});
