/**
 * A project's impact report: the evidence of what involving people changed, under the GRIPP2 long
 * form's headings (aim, methods, economic assessment, results, discussion and conclusions,
 * reflections / critical perspective), for a lead to attach to a funder report as it is. It is a
 * pack (domain/pack/model.ts), so render.ts gives it the same four formats, styles and headings.
 *
 * Nobody is named: people are counted by role, and what they said is the plan's "you said" line.
 * Where the project does not know something, the report says nothing rather than guessing.
 */
import type { PackFormat } from '../access';
import { EXPENSE_KINDS, EXPENSE_KIND_LABELS, PERSON_ROLE_LABELS, formatPence } from '../people';
import { FOLLOW_UP_FORMAT_LABELS, type Plan } from '../plan';
import type { Inline, PackBlock, PackDocument, PackSection } from '../pack/model';
import { clean, paragraphsOf, section, sentence } from '../pack/packText';
import { formatDate, formatDurationLong } from '../time';
import { computeSchedule } from '../timing';
import { plural } from '../words';
import { impactLog } from './impactLog';
import { involvement, type Involvement } from './involvement';
import { impactReportEasyRead } from './impactReportEasyRead';
import type { ImpactEntry, ImpactLogItem, Project } from './project';

export interface ImpactReportInput {
  project: Project;
  /** Its sessions, whole, in date order. */
  plans: readonly Plan[];
  /** Each plan person's directory entry, by plan person id, so one person is counted once. */
  links: ReadonlyMap<string, string>;
  entries: readonly ImpactEntry[];
  /** Today, as an ISO date: a follow-up date still to come is "planned", not "told". */
  today: string;
}

/** What every format of the report is built from, worked out once. */
export interface ReportFacts {
  title: string;
  involved: Involvement;
  log: ImpactLogItem[];
  first: string | null;
  last: string | null;
}

export const REPORT_OTHER_FORMATS = 'This report is available in large print, Easy Read, dyslexia-friendly and standard print.';

const para = (text: Inline): PackBlock => ({ type: 'paragraph', text });
const paras = (text: string): PackBlock[] => paragraphsOf(text).map(para);
const hours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));

export function reportFacts(input: ImpactReportInput): ReportFacts {
  const dates = input.plans.flatMap((p) => (p.date ? [p.date] : [])).sort();
  return {
    title: clean(input.project.name) || 'Our project',
    involved: involvement(input.plans, input.links),
    log: impactLog(input.plans, input.entries),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
  };
}

export function impactReport(input: ImpactReportInput, format: PackFormat): PackDocument {
  const facts = reportFacts(input);
  if (format === 'easy_read') return impactReportEasyRead(input, facts);
  const { title } = facts;
  const lines = ['Impact report: what involving people changed'];
  if (facts.first && facts.last)
    lines.push(facts.first === facts.last ? formatDate(facts.first) : `${formatDate(facts.first)} to ${formatDate(facts.last)}`);
  lines.push(`Written on ${formatDate(input.today)}`);
  const sections = [
    section(1, 'About this report', [
      para(
        'This report follows the headings of the GRIPP2 long form, the guidance for reporting the involvement of patients and the public. ' +
          'It was made from the project’s session plans and its impact log. People are counted by role and not named.',
      ),
    ]),
    section(1, 'Aim', paras(input.project.aims)),
    methodsSection(input, facts),
    moneySection(facts.involved),
    resultsSection(facts.log),
    fedBackSection(input.plans, facts.log, input.today),
    section(1, 'Discussion and conclusions', sessionNotes(input.plans, 'outcomes')),
    section(1, 'Reflections and critical perspective', [...paras(input.project.reflections), ...sessionNotes(input.plans, 'reflections')]),
    section(1, 'Other formats', [para(`${REPORT_OTHER_FORMATS} To ask for one, contact the person who sent it to you.`)]),
  ].filter((s): s is PackSection => s !== null);
  return {
    kind: 'facilitator',
    format,
    title,
    titleLines: lines,
    sections,
    footer: `${title} – impact report`,
    credits: [],
    description: 'Impact report',
  };
}

