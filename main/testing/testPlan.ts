/**
 * The shared test builders: a good plan that raises nothing important to the review (and, as
 * written, nothing at all), and `makeBlock`, `makePerson`, `makeNeed` and friends to make its parts.
 * Pure data, with fixed ids and dates, so tests are deterministic. Any test, in any layer, builds
 * its plans, blocks and people here rather than writing its own `block()` or `person()`.
 */
import { EMPTY_ARRANGEMENT, type AccessNeed, type Arrangement, type Consent, type NeedTypeId } from '../domain/access';
import { BLOCK_KINDS, newBlockWithDefaults, type BlockKind } from '../domain/blockKinds';
import { EMPTY_PAYMENT, newPersonWithDefaults, PERSON_ROLES, type Payment, type Person, type PersonRole } from '../domain/people';
import { accessDetailsDefaults, EMPTY_DEBRIEF, type Block, type Plan } from '../domain/plan';

let blockCounter = 0;
let personCounter = 0;
let needCounter = 0;

/** A fresh id in the shape the app uses (a v4-like uuid), from a prefix and a counter. */
function testId(prefix: number, n: number): string {
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * A block of this kind with plain defaults; `fields` win. A description is filled in unless given.
 * Built on the app's own `newBlockWithDefaults`, so a new Block field needs no change here.
 */
export function makeBlock(kind: BlockKind, fields: Partial<Block> = {}): Block {
  return {
    ...newBlockWithDefaults(testId(0xb10c, ++blockCounter), kind, {
      description: 'We explain what happens and how you can take part.',
      decision: kind === 'decision' ? 'Which ideas we take forward together.' : '',
      decidedByAll: kind === 'decision',
    }),
    ...fields,
  };
}

/** A payment agreed at an hourly rate checked early in 2027, with benefits advice offered. */
export function paidAgreed(fields: Partial<Payment> = {}): Payment {
  return {
    ...EMPTY_PAYMENT,
    status: 'agreed',
    prepHours: 2,
    sessionHours: 5,
    followUpHours: 1,
    rate: { name: 'Involvement rate', amountPence: 2500, unit: 'hour', source: 'Our involvement policy', asOf: '2027-01-10' },
    method: 'bank_transfer',
    benefitsAdviceOffered: true,
    ...fields,
  };
}

/** A person with this role; public contributors and carers are paid (agreed) unless `payment` says otherwise. */
export function makePerson(name: string, role: PersonRole, fields: Partial<Person> = {}): Person {
  const livedExperience = role === 'public_contributor' || role === 'carer';
  return {
    ...newPersonWithDefaults(testId(0x9e0, ++personCounter), {
      name,
      role,
      payment: livedExperience ? paidAgreed() : { ...EMPTY_PAYMENT },
    }),
    ...fields,
  };
}

/**
 * A good plan: 10:00 to 15:00 in a community hall for about 14 people, planned, led and decided
 * with a public contributor and a carer who are paid, with a welcome, a check-in, time to meet,
 * ground rules, breaks, small groups, lunch, a decision everyone takes part in, a reflection and a
 * close, in plain words. It ends at 14:30, leaving 30 minutes to spare.
 */
export function goodPlan(overrides: Partial<Plan> = {}): Plan {
  const amara = makePerson('Amara', 'public_contributor', { coPlans: true, coFacilitates: true });
  const joe = makePerson('Joe', 'carer', {
    payment: paidAgreed({ expenses: [{ id: testId(0xe4, 1), kind: 'carer_cover', note: 'Cover for his mum', amountPence: 4000 }] }),
  });
  const priya = makePerson('Priya', 'researcher', { coPlans: true });
  const sam = makePerson('Sam', 'facilitator', { coFacilitates: true, email: 'sam@example.org', phone: '0113 496 0000' });

  const blocks: Block[] = [
    makeBlock('welcome', {
      title: 'Welcome',
      leadPersonId: amara.id,
      description: 'We say hello and what today is for. You can step out at any time.',
    }),
    makeBlock('check_in', {
      title: 'How are you today?',
      leadPersonId: joe.id,
      description: 'Say your name and one word about how you are. You can pass.',
    }),
    makeBlock('relationship_building', {
      title: 'Getting to know each other',
      leadPersonId: sam.id,
      description: 'Chat with one other person, then introduce each other.',
    }),
    makeBlock('ground_rules', {
      title: 'Our agreement for today',
      durationMinutes: 15,
      leadPersonId: amara.id,
      description: 'We agree together how we want to work today.',
    }),
    makeBlock('presentation', {
      title: 'Where the project is now',
      leadPersonId: priya.id,
      description: 'A short talk about the project so far. Ask questions at any time.',
    }),
    makeBlock('break', { title: 'Break', description: '' }),
    makeBlock('small_groups', {
      title: 'What matters to you?',
      leadPersonId: sam.id,
      description: 'Think on your own, then talk in pairs, then in fours.',
    }),
    makeBlock('discussion', { title: 'What we heard', leadPersonId: joe.id, description: 'We look at the ideas together and add anything missing.' }),
    makeBlock('meal', { title: 'Lunch', pinnedTime: '12:30', description: 'We eat together. All the food is labelled.' }),
    makeBlock('decision', {
      title: 'Choosing together',
      durationMinutes: 30,
      leadPersonId: amara.id,
      description: 'We choose the ideas to take forward. Everyone has a say.',
      decision: 'Which three ideas we take forward, and who will help with each one.',
      decidedByAll: true,
    }),
    makeBlock('activity', { title: 'Making a plan', leadPersonId: priya.id, description: 'We draw a simple plan for the next few months.' }),
    makeBlock('reflection', {
      title: 'Looking back on today',
      leadPersonId: joe.id,
      description: 'Say one thing you are taking away. You can pass.',
    }),
    makeBlock('close', { title: 'Thank you', durationMinutes: 10, leadPersonId: sam.id, description: 'We thank you and say what happens next.' }),
  ];

  return {
    id: testId(0x91a, 1),
    title: 'Shaping our next study',
    purpose: 'To hear what matters to you about our next study and choose the first steps together.',
    whatCouldChange: 'The ideas we choose today will shape the questions in our next study.',
    date: '2027-05-12',
    startTime: '10:00',
    endTime: '15:00',
    format: 'in_person',
    venueName: 'Riverside Community Hall',
    venueAddress: '12 Mill Lane, Leeds LS1 4AB',
    status: 'draft',
    expectedParticipants: 14,
    givesBack: ['feedback', 'certificate'],
    audience: [],
    givesBackNote: '',
    followUp: 'Within four weeks we will write to tell you what we did with your ideas.',
    ...accessDetailsDefaults(),
    createdAt: '2027-03-01T09:00:00.000Z',
    updatedAt: '2027-03-01T09:00:00.000Z',
    blocks,
    people: [amara, joe, priya, sam],
    setAsides: [],
    debrief: { ...EMPTY_DEBRIEF },
    changes: [],
    ...overrides,
  };
}

/** The good plan with some of its blocks changed: `edit` gets each block and returns its replacement. */
export function withBlocks(plan: Plan, edit: (block: Block, index: number) => Block | Block[] | null): Plan {
  return { ...plan, blocks: plan.blocks.flatMap((b, i) => edit(b, i) ?? []) };
}

/** Consent to keep and share access needs, recorded early in 2027. */
export const CONSENT_GIVEN: Consent = { store: true, share: true, recordedOn: '2027-03-01' };

/** An access need of this type, still to arrange unless `arrangement` says otherwise. */
export function makeNeed(type: NeedTypeId, arrangement: Partial<Arrangement> = {}, detail = ''): AccessNeed {
  return { id: testId(0xacce55, ++needCounter), type, detail, arrangement: { ...EMPTY_ARRANGEMENT, ...arrangement } };
}

/** An arrangement that is made: how, who and when, marked arranged. */
export function arranged(fields: Partial<Arrangement> = {}): Partial<Arrangement> {
  return { how: 'Arranged with the venue and confirmed by email.', owner: 'Sam', dueDate: '2027-04-28', status: 'arranged', ...fields };
}

/** The plan with this person's access needs recorded, with their consent to keep them (unless `consent` says otherwise). */
export function withNeeds(plan: Plan, name: string, needs: AccessNeed[], consent: Consent = CONSENT_GIVEN): Plan {
  return withPerson(plan, name, { consent, accessNeeds: needs });
}

/** The good plan's person with this name (tests use the names: Amara, Joe, Priya, Sam). */
export function personNamed(plan: Plan, name: string): Person {
  const p = plan.people.find((x) => x.name === name);
  if (!p) throw new Error(`No one called ${name} in this plan`);
  return p;
}

/** The plan's first block of this kind. */
export function blockOfKind(plan: Plan, kind: BlockKind): Block {
  const b = plan.blocks.find((x) => x.kind === kind);
  if (!b) throw new Error(`No ${kind} block in this plan`);
  return b;
}

/** The same plan with one person changed. */
export function withPerson(plan: Plan, name: string, change: Partial<Person>): Plan {
  return { ...plan, people: plan.people.map((p) => (p.name === name ? { ...p, ...change } : p)) };
}

/**
 * 300 blocks and 60 people, with realistic participant text, some of it long-winded and full of
 * jargon, Easy Read for most blocks, and access needs in every state of arranging. Its workshop is
 * on 12 May 2027; review it with a `today` shortly before to bring in the rules about dates.
 */
export function largePlan(): Plan {
  const plain = 'We talk together about what matters most to you. You can speak, write or draw, and you can pass.';
  const easyRead = 'We talk together. You can speak, write or draw. You can say pass.';
  const easyReadLong = 'We talk together about what matters most to you and then we write it all down on big sheets of paper.';
  const jargon =
    'In order to facilitate the dissemination of our qualitative findings to stakeholders, we will utilise a ' +
    'co-design methodology with the PPI cohort and consider the implementation of the intervention going forward.';
  // Most people have agreed to their access needs being kept, and have one to three of them, in
  // every state of arranging; some join online, and a few read Easy Read.
  const needTypes: NeedTypeId[] = ['step_free', 'hearing_loop', 'large_print', 'sign_language', 'quiet_room', 'dietary', 'easy_read', 'tech_check'];
  const statuses: Partial<Arrangement>[] = [{}, { how: 'Asking the venue.', dueDate: '2027-04-01' }, arranged(), { status: 'cannot_meet' }];
  const people: Person[] = Array.from({ length: 60 }, (_, i) =>
    newPersonWithDefaults(testId(0x1a4, i), {
      name: `Person ${i + 1}`,
      role: PERSON_ROLES[i % PERSON_ROLES.length]!,
      coPlans: i % 5 === 0,
      coFacilitates: i % 7 === 0,
      takesPart: i % 8 === 0 ? 'phone' : i % 4 === 0 ? 'online' : 'in_room',
      payment: { ...EMPTY_PAYMENT, sessionHours: i % 3 },
      consent: i % 6 === 5 ? undefined : CONSENT_GIVEN,
      accessNeeds:
        i % 6 === 5
          ? []
          : Array.from({ length: 1 + (i % 3) }, (_, j) => ({
              ...makeNeed(needTypes[(i + j) % needTypes.length]!, statuses[(i + j) % statuses.length]),
              id: testId(0xacce55, 1000 + i * 10 + j),
            })),
      packFormat: i % 10 === 3 ? 'easy_read' : 'standard',
      packDelivery: i % 5 === 0 ? 'post' : 'email',
      materialsSentOn: i % 2 === 0 ? '2027-05-01' : null,
    }),
  );
  const blocks: Block[] = Array.from({ length: 300 }, (_, i) =>
    makeBlock(BLOCK_KINDS[i % BLOCK_KINDS.length]!, {
      title: `Session ${i + 1}`,
      durationMinutes: 5 + ((i * 7) % 40),
      description: i % 4 === 0 ? jargon : `${plain} Part ${i + 1}.`,
      easyRead: i % 3 === 0 ? '' : i % 5 === 0 ? `${easyReadLong} Part ${i + 1}.` : `${easyRead} Part ${i + 1}.`,
      leadPersonId: people[i % people.length]!.id,
      decidedByAll: false,
      deciderIds: i % 14 === 8 ? people.slice(0, 6).map((p) => p.id) : [],
      pinnedTime: i === 12 ? '12:30' : null,
    }),
  );
  return goodPlan({
    format: 'hybrid',
    startTime: '09:00',
    endTime: '17:00',
    expectedParticipants: 60,
    purpose: jargon,
    people,
    blocks,
    venueChecks: { step_free_entrance: { answer: 'no', note: 'The ramp is at the side door.' }, hearing_loop: { answer: 'unsure', note: '' } },
  });
}
