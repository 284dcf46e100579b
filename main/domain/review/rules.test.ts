import { describe, expect, it } from 'vitest';
import { EMPTY_PAYMENT, type Person } from '../people';
import type { Block, Plan } from '../plan';
import { replaceTerm } from '../plainEnglish';
import { findJargon, splitSentences } from '../plainEnglish';
import { findingId } from '../validation';
import { targetKey as targetKeyOf } from './rules/define';
import { reviewPlan, RULE_IDS, SOURCE_NAMES, SOURCES, type ReviewOptions } from './index';
import {
  arranged,
  blockOfKind,
  goodPlan,
  makeBlock,
  makeNeed,
  makePerson,
  paidAgreed,
  personNamed,
  withBlocks,
  withNeeds,
  withPerson,
} from '../../testing/testPlan';
import type { Finding } from './types';
import type { PastSession } from '../history';
import { EMPTY_ARRANGEMENT } from '../access';

const findingsOf = (plan: Plan, ruleId: string, options?: ReviewOptions): Finding[] => reviewPlan(plan, options).filter((f) => f.ruleId === ruleId);
const only = (plan: Plan, ruleId: string): Finding => {
  const found = findingsOf(plan, ruleId);
  expect(found, `${ruleId} should fire once`).toHaveLength(1);
  return found[0]!;
};

/** A short, good session: 10:00 to 11:40, no break needed, no relationship block needed. */
function shortPlan(overrides: Partial<Plan> = {}): Plan {
  const base = goodPlan();
  return {
    ...base,
    endTime: '12:00',
    expectedParticipants: 8,
    blocks: [
      makeBlock('welcome'),
      makeBlock('check_in'),
      makeBlock('ground_rules'),
      makeBlock('small_groups', { durationMinutes: 40 }),
      makeBlock('reflection'),
      makeBlock('close', { durationMinutes: 5 }),
    ],
    ...overrides,
  };
}

/** The good plan with the block of `kind` replaced (or removed, when `by` is omitted). */
function replaceKind(plan: Plan, kind: Parameters<typeof blockOfKind>[1], ...by: ReturnType<typeof makeBlock>[]): Plan {
  const target = blockOfKind(plan, kind);
  return withBlocks(plan, (b) => (b.id === target.id ? by : b));
}

/** What the service would pass after three workshops whose check-ins ran 8 minutes over. */
const CHECK_IN_OVERRUN = {
  kind: 'check_in',
  workshops: [
    { planId: 'a', title: 'Spring workshop' },
    { planId: 'b', title: 'Carers’ day' },
    { planId: 'c', title: '' },
  ],
  averageOverrun: 8,
  averageActual: 18,
} as const satisfies NonNullable<ReviewOptions['overruns']>[number];

/** Four days before the good plan's workshop (12 May 2027), for the rules about dates. */
const SOON: ReviewOptions = { today: '2027-05-08' };

/** A short session from 11:30 across lunchtime, with no meal: `breakWords` say whether the break has food. */
function middayBlocks(breakWords: string): Block[] {
  return [
    makeBlock('welcome', { title: 'Welcome' }),
    makeBlock('discussion', { title: 'What matters to you?', durationMinutes: 60 }),
    makeBlock('break', { title: 'Break', description: breakWords }),
    makeBlock('discussion', { title: 'What we heard', durationMinutes: 60 }),
    makeBlock('close', { title: 'Thank you' }),
  ];
}

/** A hybrid plan where Sam joins by phone and leads every block, with his pack reaching him this way. */
function phoneLeader(packDelivery: Person['packDelivery']): Plan {
  const plan = withPerson(goodPlan({ format: 'hybrid' }), 'Sam', { takesPart: 'phone', packDelivery });
  const sam = personNamed(plan, 'Sam').id;
  return withBlocks(plan, (b) => ({ ...b, leadPersonId: sam }));
}

/** For every rule: a plan where it fires and one where it stays quiet (reviewed with `options`, when given). */
/** Rosa, a public contributor with a fixed id, so a case's history can name her. */
const ROSA = '00000000-0000-4000-8000-00000000a05a';
function withRosa(fields: Partial<Person> = {}, overrides: Partial<Plan> = {}): Plan {
  const p = goodPlan(overrides);
  return { ...p, people: [...p.people, makePerson('Rosa', 'public_contributor', { id: ROSA, ...fields })] };
}
const delivered = (date: string, fields: Partial<PastSession> = {}): PastSession => ({
  planId: `past-${date}`,
  date,
  delivered: true,
  sharedPower: false,
  toldWhatChanged: true,
  needs: [],
  ...fields,
});
const rosaPast = (sessions: PastSession[], consentAskAgainOn: string | null = null, today?: string): ReviewOptions => ({
  history: { [ROSA]: { sessions, consentAskAgainOn } },
  ...(today ? { today } : {}),
});

