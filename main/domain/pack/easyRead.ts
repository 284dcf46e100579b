/**
 * The Easy Read participant pack: the same information as the other formats, much shorter, as one
 * idea at a time with a picture on the left and the words on the right (Department of Health,
 * "Making written information easier to understand"). Sentences have 15 words or fewer. The fixed
 * words are written for Easy Read; the facilitator's own words are used only where they are Easy
 * Read already (each block's Easy Read description, or text whose sentences are all short enough).
 * A full-day plan stays well within 24 pages: one idea per block and about fifteen fixed ideas.
 */
import type { BlockKind } from '../blockKinds';
import { LIVED_EXPERIENCE_ROLES, feePence, formatPence, type Person } from '../people';
import type { Plan } from '../plan';
import { EASY_READ_SENTENCE_WORDS, glossaryCandidates, splitSentences } from '../plainEnglish';
import type { Inline, PackBlock, PackDocument, PackSection } from './model';
import { contactPeople, addressLine, clean, dateLine, dayTimes, joinNames, offersFee, paragraphsOf, placeLine, runningPeople, sentence, section } from './packText';
import { OPENMOJI_CREDIT, PICTOGRAMS, type PictogramKey } from './pictograms';

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
  presentation: 'Someone tells us about the project.',
  discussion: 'We talk together.',
  small_groups: 'We talk in small groups.',
  activity: 'We do an activity together.',
  decision: 'We choose together.',
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
  ]),
];

function idea(key: PictogramKey, text: Inline): PackBlock {
  return { type: 'idea', picture: { key, alt: PICTOGRAMS[key].alt }, text };
}

/** True when every sentence of `text` has 15 words or fewer and there are no more than `maxSentences`. */
export function isEasyEnough(text: string, maxSentences = 3): boolean {
  const sentences = splitSentences(text);
  return sentences.length > 0 && sentences.length <= maxSentences && sentences.every((s) => s.words <= EASY_READ_SENTENCE_WORDS);
}

/** The facilitator's text when it is Easy Read already, otherwise the fixed words. */
function easyOr(text: string, fallback: string): string {
  const t = paragraphsOf(text).join(' ');
  return t && isEasyEnough(t) ? t : fallback;
}

