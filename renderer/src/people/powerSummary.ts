/**
 * "How power is shared": who brings lived experience, who plans with you, who helps run the day.
 * Descriptive, never a score: it shows the facilitator the shape of the group, with one gentle
 * suggestion when nobody with lived experience is planning (NIHR INVOLVE 2018: sharing power).
 */
import { LIVED_EXPERIENCE_ROLES, PROFESSIONAL_ROLES, type Person } from '../../../main/domain/people';
import type { PlanFormat } from '../../../main/domain/plan';
import { personWords } from '../../../main/domain/pronouns';

export interface PowerLine {
  label: string;
  text: string;
}

export interface PowerSummary {
  lines: PowerLine[];
  /** A kind suggestion, or null when there is nothing to suggest. */
  note: string | null;
}

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "Amara", "Amara and Sam", "Amara, Sam and Priya". */
export function nameList(names: readonly string[]): string {
  return listFormat.format(names.map((n) => n.trim() || 'Someone without a name'));
}

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);

function withLived(group: readonly Person[]): string {
  const lived = group.filter((p) => LIVED_EXPERIENCE_ROLES.has(p.role)).length;
  if (group.length === 1) return lived === 1 ? `${personWords(group[0]!).TheyDo('bring')} lived experience.` : '';
  if (lived === 0) return 'None of them brings lived experience yet.';
  return `${lived} of ${group.length} ${lived === 1 ? 'brings' : 'bring'} lived experience.`;
}

export function powerSummary(all: readonly Person[], format: PlanFormat): PowerSummary {
  const lived = all.filter((p) => LIVED_EXPERIENCE_ROLES.has(p.role));
  const professional = all.filter((p) => PROFESSIONAL_ROLES.has(p.role));
  const others = all.length - lived.length - professional.length;
  const planners = all.filter((p) => p.coPlans);
  const runners = all.filter((p) => p.coFacilitates);
  const hosts = all.filter((p) => p.hostsOnline);

  const verb = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const shape = [
    lived.length > 0 && verb(lived.length, 'brings', 'bring') + ' lived experience as a public contributor or carer',
    professional.length > 0 && verb(professional.length, 'takes', 'take') + ' part in a professional role',
    others > 0 && verb(others, 'takes', 'take') + ' part in another way',
  ].filter((s): s is string => typeof s === 'string');
  const lines: PowerLine[] = [
    { label: 'Who is named', text: `${people(all.length)}: ${listFormat.format(shape)}.` },
    {
      label: 'Planning with you',
      text:
        planners.length === 0
          ? 'Nobody is named as planning with you yet.'
          : `${nameList(planners.map((p) => p.name))}. ${withLived(planners)}`.trim(),
    },
    {
      label: 'Helping run the day',
      text:
        runners.length === 0
          ? 'Nobody is named as helping run the day yet.'
          : `${nameList(runners.map((p) => p.name))}. ${withLived(runners)}`.trim(),
    },
  ];
  if (format !== 'in_person' || hosts.length > 0) {
    lines.push({
      label: 'Looking after people online',
      text: hosts.length === 0 ? 'Nobody is named yet.' : `${nameList(hosts.map((p) => p.name))}.`,
    });
  }

  let note: string | null = null;
  if (all.length > 0 && lived.length === 0) {
    note =
      'Nobody here brings lived experience yet. Co-production works best when public contributors and carers share the planning from the start (NIHR INVOLVE, 2018).';
  } else if (planners.length > 0 && !planners.some((p) => LIVED_EXPERIENCE_ROLES.has(p.role))) {
    note =
      'Nobody planning with you brings lived experience yet. Could a public contributor or carer plan the day with you? Sharing power starts with planning together (NIHR INVOLVE, 2018).';
  }
  return { lines, note };
}
