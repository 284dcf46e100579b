/**
 * Where in a plan file a problem is, in words a facilitator knows: "the length of block 2 of the
 * agenda (“Lunch”)" rather than "plan.blocks.1.durationMinutes". The file may be anything (it has
 * not passed the schema), so every name and title read from it is checked and cut short.
 */
import { ONLINE_CHECK_LABELS, VENUE_CHECK_LABELS } from './access';

type PathPart = string | number;

const PLAN_FIELDS: Record<string, string> = {
  id: 'the plan’s id',
  title: 'the plan’s name',
  purpose: 'why we are meeting',
  whatCouldChange: 'what could change',
  date: 'the plan’s date',
  startTime: 'the start time',
  endTime: 'the end time',
  format: 'the format (in person, online or hybrid)',
  venueName: 'the venue’s name',
  venueAddress: 'the venue’s address',
  status: 'the plan’s status',
  expectedParticipants: 'how many people are expected',
  givesBack: 'what people get back',
  givesBackNote: 'the note about what people get back',
  followUp: 'how we will tell people what changed',
  followUpBy: 'when the follow-up reaches people',
  followUpFormat: 'how the follow-up reaches people',
  contactPersonId: 'the contact for participants',
  dialInNumber: 'the number to ring to join',
  dialInHow: 'how to join by phone',
  feesPaidMethod: 'how fees are paid',
  feesPaidWhen: 'when fees are paid',
  audience: 'who the session is for',
  venueChecks: 'the venue checks',
  onlineChecks: 'the online checks',
  deliveredOn: 'the day it was delivered',
  personalDataClearedOn: 'the day its personal data was deleted',
  createdAt: 'when the plan was made',
  updatedAt: 'when the plan was last changed',
  people: 'the list of people',
  blocks: 'the agenda',
  setAsides: 'the findings set aside',
  debrief: 'the debrief',
  changes: '“you said, we did”',
};

const PERSON_FIELDS: Record<string, string> = {
  id: 'the id',
  name: 'the name',
  role: 'the role',
  organisation: 'the organisation',
  pronouns: 'the pronouns',
  knownAs: 'the name they use',
  email: 'the email address',
  phone: 'the phone number',
  contact: 'the other contact details',
  coPlans: 'whether they plan with us',
  coFacilitates: 'whether they help run the day',
  hostsOnline: 'whether they look after people online',
  takesPart: 'how they take part (in the room, online or by phone)',
  packFormat: 'the pack format',
  packDelivery: 'how their pack reaches them',
  materialsSentOn: 'when their pack was sent',
};

const BLOCK_FIELDS: Record<string, string> = {
  id: 'the id',
  title: 'the name',
  kind: 'the kind',
  durationMinutes: 'the length',
  description: 'the description',
  easyRead: 'the Easy Read text',
  facilitatorNotes: 'the facilitator notes',
  materials: 'the materials',
  leadBy: '“led by”',
  leadPersonId: 'who leads',
  decision: 'what is being decided',
  deciderIds: 'who decides',
  decidedByAll: 'whether everyone decides',
  pinnedTime: 'the pinned time',
  flexible: 'whether it can be shorter on the day',
  minMinutes: 'its shortest length on the day',
  leadInRoom: 'whether the lead is named on the room screen',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A name or title from the file, safe and short enough to quote in a sentence; '' when there is none. */
function quoted(value: unknown): string {
  if (typeof value !== 'string') return '';
  const clean = value
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return '';
  const chars = [...clean];
  return ` (“${chars.length > 40 ? `${chars.slice(0, 40).join('').trimEnd()}…` : clean}”)`;
}

const item = (list: unknown, index: PathPart): unknown => (Array.isArray(list) && typeof index === 'number' ? list[index] : undefined);
const nth = (index: PathPart) => (typeof index === 'number' ? String(index + 1) : String(index));
const field = (labels: Record<string, string>, key: PathPart | undefined) =>
  key === undefined ? null : ((Object.hasOwn(labels, key) ? labels[key as string] : null) ?? `“${String(key)}”`);

/** "the length of X", or X itself when the path stops at X. */
const of = (what: string | null, whole: string) => (what === null ? whole : `${what} of ${whole}`);

function wherePerson(rest: readonly PathPart[], whole: string): string {
  const [key, index, sub] = rest;
  if (key === 'accessNeeds') {
    if (index === undefined) return `the access needs of ${whole}`;
    const need = `access need ${nth(index)} of ${whole}`;
    return sub === 'arrangement' ? `the arrangement for ${need}` : sub === 'detail' ? `the detail of ${need}` : need;
  }
  if (key === 'payment') {
    if (rest[1] === 'expenses' && rest[2] !== undefined) return `expense ${nth(rest[2])} in the payment details of ${whole}`;
    return `the payment details of ${whole}`;
  }
  if (key === 'consent') return `the consent recorded for ${whole}`;
  return of(field(PERSON_FIELDS, key), whole);
}

/**
 * The place `path` (as zod reports it, from the file's top) points to, as a phrase that follows
 * "The problem is in": "the pronouns of person 3 (“Amara”)".
 */
export function whereInPlanFile(path: readonly PathPart[], file: unknown): string {
  const [top, key, index, ...rest] = path;
  if (top === undefined) return 'the file as a whole';
  if (top === 'savedAt') return 'when the file was saved';
  if (top === 'personalData') return 'the note saying whether people’s details are included';
  if (top !== 'plan') return `“${String(top)}”`;
  if (key === undefined) return 'the plan';
  const plan = isRecord(file) && isRecord(file.plan) ? file.plan : {};
  if (index === undefined) return field(PLAN_FIELDS, key) ?? 'the plan';
  if (key === 'people') {
    const person = item(plan.people, index);
    const whole = `person ${nth(index)}${quoted(isRecord(person) ? person.name : undefined)}`;
    return wherePerson(rest, whole);
  }
  if (key === 'blocks') {
    const block = item(plan.blocks, index);
    const whole = `block ${nth(index)} of the agenda${quoted(isRecord(block) ? block.title : undefined)}`;
    return of(field(BLOCK_FIELDS, rest[0]), whole);
  }
  if (key === 'setAsides') return `finding ${nth(index)} set aside`;
  if (key === 'changes') return `line ${nth(index)} of “you said, we did”`;
  if (key === 'debrief') return `the debrief’s “${String(index)}”`;
  if (key === 'venueChecks' || key === 'onlineChecks') {
    const labels: Record<string, string> = key === 'venueChecks' ? VENUE_CHECK_LABELS : ONLINE_CHECK_LABELS;
    const label = Object.hasOwn(labels, index) ? labels[index as string] : String(index);
    return `the ${key === 'venueChecks' ? 'venue' : 'online'} check “${label}”`;
  }
  if (key === 'givesBack') return 'what people get back';
  return field(PLAN_FIELDS, key) ?? 'the plan';
}
