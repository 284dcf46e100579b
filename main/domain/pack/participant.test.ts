import { describe, expect, it } from 'vitest';
import { PACK_FORMATS, VENUE_CHECKS, ONLINE_CHECKS, type PackFormat } from '../access';
import { BLOCK_KINDS } from '../blockKinds';
import { feePence, formatPence, PERSON_ROLES, type Person } from '../people';
import { GIVE_BACK_KINDS, type Plan } from '../plan';
import { findJargon, splitSentences, EASY_READ_SENTENCE_WORDS, STANDARD_SENTENCE_WORDS } from '../plainEnglish';
import { arranged, CONSENT_GIVEN, goodPlan, makeBlock, makeNeed, makePerson, paidAgreed, personNamed } from '../../testing/testPlan';
import { allBlocks, allTexts, findSection, samplePackPlan, topHeadings, walkSections } from '../../testing/packContent';
import { KIND_PICTURE, PICTURE_KEYS_USED } from './easyRead';
import type { PackDocument } from './model';
import { inlineText } from './packText';
import { participantPack } from './participant';
import { isPictogramKey } from './pictograms';

function expectHeadingsNeverSkip(doc: PackDocument): void {
  for (const { section, parentLevel } of walkSections(doc)) expect(section.level, section.heading).toBe(parentLevel + 1);
}

/** A plan that switches on every fixed sentence: every role, every check, every give-back, hybrid. */
function everythingPlan(): Plan {
  const people: Person[] = PERSON_ROLES.map((role, i) =>
    makePerson(`Person ${i + 1}`, role, {
      coPlans: i % 2 === 0,
      coFacilitates: role === 'facilitator',
      hostsOnline: i === 3,
      contact: role === 'facilitator' ? 'lead@example.org' : '',
    }),
  );
  people.push(makePerson('Pat', 'public_contributor', { payment: { ...paidAgreed(), status: 'declined' } }));
  const yes = { answer: 'yes' as const, note: '' };
  return goodPlan({
    format: 'hybrid',
    people,
    blocks: [...BLOCK_KINDS.map((kind) => makeBlock(kind, { description: '' })), makeBlock('ground_rules', { description: '' })],
    givesBack: [...GIVE_BACK_KINDS],
    givesBackNote: 'A place on the advisory group.',
    venueChecks: Object.fromEntries(VENUE_CHECKS.map((c) => [c, yes])),
    onlineChecks: Object.fromEntries(ONLINE_CHECKS.map((c) => [c, yes])),
  });
}

/** A plan with nothing but a title and a start time. */
function barePlan(): Plan {
  return goodPlan({
    purpose: '',
    whatCouldChange: '',
    followUp: '',
    date: null,
    endTime: null,
    venueName: '',
    venueAddress: '',
    expectedParticipants: null,
    givesBack: [],
    blocks: [],
    people: [],
  });
}