function sessionName(plan: Pick<Plan, 'title' | 'date'>): string {
  const name = clean(plan.title) || 'A session';
  return plan.date ? `${name} (${formatDate(plan.date)})` : name;
}

function methodsSection(input: ImpactReportInput, facts: ReportFacts): PackSection | null {
  const { involved } = facts;
  if (involved.sessions === 0) return null;
  const when = facts.first && facts.last && facts.first !== facts.last ? ` between ${formatDate(facts.first)} and ${formatDate(facts.last)}` : '';
  const intro = para(
    `We held ${plural(involved.sessions, 'session', 'sessions')}${when}, with ${plural(involved.people, 'person', 'people')} taking part` +
      (involved.hours > 0
        ? `, who gave ${plural(Number(hours(involved.hours)), 'hour', 'hours')} between them, preparation and follow-up included.`
        : '.'),
  );
  const sessions: PackSection = {
    level: 2,
    heading: 'Sessions',
    blocks: [
      {
        type: 'table',
        caption: 'The project’s sessions, in date order',
        header: ['Date', 'Session', 'People', 'Length'],
        rows: input.plans.map((plan) => {
          const minutes = computeSchedule(plan.startTime, plan.blocks, null).totalMinutes;
          return [
            plan.date ? formatDate(plan.date) : 'Not set',
            clean(plan.title) || 'A session',
            String(plan.people.length),
            minutes > 0 ? formatDurationLong(minutes) : '',
          ];
        }),
        widths: [22, 44, 12, 22],
      },
    ],
  };
  const nature = [
    involved.led > 0 ? `${plural(involved.led, 'person', 'people')} led part of a session.` : null,
    involved.coPlanned > 0 ? `${plural(involved.coPlanned, 'person', 'people')} planned sessions with the team.` : null,
    involved.coFacilitated > 0 ? `${plural(involved.coFacilitated, 'person', 'people')} helped run sessions.` : null,
  ].filter((s): s is string => s !== null);
  const who = section(2, 'Who was involved, and how', [
    {
      type: 'table',
      caption: 'People involved, by role',
      header: ['Role', 'People', 'Places at sessions', 'Hours recorded'],
      rows: involved.byRole.map((r) => [PERSON_ROLE_LABELS[r.role], String(r.people), String(r.places), hours(r.hours)]),
      widths: [40, 16, 24, 20],
    },
    ...(nature.length > 0 ? [{ type: 'bullets', items: nature } as const] : []),
  ]);
  const sessionMethods = section(2, 'How each session involved people', sessionNotes(input.plans, 'methods'));
  return section(1, 'Methods', [intro], [sessions, who, sessionMethods]);
}

function moneySection(involved: Involvement): PackSection | null {
  if (involved.totalPence === 0 && involved.declinedPayment === 0) return null;
  const rows: Inline[][] = [];
  if (involved.feesPence > 0) rows.push(['Fees for people’s time', formatPence(involved.feesPence)]);
  for (const kind of EXPENSE_KINDS) {
    const pence = involved.byExpenseKind[kind];
    if (pence > 0) rows.push([`Expenses: ${EXPENSE_KIND_LABELS[kind].toLowerCase()}`, formatPence(pence)]);
  }
  rows.push([[{ text: 'Total', bold: true }], [{ text: formatPence(involved.totalPence), bold: true }]]);
  const blocks: PackBlock[] = [
    para('Fees and expenses as agreed in each session’s plan.'),
    { type: 'table', caption: 'Money paid to people for their time, and their expenses', header: ['What for', 'Amount'], rows, widths: [70, 30] },
  ];
  if (involved.declinedPayment > 0) {
    const n = involved.declinedPayment;
    blocks.push(
      para(
        n === 1
          ? 'Once, someone chose not to be paid for their time.'
          : `${n.toLocaleString('en-GB')} times, people chose not to be paid for their time.`,
      ),
    );
  }
  return section(1, 'Economic assessment: money paid', involved.totalPence > 0 ? blocks : blocks.slice(2));
}

