import type { BlockKind } from './blockKinds';

export const PLAN_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];
export const PLAN_FORMAT_LABELS: Record<PlanFormat, string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'Hybrid (in the room and online)',
};

export const PLAN_STATUSES = ['draft', 'ready', 'delivered'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Draft',
  ready: 'Ready',
  delivered: 'Delivered',
};

/** Everything about a plan except its agenda. Dates are ISO "YYYY-MM-DD", times "HH:MM". */
export interface PlanDetails {
  id: string;
  title: string;
  purpose: string;
  whatCouldChange: string;
  date: string | null;
  startTime: string;
  endTime: string | null;
  format: PlanFormat;
  venueName: string;
  venueAddress: string;
  status: PlanStatus;
  createdAt: string;
  updatedAt: string;
}

export interface Block {
  id: string;
  title: string;
  kind: BlockKind;
  durationMinutes: number;
  /** Shown to participants in the pack: plain English. */
  description: string;
  facilitatorNotes: string;
  materials: string;
  /** Who leads this block (free text until people arrive in #3). */
  leadBy: string;
  /** Pin this block to a clock time, e.g. lunch at "12:30"; null when it simply follows on. */
  pinnedTime: string | null;
}

export interface Plan extends PlanDetails {
  blocks: Block[];
}

/** One row of the plans list: enough to show and sort without loading agendas. */
export interface PlanSummary {
  id: string;
  title: string;
  date: string | null;
  startTime: string;
  status: PlanStatus;
  format: PlanFormat;
  blockCount: number;
  /** Total agenda length in minutes, including any gap before a pinned block. */
  totalMinutes: number;
  createdAt: string;
  updatedAt: string;
}

export const PLAN_SORTS = ['date_desc', 'date_asc', 'updated_desc', 'title_asc'] as const;
export type PlanSort = (typeof PLAN_SORTS)[number];

export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const THEMES = ['system', 'light', 'dark', 'high_contrast'] as const;
export type Theme = (typeof THEMES)[number];
export const MOTION = ['system', 'reduce'] as const;
export type MotionPreference = (typeof MOTION)[number];

export interface Settings {
  textSize: TextSize;
  theme: Theme;
  motion: MotionPreference;
  /** The first-run welcome stays until the facilitator closes it. */
  welcomeDismissed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  textSize: 'standard',
  theme: 'system',
  motion: 'system',
  welcomeDismissed: false,
};

/** Limits shared by validation, the database and the UI's character counters. */
export const LIMITS = {
  title: 200,
  shortText: 300,
  longText: 10_000,
  address: 1_000,
  minutesMin: 1,
  minutesMax: 24 * 60,
  blocksPerPlan: 500,
  search: 200,
} as const;
