/**
 * The Easy Read participant pack: the same information as the other formats, much shorter, as one
 * idea at a time with a picture on the left and the words on the right (Department of Health,
 * "Making written information easier to understand"). Sentences have 15 words or fewer. The fixed
 * words are written for Easy Read; the facilitator's own words are used only where they are Easy
 * Read already (each block's Easy Read description, or text whose sentences are all short enough).
 * A full-day plan stays well within 24 pages: one idea per block and about fifteen fixed ideas.
 */
import type { BlockKind } from '../blockKinds';
import { greetingName, LIVED_EXPERIENCE_ROLES, type Person } from '../people';
import { takesPartIn, type Block, type Plan } from '../plan';
import { findJargon, glossaryCandidates } from '../plainEnglish';
import { participantContact } from './contact';
import { isEasyEnough, passesEasyReadChecks } from './easyWords';
import type { Inline, PackBlock, PackDocument, PackSection } from './model';
import { addressLine, clean, dateLine, dayTimes, offersFee, paragraphsOf, placeLine, sentence, section } from './packText';
import {
  afterwardsStatements,
  arrangementStatements,
  contactStatements,
  decisionStatement,
  isNamedInPacks,
  moneyStatements,
  onlineHelpStatements,
  roleStatements,
  runnersStatement,
  takingPartStatements,
  venueStatements,
  type Said,
} from './personal';
import { PICTOGRAMS, type PictogramKey } from './pictograms';
import { partOfDay, spokenTime } from './spokenTime';
import { parseClockTime, isClockTime } from '../time';

export { isEasyEnough } from './easyWords';

/** The credit for the pictures, in plain words (OpenMoji's pictures are free to share: CC BY-SA 4.0). */
export const EASY_READ_CREDIT = 'Pictures by OpenMoji. You may share them. See openmoji.org.';

/** The picture for each kind of block. */
export const KIND_PICTURE: Record<BlockKind, PictogramKey> = {
  welcome: 'welcome',
  check_in: 'hello',
  relationship_building: 'pair',
  ground_rules: 'agreement',
  presentation: 'listen',
  discussion: 'talk',
  small_groups: 'group',
  activity: 'idea',
  decision: 'vote',
  break: 'coffee',
  meal: 'lunch',
  reflection: 'think',
  close: 'goodbye',
  other: 'clock',
};

/** What each kind of block is in Easy Read, when the block has no Easy Read description of its own. */
export const KIND_EASY_READ: Record<BlockKind, string> = {
  welcome: 'We say hello.',
  check_in: 'We say how we feel today.',
  relationship_building: 'We get to know each other.',
  ground_rules: 'We agree how we work together.',
  presentation: 'Someone tells us about the work.',
  discussion: 'We talk together.',
  small_groups: 'We talk in small groups.',
  activity: 'We do an activity together.',
  // Who chooses is said from the block's deciders (decisionStatement); this is for a block without any.
  decision: 'We talk about a choice.',
  break: 'We have a break.',
  meal: 'We eat together.',
  reflection: 'We say how the day went.',
  close: 'We say thank you and goodbye.',
  other: 'We do the next part of the day.',
};

/** Every picture key the Easy Read pack can use; pictograms.ts has a picture for each (the type checks it). */
export const PICTURE_KEYS_USED: readonly PictogramKey[] = [
  ...new Set<PictogramKey>([
    ...Object.values(KIND_PICTURE),
    'calendar',
    'clock',
    'building',
    'computer',
    'think',
    'idea',
    'star',
    'coffee',
    'step-out',
    'listen',
    'help',
    'team',
    'bring',
    'agreement',
    'respect',
    'group',
    'location',
    'bus',
    'parking',
    'wheelchair',
    'lift',
    'toilet',
    'hearing-loop',
    'quiet',
    'captions',
    'phone',
    'phone-call',
    'money',
    'receipt',
    'information',
    'question',
    'worry',
    'document',
    'words',
    'goodbye',
    'thumbs-up',
    'stairs',
    'email',
    'vote',
    'write',
    'talk',
    'lunch',
    'post',
    'certificate',
  ]),
];

function idea(key: PictogramKey, text: Inline): PackBlock {
  return { type: 'idea', picture: { key, alt: PICTOGRAMS[key].alt }, text };
}

/** The facilitator's text when it passes the Easy Read checks, otherwise null. */
function easyText(text: string): string | null {
  const t = paragraphsOf(text).join(' ');
  return t && passesEasyReadChecks(t) ? t : null;
}

/** The facilitator's text when it passes the Easy Read checks, otherwise the fixed words. */
function easyOr(text: string, fallback: string): string {
  return easyText(text) ?? fallback;
}

const ideas = (said: readonly Said[]): PackBlock[] => said.map((x) => idea(x.picture, x.easy));