/** The Easy Read participant pack. */
export function easyReadPack(plan: Plan, options: { person?: Person | undefined } = {}): PackDocument {
  const person = options.person;
  const name = person ? clean(person.name) : '';
  const times = dayTimes(plan);
  const title = clean(plan.title) || 'Our meeting';
  const online = plan.format === 'online';

  // About the meeting
  const about: PackBlock[] = [];
  if (name) about.push({ type: 'paragraph', text: `Dear ${name},` });
  about.push(idea('welcome', 'Thank you for coming to our meeting.'));
  const date = dateLine(plan);
  if (date) about.push(idea('calendar', `The meeting is on ${date}.`));
  about.push(idea('clock', times.hasEnd && times.end ? `It starts at ${times.start}. It ends at ${times.end}.` : `It starts at ${times.start}.`));
  const place = placeLine(plan);
  if (online) about.push(idea('computer', 'The meeting is online.'));
  else if (place) about.push(idea('building', `The meeting is at ${place}.`));

  // Why we are meeting
  const why: PackBlock[] = [
    idea('think', easyOr(plan.purpose, 'We want to hear what you think.')),
    idea('idea', easyOr(plan.whatCouldChange, 'Your ideas can change what we do next.')),
  ];
  if (plan.givesBack.includes('feedback')) why.push(idea('star', 'We will tell you what changed because of you.'));

  // The day: one idea for each block, with its clock time.
  const day: PackBlock[] = times.rows.map(({ block, start }) => {
    const words = easyOr(block.easyRead, KIND_EASY_READ[block.kind]);
    return idea(KIND_PICTURE[block.kind], start ? [{ text: start, bold: true }, { text: ` ${words}` }] : words);
  });
  if (day.length > 0 && times.hasEnd) day.push(idea('goodbye', [{ text: times.end, bold: true }, { text: ' The meeting ends.' }]));

  // On the day
  const expect: PackBlock[] = [
    idea('coffee', 'There are breaks. You can have a break at any time.'),
    idea('step-out', 'You can leave the room at any time.'),
    idea('listen', 'You do not have to talk. You can just listen.'),
    idea('help', 'You can ask for help at any time.'),
    idea('bring', online ? 'Bring your phone, tablet or computer.' : 'Bring your glasses or hearing aids if you use them.'),
  ];

  // Our agreement
  const agreement: PackBlock[] = plan.blocks.some((b) => b.kind === 'ground_rules')
    ? [idea('agreement', 'We agree how we work together.'), idea('respect', 'We listen to each other and are kind.')]
    : [];

  // Who will be there
  const who: PackBlock[] = [];
  if (plan.expectedParticipants !== null && plan.expectedParticipants > 1) who.push(idea('group', `About ${plan.expectedParticipants} people will come.`));
  const runners = runningPeople(plan.people).map((p) => clean(p.name)).filter(Boolean);
  if (runners.length > 0) who.push(idea('team', runners.length <= 3 ? `${joinNames(runners)} will run the meeting.` : 'Our team will run the meeting.'));

  // Getting there
  const there: PackBlock[] = [];
  if (!online) {
    const address = addressLine(plan.venueAddress);
    if (address) there.push(idea('location', `The address is ${sentence(address)}`));
    const yes = (c: keyof Plan['venueChecks']) => plan.venueChecks[c]?.answer === 'yes';
    if (yes('public_transport')) there.push(idea('bus', 'There is a bus or train stop nearby.'));
    if (yes('parking')) there.push(idea('parking', 'There is parking near the door.'));
    if (yes('step_free_entrance')) there.push(idea('wheelchair', 'You do not need to use steps to get in.'));
    if (yes('lift')) there.push(idea('lift', 'There is a lift.'));
    if (yes('accessible_toilet')) there.push(idea('toilet', 'There is an accessible toilet.'));
    if (yes('hearing_loop')) there.push(idea('hearing-loop', 'There is a hearing loop.'));
    if (yes('quiet_room')) there.push(idea('quiet', 'There is a quiet room if you need a rest.'));
  }
  if (plan.format !== 'in_person') {
    there.push(idea('computer', 'We will send you the link to join online.'));
    if (plan.onlineChecks.captions?.answer === 'yes') there.push(idea('captions', 'You can read what people say on the screen.'));
    if (plan.onlineChecks.phone_dial_in?.answer === 'yes') there.push(idea('phone-call', 'You can join by phone.'));
  }

  // Money
  const money: PackBlock[] = [];
  const paysFees = plan.people.some((p) => LIVED_EXPERIENCE_ROLES.has(p.role) && offersFee(p));
  const paysExpenses = paysFees || plan.people.some((p) => p.payment.expenses.length > 0);
  const ownFee = person && person.payment.status !== 'declined' ? feePence(person.payment) : 0;
  if (ownFee > 0) money.push(idea('money', `We will pay you ${formatPence(ownFee)} for your time.`));
  else if (paysFees) money.push(idea('money', 'We pay you for your time.'));
  if (paysExpenses) money.push(idea('receipt', 'We pay for your travel. Keep your tickets.'));
  if (paysFees || ownFee > 0) money.push(idea('information', 'Money can change your benefits. We can help you ask about this.'));

  // Words, from the Easy Read text this pack uses
  const words = glossaryCandidates([plan.title, ...plan.blocks.map((b) => b.easyRead)])
    .filter((e) => isEasyEnough(`${e.term} means ${e.plain}.`, 1))
    .map((e) => idea('words', [{ text: e.term, bold: true }, { text: ` means ${sentence(e.plain)}` }]));

  // Questions
  const contacts = contactPeople(plan.people);
  const questions: PackBlock[] = [idea('question', 'Ask us if you have a question.'), idea('worry', 'Tell us if something worries you.')];
  for (const p of contacts.slice(0, 3)) questions.push(idea('phone', [{ text: clean(p.name), bold: true }, { text: `: ${clean(p.contact).replace(/\s*\n\s*/g, ', ')}` }]));

  const formats: PackBlock[] = [
    idea('document', 'You can have this in large print or standard print too.'),
    idea('question', contacts.length > 0 ? `Ask ${clean(contacts[0]!.name)} for a copy.` : 'Ask the person who sent you this.'),
  ];

  const sections = [
    section(1, 'About the meeting', about),
    section(1, 'Why we are meeting', why),
    section(1, 'The day', day),
    section(1, 'On the day', expect),
    section(1, 'Our agreement', agreement),
    section(1, 'Who will be there', who),
    section(1, 'Getting there', there),
    section(1, 'Money', money),
    section(1, 'Words we use', words),
    section(1, 'Questions', questions),
    section(1, 'Other formats', formats),
  ].filter((s): s is PackSection => s !== null);

  return {
    kind: 'participant',
    format: 'easy_read',
    title,
    titleLines: [date, times.hasEnd && times.end ? `${times.start} to ${times.end}` : `From ${times.start}`, place, name ? `For ${name}` : null].filter(
      (l): l is string => l !== null,
    ),
    sections,
    footer: `${title} – Easy Read`,
    credits: [OPENMOJI_CREDIT],
  };
}
