/**
 * Findings that fit the session (its format, who leads and who plans) and findings grouped by
 * problem rather than repeated for each person.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_PAYMENT, type Person } from '../people';
import type { BlockKind } from '../blockKinds';
import { PLAN_FORMATS, type Plan, type PlanFormat } from '../plan';
import { applySetAsides, reviewCounts, reviewPlan } from './engine';
import { RULES } from './rules';
import { isCheckIn, isWelcome } from './rules/relationships';
import { goodPlan, makeBlock, makeNeed, makePerson, paidAgreed, personNamed, withBlocks, withNeeds, withPerson } from '../../testing/testPlan';
import type { Finding } from './types';

const TODAY = { today: '2027-05-01' };
const ids = (findings: readonly Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
const words = (f: Finding) => `${f.message} ${f.howToAct}`;

/**
 * A plan with something for nearly every rule to say: no venue, a late finish, a first block that
 * is not a welcome, nobody hosting online, no online checks, needs both the room and the screen
 * answer (Amara in the room, Joe online when the session is hybrid), and unpaid contributors.
 */
function troubledPlan(format: PlanFormat): Plan {
  let plan = goodPlan({ format, venueName: '', endTime: '18:00', startTime: '09:00' });
  plan = withBlocks(plan, (b) =>
    b.kind === 'welcome' ? null : b.kind === 'close' ? [b, makeBlock('discussion', { title: 'Evening talk', durationMinutes: 150 })] : b,
  );
  plan = withNeeds(plan, 'Amara', [makeNeed('accessible_toilet'), makeNeed('quiet_room'), makeNeed('parking'), makeNeed('live_captions')]);
  plan = withNeeds(plan, 'Joe', [makeNeed('hearing_loop'), makeNeed('step_free'), makeNeed('tech_check'), makeNeed('live_captions')]);
  plan = withPerson(plan, 'Joe', { takesPart: 'online', payment: { ...EMPTY_PAYMENT, status: 'to_agree', sessionHours: 3 } });
  return plan;
}

/** Words that only make sense in a room people travel to. */
const IN_ROOM_WORDS = /\b(?:toilets?|quiet room|in the dark|parking|venue|step-free|hearing loop)\b/i;
/** Words that only make sense for people joining from a screen. */
const ONLINE_WORDS = /\b(?:online|tech check|meeting platform|the call)\b/i;

describe('findings that fit the format', () => {
  it('every rule declares at least one format, and only real ones', () => {
    for (const rule of RULES) {
      expect(rule.formats.length, rule.id).toBeGreaterThan(0);
      for (const f of rule.formats) expect(PLAN_FORMATS).toContain(f);
    }
  });

  it('runs every rule on an online, an in-person and a hybrid version of the same plan, and the declarations hold', () => {
    const fired = new Map<PlanFormat, Set<string>>();
    for (const format of PLAN_FORMATS) {
      const plan = troubledPlan(format);
      const seen = new Set<string>();
      for (const rule of RULES) {
        const found = reviewPlan(plan, TODAY).filter((f) => f.ruleId === rule.id);
        if (found.length > 0) seen.add(rule.id);
        // A rule never speaks about a format it has not declared.
        if (!rule.formats.includes(format)) expect(found, `${rule.id} in ${format}`).toEqual([]);
        for (const f of found) {
          if (format === 'online') expect(words(f), `${f.id} online`).not.toMatch(IN_ROOM_WORDS);
          if (format === 'in_person') expect(words(f), `${f.id} in person`).not.toMatch(ONLINE_WORDS);
        }
      }
      fired.set(format, seen);
    }
    // The declarations matter: room rules speak in the room, online rules online, and hybrid hears both.
    for (const id of ['venue-missing', 'venue-check-needed']) {
      expect(fired.get('in_person')).toContain(id);
      expect(fired.get('hybrid')).toContain(id);
      expect(fired.get('online')).not.toContain(id);
    }
    for (const id of ['tech-check-missing', 'captions-missing', 'online-host-missing']) {
      expect(fired.get('online')).toContain(id);
      expect(fired.get('hybrid')).toContain(id);
      expect(fired.get('in_person')).not.toContain(id);
    }
  });

  it('in a hybrid session, room findings name the people in the room and online ones the people online', () => {
    const found = reviewPlan(troubledPlan('hybrid'), TODAY);
    // Joe joins online: the venue is not asked about his hearing loop or step-free access.
    for (const f of ids(found, 'venue-check-needed')) expect(f.message).not.toContain('Joe');
    expect(
      ids(found, 'venue-check-needed')
        .map((f) => f.message)
        .join(' '),
    ).toContain('Amara');
    // Joe's hearing loop is a room need, so it is not among his needs to plan; his tech check is.
    const joe = ids(found, 'need-unarranged').find((f) => f.message.startsWith('Joe'))!;
    expect(joe.message).not.toMatch(/hearing loop|step-free/);
    expect(joe.message).toContain('tech check');
    expect(ids(found, 'tech-check-missing')[0]!.message).toMatch(/^Joe joins online/);
  });

  it('tells an online session about the evening without the journey home', () => {
    const online = ids(reviewPlan(troubledPlan('online')), 'late-finish')[0]!;
    expect(online.message).not.toContain('dark');
    expect(ids(reviewPlan(troubledPlan('in_person')), 'late-finish')[0]!.message).toContain('travel home in the dark');
  });

  it('welcomes an online session to the call, not to the toilets', () => {
    const plan = withBlocks(goodPlan({ format: 'online' }), (b) => (b.kind === 'welcome' ? null : b));
    const f = ids(reviewPlan(plan), 'welcome-missing')[0]!;
    expect(f.message).toContain('how the call works');
    expect(f.message).not.toContain('toilets');
  });
});