/** Who leads a block, as a pack may say it: "You", their name, or null when not named. */
function leadWord(plan: Plan, block: Block, reader: Person | undefined): { who: string; you: boolean } | null {
  if (block.leadPersonId === null) return null;
  if (block.leadPersonId === reader?.id) return { who: 'You', you: true };
  const lead = plan.people.find((p) => p.id === block.leadPersonId);
  return lead && isNamedInPacks(plan, lead) ? { who: clean(lead.name), you: false } : null;
}

/**
 * An agenda line that says something: the block's Easy Read text, else its description, when they
 * pass the Easy Read checks; else who decides (a decision), or the block's name and what happens in
 * it, with who leads it. So no two parts of the day read the same.
 */
export function easyAgendaLine(plan: Plan, block: Block, reader?: Person): string {
  const own = easyText(block.easyRead) ?? easyText(block.description);
  if (own) return own;
  const lead = leadWord(plan, block, reader);
  const title = clean(block.title);
  const name = title && passesEasyReadChecks(title, 1) && title.toLowerCase() !== block.kind.replace('_', ' ') ? `${sentence(title)} ` : '';
  if (block.kind === 'decision') {
    const decides = decisionStatement(plan, block, reader);
    return `${name}${decides ? decides.easy : KIND_EASY_READ.decision}`;
  }
  if (block.kind === 'presentation' && lead) return `${name}${lead.who} ${lead.you ? 'tell' : 'tells'} us about the work.`;
  if (block.kind === 'welcome' && lead) return `${name}${lead.who} ${lead.you ? 'say' : 'says'} hello.`;
  const leads = lead ? ` ${lead.who} ${lead.you ? 'lead' : 'leads'} this.` : '';
  return `${name}${KIND_EASY_READ[block.kind]}${leads}`;
}

/** "10 o'clock in the morning" for the first time and whenever the part of the day changes; "half past 2" otherwise. */
function spokenTimes(starts: readonly string[]): string[] {
  let last: string | null = null;
  return starts.map((t) => {
    if (!isClockTime(t)) return t;
    const part = partOfDay(parseClockTime(t));
    const said = spokenTime(t, part !== last);
    last = part;
    return said;
  });
}

/** Each glossary entry as a whole sentence that passes the Easy Read checks: “PPI” means “public involvement”. */
function glossarySentences(texts: readonly string[]): { term: string; text: string }[] {
  return glossaryCandidates(texts)
    .filter((e) => findJargon(e.plain).length === 0)
    .map((e) => ({ term: e.term, text: `means “${e.plain.replace(/[.]$/, '')}”.` }))
    .filter((e) => isEasyEnough(`“${e.term}” ${e.text}`, 1));
}

