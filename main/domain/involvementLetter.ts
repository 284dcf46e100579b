/**
 * A letter of involvement: what one person contributed across the workshops they were part of, for
 * a CV, a reference or a benefits assessment, as a pack document in their own format (render.ts
 * makes the Word file with the packs' styles).
 *
 * Kept small and in this one file on purpose: the records come from the directory links here, and
 * a fuller history of a person can replace `involvementRecords` without touching the letter.
 * A letter is a promise like a pack: it says only what the plans recorded (no hours where none
 * were recorded), only about workshops that have happened, and nothing about health or money.
 */
import type { PackFormat } from './access';
import type { PackBlock, PackDocument, PackSection } from './pack/model';
import { PICTOGRAMS, type PictogramKey } from './pack/pictograms';
import { clean } from './pack/packText';
import { EASY_READ_CREDIT } from './pack/easyRead';
import { OTHER_FORMATS_LINE } from './pack/participant';
import { PERSON_ROLE_LABELS, totalHours, type Person, type PersonRole } from './people';
import type { Plan } from './plan';
import { formatDate } from './time';

/** One workshop as the letter tells it. */
export interface InvolvementRecord {
  planId: string;
  title: string;
  /** ISO date; null for an undated plan marked delivered. */
  date: string | null;
  role: PersonRole;
  /** Titles of the agenda items they led. */
  led: string[];
  coPlanned: boolean;
  helpedRun: boolean;
  hostedOnline: boolean;
  /** Preparation, session and follow-up hours as recorded for their payment; 0 when none were. */
  hours: number;
}

/** A plan a directory person is linked to, with their own person in it. */
export interface LinkedPlan {
  plan: Pick<Plan, 'id' | 'title' | 'date' | 'status' | 'blocks'>;
  person: Pick<Person, 'id' | 'role' | 'coPlans' | 'coFacilitates' | 'hostsOnline' | 'payment'>;
}

/**
 * What they did in each workshop that has happened (delivered, or dated today or earlier), oldest
 * first. Plans still to come are left out: a letter speaks of what was done.
 */
export function involvementRecords(links: readonly LinkedPlan[], today: string): InvolvementRecord[] {
  return links
    .filter(({ plan }) => plan.status === 'delivered' || (plan.date !== null && plan.date <= today))
    .map(({ plan, person }) => ({
      planId: plan.id,
      title: clean(plan.title).replace(/\s+/g, ' ') || 'A workshop',
      date: plan.date,
      role: person.role,
      led: plan.blocks.filter((b) => b.leadPersonId === person.id).map((b) => clean(b.title).replace(/\s+/g, ' ') || 'Part of the agenda'),
      coPlanned: person.coPlans,
      helpedRun: person.coFacilitates,
      hostedOnline: person.hostsOnline,
      hours: totalHours(person.payment),
    }))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title, 'en-GB'));
}

export interface LetterTotals {
  workshops: number;
  led: number;
  coPlanned: number;
  helpedRun: number;
  hours: number;
  first: string | null;
  last: string | null;
}

export function letterTotals(records: readonly InvolvementRecord[]): LetterTotals {
  const dates = records.map((r) => r.date).filter((d): d is string => d !== null);
  return {
    workshops: records.length,
    led: records.filter((r) => r.led.length > 0).length,
    coPlanned: records.filter((r) => r.coPlanned).length,
    helpedRun: records.filter((r) => r.helpedRun).length,
    hours: Math.round(records.reduce((s, r) => s + r.hours, 0) * 100) / 100,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
  };
}