describe('participant pack', () => {
  it('has a title page with the date and weekday, the times and the place', () => {
    const doc = participantPack(goodPlan(), 'standard');
    expect(doc.kind).toBe('participant');
    expect(doc.format).toBe('standard');
    expect(doc.title).toBe('Shaping our next study');
    expect(doc.titleLines).toEqual(['Wednesday 12 May 2027', '10:00 to 14:30', 'Riverside Community Hall']);
    expect(doc.footer).toContain('Shaping our next study');
    expect(doc.credits).toEqual([]);
  });

  it('gives the agenda’s real end when it runs past the intended end, in every format', () => {
    const plan = goodPlan({ endTime: '14:00' }); // the agenda runs to 14:30
    for (const format of PACK_FORMATS) {
      const doc = participantPack(plan, format);
      const texts = allTexts(doc).join(' ');
      // Easy Read says the times as people say them.
      expect(doc.titleLines.join(' ')).toContain(
        format === 'easy_read' ? '10 o’clock in the morning to half past 2 in the afternoon' : '10:00 to 14:30',
      );
      expect(texts).not.toContain('14:00');
      expect(texts).not.toMatch(/(^|[^1])2 o’clock/);
    }
    const table = findSection(participantPack(plan, 'standard'), 'The day')!.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no agenda table');
    expect(table.rows.at(-1)).toEqual(['14:30', [{ text: 'We finish.', bold: true }]]);
  });

  it('gives the agenda’s real end when it ends before the intended end: the pack says the time the plan keeps', () => {
    expect(participantPack(goodPlan(), 'standard').titleLines[1]).toBe('10:00 to 14:30');
  });

  it('ends at the agenda’s own end when the plan has no end time', () => {
    expect(participantPack(goodPlan({ endTime: null }), 'standard').titleLines[1]).toBe('10:00 to 14:30');
  });

  it('says "Online" for an online plan, and both places for a hybrid one', () => {
    expect(participantPack(goodPlan({ format: 'online' }), 'standard').titleLines).toContain('Online');
    expect(participantPack(goodPlan({ format: 'hybrid' }), 'standard').titleLines).toContain('Riverside Community Hall, or online');
    const online = participantPack(goodPlan({ format: 'online', onlineChecks: { captions: { answer: 'yes', note: '' } } }), 'standard');
    expect(topHeadings(online)).toContain('Joining online');
    expect(allTexts(online).join('\n')).toContain('Live captions are on');
  });

  it('reads in the order people need it, with every section for the good plan', () => {
    expect(topHeadings(participantPack(goodPlan(), 'standard'))).toEqual([
      'Welcome',
      'Why we are meeting',
      'The day',
      'What to expect',
      'Our agreement',
      'Who will be there',
      'Getting there and access',
      'Payment and expenses',
      'What happens afterwards',
      'Questions or worries',
      'Other formats',
    ]);
  });

  it('tells someone in a hybrid session whether they join in the room or online, with only the text that matches', () => {
    const plan = goodPlan({ format: 'hybrid' });
    const joe = { ...personNamed(plan, 'Joe'), takesPart: 'online' as const };
    const there = (person: Person) => allTexts(participantPack(plan, 'standard', { person })).join('\n');
    expect(there(joe)).toContain('You will join online.');
    expect(there(joe)).not.toContain('Riverside Community Hall, 12 Mill Lane');
    expect(there(joe)).not.toContain('What to bring');
    expect(there(personNamed(plan, 'Amara'))).toContain('You will join us in the room.');
    expect(there(personNamed(plan, 'Amara'))).not.toMatch(/join online|the link/);
    expect(findSection(participantPack(plan, 'standard'), 'Joining online')!.level).toBe(2);
  });

  it('lays out the day as a table with clock times, bold block names and plain descriptions', () => {
    const doc = participantPack(goodPlan(), 'large_print');
    const table = findSection(doc, 'The day')!.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no agenda table');
    expect(table.header).toEqual(['Time', 'What we do']);
    expect(table.rows[0]![0]).toBe('10:00');
    expect(table.rows[0]![1]).toEqual([
      { text: 'Welcome.', bold: true },
      { text: ' We say hello and what today is for. You can step out at any time.' },
    ]);
    const lunch = table.rows.find((r) => inlineText(r[1]!).startsWith('Lunch'))!;
    expect(lunch[0]).toBe('12:30');
    // The break has no description, so it says what a break is.
    expect(table.rows.some((r) => inlineText(r[1]!) === 'Break. Time for a drink, a stretch or some fresh air.')).toBe(true);
    expect(table.rows.at(-1)).toEqual(['14:30', [{ text: 'We finish.', bold: true }]]);
  });

  it('tells people what to expect: breaks, stepping out, nobody has to speak, what to bring', () => {
    const text = allTexts(participantPack(goodPlan(), 'standard')).join('\n');
    expect(text).toContain('There is a break at');
    expect(text).toContain('We eat together at 12:30.');
    expect(text).toContain('You can step out at any time.');
    expect(text).toContain('Nobody has to speak.');
    expect(text).toContain('What to bring:');
  });

  it('uses the sample plan’s own words: venue checks, agreement and what people get back', () => {
    const plan = samplePackPlan();
    const doc = participantPack(plan, 'standard');
    expect(doc.titleLines).toEqual(['Wednesday 31 March 2027', '10:00 to 13:45', 'Riverside Community Centre, Room 2 (ground floor)']);
    const text = allTexts(doc).join('\n');
    expect(text).toContain('14 Mill Lane, Anytown, AN1 2YZ');
    expect(text).toContain('The number 12 bus stops outside.');
    expect(text).toContain('A ramp at the main door on Mill Lane.');
    expect(text).toContain('Switch it on at the panel by the door.');
    expect(text).toContain('one person speaks at a time, no jargon');
    expect(text).toContain('A certificate to say you took part.');
    // Nobody has a rate yet, but hours are planned: the pack still says people are paid.
    expect(text).toContain('We pay people who give their time');
    expect(text).toContain('benefits adviser');
    // "Lift: not needed" is not a "yes", so it is not listed as a feature.
    expect(text).not.toContain('A lift to every floor');
  });

  it('names the people running the day and describes everyone else by role', () => {
    const base = goodPlan();
    const plan = { ...base, people: [...base.people, makePerson('Zainab', 'public_contributor'), makePerson('Ola', 'practitioner')] };
    const who = findSection(participantPack(plan, 'standard'), 'Who will be there')!;
    const text = who.blocks.flatMap((b) => (b.type === 'bullets' ? b.items.map(inlineText) : b.type === 'paragraph' ? [inlineText(b.text)] : []));
    expect(text).toContain('About 14 people will be there.');
    expect(text.some((t) => t.startsWith('Amara: A patient or member of the public. Helped plan the day and helps run the day.'))).toBe(true);
    expect(text).toContain('Sam: A facilitator. Helps run the day.');
    expect(text).toContain('Joe: A carer. Leads part of the day.');
    expect(text.join('\n')).not.toContain('Zainab');
    expect(text.join('\n')).not.toContain('Ola');
    expect(text).toContain('Also taking part: a patient or member of the public and a health or care worker.');
  });

  it('opens with "Dear Amara," when made for Amara, and shows her own payment', () => {
    const plan = goodPlan();
    const amara = personNamed(plan, 'Amara');
    for (const format of PACK_FORMATS) {
      const doc = participantPack(plan, format, { person: amara });
      const welcome = doc.sections[0]!;
      expect(welcome.blocks[0]).toEqual({ type: 'paragraph', text: 'Dear Amara,' });
    }
    const doc = participantPack(plan, 'standard', { person: amara });
    expect(doc.titleLines).toContain('A pack for Amara');
    const own = findSection(doc, 'Your payment')!;
    expect(own.level).toBe(1);
    expect(allTexts({ ...doc, sections: [own] }).join('\n')).toContain(
      `We agreed to pay you ${formatPence(feePence(amara.payment))} for 8 hours of your time.`,
    );
    expect(JSON.stringify(participantPack(plan, 'standard'))).not.toContain('Dear');
  });

  it('never carries another person’s access needs, contact details or payment, in any format', () => {
    const secret = (what: string) => `SECRET-${what}-4471`;
    const plan = goodPlan();
    const joe = personNamed(plan, 'Joe');
    const priya = personNamed(plan, 'Priya');
    const others: Person[] = [
      {
        ...joe,
        contact: secret('joe-contact'),
        pronouns: 'he/him',
        consent: CONSENT_GIVEN,
        accessNeeds: [makeNeed('sign_language', arranged({ how: secret('joe-how'), owner: secret('joe-owner') }), secret('joe-need'))],
        payment: paidAgreed({
          rate: { name: secret('rate-name'), amountPence: 3137, unit: 'hour', source: secret('rate-source'), asOf: '2027-01-10' },
          expenses: [{ id: 'e1', kind: 'travel', note: secret('joe-expense'), amountPence: 12345 }],
          notes: secret('joe-payment-notes'),
        }),
      },
      // A researcher who plans the day: named in the pack, but their contact and needs stay out.
      { ...priya, contact: secret('priya-contact'), consent: CONSENT_GIVEN, accessNeeds: [makeNeed('quiet_room', {}, secret('priya-need'))] },
      makePerson('Dee', 'carer', { contact: secret('dee-contact'), coFacilitates: true, payment: paidAgreed({ notes: secret('dee-notes') }) }),
    ];
    const amara = { ...personNamed(plan, 'Amara'), consent: CONSENT_GIVEN, accessNeeds: [makeNeed('step_free', {}, secret('amara-own-need'))] };
    const sam = { ...personNamed(plan, 'Sam'), contact: 'sam@example.org' };
    const full = { ...plan, people: [amara, sam, ...others] };
    const joeFee = formatPence(feePence(others[0]!.payment));
    for (const format of PACK_FORMATS) {
      for (const person of [amara, undefined]) {
        const json = JSON.stringify(participantPack(full, format, person ? { person } : {}));
        expect(json).not.toMatch(/SECRET/);
        expect(json).not.toContain(joeFee);
        expect(json).not.toContain('£123.45');
        expect(json).not.toContain('BSL');
      }
    }
    // The facilitator's contact details are how people ask questions, so they are there.
    expect(JSON.stringify(participantPack(full, 'standard'))).toContain('sam@example.org');
  });

  it('leaves out sections that have nothing to say', () => {
    const doc = participantPack(barePlan(), 'standard');
    expect(topHeadings(doc)).toEqual(['Welcome', 'What to expect', 'Questions or worries', 'Other formats']);
    expect(doc.titleLines).toEqual(['From 10:00']);
    for (const { section } of walkSections(doc)) expect(section.blocks.length + (section.sections?.length ?? 0)).toBeGreaterThan(0);
    const easy = participantPack(barePlan(), 'easy_read');
    expect(topHeadings(easy)).not.toContain('The day');
    expect(topHeadings(easy)).not.toContain('Money');
  });

  it('explains the jargon the plan uses, in a glossary', () => {
    const doc = participantPack(goodPlan({ purpose: 'Our PPI group wants to shape the next study.' }), 'dyslexia');
    const words = findSection(doc, 'Words we use')!;
    const list = words.blocks.find((b) => b.type === 'bullets');
    if (list?.type !== 'bullets') throw new Error('no glossary list');
    expect(list.items[0]).toEqual([{ text: 'PPI', bold: true }, { text: ' means public involvement.' }]);
  });

  it('never skips a heading level, in any format', () => {
    for (const plan of [goodPlan(), samplePackPlan(), everythingPlan(), barePlan()]) {
      for (const format of PACK_FORMATS) expectHeadingsNeverSkip(participantPack(plan, format, { person: plan.people[0] }));
    }
  });

  it('uses no jargon and no overlong sentences in its own words', () => {
    const plan = everythingPlan();
    for (const format of PACK_FORMATS) {
      for (const person of [undefined, plan.people[0], plan.people.at(-1)]) {
        const doc = participantPack(plan, format, { person });
        // The credits name the picture set's licence, which is not the pack's own words.
        const texts = allTexts({ ...doc, credits: [] });
        for (const text of texts) {
          expect(
            findJargon(text).map((m) => m.match),
            text,
          ).toEqual([]);
          for (const s of splitSentences(text)) expect(s.words, s.text).toBeLessThanOrEqual(STANDARD_SENTENCE_WORDS);
        }
      }
    }
  });

  it('says other formats are available, and how to ask', () => {
    for (const format of PACK_FORMATS) {
      const last = participantPack(goodPlan(), format).sections.at(-1)!;
      expect(last.heading).toBe('Other formats');
    }
    const base = goodPlan();
    const plan = { ...base, people: base.people.map((p) => (p.name === 'Sam' ? { ...p, contact: 'sam@example.org' } : p)) };
    expect(allTexts(participantPack(plan, 'standard')).join('\n')).toContain(
      'This pack is available in large print, Easy Read, dyslexia-friendly and standard print. To ask for one, contact Sam',
    );
  });
});