const CASES: Record<string, { fires: () => Plan; quiet: () => Plan; options?: ReviewOptions }> = {
  'purpose-missing': { fires: () => goodPlan({ purpose: '  ' }), quiet: () => goodPlan() },
  'what-could-change-missing': { fires: () => goodPlan({ whatCouldChange: '' }), quiet: () => goodPlan() },
  'people-none': { fires: () => goodPlan({ people: [] }), quiet: () => goodPlan() },
  'lived-experience-none': {
    fires: () => {
      const p = goodPlan();
      return { ...p, people: p.people.filter((x) => x.role !== 'public_contributor' && x.role !== 'carer') };
    },
    quiet: () => {
      const p = goodPlan();
      return { ...p, people: p.people.filter((x) => x.role !== 'public_contributor') };
    },
  },
  'co-planning-none': {
    fires: () => withPerson(goodPlan(), 'Amara', { coPlans: false }),
    quiet: () => withPerson(withPerson(goodPlan(), 'Amara', { coPlans: false }), 'Joe', { coPlans: true }),
  },
  'lead-none': {
    fires: () => {
      const p = goodPlan();
      const sam = personNamed(p, 'Sam').id;
      const lived = new Set([personNamed(p, 'Amara').id, personNamed(p, 'Joe').id]);
      return withBlocks(p, (b) => (b.leadPersonId && lived.has(b.leadPersonId) ? { ...b, leadPersonId: sam } : b));
    },
    quiet: () => goodPlan(),
  },
  'decision-unnamed': {
    fires: () => withBlocks(goodPlan(), (b) => (b.kind === 'decision' ? { ...b, decidedByAll: false, deciderIds: [] } : b)),
    quiet: () => {
      const p = goodPlan();
      return withBlocks(p, (b) => (b.kind === 'decision' ? { ...b, decidedByAll: false, deciderIds: [personNamed(p, 'Amara').id] } : b));
    },
  },
  'decision-professionals-only': {
    fires: () => {
      const p = goodPlan();
      const ids = [personNamed(p, 'Priya').id, personNamed(p, 'Sam').id];
      return withBlocks(p, (b) => (b.kind === 'decision' ? { ...b, decidedByAll: false, deciderIds: ids } : b));
    },
    quiet: () => {
      const p = goodPlan();
      const ids = [personNamed(p, 'Priya').id, personNamed(p, 'Joe').id];
      return withBlocks(p, (b) => (b.kind === 'decision' ? { ...b, decidedByAll: false, deciderIds: ids } : b));
    },
  },
  'decision-what-missing': {
    fires: () => withBlocks(goodPlan(), (b) => (b.kind === 'decision' ? { ...b, decision: ' ' } : b)),
    quiet: () => goodPlan(),
  },
  'lead-dominates': {
    fires: () => {
      const p = goodPlan();
      const priya = personNamed(p, 'Priya').id;
      return withBlocks(p, (b) => (b.leadPersonId ? { ...b, leadPersonId: priya } : b));
    },
    quiet: () => goodPlan(),
  },
  'online-host-missing': {
    fires: () => goodPlan({ format: 'hybrid' }),
    quiet: () => withPerson(goodPlan({ format: 'hybrid' }), 'Sam', { hostsOnline: true }),
  },
  'small-groups-missing': {
    fires: () =>
      replaceKind(goodPlan(), 'small_groups', makeBlock('discussion', { title: 'Talking it over', description: 'We talk as a whole group.' })),
    quiet: () =>
      replaceKind(goodPlan({ expectedParticipants: 11 }), 'small_groups', makeBlock('discussion', { description: 'We talk as a whole group.' })),
  },
  'co-facilitation-none': {
    fires: () => withPerson(goodPlan(), 'Amara', { coFacilitates: false }),
    quiet: () => withPerson(withPerson(goodPlan(), 'Amara', { coFacilitates: false }), 'Joe', { coFacilitates: true }),
  },
  'welcome-missing': {
    fires: () => replaceKind(goodPlan(), 'welcome'),
    quiet: () => replaceKind(goodPlan(), 'welcome', makeBlock('check_in', { title: 'Welcome and check-in' })),
  },
  'check-in-missing': {
    fires: () => replaceKind(replaceKind(goodPlan(), 'check_in'), 'relationship_building'),
    quiet: () => {
      // Starting exactly 30 minutes in still counts as early.
      const p = replaceKind(goodPlan(), 'relationship_building');
      return withBlocks(p, (b) => (b.kind === 'welcome' ? { ...b, durationMinutes: 30 } : b));
    },
  },
  'ground-rules-missing': { fires: () => replaceKind(goodPlan(), 'ground_rules'), quiet: () => goodPlan() },
  'relationship-time-missing': {
    fires: () => replaceKind(goodPlan(), 'relationship_building'),
    quiet: () => shortPlan(),
  },
  'reflection-missing': { fires: () => replaceKind(goodPlan(), 'reflection'), quiet: () => goodPlan() },
  'agenda-empty': { fires: () => goodPlan({ blocks: [] }), quiet: () => goodPlan() },
  'kind-ran-over': {
    // Check-ins took 18 minutes on average lately: a 10-minute one is short, an 18-minute one is not.
    fires: () => withBlocks(shortPlan(), (b) => (b.kind === 'check_in' ? { ...b, durationMinutes: 10 } : b)),
    quiet: () => withBlocks(shortPlan(), (b) => (b.kind === 'check_in' ? { ...b, durationMinutes: 18 } : b)),
    options: { overruns: [CHECK_IN_OVERRUN] },
  },
  'break-missing': { fires: () => replaceKind(goodPlan(), 'break'), quiet: () => goodPlan() },
  'meal-missing': {
    // 5 hours with no meal: lunch becomes a break and the afternoon gets an hour longer.
    fires: () => replaceKind(goodPlan({ endTime: '16:00' }), 'meal', makeBlock('break'), makeBlock('activity', { durationMinutes: 60 })),
    quiet: () => replaceKind(goodPlan({ endTime: '16:00' }), 'meal', makeBlock('break'), makeBlock('activity', { durationMinutes: 59 })),
  },
  'presentations-heavy': {
    fires: () => withBlocks(goodPlan({ endTime: '18:00' }), (b) => (b.kind === 'presentation' ? { ...b, durationMinutes: 100 } : b)),
    quiet: () => withBlocks(goodPlan({ endTime: '18:00' }), (b) => (b.kind === 'presentation' ? { ...b, durationMinutes: 97 } : b)),
  },
  'conversation-time-short': {
    fires: () =>
      withBlocks(goodPlan(), (b) => (['discussion', 'small_groups', 'activity', 'decision'].includes(b.kind) ? { ...b, durationMinutes: 5 } : b)),
    quiet: () => goodPlan(),
  },
  'agenda-overruns': { fires: () => goodPlan({ endTime: '14:20' }), quiet: () => goodPlan({ endTime: '14:30' }) },
  'pin-late': {
    fires: () => withBlocks(goodPlan(), (b) => (b.kind === 'meal' ? { ...b, pinnedTime: '12:00' } : b)),
    quiet: () => goodPlan(),
  },
  'early-start': { fires: () => goodPlan({ startTime: '09:45' }), quiet: () => goodPlan({ startTime: '10:00' }) },
  'late-finish': {
    // Lunch unpinned, so the agenda is 4 hours 30 minutes from its start.
    fires: () => withBlocks(goodPlan({ startTime: '11:31', endTime: '17:00' }), (b) => ({ ...b, pinnedTime: null })),
    quiet: () => withBlocks(goodPlan({ startTime: '11:30', endTime: '17:00' }), (b) => ({ ...b, pinnedTime: null })),
  },
  'long-day': {
    fires: () => withBlocks(goodPlan({ endTime: '18:00' }), (b) => (b.kind === 'activity' ? { ...b, durationMinutes: 111 } : b)),
    quiet: () => withBlocks(goodPlan({ endTime: '18:00' }), (b) => (b.kind === 'activity' ? { ...b, durationMinutes: 110 } : b)),
  },
  'little-spare-time': { fires: () => goodPlan({ endTime: '14:35' }), quiet: () => goodPlan({ endTime: '14:40' }) },
  'payment-missing': {
    fires: () => withPerson(goodPlan(), 'Amara', { payment: { ...EMPTY_PAYMENT } }),
    quiet: () => withPerson(goodPlan(), 'Amara', { payment: { ...EMPTY_PAYMENT, status: 'declined' } }),
  },
  'payment-to-agree': {
    fires: () => withPerson(goodPlan(), 'Amara', { payment: paidAgreed({ status: 'to_agree' }) }),
    quiet: () => goodPlan(),
  },
  'benefits-advice': {
    fires: () => withPerson(goodPlan(), 'Joe', { payment: paidAgreed({ benefitsAdviceOffered: false }) }),
    quiet: () => withPerson(goodPlan(), 'Joe', { payment: paidAgreed({ status: 'declined', benefitsAdviceOffered: false }) }),
  },
  'rate-out-of-date': {
    // The good plan's rates were checked on 10 January 2027.
    fires: () => goodPlan({ date: '2028-01-11' }),
    quiet: () => goodPlan({ date: '2028-01-10' }),
  },
  'planning-time-unpaid': {
    fires: () => withPerson(goodPlan(), 'Amara', { payment: paidAgreed({ prepHours: 0 }) }),
    quiet: () => withPerson(goodPlan(), 'Joe', { payment: paidAgreed({ prepHours: 0 }) }),
  },
  'gives-back-missing': {
    fires: () => goodPlan({ givesBack: [], givesBackNote: ' ' }),
    quiet: () => goodPlan({ givesBack: [], givesBackNote: 'A shopping voucher and a warm lunch.' }),
  },
  'follow-up-missing': { fires: () => goodPlan({ followUp: '' }), quiet: () => goodPlan() },
  jargon: {
    fires: () => goodPlan({ purpose: 'We will utilise your views to shape our PPI work.' }),
    quiet: () => goodPlan({ purpose: 'We will use your views to shape our work.' }),
  },
  'long-sentences': {
    fires: () => goodPlan({ purpose: `We will talk about it ${Array.from({ length: 22 }, () => 'and').join(' ')}.` }),
    quiet: () => goodPlan({ purpose: `We ${Array.from({ length: 24 }, () => 'talk').join(' ')}.` }),
  },
  'descriptions-missing': {
    fires: () => withBlocks(goodPlan(), (b) => (b.kind === 'discussion' ? { ...b, description: '' } : b)),
    quiet: () => withBlocks(goodPlan(), (b) => (b.kind === 'meal' ? { ...b, description: '' } : b)),
  },
  'debrief-empty': {
    fires: () => goodPlan({ status: 'delivered', changes: [{ id: 'c1', youSaid: 'Later', weDid: 'Moved to 10:30' }] }),
    quiet: () =>
      goodPlan({
        status: 'delivered',
        changes: [{ id: 'c1', youSaid: 'Later', weDid: 'Moved to 10:30' }],
        debrief: { aim: 'To choose first steps.', methods: '', results: '', outcomes: '', reflections: '' },
      }),
  },
  'changes-none': {
    fires: () => goodPlan({ status: 'delivered', debrief: { aim: 'To choose.', methods: '', results: '', outcomes: '', reflections: '' } }),
    quiet: () =>
      goodPlan({
        status: 'delivered',
        debrief: { aim: 'To choose.', methods: '', results: '', outcomes: '', reflections: '' },
        changes: [{ id: 'c1', youSaid: 'Start later', weDid: 'We start at 10:30 now' }],
      }),
  },
  'pack-contact-missing': {
    // Sam is the only facilitator; without an email or phone, nobody can be named in the packs.
    fires: () =>
      goodPlan({ people: goodPlan().people.map((p) => (p.name === 'Sam' ? { ...p, email: '', phone: '', contact: 'sam@example.org' } : p)) }),
    quiet: () =>
      goodPlan({
        people: goodPlan()
          .people.filter((p) => p.role === 'facilitator')
          .map((p) => ({ ...p, email: '', phone: '' })),
      }),
  },
  'venue-missing': { fires: () => goodPlan({ venueName: '' }), quiet: () => goodPlan({ venueName: '', format: 'online' }) },
  // Access needs: the full set of cases is in accessRules.test.ts.
  'need-unarranged': {
    fires: () => withNeeds(goodPlan(), 'Amara', [makeNeed('sign_language')]),
    quiet: () => withNeeds(goodPlan(), 'Amara', [makeNeed('sign_language', arranged())]),
  },
  'arrangement-unconfirmed': {
    fires: () => withNeeds(goodPlan(), 'Amara', [makeNeed('sign_language', { how: 'Asking the county interpreting service.' })]),
    quiet: () => withNeeds(goodPlan(), 'Amara', [makeNeed('sign_language', arranged())]),
    options: SOON,
  },
  'cannot-meet-untold': {
    fires: () => withNeeds(goodPlan(), 'Joe', [makeNeed('taxi', { how: 'No budget left for taxis.', status: 'cannot_meet' })]),
    quiet: () => withNeeds(goodPlan(), 'Joe', [makeNeed('taxi', { how: 'No budget left for taxis.', status: 'cannot_meet', personTold: true })]),
  },
  'venue-contradicts-need': {
    fires: () =>
      goodPlan({
        ...withNeeds(goodPlan(), 'Amara', [makeNeed('step_free', arranged())]),
        venueChecks: { step_free_entrance: { answer: 'no', note: '' } },
      }),
    quiet: () =>
      goodPlan({
        ...withNeeds(goodPlan(), 'Amara', [makeNeed('step_free', arranged())]),
        venueChecks: { step_free_entrance: { answer: 'yes', note: '' } },
      }),
  },
  'venue-check-needed': {
    fires: () => withNeeds(goodPlan(), 'Joe', [makeNeed('hearing_loop', { how: 'Ask the hall.' })]),
    quiet: () =>
      goodPlan({
        ...withNeeds(goodPlan(), 'Joe', [makeNeed('hearing_loop', { how: 'Ask the hall.' })]),
        venueChecks: { hearing_loop: { answer: 'yes', note: '' } },
      }),
  },
  'tech-check-missing': {
    fires: () => goodPlan({ format: 'online' }),
    quiet: () => goodPlan({ format: 'online', onlineChecks: { tech_check: { answer: 'yes', note: '' } } }),
  },
  'captions-missing': {
    fires: () => withNeeds(goodPlan({ format: 'hybrid' }), 'Joe', [makeNeed('hearing_loop', arranged())]),
    quiet: () =>
      withNeeds(goodPlan({ format: 'hybrid', onlineChecks: { captions: { answer: 'yes', note: '' } } }), 'Joe', [
        makeNeed('hearing_loop', arranged()),
      ]),
  },
  'materials-not-sent': {
    fires: () => withPerson(goodPlan(), 'Joe', { packDelivery: 'post' }),
    quiet: () => {
      const p = goodPlan();
      return { ...p, people: p.people.map((x) => ({ ...x, materialsSentOn: '2027-05-01' })) };
    },
    options: SOON,
  },
  'easy-read-missing': {
    fires: () => withPerson(goodPlan(), 'Amara', { packFormat: 'easy_read' }),
    quiet: () => withBlocks(withPerson(goodPlan(), 'Amara', { packFormat: 'easy_read' }), (b) => ({ ...b, easyRead: 'We talk together.' })),
  },
  'pack-format-differs': {
    fires: () => withNeeds(goodPlan(), 'Amara', [makeNeed('large_print', arranged())]),
    quiet: () => withPerson(withNeeds(goodPlan(), 'Amara', [makeNeed('large_print', arranged())]), 'Amara', { packFormat: 'large_print' }),
  },
  'easy-read-long-sentences': {
    fires: () =>
      withBlocks(goodPlan(), (b) =>
        b.kind === 'meal' ? { ...b, easyRead: `We eat lunch ${Array.from({ length: 13 }, () => 'and').join(' ')}.` } : b,
      ),
    quiet: () =>
      withBlocks(goodPlan(), (b) =>
        b.kind === 'meal' ? { ...b, easyRead: `We eat lunch ${Array.from({ length: 12 }, () => 'and').join(' ')}.` } : b,
      ),
  },
  // ─── The agenda by the clock ───
  'agenda-gap': {
    fires: () => withBlocks(goodPlan(), (b) => (b.kind === 'meal' ? { ...b, pinnedTime: '12:45' } : b)),
    quiet: () => goodPlan(),
  },
  'long-morning': {
    // Unpinned lunch after 2 hours 30 minutes of morning; 40 minutes more makes 3 hours 10 minutes.
    fires: () =>
      withBlocks(goodPlan(), (b) =>
        b.kind === 'meal' ? { ...b, pinnedTime: null } : b.kind === 'discussion' ? [b, makeBlock('activity', { durationMinutes: 40 })] : b,
      ),
    quiet: () =>
      withBlocks(goodPlan(), (b) =>
        b.kind === 'meal' ? { ...b, pinnedTime: null } : b.kind === 'discussion' ? [b, makeBlock('activity', { durationMinutes: 30 })] : b,
      ),
  },
  'lunch-short': {
    // A 5-hour day: lunch needs at least 30 minutes.
    fires: () =>
      withBlocks(goodPlan({ endTime: '16:00' }), (b) =>
        b.kind === 'meal' ? { ...b, durationMinutes: 20 } : b.kind === 'activity' ? [b, makeBlock('other', { durationMinutes: 60 })] : b,
      ),
    quiet: () =>
      withBlocks(goodPlan({ endTime: '16:00' }), (b) =>
        b.kind === 'meal' ? { ...b, durationMinutes: 30 } : b.kind === 'activity' ? [b, makeBlock('other', { durationMinutes: 60 })] : b,
      ),
  },
  'closing-long': {
    fires: () => withBlocks(goodPlan(), (b) => (b.kind === 'close' ? { ...b, durationMinutes: 30 } : b)),
    quiet: () => withBlocks(goodPlan(), (b) => (b.kind === 'close' ? { ...b, durationMinutes: 20 } : b)),
  },
  'mealtime-no-food': {
    fires: () => goodPlan({ startTime: '11:30', endTime: '14:30', blocks: middayBlocks('') }),
    quiet: () => goodPlan({ startTime: '11:30', endTime: '14:30', blocks: middayBlocks('Tea, coffee and sandwiches.') }),
  },
  // ─── Children and young people ───
  'safeguarding-in-place': { fires: () => goodPlan({ audience: ['under_18'] }), quiet: () => goodPlan({ audience: ['works_daytime'] }) },
  'young-people-long-blocks': {
    fires: () => withBlocks(goodPlan({ audience: ['young_carers'] }), (b) => (b.kind === 'discussion' ? { ...b, durationMinutes: 45 } : b)),
    quiet: () => goodPlan({ audience: ['young_carers'] }),
  },
  // ─── Interpreters ───
  'interpreter-pair': {
    fires: () => withNeeds(goodPlan(), 'Joe', [makeNeed('sign_language', arranged({ how: 'Booked a BSL interpreter from the county service.' }))]),
    quiet: () => withNeeds(goodPlan(), 'Joe', [makeNeed('sign_language', arranged({ how: 'Booked two BSL interpreters from the county service.' }))]),
  },
  'interpreter-break': {
    // The good plan's morning runs 75 minutes before its break: fine for most, long for an interpreter.
    fires: () => withNeeds(goodPlan(), 'Joe', [makeNeed('sign_language', arranged())]),
    quiet: () =>
      withNeeds(
        withBlocks(goodPlan(), (b) => (b.kind === 'presentation' || b.kind === 'activity' ? null : b)),
        'Joe',
        [makeNeed('sign_language', arranged())],
      ),
  },
  'interpreted-talk-time': {
    fires: () =>
      withNeeds(
        withBlocks(goodPlan(), (b) => (b.kind === 'discussion' ? { ...b, durationMinutes: 20 } : b)),
        'Joe',
        [makeNeed('interpreter', arranged())],
      ),
    quiet: () => withNeeds(goodPlan(), 'Joe', [makeNeed('interpreter', arranged())]),
  },
  // ─── Joining by phone or with a screen reader ───
  'phone-join-unchecked': {
    fires: () => withPerson(goodPlan({ format: 'hybrid' }), 'Joe', { takesPart: 'phone' }),
    quiet: () =>
      withPerson(goodPlan({ format: 'hybrid', onlineChecks: { phone_dial_in: { answer: 'yes', note: '' } } }), 'Joe', { takesPart: 'phone' }),
  },
  'screen-reader-unchecked': {
    fires: () =>
      withNeeds(withPerson(goodPlan({ format: 'hybrid' }), 'Joe', { takesPart: 'online' }), 'Joe', [makeNeed('screen_reader', arranged())]),
    quiet: () =>
      withNeeds(
        withPerson(goodPlan({ format: 'hybrid', onlineChecks: { screen_reader: { answer: 'yes', note: '' } } }), 'Joe', { takesPart: 'online' }),
        'Joe',
        [makeNeed('screen_reader', arranged())],
      ),
  },
  'phone-lead-materials': {
    fires: () => phoneLeader('on_the_day'),
    quiet: () => phoneLeader('email'),
  },
  'dignified-route': {
    fires: () => withNeeds(goodPlan(), 'Amara', [makeNeed('step_free', arranged({ how: 'Ramp at the back door; the caretaker will open it.' }))]),
    quiet: () => withNeeds(goodPlan(), 'Amara', [makeNeed('step_free', arranged({ how: 'Level entrance by the main door.' }))]),
  },
  // ─── What people's history with you says ───
  'regular-never-leads': {
    fires: () => withRosa(),
    quiet: () => withRosa({ coPlans: true }),
    options: rosaPast([delivered('2026-09-01'), delivered('2026-11-01'), delivered('2027-01-10')]),
  },
  'not-told-what-changed': {
    fires: () => withRosa(),
    quiet: () => goodPlan(),
    options: rosaPast([delivered('2027-02-03', { toldWhatChanged: false })]),
  },
  'consent-renewal-due': {
    fires: () => withRosa(),
    quiet: () => withRosa({}, { date: null }),
    options: rosaPast([], '2027-05-01'),
  },
  'long-time-no-see': {
    fires: () => withRosa(),
    quiet: () => withRosa({}, { date: '2026-06-01' }),
    options: rosaPast([delivered('2026-01-01')]),
  },
  'same-need-late-again': {
    fires: () => withNeeds(withRosa(), 'Rosa', [makeNeed('sign_language')]),
    quiet: () => withNeeds(withRosa(), 'Rosa', [makeNeed('sign_language', arranged())]),
    options: rosaPast([delivered('2027-02-03', { needs: [{ type: 'sign_language', arrangement: { ...EMPTY_ARRANGEMENT } }] })], null, '2027-05-08'),
  },
};

