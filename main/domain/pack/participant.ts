/**
 * The participant pack's content: what someone coming to the workshop holds in their hands. Warm,
 * plain, "you" and "we", the most useful thing first. Each section appears only when the plan has
 * something to say in it, and everything it says comes from the plan's data (personal.ts): made
 * for one person, it speaks to them about their own arrangements, joining, part, money and contact.
 *
 * Privacy (PRODUCT.md): a participant pack never carries anyone's access needs, contact details or
 * payment, except the reader's own when the pack is made for them, and the email and phone of the
 * plan's contact for participants (contact.ts).
 */
import type { PackFormat } from '../access';
import type { BlockKind } from '../blockKinds';
import { greetingName, LIVED_EXPERIENCE_ROLES, type Person, type PersonRole } from '../people';
import { takesPartIn, type Block, type Plan } from '../plan';
import { glossaryCandidates, type GlossaryEntry } from '../plainEnglish';
import { participantContact } from './contact';
import { easyReadPack } from './easyRead';
import type { Inline, PackBlock, PackDocument, PackSection } from './model';
import {
  addressLine,
  clean,
  dateLine,
  dayTimes,
  joinNames,
  offersFee,
  paragraphsOf,
  placeLine,
  section,
  sentence,
  timeLine,
  type DayTimes,
} from './packText';
import {
  afterwardsStatements,
  arrangementStatements,
  contactStatements,
  decisionStatement,
  isNamedInPacks,
  moneyStatements,
  onlineHelpStatements,
  roleStatements,
  ROLE_WORDS,
  takingPartStatements,
  venueStatements,
  type Said,
} from './personal';

export interface ParticipantPackOptions {
  /** Make the pack for one person: "Dear Amara," and their own payment. */
  person?: Person | undefined;
}

/** What each kind of block is, in a few words, when the facilitator has not described it. */
export const KIND_PARTICIPANT_TEXT: Record<BlockKind, string> = {
  welcome: 'We say hello and what today is for.',
  check_in: 'We each say how we are today. You can pass.',
  relationship_building: 'A chance to get to know each other.',
  ground_rules: 'We agree together how we want to work today.',
  presentation: 'A short talk.',
  discussion: 'We talk together about what we think.',
  small_groups: 'We talk in small groups.',
  activity: 'We do an activity together.',
  // Who decides is said from the block's deciders (decisionStatement); this only names the part.
  decision: 'A decision.',
  break: 'Time for a drink, a stretch or some fresh air.',
  meal: 'We eat together.',
  reflection: 'We look back on the day together.',
  close: 'We say thank you and what happens next.',
  other: 'The next part of the day.',
};

/** Our agreement when the ground rules block does not spell it out: where the group starts from. */
export const DEFAULT_AGREEMENT: readonly string[] = [
  'One person speaks at a time.',
  'Everyone’s experience counts the same.',
  'We use everyday words. Ask if anything is not clear.',
  'It is fine to disagree, kindly.',
  'What people share about their own lives stays in the room.',
  'You can step out or pass at any time.',
];

/** The other formats line every pack carries (PRODUCT.md, all formats). */
export const OTHER_FORMATS_LINE = 'This pack is available in large print, Easy Read, dyslexia-friendly and standard print.';

const para = (text: Inline): PackBlock => ({ type: 'paragraph', text });
const paras = (text: string): PackBlock[] => paragraphsOf(text).map(para);