describe('Easy Read participant pack', () => {
  const formats: PackFormat[] = ['easy_read'];

  it('keeps every sentence to 15 words or fewer, in every idea and paragraph', () => {
    for (const plan of [goodPlan(), samplePackPlan(), everythingPlan(), barePlan()]) {
      for (const person of [undefined, ...plan.people]) {
        for (const format of formats) {
          const doc = participantPack(plan, format, { person });
          for (const block of allBlocks(doc)) {
            if (block.type !== 'idea' && block.type !== 'paragraph') continue;
            for (const s of splitSentences(inlineText(block.text))) expect(s.words, s.text).toBeLessThanOrEqual(EASY_READ_SENTENCE_WORDS);
          }
          for (const text of allTexts({ ...doc, credits: [] }))
            expect(
              findJargon(text).map((m) => m.match),
              text,
            ).toEqual([]);
        }
      }
    }
  });

  it('puts a picture with alt text beside each idea, from the pictogram set, and credits it', () => {
    const doc = participantPack(samplePackPlan(), 'easy_read');
    const ideas = allBlocks(doc).filter((b) => b.type === 'idea');
    expect(ideas.length).toBeGreaterThan(20);
    for (const idea of ideas) {
      if (idea.type !== 'idea') continue;
      expect(isPictogramKey(idea.picture.key)).toBe(true);
      expect(PICTURE_KEYS_USED).toContain(idea.picture.key);
      expect(idea.picture.alt.length).toBeGreaterThan(2);
    }
    for (const key of PICTURE_KEYS_USED) expect(isPictogramKey(key), key).toBe(true);
    expect(doc.credits.join(' ')).toContain('OpenMoji');
  });

  it('shows each block with its clock time, its Easy Read words, and a picture for its kind', () => {
    const plan = goodPlan();
    plan.blocks[0] = { ...plan.blocks[0]!, easyRead: 'We say hello. Amara tells you about the day.' };
    // Too long for Easy Read: the block falls back to the words for its kind.
    plan.blocks[1] = { ...plan.blocks[1]!, easyRead: 'We go round the room and everyone says their name and one word about how they are feeling.' };
    const day = findSection(participantPack(plan, 'easy_read'), 'The day')!;
    const ideas = day.blocks.filter((b) => b.type === 'idea');
    expect(ideas[0]).toEqual({
      type: 'idea',
      picture: { key: KIND_PICTURE.welcome, alt: expect.any(String) },
      text: [{ text: '10 o’clock in the morning.', bold: true }, { text: ' We say hello. Amara tells you about the day.' }],
    });
    // Its description is short and plain, so that is used before the words for its kind.
    expect(ideas[1]).toMatchObject({
      text: [{ text: '10 past 10.', bold: true }, { text: ' Say your name and one word about how you are. You can pass.' }],
    });
    expect(ideas.at(-1)).toMatchObject({ picture: { key: 'goodbye' }, text: [{ text: 'Half past 2.', bold: true }, { text: ' The meeting ends.' }] });
  });

  it('stays short for a full day: about one idea a block and some fixed ones', () => {
    const blocks = Array.from({ length: 20 }, (_, i) => makeBlock(BLOCK_KINDS[i % BLOCK_KINDS.length]!, { durationMinutes: 20 }));
    const doc = participantPack(everythingPlan(), 'easy_read');
    const full = participantPack({ ...everythingPlan(), blocks, startTime: '09:00', endTime: '17:00' }, 'easy_read');
    const count = (d: PackDocument) => allBlocks(d).filter((b) => b.type === 'idea').length;
    expect(count(full)).toBeLessThanOrEqual(blocks.length + 45);
    expect(count(doc)).toBeLessThanOrEqual(doc.sections.length * 8);
  });
});