describe('welcomes by kind and meaning', () => {
  it.each(['Hello and check-in', 'Arrivals and tea', 'Introductions', 'Welcome back', 'Tea and coffee as people arrive'])(
    'knows %s opens the day',
    (title) => {
      expect(isWelcome({ kind: 'check_in', title })).toBe(true);
      const plan = withBlocks(goodPlan(), (b) => (b.kind === 'welcome' ? makeBlock('check_in', { title }) : b));
      expect(ids(reviewPlan(plan), 'welcome-missing')).toEqual([]);
    },
  );

  it.each(['Check-in', 'Where the project is now', 'Hiring update'])('still offers a welcome before %s', (title) => {
    expect(isWelcome({ kind: 'presentation', title })).toBe(false);
    const plan = withBlocks(goodPlan(), (b) => (b.kind === 'welcome' ? makeBlock('presentation', { title }) : b));
    expect(ids(reviewPlan(plan), 'welcome-missing')).toHaveLength(1);
  });
});

describe('check-ins by kind and meaning', () => {
  /** The good plan with no check-in or relationship block, and its welcome titled as given. */
  const welcomeTitled = (title: string, kind: BlockKind = 'welcome') =>
    withBlocks(goodPlan(), (b) =>
      b.kind === 'check_in' || b.kind === 'relationship_building' ? null : b.kind === 'welcome' ? makeBlock(kind, { title, durationMinutes: 20 }) : b,
    );

  it.each([
    'Hello and check-in',
    'Welcome and introductions',
    'Welcome, tea and checking in',
    'Arrivals and icebreaker',
    'Getting to know each other',
  ])('counts %s as a check-in', (title) => {
    expect(isCheckIn({ kind: 'welcome', title })).toBe(true);
    expect(ids(reviewPlan(welcomeTitled(title)), 'check-in-missing')).toEqual([]);
  });

  it('still asks for a check-in after a welcome that holds none, or a progress "check-in" talk', () => {
    expect(ids(reviewPlan(welcomeTitled('Welcome')), 'check-in-missing')).toHaveLength(1);
    expect(ids(reviewPlan(welcomeTitled('Hello and tea')), 'check-in-missing')).toHaveLength(1);
    expect(isCheckIn({ kind: 'presentation', title: 'Project check-in' })).toBe(false);
    expect(ids(reviewPlan(welcomeTitled('Project check-in', 'presentation')), 'check-in-missing')).toHaveLength(1);
  });

  it('wants the welcome’s check-in in the first 30 minutes too', () => {
    const late = withBlocks(welcomeTitled('Hello and check-in'), (b, i) =>
      i === 0 ? [makeBlock('presentation', { title: 'Where we are', durationMinutes: 31 }), b] : b,
    );
    expect(ids(reviewPlan(late), 'check-in-missing')).toHaveLength(1);
  });
});

