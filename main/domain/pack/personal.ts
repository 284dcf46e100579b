/**
 * What a pack says to the one person holding it, each statement made from the plan's own data and
 * addressed to them as "you": their arrangements, how they take part, who to contact, their part
 * in the day, their money and what happens afterwards; and, for everyone, who decides and what the
 * venue really has. Where the plan does not know something, nothing is said: a pack is a promise.
 *
 * Each statement comes in the plain-English words of the standard formats and the Easy Read words
 * (with the picture that goes beside them), so every format carries the same facts.
 */
import { canKeepNeeds, NEED_TYPE_BY_ID, needType, type NeedType, type VenueCheck } from '../access';
import {
  EXPENSE_KIND_LABELS,
  expensesPence,
  feePence,
  formatPence,
  LIVED_EXPERIENCE_ROLES,
  totalHours,
  type Expense,
  type PaymentMethod,
  type Person,
  type PersonRole,
} from '../people';
import { takesPartIn, type Block, type FollowUpFormat, type Plan } from '../plan';
import { formatDateWithWeekday, isIsoDate } from '../time';
import { participantContact } from './contact';
import { passesEasyReadChecks } from './easyWords';
import { clean, joinNames, paragraphsOf, runningPeople, sentence } from './packText';
import type { PictogramKey } from './pictograms';

/** One thing a pack tells its reader, in plain English and in Easy Read, with the Easy Read picture. */
export interface Said {
  picture: PictogramKey;
  text: string;
  easy: string;
}

const say = (picture: PictogramKey, text: string, easy: string = text): Said => ({ picture, text, easy });

// "A taxi" → "a taxi", "Which ideas" → "which ideas"; "BSL" and "Amara"-like names stay as they are only when all capitals.
const lowerFirst = (t: string) => (/^[A-Z](?:[a-z]|\s)/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);
const upperFirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
/** "Wednesday 3 March 2027", or null for no (valid) date. */
const dateWords = (iso: string | null) => (iso && isIsoDate(iso) ? formatDateWithWeekday(iso) : null);

/** Roles in everyday words, one and many (for people a pack describes but does not name). */
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

/**
 * People a pack names: those with a visible part in running the day (facilitators, and anyone who
 * plans, helps run, hosts online or leads a part). Everyone else is described by role only.
 */
export function isNamedInPacks(plan: Pick<Plan, 'blocks'>, person: Person): boolean {
  return (
    clean(person.name) !== '' &&
    (person.role === 'facilitator' ||
      person.coPlans ||
      person.coFacilitates ||
      person.hostsOnline ||
      plan.blocks.some((b) => b.leadPersonId === person.id))
  );
}

/** The name for "talk to …": the contact for participants, unless that is the reader. */
function talkTo(plan: Plan, reader: Person | undefined): string {
  const contact = participantContact(plan);
  return contact && contact.id !== reader?.id ? clean(contact.name) : 'us';
}

// --- Who to contact ------------------------------------------------------------------------------

/** The named contact with their phone and email: on every pack that has one to name. */
export function contactStatements(plan: Plan, reader?: Person): Said[] {
  const contact = participantContact(plan);
  if (!contact || contact.id === reader?.id) return [];
  const name = clean(contact.name);
  const phone = clean(contact.phone);
  const email = clean(contact.email);
  const ways = [phone ? `ring ${phone}` : '', email ? `email ${email}` : ''].filter(Boolean).join(' or ');
  const out = [say('question', `If you have a question or a worry, contact ${name}: ${ways}.`, `If you have a question, ask ${name}.`)];
  if (phone) out.push(say('phone', `Phone: ${phone}`, `Phone ${name} on ${phone}.`));
  if (email) out.push(say('email', `Email: ${email}`, `Email ${name} at ${email}`));
  return out;
}

// --- Their own arrangements ----------------------------------------------------------------------

/** The need in words to its reader: the list's labels speak of "them" ("A supporter coming with them"). */
function needLabel(type: NeedType, detail: string): string {
  if (type.id === 'other') return clean(detail) || 'Something else you asked for';
  return type.label.replace(/\bthem\b/g, 'you').replace(/\bthey\b/g, 'you');
}

/**
 * Every access need recorded for the reader (only ever with their consent to keep it), with how it
 * is met and where it stands, in words to them. Never anyone else's.
 */
