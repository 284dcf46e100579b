/**
 * Five plans as facilitators really write them, each reviewed whole: the exact set of findings each
 * raises is asserted, so a new rule that says something silly about one of them, or says it twice,
 * fails here. Every plan is otherwise well made, so what is left is what a lead would raise.
 */
import { describe, expect, it } from 'vitest';
import type { OnlineChecks } from '../access';
import type { Person } from '../people';
import type { Plan } from '../plan';
import { reviewPlan } from './engine';
import { arranged, goodPlan, makeBlock, makeNeed, makePerson, paidAgreed, withNeeds, withPerson } from '../../testing/testPlan';

const TODAY = { today: '2027-05-01' };
const ALL_ONLINE_CHECKS: OnlineChecks = {
  captions: { answer: 'yes', note: '' },
  screen_reader: { answer: 'yes', note: '' },
  phone_dial_in: { answer: 'yes', note: '' },
  tech_check: { answer: 'yes', note: '' },
  online_host: { answer: 'yes', note: '' },
};

/** Rule ids, each once, sorted; and the finding ids, to prove nothing is said twice. */
function raised(plan: Plan): string[] {
  const findings = reviewPlan(plan, TODAY);
  expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  return [...new Set(findings.map((f) => f.ruleId))].sort();
}

/** An online group of young carers, after school, with short activities and a break. */
function youngCarersAfterSchool(): Plan {
  const sam = makePerson('Sam', 'facilitator', { coFacilitates: true, hostsOnline: true, email: 'sam@example.org' });
  const carers = ['Mia', 'Leo', 'Ava', 'Noah'].map((name) => makePerson(name, 'carer', { coPlans: name === 'Mia', coFacilitates: name === 'Mia' }));
  const plan = goodPlan({
    format: 'online',
    venueName: '',
    venueAddress: '',
    audience: ['young_carers'],
    startTime: '16:15',
    endTime: '18:00',
    expectedParticipants: 8,
    onlineChecks: ALL_ONLINE_CHECKS,
    people: [sam, ...carers],
  });
  return {
    ...plan,
    blocks: [
      makeBlock('welcome', { title: 'Hello', durationMinutes: 5, leadPersonId: carers[0]!.id }),
      makeBlock('check_in', { title: 'One word for today', durationMinutes: 10, leadPersonId: carers[0]!.id }),
      makeBlock('ground_rules', { title: 'How we look after each other', durationMinutes: 5, leadPersonId: sam.id }),
      makeBlock('activity', { title: 'A map of my week', durationMinutes: 25, leadPersonId: carers[2]!.id }),
      makeBlock('break', { title: 'Break', durationMinutes: 10 }),
      makeBlock('small_groups', { title: 'What would help?', durationMinutes: 20, leadPersonId: carers[1]!.id }),
      makeBlock('decision', { title: 'Our top three', durationMinutes: 10, leadPersonId: carers[0]!.id }),
      makeBlock('reflection', { title: 'One thing I take away', durationMinutes: 5, leadPersonId: sam.id }),
      makeBlock('close', { title: 'Thank you and what happens next', durationMinutes: 5, leadPersonId: sam.id }),
    ],
  };
}

/** The good plan, hybrid, with a Deaf contributor in the room and one BSL interpreter booked. */
function hybridWithBsl(): Plan {
  let plan = goodPlan({ format: 'hybrid', onlineChecks: ALL_ONLINE_CHECKS });
  plan = withPerson(plan, 'Sam', { hostsOnline: true });
  plan = withPerson(plan, 'Priya', { takesPart: 'online' });
  return withNeeds(plan, 'Amara', [makeNeed('sign_language', arranged({ how: 'Booked a BSL interpreter through the county service.' }))]);
}

/** A full day in a hall from 09:30, with no break for the first 1 hour 45 minutes and lunch not until 13:00. */
function fullDayLongMorning(): Plan {
  const plan = goodPlan({ startTime: '09:30', endTime: '16:30' });
  const lead = (name: string) => plan.people.find((p) => p.name === name)!.id;
  return {
    ...plan,
    blocks: [
      makeBlock('welcome', { title: 'Welcome', durationMinutes: 15, leadPersonId: lead('Amara') }),
      makeBlock('check_in', { title: 'How are you today?', leadPersonId: lead('Joe') }),
      makeBlock('ground_rules', { title: 'Our agreement for today', durationMinutes: 15, leadPersonId: lead('Amara') }),
      makeBlock('presentation', { title: 'Where the project is now', durationMinutes: 20, leadPersonId: lead('Priya') }),
      makeBlock('small_groups', { title: 'What matters to you?', durationMinutes: 40, leadPersonId: lead('Sam') }),
      makeBlock('break', { title: 'Break', durationMinutes: 20 }),
      makeBlock('discussion', { title: 'What we heard', durationMinutes: 45, leadPersonId: lead('Joe') }),
      makeBlock('activity', { title: 'Ideas wall', durationMinutes: 40, leadPersonId: lead('Sam') }),
      makeBlock('meal', { title: 'Lunch', durationMinutes: 45, description: 'We eat together. All the food is labelled.' }),
      makeBlock('decision', { title: 'Choosing together', durationMinutes: 45, leadPersonId: lead('Amara') }),
      makeBlock('break', { title: 'Afternoon break', durationMinutes: 15 }),
      makeBlock('activity', { title: 'Making a plan', durationMinutes: 45, leadPersonId: lead('Priya') }),
      makeBlock('reflection', { title: 'Looking back on today', durationMinutes: 15, leadPersonId: lead('Joe') }),
      makeBlock('close', { title: 'Thank you', durationMinutes: 10, leadPersonId: lead('Sam') }),
    ],
  };
}