describe('who leads and who plans', () => {
  /** The good plan with every working block led by one person. */
  function ledBy(plan: Plan, name: string): Plan {
    const lead = personNamed(plan, name);
    return withBlocks(plan, (b) => (b.kind === 'break' || b.kind === 'meal' ? b : { ...b, leadPersonId: lead.id }));
  }

  it('fires when a member of staff leads most of the day, and names who could share', () => {
    const f = ids(reviewPlan(ledBy(goodPlan(), 'Priya')), 'lead-dominates')[0]!;
    expect(f.message).toMatch(/^Priya leads .* more than half\. Could Amara or Joe lead some of it\?$/);
  });

  it('stays quiet when a public contributor or carer leads or co-chairs most of the day', () => {
    expect(ids(reviewPlan(ledBy(goodPlan(), 'Amara')), 'lead-dominates')).toEqual([]);
    expect(ids(reviewPlan(ledBy(goodPlan(), 'Joe')), 'lead-dominates')).toEqual([]);
  });

  it('stays quiet when a community organisation leads most of the day', () => {
    const plan = { ...goodPlan(), people: [...goodPlan().people, makePerson('Hope Street Youth', 'community_organisation')] };
    expect(ids(reviewPlan(ledBy(plan, 'Hope Street Youth')), 'lead-dominates')).toEqual([]);
  });

  it('counts a community organisation that plans with you as co-planning', () => {
    const noneCoPlan = (p: Person): Person => ({ ...p, coPlans: false });
    const base = { ...goodPlan(), people: goodPlan().people.map(noneCoPlan) };
    expect(ids(reviewPlan(base), 'co-planning-none')).toHaveLength(1);
    const withOrg = { ...base, people: [...base.people, makePerson('Hope Street Youth', 'community_organisation', { coPlans: true })] };
    expect(ids(reviewPlan(withOrg), 'co-planning-none')).toEqual([]);
    // A researcher planning alone is not co-planning.
    expect(ids(reviewPlan(withPerson(base, 'Priya', { coPlans: true })), 'co-planning-none')).toHaveLength(1);
  });
});

describe('grouped, not repeated', () => {
  /** A plan with `n` paid contributors who have not been offered benefits advice, and payment still to agree. */
  function manyPaid(n: number): Plan {
    const base = goodPlan();
    const extra = Array.from({ length: n }, (_, i) =>
      makePerson(`Contributor ${i + 1}`, 'public_contributor', { payment: paidAgreed({ benefitsAdviceOffered: false, status: 'to_agree' }) }),
    );
    return { ...base, people: [...base.people, ...extra] };
  }

  it('gives one benefits finding for 38 people, naming each and with one action', () => {
    const plan = manyPaid(38);
    const found = ids(reviewPlan(plan), 'benefits-advice');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.id).toBe('benefits-advice');
    expect(f.message).toBe('Benefits advice has not been offered to 38 people who are being paid. Payment can affect some welfare benefits.');
    expect(f.concerns?.map((c) => c.name)).toEqual(Array.from({ length: 38 }, (_, i) => `Contributor ${i + 1}`));
    expect(f.concerns?.[0]).toEqual({ personId: plan.people[4]!.id, name: 'Contributor 1', findingId: `benefits-advice:${plan.people[4]!.id}` });
    expect(f.action).toMatchObject({ type: 'go', place: 'reciprocity' });
  });

  it('gives one payment-to-agree finding for everyone still to agree', () => {
    const found = ids(reviewPlan(manyPaid(3)), 'payment-to-agree');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      'Payment is still to be agreed with 3 people. Agreeing it before the day means everyone knows exactly what is offered.',
    );
  });

  it('speaks of one person by name when only one is concerned', () => {
    const f = ids(reviewPlan(manyPaid(1)), 'benefits-advice')[0]!;
    expect(f.message).toBe('Payment can affect some welfare benefits. Has Contributor 1 been offered benefits advice?');
    expect(f.concerns).toHaveLength(1);
  });

  it('lets the facilitator set it aside for one person, leaving the rest in the group', () => {
    const plan = manyPaid(3);
    const second = plan.people[5]!;
    const aside = {
      ...plan,
      setAsides: [{ findingId: `benefits-advice:${second.id}`, reason: 'Advice given by phone.', setAt: '2027-04-01T10:00:00.000Z' }],
    };
    const result = applySetAsides(reviewPlan(aside), aside.setAsides);
    const open = ids(result.open, 'benefits-advice');
    expect(open).toHaveLength(1);
    expect(open[0]!.concerns?.map((c) => c.name)).toEqual(['Contributor 1', 'Contributor 3']);
    expect(open[0]!.message).toMatch(/offered to 2 people/);
    expect(result.considered.map((c) => [c.finding.id, c.finding.message, c.reason])).toEqual([
      [
        `benefits-advice:${second.id}`,
        'Payment can affect some welfare benefits. Has Contributor 2 been offered benefits advice?',
        'Advice given by phone.',
      ],
    ]);
  });

  it('counts problems, not people, in the tally', () => {
    const few = reviewCounts(applySetAsides(reviewPlan(manyPaid(2)), []));
    const many = reviewCounts(applySetAsides(reviewPlan(manyPaid(40)), []));
    expect(many.open).toBe(few.open);
  });
});

