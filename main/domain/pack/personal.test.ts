/**
 * Each kind of statement a personal pack makes, with plans whose facts contradict the fixed phrases
 * the pack builder used to print: the pack says what the plan records about this reader, or nothing.
 */
import { describe, expect, it } from 'vitest';
import { PACK_FORMATS, type PackFormat } from '../access';
import type { Person } from '../people';
import type { Plan } from '../plan';
import { arranged, CONSENT_GIVEN, goodPlan, makeBlock, makeNeed, makePerson, paidAgreed, personNamed } from '../../testing/testPlan';
import { allTexts, blockTexts, findSection } from '../../testing/packContent';
import { participantPack } from './participant';

const text = (plan: Plan, person: Person | undefined, format: PackFormat = 'standard') =>
  allTexts(participantPack(plan, format, { person })).join('\n');
const everyFormat = (plan: Plan, person: Person | undefined) => PACK_FORMATS.map((f) => text(plan, person, f));
const withPeople = (plan: Plan, edit: (p: Person) => Person): Plan => ({ ...plan, people: plan.people.map(edit) });

describe('a personal pack: their own arrangements', () => {
  const plan = withPeople(goodPlan(), (p) =>
    p.name === 'Joe'
      ? {
          ...p,
          consent: CONSENT_GIVEN,
          accessNeeds: [
            makeNeed('wheelchair_space', arranged({ how: 'We have booked a ramp at the back door for you.' })),
            makeNeed('sign_language', { how: 'Asking the county service.', dueDate: '2027-03-03' }),
            makeNeed('taxi', { how: 'No budget left.', status: 'cannot_meet' }),
          ],
        }
      : p,
  );
  const joe = personNamed(plan, 'Joe');

  it('says what is arranged, what is still being arranged and by when, and what could not be, to them', () => {
    const t = text(plan, joe);
    expect(t).toContain('Space for a wheelchair: we have arranged this for you. We have booked a ramp at the back door for you.');
    expect(t).toContain('A BSL or other sign language interpreter: we are still arranging this. We will tell you by Wednesday 3 March 2027.');
    expect(t).toContain('A taxi: we are sorry, we could not arrange this. Please talk to Sam about what might help instead.');
    // The reason it could not be met is the facilitator's note, not the reader's.
    expect(t).not.toContain('No budget left');
    const easy = text(plan, joe, 'easy_read');
    expect(easy).toContain('We have arranged space for a wheelchair for you.');
    expect(easy).toContain('We could not arrange a taxi. We are sorry. Please talk to Sam.');
  });

  it('never tells anyone else about them, in any format', () => {
    for (const other of [undefined, personNamed(plan, 'Amara'), personNamed(plan, 'Priya')]) {
      for (const t of everyFormat(plan, other)) expect(t).not.toMatch(/ramp at the back door|sign language|taxi/i);
    }
  });

  it('says nothing about needs kept without consent (an old file, say)', () => {
    const noConsent = withPeople(plan, (p) => (p.name === 'Joe' ? { ...p, consent: { ...p.consent, store: false } } : p));
    expect(text(noConsent, personNamed(noConsent, 'Joe'))).not.toContain('we have arranged this');
  });
});