/** An evening in a community centre for people who work in the day, with no food. */
function eveningCommunitySession(): Plan {
  const plan = goodPlan({ startTime: '18:00', endTime: '20:30', audience: ['works_daytime'] });
  const lead = (name: string) => plan.people.find((p) => p.name === name)!.id;
  return {
    ...plan,
    blocks: [
      makeBlock('welcome', { title: 'Welcome', durationMinutes: 10, leadPersonId: lead('Amara') }),
      makeBlock('check_in', { title: 'Hello and check-in', durationMinutes: 10, leadPersonId: lead('Joe') }),
      makeBlock('ground_rules', { title: 'How we work together', durationMinutes: 10, leadPersonId: lead('Amara') }),
      makeBlock('small_groups', { title: 'What is it like round here?', durationMinutes: 40, leadPersonId: lead('Sam') }),
      makeBlock('break', { title: 'Break', durationMinutes: 15, description: 'A chance to stretch your legs.' }),
      makeBlock('decision', { title: 'What we ask the council for', durationMinutes: 30, leadPersonId: lead('Amara') }),
      makeBlock('reflection', { title: 'One thing I take away', durationMinutes: 10, leadPersonId: lead('Joe') }),
      makeBlock('close', { title: 'Thank you', durationMinutes: 5, leadPersonId: lead('Sam') }),
    ],
  };
}

/** The good plan for 40 people, 36 of them paid contributors, and benefits advice not yet offered to most. */
function fortyPeopleMeeting(): Plan {
  const plan = goodPlan({ expectedParticipants: 40 });
  const contributors: Person[] = Array.from({ length: 36 }, (_, i) =>
    makePerson(`Contributor ${i + 1}`, 'public_contributor', { payment: paidAgreed({ benefitsAdviceOffered: i < 6 }) }),
  );
  return { ...plan, people: [...plan.people, ...contributors] };
}

/** What a lead would raise about each, and nothing else. */
const EXPECTED: Record<string, string[]> = {
  'online young carers after school': ['safeguarding-in-place'],
  'hybrid with a Deaf contributor and BSL': ['interpreter-break', 'interpreter-pair'],
  'full day in person with a long morning': ['break-missing', 'early-start', 'long-day', 'long-morning', 'relationship-time-missing'],
  'evening community session': ['mealtime-no-food', 'relationship-time-missing'],
  '40 people with many paid contributors': ['benefits-advice'],
};

describe('realistic plans, reviewed whole', () => {
  it.each([
    ['online young carers after school', youngCarersAfterSchool],
    ['hybrid with a Deaf contributor and BSL', hybridWithBsl],
    ['full day in person with a long morning', fullDayLongMorning],
    ['evening community session', eveningCommunitySession],
    ['40 people with many paid contributors', fortyPeopleMeeting],
  ])('%s', (_, make) => {
    expect(raised(make())).toEqual(EXPECTED[_]);
  });

  it('says the young carers’ safeguarding prompt once, and nothing about their after-school time', () => {
    const findings = reviewPlan(youngCarersAfterSchool(), TODAY);
    expect(findings.map((f) => f.ruleId)).toEqual(['safeguarding-in-place']);
    expect(findings[0]!.quickReason).toBeDefined();
  });

  it('names the evening as teatime, and offers a meal at a block boundary in it', () => {
    const plan = eveningCommunitySession();
    const [f] = reviewPlan(plan, TODAY).filter((x) => x.ruleId === 'mealtime-no-food');
    expect(f!.message).toContain('across teatime');
    expect(f!.action).toMatchObject({ type: 'addBlock', block: { kind: 'meal' } });
  });

  it('groups the 30 people without benefits advice into one finding that names them all', () => {
    const [f, ...rest] = reviewPlan(fortyPeopleMeeting(), TODAY);
    expect(rest).toEqual([]);
    expect(f!.concerns).toHaveLength(30);
  });
});
