/**
 * Everything Kindred holds about one person, for them to read (UK GDPR right of access): their
 * profile, consent, what helps them take part, each plan they were part of with their role,
 * arrangements and money, and the places in plans' free text that still name them. One record is
 * both the JSON (for a machine) and the Word document (for them), so the two never disagree.
 *
 * Other people's names (anyone in any plan) in the free text quoted are put as "a participant": a
 * copy for one person must not tell them about anyone else.
 */
import { needType, ARRANGEMENT_STATUS_LABELS, PACK_DELIVERY_LABELS, PACK_FORMAT_LABELS, type AccessNeed, type PackFormat } from './access';
import type { DirectoryPerson } from './directory';
import { namesOf, placesNaming, withNamesReplaced } from './nameMentions';
import type { PackBlock, PackDocument, PackSection } from './pack/model';
import {
  EXPENSE_KIND_LABELS,
  PAYMENT_METHOD_LABELS,
  PAYMENT_STATUS_LABELS,
  PERSON_ROLE_LABELS,
  TAKES_PART_LABELS,
  RATE_UNIT_LABELS,
  expensesPence,
  feePence,
  formatPence,
  totalHours,
  type Person,
} from './people';
import { PLAN_STATUS_LABELS, type Plan } from './plan';
import type { DayNote } from './runDay/notes';
import { formatDate } from './time';

/** One plan they are part of, with what it holds about them. */
export interface PlanPart {
  planId: string;
  title: string;
  date: string | null;
  status: Plan['status'];
  person: Person;
  /** Agenda items they lead, and decisions they are named in, by title. */
  leads: string[];
  decides: string[];
}

/** Free text in a plan that names them, with anyone else's name left out. */
export interface MentionRecord {
  planTitle: string;
  where: string;
  text: string;
}

export interface SubjectAccessRecord {
  /** ISO date the copy was made. */
  madeOn: string;
  profile: DirectoryPerson;
  plans: PlanPart[];
  mentions: MentionRecord[];
}

/**
 * The parts of `plans` that are about this person: the plans they are in, and text naming them,
 * notes on the day (`notesByPlan`, by plan id) included.
 */
export function subjectAccessRecord(
  profile: DirectoryPerson,
  linked: ReadonlyMap<string, string>,
  plans: readonly Plan[],
  notesByPlan: ReadonlyMap<string, readonly DayNote[]>,
  madeOn: string,
): SubjectAccessRecord {
  const names = new Set(namesOf(profile));
  const parts: PlanPart[] = [];
  for (const plan of plans) {
    const person = plan.people.find((p) => linked.get(p.id) === profile.id);
    if (!person) continue;
    for (const n of namesOf(person)) names.add(n);
    parts.push({
      planId: plan.id,
      title: plan.title,
      date: plan.date,
      status: plan.status,
      person,
      leads: plan.blocks.filter((b) => b.leadPersonId === person.id).map((b) => b.title),
      decides: plan.blocks.filter((b) => b.deciderIds.includes(person.id)).map((b) => b.title),
    });
  }
  const theirs = [...names];
  // Anyone else Kindred knows by name, in any plan: their names are not for this copy.
  const others = [...new Set(plans.flatMap((plan) => plan.people.filter((p) => linked.get(p.id) !== profile.id).flatMap((p) => namesOf(p))))].filter(
    (n) => !theirs.includes(n),
  );
  const mentions: MentionRecord[] = [];
  for (const plan of plans) {
    const own = plan.people.filter((p) => linked.get(p.id) === profile.id).map((p) => p.id);
    for (const m of placesNaming(plan, notesByPlan.get(plan.id) ?? [], theirs, own)) {
      mentions.push({ planTitle: plan.title, where: m.where, text: others.length > 0 ? withNamesReplaced(m.text, others) : m.text });
    }
  }
  parts.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : 0));
  return { madeOn, profile, plans: parts, mentions };
}

