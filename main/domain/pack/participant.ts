/**
 * The participant pack's content: what someone coming to the workshop holds in their hands. Warm,
 * plain, "you" and "we", the most useful thing first. Each section appears only when the plan has
 * something to say in it.
 *
 * Privacy (PRODUCT.md): a participant pack never carries anyone's access needs, contact details or
 * payment, except the reader's own payment when the pack is made for them, and the contact details
 * of the people whose job it is to answer questions (see contactPeople in packText.ts).
 */
import type { PackFormat, VenueCheck, OnlineCheck } from '../access';
import type { BlockKind } from '../blockKinds';
import {
  EXPENSE_KIND_LABELS,
  LIVED_EXPERIENCE_ROLES,
  PAYMENT_METHOD_LABELS,
  expensesPence,
  feePence,
  formatPence,
  totalHours,
  type Person,
  type PersonRole,
} from '../people';
import type { GiveBackKind, Plan } from '../plan';
import { glossaryCandidates, type GlossaryEntry } from '../plainEnglish';
import { easyReadPack } from './easyRead';
import type { Inline, PackBlock, PackDocument, PackSection } from './model';
import {
  addressLine,
  clean,
  contactPeople,
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
  presentation: 'A short talk. You can ask questions at any time.',
  discussion: 'We talk together about what we think.',
  small_groups: 'We talk in small groups.',
  activity: 'We do an activity together.',
  decision: 'We decide together. Everyone has a say.',
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

/** Roles in everyday words, one and many. */
export const ROLE_WORDS: Record<PersonRole, { one: string; many: string }> = {
  public_contributor: { one: 'patient or member of the public', many: 'patients and members of the public' },
  carer: { one: 'carer', many: 'carers' },
  researcher: { one: 'researcher', many: 'researchers' },
  practitioner: { one: 'health or care worker', many: 'health and care workers' },
  funder: { one: 'from the funder', many: 'people from the funder' },
  community_organisation: { one: 'from a community group', many: 'people from community groups' },
  facilitator: { one: 'facilitator', many: 'facilitators' },
  other: { one: 'taking part', many: 'other people' },
};

const VENUE_WORDS: Partial<Record<VenueCheck, string>> = {
  step_free_entrance: 'Step-free entrance',
  lift: 'A lift to every floor we use',
  accessible_toilet: 'Accessible toilet',
  hearing_loop: 'Hearing loop',
  quiet_room: 'Quiet room',
  seating: 'Comfortable seating, some with arms',
  lighting: 'Lighting that can be made softer',
  parking: 'Parking',
  public_transport: 'Public transport',
  prayer_space: 'A prayer or quiet reflection space',
  food_water: 'Food and drinking water',
};
const VENUE_ORDER: readonly VenueCheck[] = [
  'public_transport',
  'parking',
  'step_free_entrance',
  'lift',
  'accessible_toilet',
  'hearing_loop',
  'quiet_room',
  'seating',
  'lighting',
  'prayer_space',
  'food_water',
];

const ONLINE_WORDS: Record<OnlineCheck, string> = {
  captions: 'Live captions are on, so you can read what people say',
  screen_reader: 'The meeting works with screen readers',
  phone_dial_in: 'You can join by phone if you prefer',
  tech_check: 'We can try it out with you before the day',
  online_host: 'Someone looks after everyone joining online',
};

const GIVE_BACK_WORDS: Record<Exclude<GiveBackKind, 'other'>, string> = {
  feedback: 'We will tell you what changed because of what you said.',
  learning: 'A chance to learn something new.',
  certificate: 'A certificate to say you took part.',
  co_authorship: 'Your name in what we write and publish, if you would like it there.',
  reference: 'A reference, if you would like one.',
};

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
    welcomeSection(title, person),
    whySection(plan),
    daySection(times),
    expectSection(plan, times),
    agreementSection(plan),
    whoSection(plan),
    gettingThereSection(plan, person),
    paymentSection(plan, person),
    givesBackSection(plan),
    wordsSection(glossaryCandidates(standardTexts(plan))),
    questionsSection(plan),
    otherFormatsSection(plan),
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

/** The texts this pack shows, for its glossary. */
function standardTexts(plan: Plan): string[] {
  const texts = [plan.title, plan.purpose, plan.whatCouldChange, plan.followUp];
  for (const b of plan.blocks) texts.push(b.title, b.description);
  return texts;
}

function welcomeSection(title: string, person: Person | undefined): PackSection {
  const blocks: PackBlock[] = [];
  if (person && clean(person.name)) blocks.push(para(`Dear ${clean(person.name)},`));
  blocks.push(
    para(`Thank you for joining us for ${title}. We are glad you are coming.`),
    para('Everyone there brings something different. Your experience matters, and we want to hear it.'),
    para('This pack tells you what will happen on the day, how to get there, and who to ask if you have a question.'),
  );
  return { level: 1, heading: 'Welcome', blocks };
}

function whySection(plan: Plan): PackSection | null {
  const change = [...paras(plan.whatCouldChange), ...paras(plan.followUp)];
  const purpose = paras(plan.purpose);
  if (purpose.length === 0) return section(1, 'What could change', change);
  return section(1, 'Why we are meeting', purpose, [section(2, 'What could change', change)]);
}

function blockText(kind: BlockKind, description: string): string {
  const d = paragraphsOf(description).join(' ');
  return d || KIND_PARTICIPANT_TEXT[kind];
}

function daySection(times: DayTimes): PackSection | null {
  if (times.rows.length === 0) return null;
  const rows: Inline[][] = times.rows.map(({ block, start }) => {
    const name = clean(block.title);
    const text = blockText(block.kind, block.description);
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

function expectSection(plan: Plan, times: DayTimes): PackSection {
  const items: Inline[] = [];
  const breaks = times.rows.filter((r) => r.block.kind === 'break').map((r) => r.start);
  const meals = times.rows.filter((r) => r.block.kind === 'meal').map((r) => r.start);
  if (breaks.length > 0) items.push(`There ${breaks.length === 1 ? 'is a break' : 'are breaks'} at ${joinNames(breaks)}.`);
  if (meals.length > 0) items.push(`We eat together at ${joinNames(meals)}. Please tell us before the day about anything you cannot eat.`);
  items.push(
    'You can take a break whenever you need one.',
    'You can step out at any time. You do not need to ask or explain.',
    'Nobody has to speak. You can listen, write your ideas down or draw them instead.',
  );
  const quiet = plan.format !== 'online' ? plan.venueChecks.quiet_room : undefined;
  if (quiet?.answer === 'yes') items.push(quiet.note.trim() ? `There is a quiet room if you want some time out: ${sentence(clean(quiet.note))}` : 'There is a quiet room if you want some time out.');
  items.push('What to bring: anything that helps you feel comfortable, such as glasses, hearing aids, medicines or a snack.');
  if (plan.format !== 'in_person') items.push('To join online, you need a phone, tablet or computer. Tell us if you do not have one.');
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
 * day: facilitators, and anyone who plans, helps run, hosts online or leads a part of the agenda.
 * They are introduced by name in the room anyway, and naming them helps people know who to turn to.
 * Everyone else is described by their role only ("carers and researchers"): coming to a workshop
 * (often about a health condition) is itself personal, and a pack may be forwarded or left on a
 * table. Consent to share access needs is not consent to be named, so it is not used here.
 */
function whoSection(plan: Plan): PackSection | null {
  const leads = new Set(plan.blocks.map((b) => b.leadPersonId).filter((id): id is string => id !== null));
  const named: Inline[] = [];
  const others = new Map<PersonRole, number>();
  for (const p of plan.people) {
    const name = clean(p.name);
    const visible = p.role === 'facilitator' || p.coPlans || p.coFacilitates || p.hostsOnline || leads.has(p.id);
    if (name && visible) {
      const jobs: string[] = [];
      if (p.coPlans) jobs.push('helped plan the day');
      if (p.role === 'facilitator' || p.coFacilitates) jobs.push('helps run the day');
      else if (leads.has(p.id)) jobs.push('leads part of the day');
      if (p.hostsOnline) jobs.push('looks after everyone joining online');
      const pronouns = clean(p.pronouns);
      const role = ROLE_WORDS[p.role].one;
      const about = role.startsWith('from') || role === 'taking part' ? upper(role) : `${upper(article(role))} ${role}`;
      const text = `${pronouns ? ` (${pronouns})` : ''}: ${sentence(about)}${jobs.length ? ` ${sentence(upper(joinNames(jobs)))}` : ''}`;
      named.push([{ text: name, bold: true }, { text }]);
    } else {
      others.set(p.role, (others.get(p.role) ?? 0) + 1);
    }
  }
  const blocks: PackBlock[] = [];
  if (plan.expectedParticipants !== null && plan.expectedParticipants > 1) blocks.push(para(`About ${plan.expectedParticipants} people will be there.`));
  if (named.length > 0) blocks.push(para('Helping to plan and run the day:'), { type: 'bullets', items: named });
  if (others.size > 0) {
    const groups = [...others.entries()].map(([role, n]) => (n === 1 ? `${article(ROLE_WORDS[role].one)} ${ROLE_WORDS[role].one}` : ROLE_WORDS[role].many));
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

function venueItems(plan: Plan): Inline[] {
  const items: Inline[] = [];
  for (const check of VENUE_ORDER) {
    const item = plan.venueChecks[check];
    const label = VENUE_WORDS[check];
    if (!item || item.answer !== 'yes' || !label) continue;
    const note = clean(item.note);
    items.push(note ? [{ text: label, bold: true }, { text: `: ${sentence(note)}` }] : [{ text: sentence(label), bold: true }]);
  }
  return items;
}

function onlineBlocks(plan: Plan): PackBlock[] {
  const blocks: PackBlock[] = [para('We will send you the link to join before the day.')];
  const items: Inline[] = [];
  for (const [check, words] of Object.entries(ONLINE_WORDS) as [OnlineCheck, string][]) {
    const item = plan.onlineChecks[check];
    if (!item || item.answer !== 'yes') continue;
    const note = clean(item.note);
    items.push(note ? `${words}: ${sentence(note)}` : sentence(words));
  }
  if (items.length > 0) blocks.push({ type: 'bullets', items });
  return blocks;
}

function gettingThereSection(plan: Plan, person: Person | undefined): PackSection | null {
  const tell = para('If something would help you take part, please tell us. We will do all we can.');
  if (plan.format === 'online') return { level: 1, heading: 'Joining online', blocks: [...onlineBlocks(plan), tell] };
  const blocks: PackBlock[] = [];
  if (person && plan.format === 'hybrid') {
    blocks.push(para(person.takesPart !== 'in_room' ? 'You told us you will join online. How to join is below.' : 'You told us you will join us in the room.'));
  }
  const venue = clean(plan.venueName);
  const address = addressLine(plan.venueAddress);
  if (venue || address) blocks.push(para([{ text: 'Where: ', bold: true }, { text: [venue, address].filter(Boolean).join(', ') }]));
  const items = venueItems(plan);
  if (items.length > 0) blocks.push({ type: 'bullets', items });
  const online = plan.format === 'hybrid' ? section(2, 'Joining online', onlineBlocks(plan)) : null;
  if (blocks.length === 0 && !online) return null;
  blocks.push(tell);
  return section(1, 'Getting there and access', blocks, [online]);
}

/**
 * Payment in general terms (what is offered to people giving their time), and, when the pack is made
 * for one person, their own agreed fee and expenses. Never anyone else's.
 */
function paymentSection(plan: Plan, person: Person | undefined): PackSection | null {
  const lived = plan.people.filter((p) => LIVED_EXPERIENCE_ROLES.has(p.role));
  const paysFees = lived.some(offersFee);
  const paysExpenses = plan.people.some((p) => p.payment.expenses.length > 0) || paysFees;
  const own = person ? ownPayment(person) : [];
  if (!paysFees && !paysExpenses && own.length === 0) return null;
  const blocks: PackBlock[] = [];
  if (paysFees) blocks.push(para('We pay you for your time, as thanks for your knowledge and experience. We agree the payment with you before the day.'));
  if (paysExpenses) {
    blocks.push(
      para(`We ${paysFees ? 'also ' : ''}pay back what it costs you to take part, such as travel, or care for someone while you are with us. Nobody should be out of pocket.`),
      para('To claim, keep your tickets and receipts and ask us for an expenses form.'),
    );
  }
  if (paysFees) blocks.push(para('Being paid can affect some benefits. If you get benefits, talk to a benefits adviser, such as Citizens Advice, before you agree. We can help you find one.'));
  return section(1, 'Payment and expenses', blocks, [own.length > 0 ? section(2, 'Your payment', own) : null]);
}

function ownPayment(person: Person): PackBlock[] {
  const pay = person.payment;
  const blocks: PackBlock[] = [];
  const fee = feePence(pay);
  if (pay.status === 'declined') blocks.push(para('You told us you would rather not be paid for your time. That is fine, and we still pay your expenses.'));
  else if (fee > 0) {
    const hours = totalHours(pay);
    const verb = pay.status === 'agreed' ? 'We agreed to pay you' : 'We plan to pay you';
    blocks.push(para(`${verb} ${formatPence(fee)} for ${hours} ${hours === 1 ? 'hour' : 'hours'} of your time.`));
    if (pay.method) blocks.push(para(`How we pay: ${PAYMENT_METHOD_LABELS[pay.method].toLowerCase()}.`));
  } else if (LIVED_EXPERIENCE_ROLES.has(person.role) && pay.status === 'to_agree') {
    blocks.push(para('We will agree your payment with you before the day.'));
  }
  if (pay.expenses.length > 0) {
    blocks.push(para(`Your expenses we have noted: ${formatPence(expensesPence(pay))} in all.`));
    blocks.push({
      type: 'bullets',
      items: pay.expenses.map((e) => {
        const note = clean(e.note);
        return `${EXPENSE_KIND_LABELS[e.kind]}${note ? ` (${note})` : ''}: ${formatPence(e.amountPence)}`;
      }),
    });
  }
  return blocks;
}

function givesBackSection(plan: Plan): PackSection | null {
  const items: string[] = [];
  for (const kind of plan.givesBack) if (kind !== 'other') items.push(GIVE_BACK_WORDS[kind]);
  const note = paragraphsOf(plan.givesBackNote);
  const blocks: PackBlock[] = items.length > 0 ? [{ type: 'bullets', items }] : [];
  blocks.push(...note.map(para));
  return section(1, 'What you get back', blocks);
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

/** "Sam: sam@example.org" for each person whose job it is to answer questions. */
function contactItems(plan: Plan): Inline[] {
  return contactPeople(plan.people).map((p) => [{ text: clean(p.name) || 'Contact', bold: true }, { text: `: ${clean(p.contact).replace(/\s*\n\s*/g, ', ')}` }]);
}

function questionsSection(plan: Plan): PackSection {
  const items = contactItems(plan);
  const blocks: PackBlock[] = [
    para('If you have a question, or anything worries you before, during or after the day, please get in touch. We are happy to help.'),
  ];
  if (items.length > 0) blocks.push({ type: 'bullets', items });
  else blocks.push(para('Please contact the person who sent you this pack.'));
  blocks.push(para('On the day, you can talk to any of us who are running it.'));
  return { level: 1, heading: 'Questions or worries', blocks };
}

function otherFormatsSection(plan: Plan): PackSection {
  const names = contactPeople(plan.people).map((p) => clean(p.name)).filter(Boolean);
  const ask = names.length > 0 ? `To ask for one, contact ${joinNames(names)} (details above).` : 'To ask for one, contact the person who sent you this pack.';
  return { level: 1, heading: 'Other formats', blocks: [para(`${OTHER_FORMATS_LINE} ${ask}`)] };
}
