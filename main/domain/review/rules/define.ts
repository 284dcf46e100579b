/**
 * What a rule is, and the small helpers every rule uses to word its findings. A rule looks at the
 * shared facts in the review context (computed once per review) and says what it noticed, warmly
 * and specifically, with why it matters (naming a source) and how the facilitator might act.
 */
import { plural } from '../../words';
import { BLOCK_KIND_LABELS } from '../../blockKinds';
import type { Person } from '../../people';
import { PLAN_FORMATS, type Block, type PlanFormat } from '../../plan';
import { formatDurationLong } from '../../time';
import type { ReviewContext } from '../context';
import type { Concern, Finding, FindingAction, Principle, SourceId, TextTarget, Weight } from '../types';

export interface Rule {
  /** Stable kebab-case id; it starts every finding id the rule gives, so set-asides keep working. */
  id: string;
  principle: Principle;
  /** The usual weight; a rule may give a lighter or heavier one for a particular case. */
  weight: Weight;
  source: SourceId;
  /**
   * The session formats the rule speaks to. An online session has no toilets, parking or journey
   * home to think about, so a rule about the room declares in_person and hybrid only, and the
   * engine never runs it for an online plan.
   */
  formats: readonly PlanFormat[];
  run(ctx: ReviewContext): Finding[];
}

/** What one firing of a rule says. The rule fills in its id, principle, weight and source. */
export interface Noticed {
  /** Set when the rule can fire more than once: a person's id, `block:<id>`, a text target's key. */
  subject?: string;
  weight?: Weight;
  message: string;
  why: string;
  howToAct: string;
  action?: FindingAction;
  /** Everyone a grouped finding is about (see noticeForPeople). */
  concerns?: Concern[];
  fixes?: FindingAction[];
  quickReason?: string;
}

export type Notice = (noticed: Noticed) => void;

export interface RuleDefinition {
  id: string;
  principle: Principle;
  weight: Weight;
  source: SourceId;
  /** Every format when left out. */
  formats?: readonly PlanFormat[];
  check(ctx: ReviewContext, notice: Notice): void;
}

/** Formats for rules about being together in a room (the venue, the journey, the toilets). */
export const IN_ROOM: readonly PlanFormat[] = ['in_person', 'hybrid'];
/** Formats for rules about joining from a screen or a phone. */
export const ONLINE_TOO: readonly PlanFormat[] = ['online', 'hybrid'];

export function defineRule(def: RuleDefinition): Rule {
  const { id, principle, weight, source, check } = def;
  const formats = def.formats ?? PLAN_FORMATS;
  return {
    id,
    principle,
    weight,
    source,
    formats,
    run(ctx) {
      const found: Finding[] = [];
      if (!formats.includes(ctx.plan.format)) return found;
      check(ctx, (n) => {
        const finding: Finding = {
          id: n.subject === undefined ? id : `${id}:${n.subject}`,
          ruleId: id,
          principle,
          weight: n.weight ?? weight,
          message: n.message,
          why: n.why,
          source,
          howToAct: n.howToAct,
        };
        if (n.action) finding.action = n.action;
        if (n.concerns) finding.concerns = n.concerns;
        if (n.fixes) finding.fixes = n.fixes;
        if (n.quickReason) finding.quickReason = n.quickReason;
        found.push(finding);
      });
      return found;
    },
  };
}

/**
 * One finding for everyone a problem concerns, rather than one each: "Benefits advice has not been
 * offered to 38 people who are being paid", with the names to expand. A facilitator can still set it
 * aside for one person: the per-person finding id (`<rule>:<personId>`) is the one earlier versions
 * of Kindred gave, so set-asides made then keep working. Anyone set aside that way gets their own
 * finding (which the set-aside then files under "considered"), and the group names everyone else.
 */
export function noticeForPeople(
  ctx: ReviewContext,
  ruleId: string,
  people: readonly Person[],
  notice: Notice,
  words: { group(people: readonly Person[]): Noticed; one(person: Person): Noticed },
): void {
  const grouped: Person[] = [];
  for (const person of people) {
    if (ctx.setAsideIds.has(`${ruleId}:${person.id}`)) notice({ ...words.one(person), subject: person.id });
    else grouped.push(person);
  }
  if (grouped.length === 0) return;
  const n = grouped.length === 1 ? words.one(grouped[0]!) : words.group(grouped);
  notice({ ...n, subject: undefined, concerns: grouped.map((p) => ({ personId: p.id, name: personName(p), findingId: `${ruleId}:${p.id}` })) });
}

/**
 * How each source is named in a "why": the start of its title in SOURCES, short enough to read in a
 * sentence. Tests check every "why" names its own source this way.
 */
export const SOURCE_NAMES: Readonly<Record<SourceId, string>> = {
  involve: 'NIHR INVOLVE (2018)',
  ukStandards: 'UK Standards for Public Involvement',
  payment: 'NIHR payment guidance',
  gripp2: 'GRIPP2',
  accessibleInfo: 'GOV.UK',
  easyRead: 'Making written information easier to understand',
  foundingPaper: 'Co-production: a kind revolution',
  interpreters: 'NRCPD and ASLI guidance',
  youngPeople: 'NSPCC and NIHR guidance',
  gdpr: 'UK GDPR',
};

// ─── Wording helpers ────────────────────────────────────────────────────────────────────────

/** A block as people know it: its title, or its kind when it has no title yet. */
export function blockName(block: Pick<Block, 'title' | 'kind'>): string {
  return block.title.trim() || BLOCK_KIND_LABELS[block.kind];
}

/** “Lunch”, with curly quotes, for use in a sentence. */
export function quoted(text: string): string {
  return `“${text}”`;
}

export function personName(person: Pick<Person, 'name'>): string {
  return person.name.trim() || 'someone';
}

/**
 * "Amara", "Amara and Joe", "Amara, Joe and Priya", "Amara, Joe, Priya and 2 others";
 * with "or": "Amara, Joe or Priya", "Amara, Joe, Priya or others".
 */
export function listWords(items: readonly string[], joiner: 'and' | 'or' = 'and', most = 4): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  if (items.length > most) {
    const shown = items.slice(0, most - 1).join(', ');
    const others = items.length - (most - 1);
    return joiner === 'and' ? `${shown} and ${others} others` : `${shown} or others`;
  }
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]!}`;
}

/** "1 hour 35 minutes". */
export const duration = formatDurationLong;

/** "1 thing", "3 things". */
export const count = plural;

/** A text target as part of a finding id: "plan:purpose", "block:<id>:description". */
export function targetKey(target: TextTarget): string {
  return target.kind === 'plan' ? `plan:${target.field}` : `block:${target.blockId}:${target.field}`;
}

export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}