/** The participant pack for `plan` in `format`; for one person when `options.person` is given. */
export function participantPack(plan: Plan, format: PackFormat, options: ParticipantPackOptions = {}): PackDocument {
  if (format === 'easy_read') return easyReadPack(plan, options);
  const person = options.person;
  const times = dayTimes(plan);
  const title = clean(plan.title) || 'Our workshop';
  const sections = [
    welcomeSection(plan, title, person),
    whySection(plan),
    person ? section(1, 'Your part in the day', saidBullets(roleStatements(plan, person, startOf(times)))) : null,
    daySection(plan, times, person),
    expectSection(plan, times, person),
    agreementSection(plan),
    whoSection(plan),
    person ? takingPartSection(plan, person) : gettingThereSection(plan),
    paymentSection(plan, person),
    afterwardsSection(plan),
    wordsSection(glossaryCandidates(standardTexts(plan))),
    questionsSection(plan, person),
    otherFormatsSection(plan, person),
  ].filter((s): s is PackSection => s !== null);
  return {
    kind: 'participant',
    format,
    title,
    titleLines: titleLines(plan, times, person),
    sections,
    footer: `${title} – information for you`,
    credits: [],
  };
}

/** Date, time, place and (for one person) who the pack is for. */
export function titleLines(plan: Plan, times: DayTimes, person: Person | undefined): string[] {
  const lines: string[] = [];
  const date = dateLine(plan);
  if (date) lines.push(date);
  lines.push(timeLine(times));
  const place = placeLine(plan);
  if (place) lines.push(place);
  if (person && clean(person.name)) lines.push(`A pack for ${clean(person.name)}`);
  return lines;
}

/** Each block's clock time, for "You will lead … at 10:30". */
function startOf(times: DayTimes): (block: Block) => string {
  const starts = new Map(times.rows.map((r) => [r.block.id, r.start]));
  return (block) => starts.get(block.id) ?? '';
}

const saidBullets = (said: readonly Said[]): PackBlock[] => (said.length > 0 ? [{ type: 'bullets', items: said.map((x) => x.text) }] : []);

/** The texts this pack shows, for its glossary. */
export function standardTexts(plan: Plan): string[] {
  const texts = [plan.title, plan.purpose, plan.whatCouldChange, plan.followUp];
  for (const b of plan.blocks) texts.push(b.title, b.description);
  return texts;
}

function welcomeSection(plan: Plan, title: string, person: Person | undefined): PackSection {
  const blocks: PackBlock[] = [];
  if (person && greetingName(person)) blocks.push(para(`Dear ${greetingName(person)},`));
  const remote = person ? takesPartIn(plan, person) !== 'in_room' : plan.format === 'online';
  blocks.push(
    para(`Thank you for joining us for ${title}. We are glad you are coming.`),
    para('Everyone there brings something different. Your experience matters, and we want to hear it.'),
    para(`This pack tells you what will happen on the day, ${remote ? 'how to join' : 'how to get there'}, and who to ask if you have a question.`),
  );
  return { level: 1, heading: 'Welcome', blocks };
}

function whySection(plan: Plan): PackSection | null {
  const change = paras(plan.whatCouldChange);
  const purpose = paras(plan.purpose);
  if (purpose.length === 0) return section(1, 'What could change', change);
  return section(1, 'Why we are meeting', purpose, [section(2, 'What could change', change)]);
}

/** What a block is, for the agenda: its own description, who decides, or a few words for its kind. */
function blockText(plan: Plan, block: Block, person: Person | undefined): string {
  const own = paragraphsOf(block.description).join(' ');
  const decision = block.kind === 'decision' ? decisionStatement(plan, block, person) : null;
  if (decision) return own ? `${sentence(own)} ${decision.text}` : decision.text;
  if (own) return own;
  if (block.kind === 'decision') return clean(block.decision) ? `A decision: ${sentence(clean(block.decision))}` : KIND_PARTICIPANT_TEXT.decision;
  return KIND_PARTICIPANT_TEXT[block.kind];
}