describe('a personal pack: how they take part', () => {
  const hybrid = goodPlan({
    format: 'hybrid',
    dialInNumber: '029 2074 7747',
    dialInHow: 'Type the code 845 221, then press hash.',
    onlineChecks: { captions: { answer: 'yes', note: '' }, tech_check: { answer: 'yes', note: '' } },
  });
  const as = (name: string, takesPart: Person['takesPart'], email = '') => ({ ...personNamed(hybrid, name), takesPart, email });

  it('gives a phone joiner the number and how to join, and never "we will send you the link"', () => {
    const t = text(hybrid, as('Joe', 'phone'));
    expect(t).toContain('You will join by phone.');
    expect(t).toContain('To join, ring 029 2074 7747.');
    expect(t).toContain('Type the code 845 221, then press hash.');
    expect(t).not.toMatch(/the link|captions|Where: /);
    expect(text(hybrid, as('Joe', 'phone'), 'easy_read')).toContain('To join, ring 029 2074 7747.');
  });

  it('asks the phone joiner to get the number from the contact when the plan does not have it', () => {
    const t = text({ ...hybrid, dialInNumber: '' }, as('Joe', 'phone'));
    expect(t).toContain('Please ask Sam for the number to ring.');
    expect(t).not.toMatch(/ring 029/);
  });

  it('tells someone online the link comes by email, with the tech check and captions, and no venue', () => {
    const t = text(hybrid, as('Joe', 'online', 'joe@example.org'));
    expect(t).toContain('We will email you the link to join before the day.');
    expect(t).toContain('We can try it out with you before the day.');
    expect(t).toContain('Live captions are on');
    expect(t).not.toMatch(/Where: |Riverside Community Hall, 12 Mill Lane|ring 029/);
    expect(t).not.toContain('We eat together at 12:30');
    expect(t).toContain('There is a break for a meal at 12:30.');
  });

  it('gives someone in the room the venue and nothing about joining online or by phone', () => {
    for (const t of everyFormat(hybrid, as('Joe', 'in_room'))) expect(t).not.toMatch(/the link|join online|ring 029|captions|tablet or computer/i);
    expect(text(hybrid, as('Joe', 'in_room'))).toContain('12 Mill Lane');
  });
});

describe('a personal pack: who to contact', () => {
  it('names the contact for participants with their phone and email on every pack', () => {
    const plan = goodPlan();
    for (const person of plan.people.filter((p) => p.role !== 'facilitator')) {
      for (const t of everyFormat(plan, person)) {
        expect(t).toMatch(/Sam/);
        expect(t).toContain('0113 496 0000');
        expect(t).not.toContain('the person who sent you this');
      }
    }
  });

  it('names the facilitator the plan chose, not the first one', () => {
    const base = goodPlan();
    const kit = makePerson('Kit', 'facilitator', { phone: '020 7946 0000' });
    const plan = { ...base, people: [...base.people, kit], contactPersonId: kit.id };
    const t = text(plan, personNamed(plan, 'Joe'));
    expect(t).toContain('contact Kit: ring 020 7946 0000.');
    expect(t).not.toContain('sam@example.org');
  });

  it('never prints the free "other contact" text, or a contributor’s details', () => {
    const plan = withPeople(goodPlan(), (p) =>
      p.name === 'Sam' ? { ...p, contact: 'Home: 1 Secret Lane' } : p.name === 'Amara' ? { ...p, phone: '07700 900999' } : p,
    );
    for (const t of everyFormat(plan, personNamed(plan, 'Joe'))) expect(t).not.toMatch(/Secret Lane|07700 900999/);
  });
});

describe('a personal pack: their part in the day, and who runs it', () => {
  const plan = goodPlan();
  const amara = personNamed(plan, 'Amara');

  it('tells a contributor who co-chairs that they co-chair, with whom, and never that someone else runs it', () => {
    const t = text(plan, amara);
    expect(t).toContain('Dear Amara,');
    expect(t).toContain('You will co-chair the meeting with Sam.');
    expect(t).toContain('You will lead “Welcome” at 10:00.');
    const easy = text(plan, amara, 'easy_read');
    expect(easy).toContain('You will co-chair the meeting with Sam.');
    expect(easy).toContain('You and Sam will run the meeting.');
    expect(easy).not.toContain('Amara and Sam will run the meeting.');
  });

  it('greets them by the name they use', () => {
    const zara = { ...amara, name: 'Zarafshan Ahmed', knownAs: 'Zara' };
    for (const t of everyFormat({ ...plan, people: plan.people.map((p) => (p.id === amara.id ? zara : p)) }, zara)) expect(t).toContain('Dear Zara,');
  });

  it('gives someone with no part in running the day no such lines', () => {
    expect(text(plan, personNamed(plan, 'Joe'))).not.toMatch(/co-chair|You will lead “Welcome”/);
  });
});