describe('every rule', () => {
  it('has a case here, and every case is a rule', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('has at least 30 rules, each id once, in kebab case', () => {
    expect(RULE_IDS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  describe.each(Object.entries(CASES))('%s', (ruleId, c) => {
    it('fires when it should', () => {
      expect(findingsOf(c.fires(), ruleId, c.options).length).toBeGreaterThan(0);
    });
    it('stays quiet when it should', () => {
      expect(findingsOf(c.quiet(), ruleId, c.options)).toEqual([]);
    });
  });
});

/** Words Kindred never uses at the facilitator: it suggests, it does not scold. */
const BANNED = /\b(?:must|mustn[’']?t|fail(?:ed|s|ure)?|violations?|errors?|invalid|wrong|should have)\b/i;

describe('every finding, from every rule', () => {
  // Every case plan, both ways, and the variants that word things differently.
  const variants: Plan[] = [
    goodPlan({ format: 'online' }),
    goodPlan({ format: 'hybrid', people: [makePerson('Priya', 'researcher')], purpose: 'We utilise PPI, co-design and stakeholder engagement.' }),
    withBlocks(goodPlan({ endTime: '20:00' }), (b) => (b.kind === 'presentation' ? { ...b, durationMinutes: 200 } : b)),
    goodPlan({ blocks: [makeBlock('discussion', { title: 'Open space', durationMinutes: 120 }), makeBlock('reflection')] }),
    withBlocks(goodPlan(), (b, i) => (i === 1 ? [b, makeBlock('reflection')] : b.kind === 'reflection' ? null : b)),
    goodPlan({ endTime: '14:30', status: 'delivered', date: '2030-01-01', blocks: [makeBlock('presentation', { description: '' })] }),
  ];
  const reviews: [Plan, ReviewOptions | undefined][] = [
    ...Object.values(CASES).flatMap(
      (c) =>
        [
          [c.fires(), c.options],
          [c.quiet(), c.options],
        ] as [Plan, ReviewOptions | undefined][],
    ),
    ...variants.map((v) => [v, undefined] as [Plan, undefined]),
  ];
  const byText = new Map<string, Finding>();
  for (const [plan, options] of reviews) for (const f of reviewPlan(plan, options)) byText.set(`${f.id} ${f.message}`, f);
  const fired = [...byText.values()];

  it('covers every rule', () => {
    expect(new Set(fired.map((f) => f.ruleId))).toEqual(new Set(RULE_IDS));
  });

  it.each(fired.map((f) => [`${f.ruleId}: ${f.message}`, f] as const))('%s', (_id, f) => {
    for (const text of [f.message, f.why, f.howToAct]) {
      expect(text, text).not.toMatch(BANNED);
      expect(text.trim()).toBe(text);
      expect(text).toMatch(/[.?!)”]$/);
    }
    // The "why" names its own source, by a name taken from the source's title.
    expect(SOURCES[f.source].startsWith(SOURCE_NAMES[f.source])).toBe(true);
    expect(f.why).toContain(SOURCE_NAMES[f.source]);
    // Ids can be saved as set-asides.
    expect(findingId.safeParse(f.id).success, f.id).toBe(true);
    expect(f.id === f.ruleId || f.id.startsWith(`${f.ruleId}:`)).toBe(true);
    if (f.action?.type === 'addBlock') {
      const { block } = f.action;
      expect(block.description).not.toBe('');
      expect(block.facilitatorNotes).not.toBe('');
      expect(block.durationMinutes).toBeGreaterThan(0);
      expect(findJargon(block.description)).toEqual([]);
      for (const s of splitSentences(block.description)) expect(s.words).toBeLessThanOrEqual(25);
    }
    if (f.action) expect(f.action.label).not.toMatch(BANNED);
  });

  it('keeps addBlock indices within the agenda', () => {
    for (const c of Object.values(CASES)) {
      const plan = c.fires();
      for (const f of reviewPlan(plan)) {
        if (f.action?.type !== 'addBlock') continue;
        expect(Number.isInteger(f.action.index)).toBe(true);
        expect(f.action.index).toBeGreaterThanOrEqual(0);
        expect(f.action.index).toBeLessThanOrEqual(plan.blocks.length);
      }
    }
  });

  it('gives ids that are unique within each review', () => {
    for (const c of Object.values(CASES)) {
      const ids = reviewPlan(c.fires(), c.options).map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('sharing power', () => {
  it('asks once, gently, for people, and holds back the rules about people until there are some', () => {
    const plan = goodPlan({ people: [], format: 'hybrid' });
    const ids = reviewPlan(plan).map((f) => f.ruleId);
    expect(ids).toContain('people-none');
    expect(only(plan, 'people-none').weight).toBe('consider');
    for (const id of [
      'lived-experience-none',
      'co-planning-none',
      'lead-none',
      'co-facilitation-none',
      'decision-professionals-only',
      'lead-dominates',
      'online-host-missing',
      'payment-missing',
    ]) {
      expect(ids).not.toContain(id);
    }
  });

  it('names the public contributors and carers when asking who could plan or lead', () => {
    const p = withPerson(goodPlan(), 'Amara', { coPlans: false });
    expect(only(p, 'co-planning-none').message).toContain('Could Amara or Joe help shape it?');
  });

  it('gives one finding per decision block, taking the facilitator to that block', () => {
    const a = makeBlock('decision', { title: 'First choice', decidedByAll: false });
    const b = makeBlock('decision', { title: 'Second choice', decidedByAll: false });
    const plan = withBlocks(goodPlan(), (x) => (x.kind === 'decision' ? [x, a, b] : x));
    const found = findingsOf(plan, 'decision-unnamed');
    expect(found.map((f) => f.id)).toEqual([`decision-unnamed:${a.id}`, `decision-unnamed:${b.id}`]);
    expect(found[0]!.message).toContain('“First choice”');
    expect(found[0]!.weight).toBe('important');
    expect(found[0]!.action).toEqual({ type: 'go', label: 'Go to “First choice”', place: 'agenda', focus: { blockId: a.id } });
  });

  it('treats deciders who are no longer in the plan as nobody named', () => {
    const plan = withBlocks(goodPlan(), (b) => (b.kind === 'decision' ? { ...b, decidedByAll: false, deciderIds: ['gone'] } : b));
    expect(findingsOf(plan, 'decision-unnamed')).toHaveLength(1);
  });

  it('names the person who leads more than half the working time', () => {
    const plan = CASES['lead-dominates']!.fires();
    const f = only(plan, 'lead-dominates');
    expect(f.id).toBe(`lead-dominates:${personNamed(plan, 'Priya').id}`);
    expect(f.message).toMatch(/^Priya leads /);
  });
});

describe('including all', () => {
  it('is important for hybrid sessions and worth considering for online ones', () => {
    expect(only(goodPlan({ format: 'hybrid' }), 'online-host-missing').weight).toBe('important');
    expect(only(goodPlan({ format: 'online' }), 'online-host-missing').weight).toBe('consider');
    expect(findingsOf(goodPlan({ format: 'in_person' }), 'online-host-missing')).toEqual([]);
  });

  it('offers 1-2-4-All just before the first whole-room discussion', () => {
    const plan = CASES['small-groups-missing']!.fires();
    const f = only(plan, 'small-groups-missing');
    expect(f.weight).toBe('important');
    expect(f.message).toContain('About 14 people');
    const discussion = plan.blocks.findIndex((b) => b.kind === 'discussion');
    expect(f.action).toMatchObject({ type: 'addBlock', index: discussion, block: { kind: 'small_groups', title: '1-2-4-All' } });
  });

  it('counts pairs and small groups mentioned in a block, and people in the plan when no number is given', () => {
    const noGroups = CASES['small-groups-missing']!.fires();
    const inPairs = withBlocks(noGroups, (b) => (b.kind === 'activity' ? { ...b, description: 'Talk it over in pairs.' } : b));
    expect(findingsOf(inPairs, 'small-groups-missing')).toEqual([]);
    const unknown = { ...noGroups, expectedParticipants: null };
    expect(findingsOf(unknown, 'small-groups-missing')).toEqual([]);
    const many = { ...unknown, people: [...unknown.people, ...Array.from({ length: 8 }, (_, i) => makePerson(`Guest ${i}`, 'other'))] };
    expect(findingsOf(many, 'small-groups-missing')).toHaveLength(1);
  });
});

describe('relationships', () => {
  it('offers a check-in straight after the welcome', () => {
    const f = only(CASES['check-in-missing']!.fires(), 'check-in-missing');
    expect(f.action).toMatchObject({ type: 'addBlock', index: 1, label: 'Add a check-in after the welcome', block: { kind: 'check_in' } });
  });

  it('wants the check-in within the first 30 minutes', () => {
    const late = withBlocks(replaceKind(goodPlan(), 'relationship_building'), (b) => (b.kind === 'welcome' ? { ...b, durationMinutes: 31 } : b));
    expect(findingsOf(late, 'check-in-missing')).toHaveLength(1);
  });

  it('offers ground rules after the welcome and check-in', () => {
    const f = only(CASES['ground-rules-missing']!.fires(), 'ground-rules-missing');
    expect(f.action).toMatchObject({ type: 'addBlock', index: 3, block: { kind: 'ground_rules' } });
  });

  it('offers a welcome at the very start', () => {
    const f = only(CASES['welcome-missing']!.fires(), 'welcome-missing');
    expect(f.action).toMatchObject({ type: 'addBlock', index: 0, block: { kind: 'welcome' } });
  });

  it('offers a check-out just before the close, and notices a reflection that comes too early', () => {
    const plan = CASES['reflection-missing']!.fires();
    const f = only(plan, 'reflection-missing');
    expect(f.action).toMatchObject({ type: 'addBlock', index: plan.blocks.length - 1, block: { kind: 'reflection' } });
    const early = withBlocks(goodPlan(), (b, i) => (i === 1 ? [b, makeBlock('reflection', { title: 'Hopes' })] : b.kind === 'reflection' ? null : b));
    expect(only(early, 'reflection-missing').message).toContain('“Hopes” comes well before the end');
  });
});

describe('time and pace', () => {
  it('offers a 15-minute break at the last block boundary within 90 minutes', () => {
    const plan = CASES['break-missing']!.fires();
    const f = only(plan, 'break-missing');
    // Work runs from 10:00 until the discussion ends at 12:15 (lunch waits for its 12:30 pin). The talk
    // ends at 11:15, 75 minutes in; the small groups after it would end 105 minutes in.
    expect(f.id).toBe(`break-missing:${plan.blocks[0]!.id}`);
    expect(f.message).toContain('From 10:00 to 12:15 there is no break: 2 hours 15 minutes.');
    expect(f.action).toMatchObject({ type: 'addBlock', index: 5, block: { kind: 'break', durationMinutes: 15 } });
    expect(f.message).toContain('after “Where the project is now”, at about 11:15');
  });

  it('allows exactly 90 minutes in a room, but only 60 online', () => {
    const stretch = (minutes: number, format: Plan['format']) =>
      goodPlan({ format, endTime: '18:00', blocks: [makeBlock('welcome'), makeBlock('discussion', { durationMinutes: minutes - 10 })] });
    expect(findingsOf(stretch(90, 'in_person'), 'break-missing')).toEqual([]);
    expect(findingsOf(stretch(91, 'in_person'), 'break-missing')).toHaveLength(1);
    expect(findingsOf(stretch(60, 'online'), 'break-missing')).toEqual([]);
    expect(findingsOf(stretch(61, 'online'), 'break-missing')).toHaveLength(1);
  });

  it('asks for a break in the middle of one very long block', () => {
    const long = makeBlock('discussion', { title: 'Open space', durationMinutes: 120 });
    const plan = goodPlan({ blocks: [long, makeBlock('break')] });
    const f = only(plan, 'break-missing');
    expect(f.message).toContain('“Open space” runs for 2 hours without a break');
    expect(f.action).toEqual({ type: 'go', label: 'Go to “Open space”', place: 'agenda', focus: { blockId: long.id } });
  });

  it('gives one finding per long stretch', () => {
    const plan = goodPlan({
      endTime: '20:00',
      blocks: [
        makeBlock('discussion', { durationMinutes: 60 }),
        makeBlock('activity', { durationMinutes: 60 }),
        makeBlock('break'),
        makeBlock('discussion', { durationMinutes: 60 }),
        makeBlock('activity', { durationMinutes: 60 }),
      ],
    });
    expect(findingsOf(plan, 'break-missing').map((f) => f.id)).toEqual([
      `break-missing:${plan.blocks[0]!.id}`,
      `break-missing:${plan.blocks[3]!.id}`,
    ]);
  });

  it('offers lunch at the block boundary nearest 12:30', () => {
    const plan = CASES['meal-missing']!.fires();
    const f = only(plan, 'meal-missing');
    // The discussion ends at 12:30 (after welcome … break, small groups, discussion).
    const discussion = plan.blocks.findIndex((b) => b.kind === 'discussion');
    expect(f.action).toMatchObject({ type: 'addBlock', index: discussion + 1, block: { kind: 'meal' } });
  });

  it('weighs presentations over half the working time as important, over a third as worth considering', () => {
    expect(only(CASES['presentations-heavy']!.fires(), 'presentations-heavy').weight).toBe('consider');
    const half = withBlocks(goodPlan({ endTime: '20:00' }), (b) => (b.kind === 'presentation' ? { ...b, durationMinutes: 200 } : b));
    expect(only(half, 'presentations-heavy').weight).toBe('important');
  });

  it('wants at least 20 minutes of conversation, even in a short session', () => {
    const plan = goodPlan({ blocks: [makeBlock('welcome', { durationMinutes: 10 }), makeBlock('discussion', { durationMinutes: 15 })] });
    expect(findingsOf(plan, 'conversation-time-short')).toHaveLength(1);
  });

  it('says how far the agenda runs over and when a pinned block starts late', () => {
    expect(only(goodPlan({ endTime: '14:00' }), 'agenda-overruns').message).toBe('The agenda runs 30 minutes past the 14:00 end.');
    const plan = CASES['pin-late']!.fires();
    const lunch = blockOfKind(plan, 'meal');
    const f = only(plan, 'pin-late');
    expect(f.id).toBe(`pin-late:${lunch.id}`);
    expect(f.message).toContain('“Lunch” is set for 12:00 but would start at 12:30, 30 minutes late');
  });

  it('looks at the intended end when the agenda is empty', () => {
    expect(findingsOf(goodPlan({ blocks: [], endTime: '17:00' }), 'late-finish')).toHaveLength(1);
    expect(findingsOf(goodPlan({ blocks: [], endTime: null }), 'late-finish')).toEqual([]);
  });

  it('counts spare time only when the agenda fits', () => {
    expect(only(goodPlan({ endTime: '14:30' }), 'little-spare-time').message).toContain('ends exactly at 14:30');
    expect(findingsOf(goodPlan({ endTime: '14:00' }), 'little-spare-time')).toEqual([]);
    expect(findingsOf(goodPlan({ endTime: null }), 'little-spare-time')).toEqual([]);
  });

  it('holds back the agenda rules while the agenda is empty', () => {
    const ids = reviewPlan(goodPlan({ blocks: [] })).map((f) => f.ruleId);
    expect(ids).toEqual(['agenda-empty']);
  });

  it('reads times it cannot parse as not set, rather than failing', () => {
    const odd = withBlocks(goodPlan({ startTime: '25:00', endTime: 'soon' }), (b) => ({ ...b, pinnedTime: b.pinnedTime ? 'lunch' : null }));
    expect(() => reviewPlan(odd)).not.toThrow();
  });
});

describe('reciprocity', () => {
  it('asks for payment by name and takes the facilitator to that person', () => {
    const plan = CASES['payment-missing']!.fires();
    const amara = personNamed(plan, 'Amara');
    const f = only(plan, 'payment-missing');
    expect(f).toMatchObject({
      id: `payment-missing:${amara.id}`,
      weight: 'important',
      message: 'Nobody should be out of pocket for giving their time. Add payment for Amara?',
      action: { type: 'go', place: 'reciprocity', focus: { personId: amara.id } },
    });
  });

  it('counts expenses alone as payment recorded, and only asks about public contributors and carers', () => {
    const expensesOnly = withPerson(goodPlan(), 'Amara', {
      payment: { ...EMPTY_PAYMENT, expenses: [{ id: 'e1', kind: 'travel', note: 'Bus', amountPence: 450 }] },
    });
    expect(findingsOf(expensesOnly, 'payment-missing')).toEqual([]);
    // Priya and Sam have nothing recorded, and are staff.
    expect(findingsOf(goodPlan(), 'payment-missing')).toEqual([]);
  });

  it('asks "to agree" only once something is recorded (otherwise payment-missing asks)', () => {
    const nothing = withPerson(goodPlan(), 'Amara', { payment: { ...EMPTY_PAYMENT, status: 'to_agree' } });
    expect(findingsOf(nothing, 'payment-to-agree')).toEqual([]);
    expect(findingsOf(nothing, 'payment-missing')).toHaveLength(1);
  });

  it('measures a rate’s age against the workshop’s date, and skips it when there is no date', () => {
    expect(findingsOf(goodPlan({ date: null }), 'rate-out-of-date')).toEqual([]);
    const f = only(goodPlan({ date: '2028-06-01' }), 'rate-out-of-date');
    expect(f.message).toContain('agreed with Amara and Joe was checked on 10 January 2027');
  });
});

describe('plain English', () => {
  it('lists the jargon in one field and offers to swap the first word', () => {
    const plan = CASES.jargon!.fires();
    const f = only(plan, 'jargon');
    expect(f.id).toBe('jargon');
    expect(f.message).toContain('“utilise” (perhaps “use”) in “Why we are meeting”');
    expect(f.message).toContain('“PPI”');
    expect(f.action).toMatchObject({ type: 'replaceText', target: { kind: 'plan', field: 'purpose' }, find: 'utilise', replace: 'use' });
    // The action works with the plain-English replacer.
    if (f.action?.type !== 'replaceText') throw new Error('expected replaceText');
    expect(replaceTerm(plan.purpose, f.action.find, f.action.replace)).toBe('We will use your views to shape our PPI work.');
  });

  it('lists every term and where it is in one finding, with a fix for each place', () => {
    const plan = withBlocks(goodPlan(), (b) =>
      b.kind === 'discussion'
        ? { ...b, title: 'Stakeholder views', description: 'We utilise the ideas.' }
        : b.kind === 'activity'
          ? { ...b, description: 'We utilise the wall.' }
          : b,
    );
    const id = blockOfKind(plan, 'discussion').id;
    const activity = blockOfKind(plan, 'activity');
    const f = only(plan, 'jargon');
    expect(f.message).toBe(
      '2 words in what participants read may be unfamiliar: “Stakeholder” (perhaps “person involved”) in the block title “Stakeholder views”; ' +
        `“utilise” (perhaps “use”) in the description of “Stakeholder views” and the description of ${'“' + activity.title + '”'}.`,
    );
    expect(f.fixes?.map((a) => a.type === 'replaceText' && [targetKeyOf(a.target), a.find, a.label])).toEqual([
      [`block:${id}:title`, 'stakeholder', 'Change “Stakeholder” to “person involved” in the block title “Stakeholder views”'],
      [`block:${id}:description`, 'utilise', 'Change “utilise” to “use” in the description of “Stakeholder views”'],
      [`block:${activity.id}:description`, 'utilise', `Change “utilise” to “use” in the description of “${activity.title}”`],
    ]);
  });

  it('keeps a place set aside on its own out of the group, and still lists the rest', () => {
    const plan = withBlocks(goodPlan(), (b) =>
      b.kind === 'discussion' ? { ...b, title: 'Stakeholder views', description: 'We utilise the ideas.' } : b,
    );
    const id = blockOfKind(plan, 'discussion').id;
    const aside = {
      ...plan,
      setAsides: [{ findingId: `jargon:block:${id}:title`, reason: 'The group chose this word.', setAt: '2026-01-01T00:00:00.000Z' }],
    };
    const found = findingsOf(aside, 'jargon');
    expect(found.map((f) => f.id)).toEqual([`jargon:block:${id}:title`, 'jargon']);
    expect(found[0]!.message).toBe(
      'The block title “Stakeholder views” uses a word some people may not know: “Stakeholder” (perhaps “person involved”).',
    );
    expect(found[1]!.message).not.toContain('Stakeholder”');
  });

  it('quotes the start of a long sentence and goes to the field', () => {
    const f = only(CASES['long-sentences']!.fires(), 'long-sentences');
    expect(f.id).toBe('long-sentences:plan:purpose');
    expect(f.message).toMatch(/^A sentence in “Why we are meeting” has 27 words: “We will talk about it and and and…”/);
    expect(f.action).toEqual({ type: 'go', label: 'Go to “Why we are meeting”', place: 'details', focus: { kind: 'plan', field: 'purpose' } });
  });

  it('gathers blocks with no description into one finding', () => {
    const plan = withBlocks(goodPlan(), (b) => (b.kind === 'discussion' || b.kind === 'activity' ? { ...b, description: '' } : b));
    const f = only(plan, 'descriptions-missing');
    expect(f.message).toBe('2 blocks have no description for participants yet: “What we heard” and “Making a plan”.');
    expect(f.action).toMatchObject({ focus: { blockId: blockOfKind(plan, 'discussion').id } });
  });
});

describe('impact and access', () => {
  it('looks at the debrief and "you said, we did" only once the workshop is delivered', () => {
    const ids = reviewPlan(goodPlan({ status: 'delivered' })).map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['debrief-empty', 'changes-none']));
    const ready = reviewPlan(goodPlan({ status: 'ready' })).map((f) => f.ruleId);
    expect(ready).not.toContain('debrief-empty');
    expect(ready).not.toContain('changes-none');
  });

  it('asks for a venue for hybrid sessions too', () => {
    expect(findingsOf(goodPlan({ venueName: '', format: 'hybrid' }), 'venue-missing')).toHaveLength(1);
  });

  it('asks for a named contact for the packs, and goes to the facilitator’s card to add their email or phone', () => {
    const noWay = goodPlan({ people: goodPlan().people.map((p) => (p.name === 'Sam' ? { ...p, email: '', phone: '' } : p)) });
    const [finding] = findingsOf(noWay, 'pack-contact-missing');
    const sam = noWay.people.find((p) => p.name === 'Sam')!;
    expect(finding!.message).toContain('The 3 packs you will send have nobody to contact by name');
    expect(finding!.action).toEqual({ type: 'go', label: 'Go to Sam', place: 'people', focus: { personId: sam.id } });
    // A contributor's own phone is not the project's: it does not count as a contact for the packs.
    const contributorOnly = { ...noWay, people: noWay.people.map((p) => (p.name === 'Amara' ? { ...p, phone: '07700 900123' } : p)) };
    expect(findingsOf(contributorOnly, 'pack-contact-missing')).toHaveLength(1);
    const noFacilitator = { ...noWay, people: noWay.people.filter((p) => p.role !== 'facilitator') };
    expect(findingsOf(noFacilitator, 'pack-contact-missing')[0]!.action).toEqual({ type: 'go', label: 'Go to people', place: 'people' });
  });
});

describe('sentences about one person use the pronouns recorded for them', () => {
  it('planning time unpaid: her payment, agreed with her; their and them where nothing is recorded', () => {
    const plan = (pronouns: string) => withPerson(goodPlan(), 'Amara', { pronouns, payment: paidAgreed({ prepHours: 0 }) });
    const her = only(plan('she/her'), 'planning-time-unpaid');
    expect(her.message).toBe('Amara is planning the workshop with you, but no planning or preparation hours are in her payment.');
    expect(her.howToAct).toBe('Add the hours Amara spends planning and preparing, agreed with her beforehand.');
    const them = only(plan(''), 'planning-time-unpaid');
    expect(them.message).toContain('are in their payment.');
    expect(them.howToAct).toContain('agreed with them beforehand.');
  });

  it('payment missing: that he would rather not be paid, or they', () => {
    const plan = (pronouns: string) => withPerson(goodPlan(), 'Amara', { pronouns, payment: { ...EMPTY_PAYMENT } });
    expect(only(plan('he/him'), 'payment-missing').howToAct).toContain('or note that he would rather not be paid.');
    expect(only(plan('they/them'), 'payment-missing').howToAct).toContain('or note that they would rather not be paid.');
  });
});