function daySection(plan: Plan, times: DayTimes, person: Person | undefined): PackSection | null {
  if (times.rows.length === 0) return null;
  const rows: Inline[][] = times.rows.map(({ block, start }) => {
    const name = clean(block.title);
    const text = blockText(plan, block, person);
    const what: Inline = name ? [{ text: sentence(name), bold: true }, { text: ` ${text}` }] : text;
    return [start, what];
  });
  if (times.hasEnd) rows.push([times.end, [{ text: 'We finish.', bold: true }]]);
  return {
    level: 1,
    heading: 'The day',
    blocks: [
      para('Here is what we will do, and when. Times are a guide: we may move things a little on the day.'),
      { type: 'table', caption: 'What we do on the day, with times', header: ['Time', 'What we do'], rows, widths: [20, 80] },
    ],
  };
}

function expectSection(plan: Plan, times: DayTimes, person: Person | undefined): PackSection {
  const part = person ? takesPartIn(plan, person) : null;
  const inRoom = part === null ? plan.format !== 'online' : part === 'in_room';
  const items: Inline[] = [];
  const breaks = times.rows.filter((r) => r.block.kind === 'break').map((r) => r.start);
  const meals = times.rows.filter((r) => r.block.kind === 'meal').map((r) => r.start);
  if (breaks.length > 0) items.push(`There ${breaks.length === 1 ? 'is a break' : 'are breaks'} at ${joinNames(breaks)}.`);
  if (meals.length > 0) {
    // Only the people in the room eat together; someone joining from home has a break then.
    if (part !== null && !inRoom) items.push(`There is a break for a meal at ${joinNames(meals)}.`);
    else items.push(`We eat together at ${joinNames(meals)}. Please tell us before the day about anything you cannot eat.`);
  }
  items.push(
    'You can take a break whenever you need one.',
    'You can step out at any time. You do not need to ask or explain.',
    'Nobody has to speak. You can listen, write your ideas down or draw them instead.',
  );
  const quiet = inRoom && plan.format !== 'online' ? plan.venueChecks.quiet_room : undefined;
  if (quiet?.answer === 'yes')
    items.push(
      quiet.note.trim()
        ? `There is a quiet room if you want some time out: ${sentence(clean(quiet.note))}`
        : 'There is a quiet room if you want some time out.',
    );
  if (inRoom) items.push('What to bring: anything that helps you feel comfortable, such as glasses, hearing aids, medicines or a snack.');
  if (part === 'phone') items.push('To join by phone, you need a phone and a quiet place to listen.');
  else if (part === 'online' || (part === null && plan.format !== 'in_person'))
    items.push('To join online, you need a phone, tablet or computer. Tell us if you do not have one.');
  return { level: 1, heading: 'What to expect', blocks: [{ type: 'bullets', items }] };
}

/** The agreement: the ground rules blocks' own words, or where the group starts from. */
function agreementSection(plan: Plan): PackSection | null {
  const rules = plan.blocks.filter((b) => b.kind === 'ground_rules');
  if (rules.length === 0) return null;
  const written = rules.flatMap((b) => paragraphsOf(b.description));
  const blocks: PackBlock[] = [para('At the start of the day we agree together how we want to work. We start from this, and you can add to it:')];
  blocks.push(written.length > 0 ? { type: 'bullets', items: written } : { type: 'bullets', items: DEFAULT_AGREEMENT });
  if (written.length > 0) blocks.push({ type: 'bullets', items: DEFAULT_AGREEMENT.slice(-1) });
  return { level: 1, heading: 'Our agreement', blocks };
}

/**
 * Who will be there. People are named only when they have taken on a visible part in running the
 * day (isNamedInPacks): they are introduced by name in the room anyway, and naming them helps
 * people know who to turn to. Everyone else is described by their role only ("carers and
 * researchers"): coming to a workshop (often about a health condition) is itself personal, and a
 * pack may be forwarded or left on a table. Consent to share access needs is not consent to be named.
 */