function resultsSection(log: readonly ImpactLogItem[]): PackSection | null {
  const bySession = new Map<string, { title: string; date: string | null; asked: string; rows: Inline[][] }>();
  const between: Inline[][] = [];
  for (const item of log) {
    if (item.from === 'entry') {
      between.push([formatDate(item.onDate), clean(item.asked), clean(item.said), clean(item.changed)]);
      continue;
    }
    const group = bySession.get(item.planId) ?? { title: item.planTitle, date: item.onDate, asked: clean(item.asked), rows: [] };
    group.rows.push([clean(item.said), clean(item.changed)]);
    bySession.set(item.planId, group);
  }
  const subs = [...bySession.values()].map((g) =>
    section(3, sessionName(g), [
      ...(g.asked ? [para([{ text: 'What we asked: ', bold: true }, { text: sentence(g.asked) }])] : []),
      {
        type: 'table',
        caption: `What contributors said at ${clean(g.title) || 'this session'}, and what changed`,
        header: ['What contributors said', 'What changed, or why not'],
        rows: g.rows,
        widths: [50, 50],
      },
    ]),
  );
  const sessions = section(2, 'At the sessions', [], subs);
  const betweenSection =
    between.length > 0
      ? section(2, 'Between sessions', [
          {
            type: 'table',
            caption: 'What contributors said between sessions, and what changed',
            header: ['Date', 'What was asked', 'What contributors said', 'What changed, or why not'],
            rows: between,
            widths: [16, 26, 29, 29],
          },
        ])
      : null;
  return section(1, 'Results: what changed because of contributors', [], [sessions, betweenSection]);
}

/** Every session that says how people hear back, and every entry, in date order. */
function fedBackSection(plans: readonly Plan[], log: readonly ImpactLogItem[], today: string): PackSection | null {
  const rows: { date: string | null; cells: Inline[] }[] = [];
  for (const plan of plans) {
    const how = [plan.followUpFormat ? FOLLOW_UP_FORMAT_LABELS[plan.followUpFormat] : '', clean(plan.followUp)].filter(Boolean).join('. ');
    if (plan.followUpBy === null && !how) continue;
    rows.push({ date: plan.date, cells: [sessionName(plan), toldWhen(plan.followUpBy, today), how] });
  }
  for (const item of log) {
    if (item.from !== 'entry') continue;
    const what = clean(item.asked) || clean(item.said);
    rows.push({
      date: item.onDate,
      cells: [`Between sessions (${formatDate(item.onDate)})${what ? `: ${what}` : ''}`, toldWhen(item.toldOn, today), clean(item.toldHow)],
    });
  }
  if (rows.length === 0) return null;
  // Stable: sessions keep their order, and an entry follows the session of its day.
  rows.sort((a, b) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1));
  return section(1, 'What we fed back, and when', [
    para('Telling people what changed because of them is part of valuing their time (UK Standards for Public Involvement: communications).'),
    {
      type: 'table',
      caption: 'When and how people were told what changed',
      header: ['What', 'When', 'How'],
      rows: rows.map((r) => r.cells),
      widths: [44, 24, 32],
    },
  ]);
}

function toldWhen(on: string | null, today: string): string {
  if (on === null) return 'Not yet';
  return on > today ? `Planned for ${formatDate(on)}` : formatDate(on);
}

/** Each session's own GRIPP2 note under one heading, named by its session; sessions with none are left out. */
function sessionNotes(plans: readonly Plan[], field: 'methods' | 'outcomes' | 'reflections'): PackBlock[] {
  const items: Inline[] = plans.flatMap((plan) => {
    const text = paragraphsOf(plan.debrief[field]).join(' ');
    return text ? [[{ text: `${sessionName(plan)}: `, bold: true }, { text: sentence(text) }]] : [];
  });
  return items.length > 0 ? [{ type: 'bullets', items }] : [];
}
