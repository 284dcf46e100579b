import type { BlockKind } from './blockKinds';
import { DEFAULT_PACK_SEND_DAYS, type PackSendDays } from './packSchedule';
import { DEFAULT_REMINDERS, type OnlineChecks, type ReminderSettings, type VenueChecks } from './access';
import type { ClockStyle, DateLocale } from './locale';
import type { PaymentMethod, Person, Rate, TakesPart } from './people';
import type { BenefitsCheck } from './history';

export const PLAN_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];
export const PLAN_FORMAT_LABELS: Record<PlanFormat, string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'Hybrid (in the room and online)',
};

/** How the follow-up ("you said, we did") reaches people. */
export const FOLLOW_UP_FORMATS = ['email', 'post', 'meeting', 'phone'] as const;
export type FollowUpFormat = (typeof FOLLOW_UP_FORMATS)[number];
export const FOLLOW_UP_FORMAT_LABELS: Record<FollowUpFormat, string> = {
  email: 'By email',
  post: 'A letter by post',
  meeting: 'A meeting to talk it through',
  phone: 'A phone call',
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
  /** Roughly how many people are expected, all roles together; null when not yet known. */
  expectedParticipants: number | null;
  /** What participants get back for their time and knowledge. */
  givesBack: GiveBackKind[];
  /** More about what people get back, or the "other" it names. */
  givesBackNote: string;
  /** How and when we will tell people what changed because of them ("you said, we did"). */
  followUp: string;
  /** ISO date the follow-up will reach people by; null when not decided. */
  followUpBy: string | null;
  /** How the follow-up reaches people; null when not decided. */
  followUpFormat: FollowUpFormat | null;
  /**
   * The facilitator participants contact ("contact for participants"); null when not chosen, and
   * the packs then name the first facilitator with contact details.
   */
  contactPersonId: string | null;
  /** For online and hybrid plans: the number to ring to join by phone, and how to join. */
  dialInNumber: string;
  dialInHow: string;
  /** How and when fees are paid, for everyone whose own payment does not say. */
  feesPaidMethod: PaymentMethod | null;
  feesPaidWhen: string;
  /** Who the session is for, so the review fits its times and advice to them (empty: not said). */
  audience: AudienceKind[];
  /** The venue's access, as checked by the facilitator. */
  venueChecks: VenueChecks;
  /** How the online side works for everyone (online and hybrid sessions). */
  onlineChecks: OnlineChecks;
  /** ISO date the plan was marked delivered; null while it is not. Set by the service. */
  deliveredOn: string | null;
  /** ISO date personal data was cleared after the workshop; null when it has not been. Set by the service. */
  personalDataClearedOn: string | null;
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
  /** The Easy Read version of the description: short sentences, one idea each. */
  easyRead: string;
  facilitatorNotes: string;
  materials: string;
  /** Who leads, as free text: someone not in the plan's people, or "Everyone". */
  leadBy: string;
  /** Who leads, as one of the plan's people; null when nobody is named (or only `leadBy` is). */
  leadPersonId: string | null;
  /** For decision blocks: what is being decided, in plain words. */
  decision: string;
  /** For decision blocks: the people who take part in deciding. */
  deciderIds: string[];
  /** For decision blocks: everyone in the room takes part in deciding (then `deciderIds` is not needed). */
  decidedByAll: boolean;
  /** Pin this block to a clock time, e.g. lunch at "12:30"; null when it simply follows on. */
  pinnedTime: string | null;
  /**
   * On the day, this block can be shorter if the day runs late: running the day suggests taking
   * time from it, down to `minMinutes` (half its length when null). Breaks and meals are never
   * suggested, whatever this says.
   */
  flexible: boolean;
  minMinutes: number | null;
  /** The lead chose to have their name on the room screen for this block (never without their say). */
  leadInRoom: boolean;
}

export const GIVE_BACK_KINDS = ['feedback', 'learning', 'certificate', 'co_authorship', 'reference', 'other'] as const;
export type GiveBackKind = (typeof GIVE_BACK_KINDS)[number];
export const GIVE_BACK_LABELS: Record<GiveBackKind, string> = {
  feedback: 'Feedback on what changed because of them',
  learning: 'Learning or training',
  certificate: 'A certificate of involvement',
  co_authorship: 'Co-authorship or credit in what we publish',
  reference: 'A reference or testimonial',
  other: 'Something else',
};

/**
 * Who a session is for, where it changes what good looks like: children and young people need a
 * time after school and a safeguarding lead; people who work in the daytime meet in the evening.
 */
