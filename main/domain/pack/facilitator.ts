/**
 * The facilitator pack's content: the run sheet for the day and everything the team needs around
 * it. It is for the people running the workshop, so names are fine here, with one exception: access
 * needs carry a name only when the person agreed to their needs being shared (consent.share), and
 * are never shown for anyone who has not agreed to them being kept (consent.store).
 */
import { ARRANGEMENT_STATUS_LABELS, PACK_DELIVERY_LABELS, PACK_FORMAT_LABELS, needType, type PackFormat } from '../access';
import { BLOCK_KIND_LABELS } from '../blockKinds';
import { EXPENSE_KINDS, EXPENSE_KIND_LABELS, LIVED_EXPERIENCE_ROLES, PERSON_ROLE_LABELS, budget, formatPence, type Person } from '../people';
import { DEBRIEF_FIELDS, takesPartIn, type Plan } from '../plan';
import { personWords } from '../pronouns';
import { applySetAsides, reviewPlan } from '../review';
import { formatDate, isIsoDate } from '../time';
import type { Inline, PackBlock, PackDocument, PackSection } from './model';
import { plural } from '../words';
import { clean, dateLine, dayTimes, joinNames, paragraphsOf, placeLine, section, sentence, timeLine, type DayTimes } from './packText';
import { participantContact } from './contact';
import { TAKES_PART_LABELS, takesPart } from './takingPart';

export interface FacilitatorPackOptions {
  /** Today as an ISO date, so the review's date rules (arrangements due, packs to send) can run. */
  today?: string | null | undefined;
}

/** The GRIPP2 short-form headings and what to write under each (the same prompts as the app's After screen). */
export const DEBRIEF_HEADINGS: Record<(typeof DEBRIEF_FIELDS)[number], { label: string; prompt: string }> = {
  aim: { label: 'Aim', prompt: 'What we hoped involving people in this workshop would achieve.' },
  methods: { label: 'Methods', prompt: 'Who took part, how they were involved, and how they were supported.' },
  results: { label: 'Results', prompt: 'What came out of the day: what people said, suggested and decided.' },
  outcomes: { label: 'Outcomes', prompt: 'What changed because of it, for the work, the team and the people involved.' },
  reflections: { label: 'Reflections', prompt: 'What went well, what could have gone better, and what we learned.' },
};

const para = (text: Inline): PackBlock => ({ type: 'paragraph', text });

/** The facilitator pack for `plan` in `format`. */
export function facilitatorPack(plan: Plan, format: PackFormat, options: FacilitatorPackOptions = {}): PackDocument {
  const times = dayTimes(plan);
  const title = clean(plan.title) || 'Our workshop';
  const lines = ['Facilitator pack'];
  const date = dateLine(plan);
  if (date) lines.push(date);
  lines.push(timeLine(times));
  const place = placeLine(plan);
  if (place) lines.push(place);

  const before = [
    runSheetSection(plan, times),
    stepsSection(times),
    attendeesSection(plan),
    rolesSection(plan),
    materialsSection(plan),
    budgetSection(plan),
    findingsSection(plan, options.today ?? null),
    accessSection(plan),
  ].filter((s): s is PackSection => s !== null);
  // The debrief starts on its own page: the last section before it ends with a page break.
  const last = before[before.length - 1];
  if (last) before[before.length - 1] = { ...last, blocks: [...last.blocks, { type: 'pageBreak' }] };

  return {
    kind: 'facilitator',
    format,
    title,
    titleLines: lines,
    sections: [...before, debriefSection(plan)],
    footer: `${title} – facilitator pack`,
    credits: [],
  };
}

function personById(plan: Plan): Map<string, Person> {
  return new Map(plan.people.map((p) => [p.id, p]));
}

/** Who leads a block: the named person and the free text, as the facilitator wrote them. */
function whoLeads(people: Map<string, Person>, leadPersonId: string | null, leadBy: string): string {
  const person = leadPersonId ? people.get(leadPersonId) : undefined;
  const name = person ? clean(person.name) : '';
  const by = clean(leadBy);
  if (name && by) return by.includes(name) ? by : `${name}: ${by}`;
  return name || by;
}