export function arrangementStatements(plan: Plan, reader: Person | undefined): Said[] {
  if (!reader || !canKeepNeeds(reader.consent)) return [];
  const who = talkTo(plan, reader);
  return reader.accessNeeds.map((need) => {
    const type = NEED_TYPE_BY_ID.get(need.type) ?? needType('other');
    const label = needLabel(type, need.detail);
    const how = clean(need.arrangement.how);
    // Their own words (an "other" need) keep their capitals: they may start with a name.
    const easyLabel = type.id === 'other' ? label : lowerFirst(label);
    switch (need.arrangement.status) {
      case 'arranged':
        return say(
          'thumbs-up',
          `${label}: we have arranged this for you.${how ? ` ${sentence(how)}` : ''}`,
          `We have arranged ${easyLabel}${/\byou\b/.test(easyLabel) ? '' : ' for you'}.${how && passesEasyReadChecks(how, 1) ? ` ${sentence(how)}` : ''}`,
        );
      case 'to_arrange': {
        const by = dateWords(need.arrangement.dueDate);
        const when = by ? `We will tell you by ${by}.` : 'We will tell you when it is ready.';
        return say('clock', `${label}: we are still arranging this. ${when}`, `We are still arranging ${easyLabel}. ${when}`);
      }
      case 'cannot_meet':
        return say(
          'worry',
          `${label}: we are sorry, we could not arrange this. Please talk to ${who} about what might help instead.`,
          `We could not arrange ${easyLabel}. We are sorry. Please talk to ${who}.`,
        );
    }
  });
}

// --- How they take part --------------------------------------------------------------------------

/**
 * How the reader joins, with only the practical text that matches: the link and online help for
 * someone online, the number and steps for someone ringing in. Someone in the room gets the venue
 * (see venueStatements) and nothing about joining online.
 */
export function takingPartStatements(plan: Plan, reader: Person): Said[] {
  const part = takesPartIn(plan, reader);
  const out: Said[] = [];
  if (part === 'in_room') {
    if (plan.format === 'hybrid') out.push(say('building', 'You will join us in the room.'));
    return out;
  }
  if (part === 'phone') {
    out.push(say('phone-call', 'You will join by phone.'));
    const number = clean(plan.dialInNumber);
    out.push(
      number
        ? say('phone-call', `To join, ring ${number}.`)
        : say('question', `Please ask ${talkTo(plan, reader)} for the number to ring.`, `Ask ${talkTo(plan, reader)} for the number to ring.`),
    );
    const how = paragraphsOf(plan.dialInHow).join(' ');
    if (how) out.push(say('information', sentence(how), passesEasyReadChecks(how) ? sentence(how) : 'We will tell you how to join when you ring.'));
    return out;
  }
  out.push(say('computer', 'You will join online.'));
  out.push(
    clean(reader.email)
      ? say('email', 'We will email you the link to join before the day.')
      : say('computer', 'We will send you the link to join before the day.'),
  );
  out.push(...onlineHelpStatements(plan));
  return out;
}

/** What the online side offers, from the online checks answered "yes": for everyone joining online. */
export function onlineHelpStatements(plan: Plan): Said[] {
  const out: Said[] = [];
  const yes = (c: keyof Plan['onlineChecks']) => plan.onlineChecks[c]?.answer === 'yes';
  const note = (c: keyof Plan['onlineChecks']) => clean(plan.onlineChecks[c]?.note ?? '');
  if (yes('tech_check'))
    out.push(
      say(
        'help',
        `We can try it out with you before the day.${note('tech_check') ? ` ${sentence(note('tech_check'))}` : ''}`,
        'We can try it with you before the day.',
      ),
    );
  if (yes('captions'))
    out.push(say('captions', 'Live captions are on, so you can read what people say.', 'You can read what people say on the screen.'));
  if (yes('screen_reader')) out.push(say('computer', 'The meeting works with screen readers.'));
  if (yes('online_host')) out.push(say('help', 'Someone looks after everyone joining online.', 'Someone will help you online.'));
  return out;
}

// --- Venue facts ---------------------------------------------------------------------------------

const VENUE_YES: Partial<Record<VenueCheck, { text: string; easy: string; picture: PictogramKey }>> = {
  public_transport: { text: 'Public transport is a short walk away', easy: 'There is a bus or train stop nearby.', picture: 'bus' },
  parking: { text: 'Parking close to the door', easy: 'There is parking near the door.', picture: 'parking' },
  step_free_entrance: { text: 'Step-free entrance', easy: 'You do not need to use steps to get in.', picture: 'wheelchair' },
  lift: { text: 'A lift to every floor we use', easy: 'There is a lift.', picture: 'lift' },
  accessible_toilet: { text: 'Accessible toilet', easy: 'There is an accessible toilet.', picture: 'toilet' },
  hearing_loop: { text: 'Hearing loop', easy: 'There is a hearing loop.', picture: 'hearing-loop' },
  quiet_room: { text: 'Quiet room', easy: 'There is a quiet room if you need a rest.', picture: 'quiet' },
  seating: { text: 'Comfortable seating, some with arms', easy: 'There are chairs with arms.', picture: 'information' },
  lighting: { text: 'Lighting that can be made softer', easy: 'The lights can be made softer.', picture: 'information' },
  prayer_space: { text: 'A prayer or quiet reflection space', easy: 'There is a room to pray or be quiet.', picture: 'quiet' },
  food_water: { text: 'Food and drinking water', easy: 'There is food and water.', picture: 'lunch' },
};

