/**
 * Small helpers the pack content builders share (participant.ts, easyRead.ts, facilitator.ts):
 * when and where, the agenda on the clock, and tidying the facilitator's text for a document.
 */
import { totalHours, type Person } from '../people';
import type { Block, Plan } from '../plan';
import { formatClockTime, formatDateWithWeekday, isIsoDate } from '../time';
import { computeSchedule } from '../timing';
import type { Inline, PackSection } from './model';

// Control characters other than tab and line breaks never belong in a document (Word refuses some).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The text with control characters taken out and surrounding space trimmed. */
export function clean(text: string): string {
  return text.replace(CONTROL, '').trim();
}

/** One paragraph per line or blank-line-separated chunk of the facilitator's text; empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return clean(text)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** "Friday 12 May 2027", or null when the plan has no (valid) date yet. */
export function dateLine(plan: Pick<Plan, 'date'>): string | null {
  return plan.date && isIsoDate(plan.date) ? formatDateWithWeekday(plan.date) : null;
}

export interface TimedRow {
  block: Block;
  start: string;
  end: string;
  /** Minutes a pinned block starts after its pin because earlier blocks run over (0 otherwise). */
  lateBy: number;
}

export interface DayTimes {
  rows: TimedRow[];
  start: string;
  /**
   * The finish participants are given. A pack is a promise: whenever the agenda's real end differs
   * from the intended end (it runs over, or it ends early), this is the agenda's real end, the time
   * the plan actually keeps. Without blocks, the intended end.
   */
  end: string;
  /** When the last block ends, for the facilitator (the same as `end` unless the agenda ends early). */
  agendaEnd: string;
  /** The plan's intended end time when the agenda's real end differs from it; otherwise null. */
  intendedEnd: string | null;
  /** Whether there is an end to speak of (an end time or at least one block). */
  hasEnd: boolean;
  /** Minutes the agenda runs past the end time, or is short of it (0 without an end time). */
  overrunMinutes: number;
  spareMinutes: number;
}

/** The agenda on the clock, as the schedule lays it out. A broken start time falls back to no times. */
export function dayTimes(plan: Pick<Plan, 'startTime' | 'endTime' | 'blocks'>): DayTimes {
  try {
    const s = computeSchedule(plan.startTime, plan.blocks, plan.endTime);
    const rows = plan.blocks.map((block, i) => {
      const row = s.rows[i]!;
      return { block, start: formatClockTime(row.start), end: formatClockTime(row.end), lateBy: row.pin?.lateBy ?? 0 };
    });
    const agendaEnd = formatClockTime(s.end);
    const end = plan.endTime === null || plan.blocks.length > 0 ? agendaEnd : plan.endTime;
    return {
      rows,
      start: formatClockTime(s.start),
      end,
      agendaEnd,
      intendedEnd: plan.endTime !== null && plan.blocks.length > 0 && (s.overrunMinutes > 0 || s.spareMinutes > 0) ? plan.endTime : null,
      hasEnd: plan.endTime !== null || plan.blocks.length > 0,
      overrunMinutes: s.overrunMinutes,
      spareMinutes: s.spareMinutes,
    };
  } catch {
    return {
      rows: plan.blocks.map((block) => ({ block, start: '', end: '', lateBy: 0 })),
      start: plan.startTime,
      end: plan.endTime ?? '',
      agendaEnd: '',
      intendedEnd: null,
      hasEnd: plan.endTime !== null,
      overrunMinutes: 0,
      spareMinutes: 0,
    };
  }
}

/** "10:00 to 14:00", or "From 10:00" when there is nothing to end on yet. */
export function timeLine(times: DayTimes): string {
  return times.hasEnd && times.end ? `${times.start} to ${times.end}` : `From ${times.start}`;
}

/** Where the workshop is, for the title page: the venue, "Online", or both for a hybrid session. */
export function placeLine(plan: Pick<Plan, 'format' | 'venueName'>): string | null {
  const venue = clean(plan.venueName);
  if (plan.format === 'online') return 'Online';
  if (plan.format === 'hybrid') return venue ? `${venue}, or online` : 'In the room or online';
  return venue || null;
}

/** The venue address on one line: "14 Mill Lane, Anytown, AN1 2YZ". */
export function addressLine(address: string): string {
  return paragraphsOf(address).join(', ');
}

/** The people running the day: facilitators and everyone who helps run it. */
export function runningPeople(people: readonly Person[]): Person[] {
  return people.filter((p) => p.role === 'facilitator' || p.coFacilitates);
}

/** "Amara", "Amara and Sam", "Amara, Sam and Joe". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A section, or nothing when it has no blocks and no sub-sections (empty sections are left out). */
export function section(
  level: 1 | 2 | 3,
  heading: string,
  blocks: PackSection['blocks'],
  sections: readonly (PackSection | null)[] = [],
): PackSection | null {
  const subs = sections.filter((s): s is PackSection => s !== null);
  if (blocks.length === 0 && subs.length === 0) return null;
  return subs.length > 0 ? { level, heading, blocks, sections: subs } : { level, heading, blocks };
}

/** Inline text flattened to a string (for tests and the app's preview). */
export function inlineText(text: Inline): string {
  return typeof text === 'string' ? text : text.map((r) => r.text).join('');
}

/** Adds a full stop unless the text already ends a sentence. */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?:…)"”’]$/.test(t) ? t : `${t}.`;
}

/** Someone giving their time is offered a fee: a rate is set, or hours are planned and they have not declined. */
export function offersFee(person: Person): boolean {
  return person.payment.status !== 'declined' && (person.payment.rate !== null || totalHours(person.payment) > 0);
}
