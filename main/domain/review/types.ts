/**
 * The shape of the plan review: findings, the principles they serve and the sources they rest on.
 * The engine is pure and deterministic: the same plan always gives the same findings in the same order.
 */
import type { OnlineCheck, VenueCheck } from '../access';
import type { BlockKind } from '../blockKinds';

export const PRINCIPLES = [
  'sharing_power',
  'including_all',
  'respecting_knowledge',
  'reciprocity',
  'relationships',
  'kindness',
  'plain_english',
  'time_and_pace',
  'access',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const PRINCIPLE_LABELS: Record<Principle, string> = {
  sharing_power: 'Sharing power',
  including_all: 'Including all perspectives and skills',
  respecting_knowledge: 'Respecting and valuing the knowledge of all',
  reciprocity: 'Reciprocity',
  relationships: 'Building and maintaining relationships',
  kindness: 'Kindness',
  plain_english: 'Plain English',
  time_and_pace: 'Time and pace',
  access: 'Access',
};

/** The sources in PRODUCT.md every rule's "why" names. */
export const SOURCES = {
  involve: 'NIHR INVOLVE (2018) Guidance on co-producing a research project',
  ukStandards: 'UK Standards for Public Involvement (2019)',
  payment: 'NIHR payment guidance for public contributors',
  gripp2: 'GRIPP2 short form for reporting involvement',
  accessibleInfo: 'GOV.UK accessible and plain English publishing guidance',
  easyRead: 'Making written information easier to understand (Department of Health)',
  foundingPaper: 'Co-production: a kind revolution (the founding paper)',
  interpreters: 'NRCPD and ASLI guidance on working with sign language and spoken language interpreters',
  youngPeople: 'NSPCC and NIHR guidance on involving children and young people safely',
  gdpr: 'UK GDPR: consent records, storage limitation and the right to erasure',
} as const;
export type SourceId = keyof typeof SOURCES;

export const WEIGHTS = ['important', 'consider'] as const;
export type Weight = (typeof WEIGHTS)[number];
export const WEIGHT_LABELS: Record<Weight, string> = { important: 'Important', consider: 'Worth considering' };

/** Where in the app a finding can be acted on. */
export type Place = 'details' | 'people' | 'reciprocity' | 'access' | 'agenda' | 'debrief';

/** A block a one-click action adds. */
export interface SuggestedBlock {
  kind: BlockKind;
  title: string;
  durationMinutes: number;
  description: string;
  facilitatorNotes: string;
}

/** Plan details a finding can take the facilitator straight to (besides the plain-English text fields). */
export const DETAILS_FIELDS = ['date', 'startTime', 'endTime', 'venueName', 'givesBack'] as const;
export type DetailsField = (typeof DETAILS_FIELDS)[number];

export type FindingAction =
  /** Insert a block at this index of the agenda (0 = the very start; blocks.length = the end). */
  | { type: 'addBlock'; label: string; index: number; block: SuggestedBlock }
  /** Replace every whole-word use of `find` in one field with `replace` (plain English). */
  | { type: 'replaceText'; label: string; target: TextTarget; find: string; replace: string }
  /** Take the facilitator to where they can act. */
  | {
      type: 'go';
      label: string;
      place: Place;
      focus?: Focus;
    };

/** What a "go" action puts the focus on once it has taken the facilitator there. */
export type Focus =
  | TextTarget
  | { personId: string }
  | { blockId: string }
  | { detailsField: DetailsField }
  /** One access need's arrangement, on the Access tab's board. */
  | { needId: string }
  /** One answer of the venue or online checklist, on the Access tab. */
  | { venueCheck: VenueCheck }
  | { onlineCheck: OnlineCheck };

/** A participant-facing text field: one of the plan's, or one of a block's. */
export type TextTarget =
  | { kind: 'plan'; field: 'title' | 'purpose' | 'whatCouldChange' | 'followUp' }
  | { kind: 'block'; blockId: string; field: 'title' | 'description' | 'easyRead' };

export interface Finding {
  /** Stable across edits: the rule id, plus the subject (block, person, field) when a rule can fire more than once. */
  id: string;
  ruleId: string;
  principle: Principle;
  weight: Weight;
  /** What we noticed, in one or two plain sentences. */
  message: string;
  /** Why it matters, naming its source. */
  why: string;
  source: SourceId;
  /** How to act on it, as a suggestion. */
  howToAct: string;
  action?: FindingAction;
  /**
   * Everyone a grouped finding is about, in the order of people, so the card can list the names and
   * let the facilitator set it aside for one of them.
   */
  concerns?: Concern[];
  /** One-click fixes for each part of a grouped finding (each jargon term where it is), besides `action`. */
  fixes?: FindingAction[];
  /**
   * A reason the facilitator can set the finding aside with in one click, where one reason is by
   * far the usual one ("This time suits this group." for a time of day chosen on purpose).
   */
  quickReason?: string;
}

export interface Concern {
  personId: string;
  name: string;
  /** The id to set the finding aside for this person alone. */
  findingId: string;
}

export interface ConsideredFinding {
  finding: Finding;
  reason: string;
  setAt: string;
}

export interface ReviewResult {
  /** Findings still to look at, important first, then in rule order. */
  open: Finding[];
  /** Findings the facilitator has set aside, with their reason. */
  considered: ConsideredFinding[];
}