export const AUDIENCE_KINDS = ['under_18', 'young_carers', 'works_daytime'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
export const AUDIENCE_LABELS: Record<AudienceKind, string> = {
  under_18: 'Children or young people under 18',
  young_carers: 'Young carers',
  works_daytime: 'People who work in the daytime',
};

/** The GRIPP2 short-form headings, written up after the workshop. */
export interface Debrief {
  aim: string;
  methods: string;
  results: string;
  outcomes: string;
  reflections: string;
}
export const DEBRIEF_FIELDS = ['aim', 'methods', 'results', 'outcomes', 'reflections'] as const;
export const EMPTY_DEBRIEF: Debrief = { aim: '', methods: '', results: '', outcomes: '', reflections: '' };

/** One line of "you said, we did": what people told us and what changed because of it. */
export interface Change {
  id: string;
  youSaid: string;
  weDid: string;
  /** The plan person it came from, when it came from one person; left out or null when not. */
  fromPersonId?: string | null;
  /** They agreed to be named for it (so it can appear in their history with you). */
  fromAgreed?: boolean;
}

/** A review finding the facilitator has considered and set aside, with their reason. */
export interface SetAside {
  findingId: string;
  reason: string;
  setAt: string;
}

/** A block the facilitator saved to their own library, to reuse in any plan. */
export type LibraryItem = Pick<Block, 'id' | 'title' | 'kind' | 'durationMinutes' | 'description' | 'easyRead' | 'facilitatorNotes' | 'materials'> & {
  createdAt: string;
};

export interface Plan extends PlanDetails {
  blocks: Block[];
  people: Person[];
  setAsides: SetAside[];
  debrief: Debrief;
  changes: Change[];
}

/**
 * Details a new plan starts without: no checks answered, not delivered, nothing cleared, and none
 * of the practical facts the packs tell people (contact, joining by phone, follow-up, fees).
 */
export type AccessDetailsKey =
  | 'venueChecks'
  | 'onlineChecks'
  | 'deliveredOn'
  | 'personalDataClearedOn'
  | 'followUpBy'
  | 'followUpFormat'
  | 'contactPersonId'
  | 'dialInNumber'
  | 'dialInHow'
  | 'feesPaidMethod'
  | 'feesPaidWhen';
export function accessDetailsDefaults(): Pick<PlanDetails, AccessDetailsKey> {
  return {
    venueChecks: {},
    onlineChecks: {},
    deliveredOn: null,
    personalDataClearedOn: null,
    followUpBy: null,
    followUpFormat: null,
    contactPersonId: null,
    dialInNumber: '',
    dialInHow: '',
    feesPaidMethod: null,
    feesPaidWhen: '',
  };
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
  /** When it was marked delivered, and when its personal data was deleted: for the list's privacy note. */
  deliveredOn: string | null;
  personalDataClearedOn: string | null;
  /** How many people the plan lists. */
  peopleCount: number;
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
  /** The facilitator's own payment rates, each with its source and date. */
  rates: Rate[];
  /** When reminders about arrangements, packs and personal data start. */
  reminders: ReminderSettings;
  /** How many days before the workshop each pack should be sent, by how it travels and its format. */
  packSendDays: PackSendDays;
  /** How dates are typed and read (day first in the UK), whatever the computer's own setting. */
  locale: DateLocale;
  /** 24-hour clock unless the facilitator prefers 12-hour; stored times stay "HH:MM" either way. */
  clock: ClockStyle;
  /** The organisation sending the packs, on each pack's cover; empty for no cover line. */
  organisationName: string;
  /** Print every dyslexia-friendly pack on cream (otherwise only for readers who ask for it). */
  creamPaper: boolean;
  /**
   * Payments in a tax year above this amount prompt a gentle check that someone's benefits advice is
   * current. Kindred ships no figure: null until the facilitator records one, with its source and date.
   */
  benefitsCheck: BenefitsCheck | null;
}

export const DEFAULT_SETTINGS: Settings = {
  textSize: 'standard',
  theme: 'system',
  motion: 'system',
  welcomeDismissed: false,
  rates: [],
  reminders: DEFAULT_REMINDERS,
  packSendDays: DEFAULT_PACK_SEND_DAYS,
  locale: 'en-GB',
  clock: '24h',
  organisationName: '',
  creamPaper: false,
  benefitsCheck: null,
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
  peoplePerPlan: 300,
  expensesPerPerson: 30,
  changesPerPlan: 300,
  rates: 50,
  participants: 10_000,
  hours: 1_000,
  pence: 100_000_000,
  needsPerPerson: 60,
  reminderDays: 365,
} as const;

/**
 * How someone really takes part, given the plan's format: everyone is in the room at an in-person
 * workshop, and nobody is at an online one (there they join online unless they ring in).
 */
export function takesPartIn(plan: Pick<PlanDetails, 'format'>, person: Pick<Person, 'takesPart'>): TakesPart {
  if (plan.format === 'in_person') return 'in_room';
  if (plan.format === 'online') return person.takesPart === 'phone' ? 'phone' : 'online';
  return person.takesPart;
}