function whoSection(plan: Plan): PackSection | null {
  const leads = new Set(plan.blocks.map((b) => b.leadPersonId).filter((id): id is string => id !== null));
  const named: Inline[] = [];
  const others = new Map<PersonRole, number>();
  for (const p of plan.people) {
    if (isNamedInPacks(plan, p)) {
      const jobs: string[] = [];
      if (p.coPlans) jobs.push('helped plan the day');
      if (p.role === 'facilitator' || p.coFacilitates) jobs.push('helps run the day');
      else if (leads.has(p.id)) jobs.push('leads part of the day');
      if (p.hostsOnline) jobs.push('looks after everyone joining online');
      const pronouns = clean(p.pronouns);
      const role = ROLE_WORDS[p.role].one;
      const about = role.startsWith('from') || role === 'taking part' ? upper(role) : `${upper(article(role))} ${role}`;
      const text = `${pronouns ? ` (${pronouns})` : ''}: ${sentence(about)}${jobs.length ? ` ${sentence(upper(joinNames(jobs)))}` : ''}`;
      named.push([{ text: clean(p.name), bold: true }, { text }]);
    } else {
      others.set(p.role, (others.get(p.role) ?? 0) + 1);
    }
  }
  const blocks: PackBlock[] = [];
  if (plan.expectedParticipants !== null && plan.expectedParticipants > 1)
    blocks.push(para(`About ${plan.expectedParticipants} people will be there.`));
  if (named.length > 0) blocks.push(para('Helping to plan and run the day:'), { type: 'bullets', items: named });
  if (others.size > 0) {
    const groups = [...others.entries()].map(([role, n]) =>
      n === 1 ? `${article(ROLE_WORDS[role].one)} ${ROLE_WORDS[role].one}` : ROLE_WORDS[role].many,
    );
    const words = groups.map((g) => g.replace(/^an? (from|taking part)/, 'someone $1'));
    blocks.push(para(named.length > 0 ? `Also taking part: ${joinNames(words)}.` : `Taking part: ${joinNames(words)}.`));
  }
  return section(1, 'Who will be there', blocks);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
function upper(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function whereLine(plan: Plan): PackBlock[] {
  const venue = clean(plan.venueName);
  const address = addressLine(plan.venueAddress);
  return venue || address ? [para([{ text: 'Where: ', bold: true }, { text: [venue, address].filter(Boolean).join(', ') }])] : [];
}

const tellUs = para('If something would help you take part, please tell us. We will do all we can.');

/** The pack for everyone: the venue for the room, and joining online for an online or hybrid plan. */
function gettingThereSection(plan: Plan): PackSection | null {
  const online = (heading: string, level: 1 | 2) =>
    section(level, heading, [para('We will send you the link to join before the day.'), ...saidBullets(onlineHelpStatements(plan))]);
  if (plan.format === 'online') return { level: 1, heading: 'Joining online', blocks: [...online('Joining online', 1)!.blocks, tellUs] };
  const blocks: PackBlock[] = [...whereLine(plan), ...saidBullets(venueStatements(plan))];
  const sub = plan.format === 'hybrid' ? online('Joining online', 2) : null;
  if (blocks.length === 0 && !sub) return null;
  blocks.push(tellUs);
  return section(1, 'Getting there and access', blocks, [sub]);
}

/**
 * For one person: how they join (in the room, online or by phone) with only the matching practical
 * text, and their own arrangements with where each stands.
 */
function takingPartSection(plan: Plan, person: Person): PackSection | null {
  const part = takesPartIn(plan, person);
  const heading = part === 'in_room' ? 'Getting there and access' : part === 'online' ? 'Joining online' : 'Joining by phone';
  const blocks: PackBlock[] = [...saidBullets(takingPartStatements(plan, person))];
  if (part === 'in_room') blocks.push(...whereLine(plan), ...saidBullets(venueStatements(plan, person)));
  const arrangements = section(2, 'What we are arranging for you', saidBullets(arrangementStatements(plan, person)));
  if (blocks.length === 0 && !arrangements) return null;
  blocks.push(tellUs);
  return section(1, heading, blocks, [arrangements]);
}

/**
 * Payment. For one person, only their own: fee, how and when it is paid, expenses agreed with
 * them. For everyone, in general terms what is offered to people giving their time.
 */
function paymentSection(plan: Plan, person: Person | undefined): PackSection | null {
  if (person) {
    const { said, expenses } = moneyStatements(plan, person);
    const blocks: PackBlock[] = [];
    for (const x of said) {
      blocks.push(para(x.text));
      if (x.text.startsWith('We will pay back these costs')) blocks.push({ type: 'bullets', items: expenses });
    }
    return section(1, 'Your payment', blocks);
  }
  const lived = plan.people.filter((p) => LIVED_EXPERIENCE_ROLES.has(p.role));
  const paysFees = lived.some(offersFee);
  const paysExpenses = plan.people.some((p) => p.payment.expenses.length > 0) || paysFees;
  if (!paysFees && !paysExpenses) return null;
  const blocks: PackBlock[] = [];
  if (paysFees)
    blocks.push(
      para(
        'We pay people who give their time as patients, carers or members of the public, as thanks for their knowledge and experience. We agree the payment with each person before the day.',
      ),
    );
  if (paysExpenses) {
    blocks.push(
      para(
        `We ${paysFees ? 'also ' : ''}pay back what it costs people to take part, when we have agreed it with them. Nobody should be out of pocket.`,
      ),
      para('To claim, keep your receipts and ask us for an expenses form.'),
    );
  }
  if (paysFees)
    blocks.push(
      para(
        'Being paid can affect some benefits. If you get benefits, talk to a benefits adviser, such as Citizens Advice, before you agree. We can help you find one.',
      ),
    );
  return section(1, 'Payment and expenses', blocks);
}

/** The follow-up with when and how, in the plan's own words too, and what people get back. */
function afterwardsSection(plan: Plan): PackSection | null {
  const said = afterwardsStatements(plan);
  const [first, ...rest] = said;
  const promise = first && first.text.startsWith('We will tell you what changed') ? [para(first.text)] : [];
  const gets = (promise.length > 0 ? rest : said).map((x) => x.text);
  const blocks: PackBlock[] = [...promise, ...paras(plan.followUp)];
  if (gets.length > 0) blocks.push(para('What you get back:'), { type: 'bullets', items: gets });
  blocks.push(...paras(plan.givesBackNote));
  return section(1, 'What happens afterwards', blocks);
}

function wordsSection(entries: readonly GlossaryEntry[]): PackSection | null {
  if (entries.length === 0) return null;
  return {
    level: 1,
    heading: 'Words we use',
    blocks: [
      para('Some words in this pack may be new to you. Here is what we mean by them.'),
      { type: 'bullets', items: entries.map((e) => [{ text: e.term, bold: true }, { text: ` means ${sentence(e.plain)}` }]) },
    ],
  };
}

function questionsSection(plan: Plan, person: Person | undefined): PackSection {
  const said = contactStatements(plan, person);
  const blocks: PackBlock[] = [];
  if (said.length > 0) {
    const [lead, ...ways] = said;
    blocks.push(para(lead!.text));
    if (ways.length > 0) blocks.push({ type: 'bullets', items: ways.map((x) => x.text) });
  } else {
    blocks.push(
      para('If you have a question, or anything worries you before, during or after the day, please contact the person who sent you this pack.'),
    );
  }
  blocks.push(para('On the day, you can talk to any of us who are running it.'));
  return { level: 1, heading: 'Questions or worries', blocks };
}

function otherFormatsSection(plan: Plan, person: Person | undefined): PackSection {
  const contact = participantContact(plan);
  const ask =
    contact && contact.id !== person?.id
      ? `To ask for one, contact ${clean(contact.name)} (details above).`
      : 'To ask for one, contact the person who sent you this pack.';
  return { level: 1, heading: 'Other formats', blocks: [para(`${OTHER_FORMATS_LINE} ${ask}`)] };
}