/** The record as JSON: every field Kindred keeps, as it keeps it, with a line saying what it is. */
export function subjectAccessJson(record: SubjectAccessRecord): string {
  const { profile, plans, mentions, madeOn } = record;
  return JSON.stringify(
    {
      about: 'Everything Kindred holds about one person, made for them on request (UK GDPR right of access).',
      madeOn,
      profile,
      plans: plans.map(({ person, ...plan }) => ({ ...plan, asInThePlan: person })),
      mentions,
    },
    null,
    2,
  );
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const orNone = (text: string, none = 'Not recorded') => (text.trim() === '' ? none : text.trim());
const dateOr = (iso: string | null, none = 'Not recorded') => (iso ? formatDate(iso) : none);
const fact = (label: string, value: string): PackBlock => ({ type: 'paragraph', text: [{ text: `${label}: `, bold: true }, { text: value }] });

function needLines(needs: readonly Pick<AccessNeed, 'type' | 'detail'>[]): PackBlock {
  return { type: 'bullets', items: needs.map((n) => (n.detail.trim() ? `${needType(n.type).label}: ${n.detail.trim()}` : needType(n.type).label)) };
}

function profileSection(p: DirectoryPerson): PackSection {
  const prefs = p.paymentPreferences;
  return {
    level: 1,
    heading: 'About you',
    blocks: [
      fact('Name', p.name),
      fact('Name you like to be called', orNone(p.knownAs)),
      fact('Pronouns', orNone(p.pronouns)),
      fact('Email', orNone(p.email)),
      fact('Phone', orNone(p.phone)),
      fact('Other ways to reach you', orNone(p.contact)),
      fact('Organisation', orNone(p.organisation)),
      fact('How you take part with us', p.roles.length > 0 ? p.roles.map((r) => PERSON_ROLE_LABELS[r]).join(', ') : 'Not recorded'),
      fact('Pack format', PACK_FORMAT_LABELS[p.packFormat]),
      fact('How your pack reaches you', PACK_DELIVERY_LABELS[p.packDelivery]),
      fact(
        'How you like to be paid',
        prefs.declines ? 'You would rather not be paid' : prefs.method ? PAYMENT_METHOD_LABELS[prefs.method] : 'Not recorded',
      ),
      fact('Benefits advice last offered', dateOr(prefs.benefitsAdviceOfferedOn)),
      fact('Notes about you', orNone(p.notes, 'None')),
      fact('First added', formatDate(p.createdAt.slice(0, 10))),
    ],
    sections: [
      {
        level: 2,
        heading: 'Your consent',
        blocks: [
          fact('We may keep a record of what helps you take part', yesNo(p.consent.store)),
          fact('We may share it with the venue and co-facilitators', yesNo(p.consent.share)),
          fact('When you told us', dateOr(p.consent.recordedOn)),
          fact('When we will check with you again', dateOr(p.consent.askAgainOn, 'No date set')),
        ],
      },
      {
        level: 2,
        heading: 'What helps you take part',
        blocks: p.accessProfile.length > 0 ? [needLines(p.accessProfile)] : [{ type: 'paragraph', text: 'We hold nothing about this.' }],
      },
    ],
  };
}

function planSection(part: PlanPart): PackSection {
  const { person } = part;
  const pay = person.payment;
  const fee = feePence(pay);
  const expenses = expensesPence(pay);
  const roleBits = [
    PERSON_ROLE_LABELS[person.role],
    person.coPlans ? 'co-planning' : '',
    person.coFacilitates ? 'helping run the day' : '',
    person.hostsOnline ? 'hosting people online' : '',
  ].filter(Boolean);
  const blocks: PackBlock[] = [
    fact('Date', dateOr(part.date, 'No date yet')),
    fact('Where the plan is', PLAN_STATUS_LABELS[part.status]),
    fact('Your part', roleBits.join(', ')),
    fact('How you take part', TAKES_PART_LABELS[person.takesPart]),
  ];
  if (part.leads.length > 0) blocks.push(fact('You lead', part.leads.join('; ')));
  if (part.decides.length > 0) blocks.push(fact('You help decide', part.decides.join('; ')));
  blocks.push(fact('Materials sent', dateOr(person.materialsSentOn, 'Not yet')));
  const arrangements: PackBlock =
    person.accessNeeds.length > 0
      ? {
          type: 'table',
          caption: `What helps you take part at ${part.title}, and how it is arranged`,
          header: ['What helps', 'How it is arranged', 'Status'],
          rows: person.accessNeeds.map((n) => [
            n.detail.trim() ? `${needType(n.type).label}: ${n.detail.trim()}` : needType(n.type).label,
            orNone(n.arrangement.how, 'Not yet decided'),
            ARRANGEMENT_STATUS_LABELS[n.arrangement.status],
          ]),
        }
      : { type: 'paragraph', text: 'Nothing recorded for this plan.' };
  const money: PackBlock[] = [
    fact('Payment', PAYMENT_STATUS_LABELS[pay.status]),
    fact('Hours', String(totalHours(pay))),
    fact('Rate', pay.rate ? `${formatPence(pay.rate.amountPence)} ${RATE_UNIT_LABELS[pay.rate.unit]}` : 'Not recorded'),
    fact('Fee', formatPence(fee)),
    fact('How it is paid', pay.method ? PAYMENT_METHOD_LABELS[pay.method] : 'Not recorded'),
  ];
  if (pay.expenses.length > 0) {
    money.push({
      type: 'bullets',
      items: pay.expenses.map((e) => `${EXPENSE_KIND_LABELS[e.kind]}: ${formatPence(e.amountPence)}${e.note.trim() ? ` (${e.note.trim()})` : ''}`),
    });
    money.push(fact('Expenses in all', formatPence(expenses)));
  }
  if (pay.notes.trim()) money.push(fact('Notes about payment', pay.notes.trim()));
  return {
    level: 2,
    heading: part.title,
    blocks,
    sections: [
      { level: 3, heading: 'Arrangements', blocks: [arrangements] },
      { level: 3, heading: 'Money', blocks: money },
    ],
  };
}

/** The pack formats a plain record can be made in: Easy Read's one picture per idea is for packs. */
const recordFormat = (format: PackFormat): PackFormat => (format === 'easy_read' ? 'large_print' : format);

/** The record as a plain, well-structured Word document, in their own format where it can be. */
export function subjectAccessDocument(record: SubjectAccessRecord, organiser?: string): PackDocument {
  const { profile, plans, mentions } = record;
  const sections: PackSection[] = [
    {
      level: 1,
      heading: 'What this is',
      blocks: [
        {
          type: 'paragraph',
          text: `This is everything Kindred, the planning app we use, holds about you on ${formatDate(record.madeOn)}. You asked for it, and you have a right to it. If anything is wrong, tell us and we will put it right.`,
        },
      ],
    },
    profileSection(profile),
    {
      level: 1,
      heading: 'Workshops you are part of',
      blocks: plans.length === 0 ? [{ type: 'paragraph', text: 'You are not part of any workshop plan at the moment.' }] : [],
      sections: plans.map(planSection),
    },
    {
      level: 1,
      heading: 'Other places your name is written',
      blocks:
        mentions.length === 0
          ? [{ type: 'paragraph', text: 'Your name is not written anywhere else in our plans.' }]
          : [
              { type: 'paragraph', text: 'Our notes and plans mention you here. Other people’s names are left out.' },
              {
                type: 'table',
                caption: 'Places in our plans that mention you',
                header: ['Plan', 'Where', 'What it says'],
                rows: mentions.map((m) => [m.planTitle, m.where, m.text]),
              },
            ],
    },
  ];
  return {
    kind: 'participant',
    format: recordFormat(profile.packFormat),
    title: `What we hold about ${profile.name}`,
    titleLines: [`Made on ${formatDate(record.madeOn)}`],
    ...(organiser ? { organiser } : {}),
    sections,
    footer: `What we hold about ${profile.name}`,
    credits: [],
  };
}