function runSheetSection(plan: Plan, times: DayTimes): PackSection | null {
  if (times.rows.length === 0) return null;
  const people = personById(plan);
  const rows: Inline[][] = times.rows.map(({ block, start, end, lateBy }) => {
    const notes: string[] = [];
    if (block.kind === 'decision' && clean(block.decision)) {
      const deciders = block.decidedByAll
        ? 'everyone in the room'
        : joinNames(block.deciderIds.map((id) => clean(people.get(id)?.name ?? '')).filter(Boolean)) || 'not yet said who';
      notes.push(`Deciding: ${sentence(clean(block.decision))} Who decides: ${deciders}.`);
    }
    if (block.pinnedTime) notes.push(`Pinned to ${block.pinnedTime}.`);
    if (lateBy > 0) notes.push(`Starts ${plural(lateBy, 'minute', 'minutes')} after its pin because earlier blocks run over.`);
    const steps = paragraphsOf(block.facilitatorNotes);
    // Several lines of notes are steps, numbered under "Step by step"; one line stays beside the block.
    notes.push(...(steps.length > 1 ? ['Steps: see “Step by step”.'] : steps));
    const name = clean(block.title) || BLOCK_KIND_LABELS[block.kind];
    return [
      start && end ? `${start} to ${end}` : '',
      [{ text: name, bold: true }, { text: ` (${BLOCK_KIND_LABELS[block.kind].toLowerCase()}, ${block.durationMinutes} min)` }],
      whoLeads(people, block.leadPersonId, block.leadBy),
      paragraphsOf(block.materials).join(' '),
      notes.join(' '),
    ];
  });
  if (times.hasEnd && times.end) {
    const note = finishNote(times);
    rows.push([times.end, [{ text: 'Finish', bold: true }], '', '', note]);
  }
  // Five columns of notes read best across the page: the run sheet has landscape pages of its own.
  return {
    level: 1,
    heading: 'Run sheet',
    landscape: true,
    blocks: [
      {
        type: 'table',
        caption: 'Run sheet for the day',
        header: ['Time', 'Block', 'Who leads', 'Materials', 'Notes'],
        rows,
        widths: [14, 22, 16, 20, 28],
      },
    ],
  };
}

/** Each block whose notes run to several lines, its steps numbered in order, with its clock time. */
function stepsSection(times: DayTimes): PackSection | null {
  const sections: PackSection[] = [];
  for (const { block, start } of times.rows) {
    const steps = paragraphsOf(block.facilitatorNotes);
    if (steps.length < 2) continue;
    const name = clean(block.title) || BLOCK_KIND_LABELS[block.kind];
    sections.push({ level: 2, heading: start ? `${start} ${name}` : name, blocks: [{ type: 'numbered', items: steps }] });
  }
  if (sections.length === 0) return null;
  return { level: 1, heading: 'Step by step', blocks: [para('The steps for each block with more than one note, in order.')], sections };
}

/** Everyone coming, with their role and how they take part, and who participants can contact. */
function attendeesSection(plan: Plan): PackSection | null {
  if (plan.people.length === 0) return null;
  const rows: Inline[][] = plan.people.map((p) => [
    [{ text: clean(p.name) || 'Someone', bold: true }],
    PERSON_ROLE_LABELS[p.role],
    clean(p.organisation),
    TAKES_PART_LABELS[takesPart(plan, p)],
  ]);
  const contact = participantContact(plan);
  const blocks: PackBlock[] = [
    { type: 'table', caption: 'Attendee list', header: ['Name', 'Role', 'Organisation', 'Takes part'], rows, widths: [28, 24, 30, 18] },
    para(
      contact
        ? [
            { text: 'Contact for participants: ', bold: true },
            { text: `${[clean(contact.name) || 'A facilitator', clean(contact.email), clean(contact.phone)].filter(Boolean).join(', ')}.` },
          ]
        : 'Nobody is named yet as the contact for participants. Choose one on the Details tab, or add an email or phone number for a facilitator, so every pack names someone to ask.',
    ),
  ];
  return { level: 1, heading: 'Who is coming', blocks };
}