const VENUE_NO: Record<VenueCheck, { text: string; picture: PictogramKey }> = {
  public_transport: { text: 'It is not a short walk from public transport.', picture: 'bus' },
  parking: { text: 'There is no parking close to the door.', picture: 'parking' },
  step_free_entrance: { text: 'There is no step-free way in.', picture: 'stairs' },
  lift: { text: 'There is no lift.', picture: 'stairs' },
  accessible_toilet: { text: 'There is no accessible toilet.', picture: 'toilet' },
  hearing_loop: { text: 'There is no hearing loop.', picture: 'hearing-loop' },
  quiet_room: { text: 'There is no quiet room.', picture: 'quiet' },
  seating: { text: 'There are no chairs with arms.', picture: 'information' },
  lighting: { text: 'The lights cannot be made softer.', picture: 'information' },
  prayer_space: { text: 'There is no room to pray.', picture: 'quiet' },
  food_water: { text: 'There is no food or drinking water.', picture: 'lunch' },
};

/** Said in every in-room pack when the answer is "no": getting in and getting around. */
const ALWAYS_SAY_NO: readonly VenueCheck[] = ['step_free_entrance', 'lift', 'accessible_toilet'];

export const VENUE_ORDER: readonly VenueCheck[] = [
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

/**
 * What the venue has, only from the facilitator's checks and their notes: each "yes", and the
 * "no" answers that affect the reader stated plainly ("There is no lift. Everything is on the
 * ground floor."): getting in and around for everyone, and whatever the reader's own needs rely on.
 */
export function venueStatements(plan: Plan, reader?: Person): Said[] {
  const relies = new Set<VenueCheck>(ALWAYS_SAY_NO);
  if (reader && canKeepNeeds(reader.consent)) {
    for (const need of reader.accessNeeds) {
      const check = NEED_TYPE_BY_ID.get(need.type)?.venueCheck;
      if (check) relies.add(check);
    }
  }
  const out: Said[] = [];
  for (const check of VENUE_ORDER) {
    const item = plan.venueChecks[check];
    if (!item) continue;
    const note = clean(item.note);
    const easyNote = note && passesEasyReadChecks(note, 1) ? ` ${sentence(note)}` : '';
    if (item.answer === 'yes') {
      const words = VENUE_YES[check];
      if (!words) continue;
      out.push(say(words.picture, note ? `${words.text}: ${sentence(note)}` : sentence(words.text), `${words.easy}${easyNote}`));
    } else if (item.answer === 'no' && relies.has(check)) {
      const words = VENUE_NO[check];
      out.push(say(words.picture, `${words.text}${note ? ` ${sentence(note)}` : ''}`, `${words.text}${easyNote}`));
    }
  }
  return out;
}

// --- Who runs the day, and their part in it -----------------------------------------------------

/** "Sam and Amara will run the meeting." or, in a pack for Amara, "You and Sam will run the meeting." */
export function runnersStatement(plan: Plan, reader?: Person): Said | null {
  const runners = runningPeople(plan.people).filter((p) => clean(p.name));
  if (runners.length === 0) return null;
  const you = runners.some((p) => p.id === reader?.id);
  const others = runners.filter((p) => p.id !== reader?.id).map((p) => clean(p.name));
  const names = you ? ['You', ...others] : others;
  if (names.length > 4) return say('team', you ? 'You will help our team run the meeting.' : 'Our team will run the meeting.');
  return say('team', `${joinNames(names)} will run the meeting.`);
}

/** The reader's own part in the day: co-chairing, leading parts, hosting online, deciding, planning. */
export function roleStatements(plan: Plan, reader: Person, startOf: (block: Block) => string): Said[] {
  const out: Said[] = [];
  const others = runningPeople(plan.people)
    .filter((p) => p.id !== reader.id)
    .map((p) => clean(p.name))
    .filter(Boolean);
  if (reader.coFacilitates && reader.role !== 'facilitator') {
    out.push(say('group', others.length > 0 ? `You will co-chair the meeting with ${joinNames(others)}.` : 'You will chair the meeting.'));
  }
  if (reader.coPlans) out.push(say('write', 'You are helping us plan the day.'));
  for (const block of plan.blocks.filter((b) => b.leadPersonId === reader.id)) {
    const title = clean(block.title);
    const at = startOf(block);
    if (!title) continue;
    out.push(say('talk', `You will lead “${title}”${at ? ` at ${at}` : ''}.`));
  }
  if (reader.hostsOnline && plan.format !== 'in_person')
    out.push(say('computer', 'You will look after the people joining online.', 'You will help the people who join online.'));
  for (const block of plan.blocks.filter((b) => b.kind === 'decision' && !b.decidedByAll && b.deciderIds.includes(reader.id))) {
    const what = clean(block.decision);
    out.push(say('vote', what ? `You will help decide: ${sentence(lowerFirst(what))}` : 'You will help make a decision.', 'You will help choose.'));
  }
  return out;
}

// --- Who decides ---------------------------------------------------------------------------------

/** "Priya and Sam", "you and 2 researchers", for the people deciding. */
function decidersWords(plan: Plan, ids: readonly string[], reader: Person | undefined): { words: string; many: boolean } | null {
  const people = ids.map((id) => plan.people.find((p) => p.id === id)).filter((p): p is Person => p !== undefined);
  if (people.length === 0) return null;
  const you = people.some((p) => p.id === reader?.id);
  const named = people.filter((p) => p.id !== reader?.id && isNamedInPacks(plan, p)).map((p) => clean(p.name));
  const byRole = new Map<PersonRole, number>();
  for (const p of people) if (p.id !== reader?.id && !isNamedInPacks(plan, p)) byRole.set(p.role, (byRole.get(p.role) ?? 0) + 1);
  const roles = [...byRole.entries()].map(([role, n]) =>
    n === 1 ? `one ${ROLE_WORDS[role].one.replace(/^from /, 'person from ')}` : `${n} ${ROLE_WORDS[role].many}`,
  );
  const parts = [...(you ? ['you'] : []), ...named, ...roles];
  return { words: upperFirst(joinNames(parts)), many: parts.length > 1 || you };
}

/**
 * Who decides in a decision block, from its deciders: "Everyone here takes part in deciding", or
 * "Priya and Sam decide which ideas we take forward." Null when the plan does not say who decides.
 */
export function decisionStatement(plan: Plan, block: Block, reader?: Person): Said | null {
  const what = clean(block.decision);
  const whatWords = what
    ? /^(which|what|how|whether|who|when|where|if)\b/i.test(what)
      ? ` ${sentence(lowerFirst(what))}`
      : `: ${sentence(what)}`
    : '.';
  if (block.decidedByAll) {
    return say('vote', `Everyone here takes part in deciding${what ? `${whatWords}` : '.'}`, 'We all choose together. Everyone has a say.');
  }
  const who = decidersWords(plan, block.deciderIds, reader);
  if (!who) return null;
  const verb = who.many ? 'decide' : 'decides';
  return say('vote', `${who.words} ${verb}${whatWords}`, `${who.words} ${verb}.`);
}

// --- Money ---------------------------------------------------------------------------------------

const METHOD_WORDS: Record<PaymentMethod, string | null> = {
  bank_transfer: 'into your bank account',
  voucher: 'in vouchers',
  payroll: 'through payroll',
  cheque: 'by cheque',
  cash: 'in cash',
  other: null,
};

const EXPENSE_EASY: Record<Expense['kind'], string> = {
  travel: 'your travel',
  carer_cover: 'someone to care for the person you look after',
  childcare: 'childcare',
  subsistence: 'food and drink',
  other: 'other costs',
};

/**
 * The reader's own money, honestly: their fee with how and when it is paid, the expenses agreed
 * with them by kind (an amount only where one is agreed, never "£0"), and benefits advice when they
 * are paid. Nothing is said about money that is not theirs.
 */
export function moneyStatements(plan: Plan, reader: Person): { said: Said[]; expenses: string[] } {
  const pay = reader.payment;
  const said: Said[] = [];
  const fee = feePence(pay);
  if (pay.status === 'declined') {
    said.push(say('money', 'You told us you would rather not be paid for your time. That is fine.'));
  } else if (fee > 0) {
    const hours = totalHours(pay);
    const verb = pay.status === 'agreed' ? 'We agreed to pay you' : 'We plan to pay you';
    said.push(
      say(
        'money',
        `${verb} ${formatPence(fee)} for ${hours} ${hours === 1 ? 'hour' : 'hours'} of your time.`,
        `${verb} ${formatPence(fee)} for your time.`,
      ),
    );
    const method = pay.method ?? plan.feesPaidMethod;
    const how = method ? METHOD_WORDS[method] : null;
    const when = clean(plan.feesPaidWhen).replace(/\.$/, '');
    if (how || when) {
      const text = `We will pay you${how ? ` ${how}` : ''}${how && when ? ',' : ''}${when ? ` ${lowerFirst(when)}` : ''}.`;
      said.push(say('money', text, passesEasyReadChecks(text, 1) ? text : how ? `We will pay you ${how}.` : 'We will tell you when we pay you.'));
    }
  } else if (LIVED_EXPERIENCE_ROLES.has(reader.role) && pay.status === 'to_agree') {
    said.push(say('money', 'We will agree your payment with you before the day.'));
  }
  const expenses = pay.expenses.map((e) => {
    const note = clean(e.note);
    return `${EXPENSE_KIND_LABELS[e.kind]}${note ? ` (${note})` : ''}${e.amountPence > 0 ? `: ${formatPence(e.amountPence)}` : ''}`;
  });
  if (pay.expenses.length > 0) {
    const total = expensesPence(pay);
    const kinds = [...new Set(pay.expenses.map((e) => EXPENSE_EASY[e.kind]))];
    said.push(
      say(
        'receipt',
        total > 0 ? `We will pay back these costs, ${formatPence(total)} in all:` : 'We will pay back these costs:',
        `We will pay for ${joinNames(kinds)}.`,
      ),
    );
    const tickets = pay.expenses.some((e) => e.kind === 'travel');
    said.push(
      say(
        'receipt',
        `Please keep your ${tickets ? 'tickets and receipts' : 'receipts'} and ask us for an expenses form.`,
        `Keep your ${tickets ? 'tickets and receipts' : 'receipts'}.`,
      ),
    );
  }
  if (fee > 0) {
    said.push(
      say(
        'information',
        'Being paid can affect some benefits. If you get benefits, talk to a benefits adviser, such as Citizens Advice, before you agree. We can help you find one.',
        'Money can change your benefits. We can help you ask about this.',
      ),
    );
  }
  return { said, expenses };
}

// --- Afterwards ----------------------------------------------------------------------------------

const FOLLOW_UP_WORDS: Record<FollowUpFormat, { text: string; easy: string; picture: PictogramKey }> = {
  email: { text: 'by email', easy: 'We will email you', picture: 'email' },
  post: { text: 'in a letter', easy: 'We will send you a letter', picture: 'post' },
  meeting: { text: 'at a meeting', easy: 'We will meet to talk about it', picture: 'group' },
  phone: { text: 'in a phone call', easy: 'We will phone you', picture: 'phone-call' },
};

const GIVE_BACK_SAID = {
  learning: say('idea', 'A chance to learn something new.', 'You can learn something new.'),
  certificate: say('certificate', 'A certificate to say you took part.', 'We will give you a certificate.'),
  co_authorship: say('write', 'Your name in what we write and publish, if you would like it there.', 'We can put your name in what we write.'),
  reference: say('document', 'A reference, if you would like one.', 'We can write a reference for you.'),
} as const;

/**
 * What happens afterwards: the follow-up ("you said, we did") with when and how it comes, and what
 * the reader gets back. The follow-up is promised only when the plan records one.
 */
export function afterwardsStatements(plan: Plan): Said[] {
  const out: Said[] = [];
  const by = dateWords(plan.followUpBy);
  const format = plan.followUpFormat ? FOLLOW_UP_WORDS[plan.followUpFormat] : null;
  const promised = plan.givesBack.includes('feedback') || clean(plan.followUp) !== '' || by !== null || format !== null;
  if (promised) {
    const tail = `${format ? `, ${format.text}` : ''}${by ? `, by ${by}` : ''}`;
    const easyWhen = format ? ` ${format.easy}${by ? ` by ${by}` : ''}.` : by ? ` We will do this by ${by}.` : '';
    out.push(
      say(
        format?.picture ?? 'star',
        `We will tell you what changed because of what you said${tail}.`,
        `We will tell you what changed because of you.${easyWhen}`,
      ),
    );
  }
  for (const kind of plan.givesBack) if (kind in GIVE_BACK_SAID) out.push(GIVE_BACK_SAID[kind as keyof typeof GIVE_BACK_SAID]);
  return out;
}