describe('who the session is for, and the time it meets', () => {
  /** An after-school session, 16:00 to 17:30. */
  const afterSchool = (audience: Plan['audience']) =>
    goodPlan({
      startTime: '16:00',
      endTime: '17:45',
      audience,
      blocks: [
        makeBlock('welcome', { title: 'Hello and snacks', durationMinutes: 20 }),
        makeBlock('discussion', { durationMinutes: 55 }),
        makeBlock('close', { durationMinutes: 15 }),
      ],
    });

  it('tells a group with no audience recorded that 17:30 clashes with school pick-up, with a one-click reason', () => {
    const f = ids(reviewPlan(afterSchool([])), 'late-finish')[0]!;
    expect(f.message).toContain('school pick-up');
    expect(f.quickReason).toBe('This time suits this group.');
  });

  it.each([['under_18'], ['young_carers']] as const)('stays quiet for a %s group that meets after school on purpose', (kind) => {
    expect(ids(reviewPlan(afterSchool([kind])), 'late-finish')).toEqual([]);
  });

  it('still asks about the journey home when young people would finish late in the evening', () => {
    const late = withBlocks(afterSchool(['under_18']), (b) => (b.kind === 'discussion' ? { ...b, durationMinutes: 200 } : b));
    const f = ids(reviewPlan({ ...late, endTime: null }), 'late-finish')[0]!;
    expect(f.message).toMatch(/^The session finishes at 19:55\. After school suits young people/);
    expect(f.message).not.toContain('school pick-up');
    expect(f.quickReason).toBe('This time suits this group.');
  });

  it('stays quiet for an evening session for people who work in the daytime, until it runs very late', () => {
    const evening = goodPlan({
      startTime: '18:00',
      endTime: null,
      audience: ['works_daytime'],
      blocks: [makeBlock('welcome', { durationMinutes: 30 }), makeBlock('discussion', { durationMinutes: 90 })],
    });
    expect(ids(reviewPlan(evening), 'late-finish')).toEqual([]);
    const veryLate = withBlocks(evening, (b) => (b.kind === 'discussion' ? { ...b, durationMinutes: 200 } : b));
    expect(ids(reviewPlan(veryLate), 'late-finish')).toHaveLength(1);
  });

  it('does not excuse a young group that starts in the school day', () => {
    const daytime = goodPlan({
      startTime: '13:00',
      endTime: null,
      audience: ['under_18'],
      blocks: [makeBlock('welcome', { durationMinutes: 30 }), makeBlock('discussion', { durationMinutes: 180 })],
    });
    expect(ids(reviewPlan(daytime), 'late-finish')).toHaveLength(1);
  });
});