describe('who decides', () => {
  const researchersDecide = (plan: Plan): Plan => {
    const priya = personNamed(plan, 'Priya');
    const ravi = makePerson('Ravi', 'researcher');
    return {
      ...plan,
      people: [...plan.people, ravi],
      blocks: plan.blocks.map((b) =>
        b.kind === 'decision' ? { ...b, description: '', easyRead: '', decidedByAll: false, deciderIds: [priya.id, ravi.id] } : b,
      ),
    };
  };

  it('never says "we choose together" when only the researchers decide', () => {
    const plan = researchersDecide(goodPlan());
    for (const t of everyFormat(plan, personNamed(plan, 'Joe'))) {
      expect(t).not.toMatch(/choose together|decide together|Everyone has a say/i);
      expect(t).toMatch(/Priya and one researcher decide/);
    }
  });

  it('says everyone decides when everyone does, and "you" for a reader who decides', () => {
    const all = goodPlan({ blocks: goodPlan().blocks.map((b) => (b.kind === 'decision' ? { ...b, description: '', easyRead: '' } : b)) });
    expect(text(all, undefined, 'easy_read')).toContain('We all choose together.');
    const plan = researchersDecide(goodPlan());
    expect(text(plan, personNamed(plan, 'Priya'))).toContain('You and one researcher decide which three ideas we take forward');
  });

  it('says nothing about who decides when the plan does not say', () => {
    const plan = goodPlan({ blocks: [makeBlock('decision', { title: 'Choosing', description: '', decidedByAll: false, deciderIds: [] })] });
    for (const t of everyFormat(plan, undefined)) expect(t).not.toMatch(/choose together|decide together|Everyone has a say|decides/i);
  });
});

describe('venue facts', () => {
  it('states a "no" plainly, with the facilitator’s note, and never lists it as a feature', () => {
    const plan = goodPlan({
      venueChecks: { lift: { answer: 'no', note: 'Everything is on the ground floor.' }, quiet_room: { answer: 'no', note: '' } },
    });
    const t = text(plan, personNamed(plan, 'Joe'));
    expect(t).toContain('There is no lift. Everything is on the ground floor.');
    expect(t).not.toContain('A lift to every floor');
    // A quiet room that is not there is not promised, and only said to someone who needs one.
    expect(t).not.toMatch(/quiet room/i);
    const needs = withPeople(plan, (p) =>
      p.name === 'Joe' ? { ...p, consent: CONSENT_GIVEN, accessNeeds: [makeNeed('quiet_room', arranged())] } : p,
    );
    expect(text(needs, personNamed(needs, 'Joe'))).toContain('There is no quiet room.');
  });

  it('says nothing about a check nobody has answered', () => {
    for (const t of everyFormat(goodPlan(), undefined)) expect(t).not.toMatch(/lift|hearing loop|parking/i);
  });
});

describe('a personal pack: money', () => {
  it('gives their own fee, how and when it is paid, and their expenses by kind, with no £0 lines', () => {
    const base = goodPlan({ feesPaidMethod: 'voucher', feesPaidWhen: 'Within 10 working days of the workshop' });
    const plan = withPeople(base, (p) =>
      p.name === 'Joe'
        ? {
            ...p,
            payment: paidAgreed({
              method: null,
              expenses: [
                { id: '0e000000-0000-4000-8000-000000000001', kind: 'carer_cover', note: 'Cover for his mum', amountPence: 4000 },
                { id: '0e000000-0000-4000-8000-000000000002', kind: 'subsistence', note: '', amountPence: 0 },
              ],
            }),
          }
        : p,
    );
    const t = text(plan, personNamed(plan, 'Joe'));
    expect(t).toMatch(/We agreed to pay you £\d+ for \d+ hours of your time\./);
    expect(t).toContain('We will pay you in vouchers, within 10 working days of the workshop.');
    expect(t).toContain('Carer cover (Cover for his mum): £40');
    expect(t).toContain('Food and drink');
    expect(t).not.toContain('£0');
    expect(t).not.toContain('tickets');
  });

  it('tells someone who is not paid nothing about fees or travel, and someone online nothing about travel', () => {
    const plan = goodPlan({ format: 'hybrid' });
    const priya = personNamed(plan, 'Priya');
    for (const t of everyFormat(plan, priya)) expect(t).not.toMatch(/pay you|travel|tickets|benefits/i);
    const joeOnline = { ...personNamed(plan, 'Joe'), takesPart: 'online' as const };
    for (const t of everyFormat(plan, joeOnline)) expect(t).not.toMatch(/travel|tickets/i);
  });

  it('respects a choice not to be paid', () => {
    const plan = withPeople(goodPlan(), (p) => (p.name === 'Joe' ? { ...p, payment: { ...p.payment, status: 'declined', expenses: [] } } : p));
    const t = text(plan, personNamed(plan, 'Joe'));
    expect(t).toContain('You told us you would rather not be paid for your time.');
    expect(t).not.toMatch(/pay you £|benefits/);
  });
});