/** "a carer", "an organiser": the role label as it reads in a sentence. */
function roleWords(role: PersonRole): string {
  const label = PERSON_ROLE_LABELS[role].toLocaleLowerCase('en-GB');
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
const hoursWords = (h: number) => (h === 1 ? '1 hour' : `${h} hours`);
const para = (text: string): PackBlock => ({ type: 'paragraph', text });
const idea = (key: PictogramKey, text: string): PackBlock => ({ type: 'idea', picture: { key, alt: PICTOGRAMS[key].alt }, text });

/** What they did in one workshop, in words: "Led: Welcome. Helped plan it." */
export function whatTheyDid(r: InvolvementRecord): string {
  const did = [
    r.led.length > 0 ? `Led ${r.led.map((t) => `“${t}”`).join(', ')}.` : null,
    r.coPlanned ? 'Helped plan it.' : null,
    r.helpedRun ? 'Helped run the day.' : null,
    r.hostedOnline ? 'Looked after the people joining online.' : null,
  ].filter((s): s is string => s !== null);
  return did.length > 0 ? did.join(' ') : 'Took part.';
}

export interface LetterOptions {
  format: PackFormat;
  /** ISO date the letter is written. */
  today: string;
}

/** The letter for `name` in `options.format`. */
export function involvementLetter(name: string, records: readonly InvolvementRecord[], options: LetterOptions): PackDocument {
  const who = clean(name).replace(/\s+/g, ' ') || 'This person';
  const title = 'Letter of involvement';
  const base = { kind: 'participant' as const, format: options.format, title, titleLines: [`For ${who}`, `Written on ${formatDate(options.today)}`] };
  if (options.format === 'easy_read') {
    return { ...base, sections: easyReadSections(who, records), footer: `${title} for ${who} – Easy Read`, credits: [EASY_READ_CREDIT] };
  }
  return { ...base, sections: sections(who, records), footer: `${title} for ${who}`, credits: [] };
}

function summaryLines(who: string, t: LetterTotals): string[] {
  const span =
    t.first && t.last && t.first !== t.last
      ? ` between ${formatDate(t.first)} and ${formatDate(t.last)}`
      : t.first
        ? ` on ${formatDate(t.first)}`
        : '';
  return [
    `${who} took part in ${count(t.workshops, 'workshop', 'workshops')} with us${span}.`,
    t.led > 0 ? `${who} led part of ${t.led === t.workshops && t.led > 1 ? 'every one of them' : count(t.led, 'workshop', 'workshops')}.` : null,
    t.coPlanned > 0 ? `${who} helped to plan ${count(t.coPlanned, 'workshop', 'workshops')}.` : null,
    t.helpedRun > 0 ? `${who} helped to run ${count(t.helpedRun, 'workshop', 'workshops')} on the day.` : null,
    t.hours > 0 ? `${who} gave ${hoursWords(t.hours)} of their time, counting preparation and follow-up where we recorded them.` : null,
  ].filter((s): s is string => s !== null);
}

function sections(who: string, records: readonly InvolvementRecord[]): PackSection[] {
  const t = letterTotals(records);
  const about: PackSection = {
    level: 1,
    heading: 'About this letter',
    blocks: [
      para(`This letter says how ${who} has been involved in our work, as public involvement in planning and running workshops together.`),
      para(`It is for ${who} to use as they wish: for a CV, for a reference or for a benefits assessment.`),
    ],
  };
  if (records.length === 0) {
    return [
      { ...about, blocks: [...about.blocks, para(`We have no workshops recorded for ${who} yet that have already happened.`)] },
      formatsSection(),
    ];
  }
  const anyHours = records.some((r) => r.hours > 0);
  return [
    about,
    { level: 1, heading: 'In short', blocks: [{ type: 'bullets', items: summaryLines(who, t) }] },
    {
      level: 1,
      heading: 'The workshops',
      blocks: [
        {
          type: 'table',
          caption: `Workshops ${who} was part of`,
          // The role goes with what they did: five columns at 18pt would break words mid-way.
          header: ['Workshop', 'Date', 'Their part', ...(anyHours ? ['Hours'] : [])],
          rows: records.map((r) => [
            r.title,
            r.date ? formatDate(r.date) : 'Not dated',
            r.role === 'other' ? whatTheyDid(r) : `As ${roleWords(r.role)}. ${whatTheyDid(r)}`,
            ...(anyHours ? [r.hours > 0 ? String(r.hours) : 'Not recorded'] : []),
          ]),
          widths: anyHours ? [30, 24, 30, 16] : [38, 26, 36],
        },
      ],
    },
    formatsSection(),
  ];
}

function formatsSection(): PackSection {
  const line = OTHER_FORMATS_LINE.replace('This pack', 'This letter');
  return { level: 1, heading: 'Other formats', blocks: [para(`${line} To ask for one, contact the person who sent it to you.`)] };
}

/** Easy Read keeps to 24 pages: the most recent workshops, each one idea, and how many more. */
export const EASY_READ_MOST_WORKSHOPS = 20;

function easyReadSections(who: string, records: readonly InvolvementRecord[]): PackSection[] {
  const t = letterTotals(records);
  const about: PackBlock[] = [
    idea('document', `This letter is about the work ${who} did with us.`),
    idea('certificate', 'It can help with a job, a reference or benefits.'),
  ];
  const formats: PackSection = {
    level: 1,
    heading: 'Other formats',
    blocks: [idea('document', 'You can have this in large print or standard print too.'), idea('question', 'Ask the person who sent you this.')],
  };
  if (records.length === 0)
    return [{ level: 1, heading: 'About this letter', blocks: [...about, idea('calendar', `No meetings have happened yet.`)] }, formats];
  const did: PackBlock[] = [
    idea('group', `${who} came to ${count(t.workshops, 'meeting', 'meetings')}.`),
    ...(t.led > 0 ? [idea('star', `${who} led part of ${count(t.led, 'meeting', 'meetings')}.`)] : []),
    ...(t.coPlanned > 0 ? [idea('idea', `${who} helped plan ${count(t.coPlanned, 'meeting', 'meetings')}.`)] : []),
    ...(t.helpedRun > 0 ? [idea('team', `${who} helped run ${count(t.helpedRun, 'meeting', 'meetings')}.`)] : []),
    ...(t.hours > 0 ? [idea('clock', `${who} gave ${hoursWords(t.hours)} of time.`)] : []),
  ];
  const shown = records.slice(-EASY_READ_MOST_WORKSHOPS);
  const meetings: PackBlock[] = shown.map((r) => {
    const part = r.led.length > 0 ? 'led part of it' : r.coPlanned ? 'helped plan it' : r.helpedRun ? 'helped run it' : 'took part';
    return idea('calendar', `${r.date ? formatDate(r.date) : 'A meeting'}: ${r.title}. ${who} ${part}.`);
  });
  if (records.length > shown.length) meetings.push(idea('information', `There were ${records.length - shown.length} more meetings before these.`));
  return [
    { level: 1, heading: 'About this letter', blocks: about },
    { level: 1, heading: `What ${who} did`, blocks: did },
    { level: 1, heading: 'The meetings', blocks: meetings },
    formats,
  ];
}