function rolesSection(plan: Plan): PackSection | null {
  const people = personById(plan);
  const leads = new Map<string, string[]>();
  for (const b of plan.blocks) {
    if (b.leadPersonId && people.has(b.leadPersonId)) {
      leads.set(b.leadPersonId, [...(leads.get(b.leadPersonId) ?? []), clean(b.title) || BLOCK_KIND_LABELS[b.kind]]);
    }
  }
  const items: Inline[] = [];
  for (const p of plan.people) {
    const jobs: string[] = [];
    if (p.coPlans) jobs.push('plans the workshop');
    if (p.role === 'facilitator' || p.coFacilitates) jobs.push('helps run the day');
    if (p.hostsOnline) jobs.push('hosts the people joining online');
    const part = takesPartIn(plan, p);
    if (part !== 'in_room' && plan.format === 'hybrid') jobs.push(part === 'phone' ? 'joins by phone' : 'joins online');
    const led = leads.get(p.id) ?? [];
    if (led.length > 0) jobs.push(`leads ${joinNames(led.map((t) => `“${t}”`))}`);
    if (jobs.length === 0) continue;
    const name = clean(p.name) || 'Someone';
    const org = clean(p.organisation);
    const who = `${PERSON_ROLE_LABELS[p.role].toLowerCase()}${org ? `, ${org}` : ''}`;
    items.push([{ text: name, bold: true }, { text: ` (${who}): ${sentence(joinNames(jobs))}` }]);
  }
  const blocks: PackBlock[] = items.length > 0 ? [{ type: 'bullets', items }] : [];
  const lived = plan.people.filter((p) => LIVED_EXPERIENCE_ROLES.has(p.role));
  const livedRunning = lived.filter((p) => p.coPlans || p.coFacilitates || plan.blocks.some((b) => b.leadPersonId === p.id));
  if (lived.length > 0) {
    blocks.push(
      para(
        livedRunning.length > 0
          ? `${livedRunning.length} of the ${lived.length} people bringing lived experience plan, run or lead part of the day.`
          : 'Nobody bringing lived experience plans, runs or leads part of the day yet. Co-production shares these roles.',
      ),
    );
  }
  return section(1, 'Roles and co-facilitation', blocks);
}

/**
 * The private page, person by person: how each of their needs is met, how they take part, and their
 * pack's format and how it was sent. Consent-aware: needs sit beside a name only where the person
 * agreed to their needs being shared; otherwise they are listed apart as "A participant", without
 * their own words, and their pack's format (which can tell a need) is left out too. People who have
 * not agreed to their needs being kept have none recorded, and any that linger are skipped.
 */
function accessSection(plan: Plan): PackSection | null {
  const rows: Inline[][] = [];
  const unnamed: Inline[][] = [];
  for (const p of plan.people) {
    const share = p.consent.store && p.consent.share;
    const needs = p.consent.store ? p.accessNeeds : [];
    if (!share) unnamed.push(...needs.map((need) => needRow(need, false)));
    const met = share
      ? needs.map((need) =>
          needRow(need, true)
            .filter((t) => t !== '')
            .join(' – '),
        )
      : [];
    const format = share || p.packFormat === 'standard' ? `${PACK_FORMAT_LABELS[p.packFormat]}, ` : '';
    const sent = p.materialsSentOn && isIsoDate(p.materialsSentOn) ? `sent ${formatDate(p.materialsSentOn)}` : 'not sent yet';
    rows.push([
      [{ text: clean(p.name) || 'Someone', bold: true }],
      TAKES_PART_LABELS[takesPart(plan, p)],
      `${format}${PACK_DELIVERY_LABELS[p.packDelivery].toLowerCase()}, ${sent}`,
      met.length > 0 ? met.join('\n') : share || needs.length === 0 ? 'None recorded' : 'See below (not named)',
    ]);
  }
  if (rows.length === 0) return null;
  const blocks: PackBlock[] = [
    para('Needs are shown beside a name only for people who agreed to their needs being shared. Please keep this page private.'),
    {
      type: 'table',
      caption: 'Access and packs, person by person',
      header: ['Who', 'Takes part', 'Pack and how it was sent', 'Needs and how we meet them'],
      rows,
      widths: [16, 13, 25, 46],
    },
  ];
  if (unnamed.length > 0) {
    blocks.push({
      type: 'table',
      caption: 'Needs of people who did not agree to be named',
      header: ['Need', 'How we meet it', 'Who arranges', 'Status'],
      rows: unnamed,
      widths: [30, 34, 18, 18],
    });
  }
  // The private page starts on its own page, so it can be taken out of a shared copy.
  return { level: 1, heading: 'Access and packs, person by person', newPage: true, blocks };
}

/** One need: what it is (with the person's own words when shared), how it is met, who arranges it, its status. */
function needRow(need: Person['accessNeeds'][number], share: boolean): string[] {
  const label = needType(need.type).label;
  const detail = share ? clean(need.detail) : '';
  const a = need.arrangement;
  let status: string = ARRANGEMENT_STATUS_LABELS[a.status];
  if (a.status === 'to_arrange' && a.dueDate && isIsoDate(a.dueDate)) status += ` by ${formatDate(a.dueDate)}`;
  return [detail ? `${label}: ${detail}` : label, clean(a.how), clean(a.owner), status];
}