describe('what happens afterwards', () => {
  it('gives the follow-up’s date and format in every format, Easy Read included', () => {
    const plan = goodPlan({ followUpBy: '2027-06-30', followUpFormat: 'post' });
    const [standard] = everyFormat(plan, personNamed(plan, 'Joe'));
    expect(standard).toContain('We will tell you what changed because of what you said, in a letter, by Wednesday 30 June 2027.');
    const easy = text(plan, personNamed(plan, 'Joe'), 'easy_read');
    expect(easy).toContain('We will send you a letter by Wednesday 30 June 2027.');
    expect(easy).toContain('We will give you a certificate.');
  });

  it('promises no follow-up the plan does not record', () => {
    const plan = goodPlan({ followUp: '', givesBack: [] });
    for (const t of everyFormat(plan, personNamed(plan, 'Joe'))) expect(t).not.toMatch(/what changed because of|certificate/);
  });
});

describe('Easy Read that is really easy', () => {
  const easyDoc = (plan: Plan, person?: Person) => participantPack(plan, 'easy_read', { person });
  /** Each block's words in one Easy Read section. */
  const lines = (plan: Plan, heading: string) => findSection(easyDoc(plan), heading)!.blocks.map((b) => blockTexts(b).join(''));
  const agenda = (plan: Plan) => lines(plan, 'The day');

  it('copies the facilitator’s text only when it passes the checks: short, no jargon, readable', () => {
    const plan = goodPlan();
    plan.blocks[4] = {
      ...plan.blocks[4]!,
      easyRead: 'Priya explains the PPI strategy.',
      description: 'An overview of the methodology and preliminary quantitative findings.',
    };
    const line = agenda(plan).find((l) => l.includes('Where the project is now'))!;
    expect(line).not.toMatch(/PPI|methodology/);
    // Instead: the block's name, and who tells us about it.
    expect(line).toContain('Where the project is now. Priya tells us about the work.');
  });

  it('gives every part of the day its own line, never one generic line repeated', () => {
    const plan = goodPlan({
      blocks: [
        makeBlock('small_groups', { title: 'What matters to you?', description: '', easyRead: '' }),
        makeBlock('small_groups', { title: 'Your ideas for letters', description: '', easyRead: '' }),
        makeBlock('small_groups', { title: '', description: '', easyRead: '', leadPersonId: goodPlan().people[0]!.id }),
      ],
    });
    const lines = agenda(plan).map((l) => l.replace(/^[^.]*\.\s/, ''));
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('writes each glossary entry as a whole sentence that passes the checks', () => {
    const plan = goodPlan({ title: 'Our PPI meeting' });
    const words = lines(plan, 'Words we use');
    expect(words).toContain('“PPI” means “public involvement”.');
    for (const l of words) expect(l).toMatch(/^“[^”]+” means “[^”]+”\.$/);
  });

  it('says when in the words people use, with the weekday', () => {
    const t = text(goodPlan(), undefined, 'easy_read');
    expect(t).toContain('The meeting is on Wednesday 12 May 2027.');
    expect(t).toContain('It starts at 10 o’clock in the morning. It ends at half past 2 in the afternoon.');
    expect(t).toContain('12 o’clock midday.');
    expect(t).toContain('Half past 12.');
    expect(t).not.toMatch(/\b\d{2}:\d{2}\b/);
  });

  it('credits the pictures in plain words', () => {
    expect(easyDoc(goodPlan()).credits).toEqual(['Pictures by OpenMoji. You may share them. See openmoji.org.']);
  });
});