/** The Easy Read participant pack. */
export function easyReadPack(plan: Plan, options: { person?: Person | undefined } = {}): PackDocument {
  const person = options.person;
  const times = dayTimes(plan);
  const title = clean(plan.title) || 'Our meeting';
  const part = person ? takesPartIn(plan, person) : null;
  const remote = part === null ? plan.format === 'online' : part !== 'in_room';

  // About the meeting
  const about: PackBlock[] = [];
  if (person && greetingName(person)) about.push({ type: 'paragraph', text: `Dear ${greetingName(person)},` });
  about.push(idea('welcome', 'Thank you for coming to our meeting.'));
  const date = dateLine(plan);
  if (date) about.push(idea('calendar', `The meeting is on ${date}.`));
  const [startSaid, endSaid] = [spokenTime(times.start, true), spokenTime(times.end, true)];
  about.push(idea('clock', times.hasEnd && times.end ? `It starts at ${startSaid}. It ends at ${endSaid}.` : `It starts at ${startSaid}.`));
  const place = placeLine(plan);
  // Someone joining from elsewhere reads how, once, under "Joining online" or "Joining by phone".
  if (plan.format === 'online' && part === null) about.push(idea('computer', 'The meeting is online.'));
  else if (part === 'in_room' || part === null) {
    const where = part === 'in_room' ? clean(plan.venueName) || place : place;
    if (where) about.push(idea('building', `The meeting is at ${where}.`));
  }

  // Why we are meeting
  const why: PackBlock[] = [
    idea('think', easyOr(plan.purpose, 'We want to hear what you think.')),
    idea('idea', easyOr(plan.whatCouldChange, 'Your ideas can change what we do next.')),
  ];

  // Your part in the day
  const yourPart = person ? ideas(roleStatements(plan, person, (b) => spokenTime(times.rows.find((r) => r.block.id === b.id)?.start ?? ''))) : [];

  // The day: one idea for each block, with the time as people say it.
  const said = spokenTimes([...times.rows.map((r) => r.start), times.end]);
  const day: PackBlock[] = times.rows.map(({ block, start }, i) => {
    const words = easyAgendaLine(plan, block, person);
    return idea(KIND_PICTURE[block.kind], start ? [{ text: `${upperFirst(said[i]!)}.`, bold: true }, { text: ` ${words}` }] : words);
  });
  if (day.length > 0 && times.hasEnd)
    day.push(idea('goodbye', [{ text: `${upperFirst(said.at(-1)!)}.`, bold: true }, { text: ' The meeting ends.' }]));

  // On the day
  const expect: PackBlock[] = [
    idea('coffee', 'There are breaks. You can have a break at any time.'),
    idea('step-out', remote ? 'You can stop and come back at any time.' : 'You can leave the room at any time.'),
    idea('listen', 'You do not have to talk. You can just listen.'),
    idea('help', 'You can ask for help at any time.'),
    idea(
      'bring',
      part === 'phone'
        ? 'Have your phone ready.'
        : remote
          ? 'Have your phone, tablet or computer ready.'
          : 'Bring your glasses or hearing aids if you use them.',
    ),
  ];

  // Our agreement
  const agreement: PackBlock[] = plan.blocks.some((b) => b.kind === 'ground_rules')
    ? [idea('agreement', 'We agree how we work together.'), idea('respect', 'We listen to each other and are kind.')]
    : [];

  // Who will be there
  const who: PackBlock[] = [];
  if (plan.expectedParticipants !== null && plan.expectedParticipants > 1)
    who.push(idea('group', `About ${plan.expectedParticipants} people will come.`));
  const runners = runnersStatement(plan, person);
  if (runners) who.push(idea(runners.picture, runners.easy));

  // Getting there, or joining
  const there: PackBlock[] = [];
  if (person) there.push(...ideas(takingPartStatements(plan, person)));
  if (part === 'in_room' || (part === null && plan.format !== 'online')) {
    const address = addressLine(plan.venueAddress);
    if (address) there.push(idea('location', `The address is ${sentence(address)}`));
    there.push(...ideas(venueStatements(plan, person)));
  }
  if (part === null && plan.format !== 'in_person') {
    there.push(idea('computer', 'We will send you the link to join online.'), ...ideas(onlineHelpStatements(plan)));
  }
  const arrangements = ideas(arrangementStatements(plan, person));

  // Money
  const money: PackBlock[] = [];
  if (person) money.push(...ideas(moneyStatements(plan, person).said));
  else {
    const paysFees = plan.people.some((p) => LIVED_EXPERIENCE_ROLES.has(p.role) && offersFee(p));
    if (paysFees)
      money.push(
        idea('money', 'We pay people for their time.'),
        idea('information', 'Money can change your benefits. We can help you ask about this.'),
      );
    if (paysFees || plan.people.some((p) => p.payment.expenses.length > 0))
      money.push(idea('receipt', 'We pay back costs we agreed with you. Keep your receipts.'));
  }

  // After the meeting
  const after = ideas(afterwardsStatements(plan));

  // Words, from the Easy Read text this pack uses: each a whole sentence that passes the checks.
  const words = glossarySentences([plan.title, ...plan.blocks.map((b) => b.easyRead)]).map((e) =>
    idea('words', [{ text: `“${e.term}”`, bold: true }, { text: ` ${e.text}` }]),
  );

  // Questions
  const contact = participantContact(plan);
  const questions: PackBlock[] = [idea('question', 'Ask us if you have a question.'), idea('worry', 'Tell us if something worries you.')];
  const contactSaid = contactStatements(plan, person);
  questions.push(...ideas(contactSaid.slice(1)));

  const formats: PackBlock[] = [
    idea('document', 'You can have this in large print or standard print too.'),
    idea('question', contact && contact.id !== person?.id ? `Ask ${clean(contact.name)} for a copy.` : 'Ask the person who sent you this.'),
  ];

  const sections = [
    section(1, 'About the meeting', about),
    section(1, 'Why we are meeting', why),
    section(1, 'Your part', yourPart),
    section(1, 'The day', day),
    section(1, 'On the day', expect),
    section(1, 'Our agreement', agreement),
    section(1, 'Who will be there', who),
    section(1, part === 'phone' ? 'Joining by phone' : part === 'online' ? 'Joining online' : 'Getting there', there),
    section(1, 'What we are arranging for you', arrangements),
    section(1, 'Money', money),
    section(1, 'After the meeting', after),
    section(1, 'Words we use', words),
    section(1, 'Questions', questions),
    section(1, 'Other formats', formats),
  ].filter((s): s is PackSection => s !== null);

  const name = person ? clean(person.name) : '';
  const timeLine = times.hasEnd && times.end ? `${startSaid} to ${endSaid}` : `From ${startSaid}`;
  return {
    kind: 'participant',
    format: 'easy_read',
    title,
    titleLines: [date, upperFirst(timeLine), place, name ? `For ${name}` : null].filter((l): l is string => l !== null),
    sections,
    footer: `${title} – Easy Read`,
    credits: [EASY_READ_CREDIT],
  };
}

const upperFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