function materialsSection(plan: Plan): PackSection | null {
  const seen = new Set<string>();
  const items: Inline[] = [];
  for (const b of plan.blocks) {
    const m = paragraphsOf(b.materials).join(' ');
    if (!m || seen.has(m.toLowerCase())) continue;
    seen.add(m.toLowerCase());
    items.push([{ text: m }, { text: ` (for “${clean(b.title) || BLOCK_KIND_LABELS[b.kind]}”)` }]);
  }
  if (items.length === 0) return null;
  return { level: 1, heading: 'Materials checklist', blocks: [para('Tick each box as it is packed.'), { type: 'checklist', items }] };
}

function budgetSection(plan: Plan): PackSection | null {
  const b = budget(plan.people);
  const agreeWith = plan.people.filter((p) => LIVED_EXPERIENCE_ROLES.has(p.role) && p.payment.status === 'to_agree' && clean(p.name) !== '');
  const toAgree = agreeWith.map((p) => clean(p.name));
  if (b.lines.length === 0 && toAgree.length === 0) return null;
  const blocks: PackBlock[] = [];
  if (b.lines.length > 0) {
    const rows: Inline[][] = b.lines.map((l) => [
      clean(l.name) || 'Someone',
      formatPence(l.feePence),
      formatPence(l.expensesPence),
      formatPence(l.feePence + l.expensesPence),
    ]);
    rows.push([
      [{ text: 'Total', bold: true }],
      [{ text: formatPence(b.feesPence), bold: true }],
      [{ text: formatPence(b.expensesPence), bold: true }],
      [{ text: formatPence(b.totalPence), bold: true }],
    ]);
    blocks.push({ type: 'table', caption: 'Payment and expenses', header: ['Who', 'Fee', 'Expenses', 'Total'], rows, widths: [40, 20, 20, 20] });
    const kinds = EXPENSE_KINDS.filter((k) => b.byExpenseKind[k] > 0).map((k) => `${EXPENSE_KIND_LABELS[k]}: ${formatPence(b.byExpenseKind[k])}`);
    if (kinds.length > 0) blocks.push(para('Expenses by kind:'), { type: 'bullets', items: kinds });
  }
  // One person: their own pronouns ("before she starts"); several: they.
  const they = agreeWith.length === 1 ? personWords(agreeWith[0]!).theyDo('start') : 'they start';
  if (toAgree.length > 0) blocks.push(para(`Payment still to agree with ${joinNames(toAgree)}. Agree it before ${they} preparing.`));
  return { level: 1, heading: 'Budget summary', blocks };
}

function findingsSection(plan: Plan, today: string | null): PackSection | null {
  const { open } = applySetAsides(reviewPlan(plan, { today }), plan.setAsides);
  if (open.length === 0) return null;
  const items: Inline[] = open.map((f) => (f.weight === 'important' ? [{ text: 'Important: ', bold: true }, { text: f.message }] : f.message));
  return {
    level: 1,
    heading: 'Things still worth a look',
    blocks: [
      para(`The plan review has ${open.length === 1 ? '1 thing' : `${open.length} things`} still open, the important ones first.`),
      { type: 'bullets', items },
    ],
  };
}

function debriefSection(plan: Plan): PackSection {
  const sections: PackSection[] = DEBRIEF_FIELDS.map((field) => {
    const { label, prompt } = DEBRIEF_HEADINGS[field];
    const written = paragraphsOf(plan.debrief[field]);
    const blocks: PackBlock[] = [para(prompt), ...written.map(para), { type: 'writeIn', label: `${label}:`, lines: written.length > 0 ? 3 : 5 }];
    return { level: 2, heading: label, blocks };
  });
  return {
    level: 1,
    heading: 'Debrief',
    blocks: [
      para('After the workshop, note what happened and what changed, under the GRIPP2 short-form headings. Then add it to the plan in Kindred.'),
    ],
    sections,
  };
}

/**
 * Beside the run sheet's finish: where the agenda's real end differs from the intended one, both
 * times and by how much, and which finish the participants were given.
 */
export function finishNote(times: Pick<DayTimes, 'end' | 'agendaEnd' | 'intendedEnd' | 'overrunMinutes' | 'spareMinutes'>): string {
  if (times.intendedEnd === null) return '';
  if (times.overrunMinutes > 0) {
    return `The agenda runs ${plural(times.overrunMinutes, 'minute', 'minutes')} past the intended end of ${times.intendedEnd}, so the participant packs say ${times.end}.`;
  }
  return `The last block ends at ${times.agendaEnd}, ${plural(times.spareMinutes, 'minute', 'minutes')} before the intended end of ${times.intendedEnd}, so the participant packs say ${times.end}.`;
}
