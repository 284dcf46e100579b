/**
 * Access needs and how each will be met. Facilitators used to keep these in spreadsheets and email,
 * and things got missed on the day; here every need carries an arrangement (how, who, by when, and
 * whether it is done) so it stays visible until it is met. Needs are health information: they are
 * kept only with the person's recorded consent (see `canKeepNeeds`).
 */

export const NEED_CATEGORIES = [
  'mobility',
  'sight',
  'hearing',
  'neurodivergence',
  'learning_disability',
  'communication',
  'mental_health',
  'dietary',
  'caring',
  'language',
  'digital',
  'travel',
  'other',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

export const NEED_CATEGORY_LABELS: Record<NeedCategory, string> = {
  mobility: 'Moving around',
  sight: 'Sight',
  hearing: 'Hearing',
  neurodivergence: 'Neurodivergence',
  learning_disability: 'Learning disability',
  communication: 'Communication',
  mental_health: 'Mental health and energy',
  dietary: 'Food and drink',
  caring: 'Caring responsibilities',
  language: 'Language',
  digital: 'Joining online',
  travel: 'Travel',
  other: 'Something else',
};

export const PACK_FORMATS = ['standard', 'large_print', 'dyslexia', 'easy_read'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];
export const PACK_FORMAT_LABELS: Record<PackFormat, string> = {
  standard: 'Standard clear print',
  large_print: 'Large print',
  dyslexia: 'Dyslexia-friendly',
  easy_read: 'Easy Read',
};

export const PACK_DELIVERIES = ['email', 'post', 'on_the_day'] as const;
export type PackDelivery = (typeof PACK_DELIVERIES)[number];
export const PACK_DELIVERY_LABELS: Record<PackDelivery, string> = {
  email: 'By email',
  post: 'By post',
  on_the_day: 'Printed, on the day',
};

export const VENUE_CHECKS = [
  'step_free_entrance',
  'accessible_toilet',
  'lift',
  'hearing_loop',
  'quiet_room',
  'parking',
  'public_transport',
  'lighting',
  'seating',
  'prayer_space',
  'food_water',
] as const;
export type VenueCheck = (typeof VENUE_CHECKS)[number];
export const VENUE_CHECK_LABELS: Record<VenueCheck, string> = {
  step_free_entrance: 'Step-free entrance, by the main door',
  accessible_toilet: 'Accessible toilet',
  lift: 'A lift to every floor we use (or everything on one floor)',
  hearing_loop: 'Hearing loop in the room',
  quiet_room: 'A quiet room to take a break in',
  parking: 'Parking and drop-off close to the door',
  public_transport: 'A short walk from public transport',
  lighting: 'Good lighting that can be adjusted',
  seating: 'Comfortable seating, some with arms',
  prayer_space: 'A prayer or quiet reflection space',
  food_water: 'Food and drinking water',
};

export const ONLINE_CHECKS = ['captions', 'screen_reader', 'phone_dial_in', 'tech_check', 'online_host'] as const;
export type OnlineCheck = (typeof ONLINE_CHECKS)[number];
export const ONLINE_CHECK_LABELS: Record<OnlineCheck, string> = {
  captions: 'Live captions are switched on',
  screen_reader: 'The meeting platform works with screen readers',
  phone_dial_in: 'People can join by phone',
  tech_check: 'A tech check is offered before the day',
  online_host: 'Someone looks after the people joining online',
};

export const CHECK_ANSWERS = ['yes', 'no', 'unsure', 'not_needed'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];
export const CHECK_ANSWER_LABELS: Record<CheckAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  unsure: 'Not sure yet',
  not_needed: 'Not needed',
};

/** One answered check: the answer and any detail people will need ("ramp at the side door"). */
export interface CheckItem {
  answer: CheckAnswer;
  note: string;
}
/** Only the checks answered so far are present. */
export type VenueChecks = Partial<Record<VenueCheck, CheckItem>>;
export type OnlineChecks = Partial<Record<OnlineCheck, CheckItem>>;

export const NEED_TYPE_IDS = [
  'step_free',
  'wheelchair_space',
  'seating',
  'accessible_toilet',
  'large_print',
  'screen_reader',
  'braille',
  'assistance_dog',
  'coloured_paper',
  'hearing_loop',
  'sign_language',
  'live_captions',
  'lip_reading',
  'agenda_in_advance',
  'quiet_room',
  'lighting',
  'movement',
  'dyslexia_friendly',
  'easy_read',
  'supporter',
  'plain_english',
  'extra_time',
  'named_contact',
  'breaks',
  'rest_space',
  'someone_to_talk_to',
  'dietary',
  'caring_timing',
  'carer_attending',
  'caring_costs',
  'interpreter',
  'translation',
  'device',
  'data',
  'phone_dial_in',
  'tech_check',
  'parking',
  'blue_badge',
  'taxi',
  'public_transport',
  'other',
] as const;
export type NeedTypeId = (typeof NEED_TYPE_IDS)[number];

export interface NeedType {
  id: NeedTypeId;
  category: NeedCategory;
  label: string;
  /** The venue check that has to say "yes" for this need to be met in the room. */
  venueCheck?: VenueCheck;
  /** The online check that meets this need for someone joining online. */
  onlineCheck?: OnlineCheck;
  /** The pack format this need asks for. */
  packFormat?: PackFormat;
  /** A need about hearing: live captions matter when they are in a hybrid or online session. */
  hearing?: boolean;
}

/** The structured list, in the order the editor offers it. */
export const NEED_TYPES: readonly NeedType[] = [
  { id: 'step_free', category: 'mobility', label: 'Step-free access', venueCheck: 'step_free_entrance' },
  { id: 'wheelchair_space', category: 'mobility', label: 'Space for a wheelchair', venueCheck: 'step_free_entrance' },
  { id: 'seating', category: 'mobility', label: 'Particular seating', venueCheck: 'seating' },
  { id: 'accessible_toilet', category: 'mobility', label: 'An accessible toilet', venueCheck: 'accessible_toilet' },
  { id: 'large_print', category: 'sight', label: 'Large print', packFormat: 'large_print' },
  { id: 'screen_reader', category: 'sight', label: 'Documents that work with a screen reader', onlineCheck: 'screen_reader' },
  { id: 'braille', category: 'sight', label: 'Braille' },
  { id: 'assistance_dog', category: 'sight', label: 'Room for an assistance dog' },
  { id: 'coloured_paper', category: 'sight', label: 'Cream or coloured paper (visual stress)' },
  { id: 'hearing_loop', category: 'hearing', label: 'A hearing loop', venueCheck: 'hearing_loop', hearing: true },
  { id: 'sign_language', category: 'hearing', label: 'A BSL or other sign language interpreter', hearing: true },
  { id: 'live_captions', category: 'hearing', label: 'Live captions or a palantypist', onlineCheck: 'captions', hearing: true },
  { id: 'lip_reading', category: 'hearing', label: 'Seating where they can lip-read', hearing: true },
  { id: 'agenda_in_advance', category: 'neurodivergence', label: 'The agenda well in advance' },
  { id: 'quiet_room', category: 'neurodivergence', label: 'A quiet room', venueCheck: 'quiet_room' },
  { id: 'lighting', category: 'neurodivergence', label: 'Softer or adjustable lighting', venueCheck: 'lighting' },
  { id: 'movement', category: 'neurodivergence', label: 'Room to move about or fidget' },
  { id: 'dyslexia_friendly', category: 'neurodivergence', label: 'Dyslexia-friendly documents', packFormat: 'dyslexia' },
  { id: 'easy_read', category: 'learning_disability', label: 'Easy Read information', packFormat: 'easy_read' },
  { id: 'supporter', category: 'learning_disability', label: 'A supporter coming with them' },
  { id: 'plain_english', category: 'communication', label: 'Plain English' },
  { id: 'extra_time', category: 'communication', label: 'Extra time to speak or reply' },
  { id: 'named_contact', category: 'communication', label: 'One named person to contact' },
  { id: 'breaks', category: 'mental_health', label: 'Regular breaks' },
  { id: 'rest_space', category: 'mental_health', label: 'A space to rest', venueCheck: 'quiet_room' },
  { id: 'someone_to_talk_to', category: 'mental_health', label: 'Someone to talk to if things feel hard' },
  { id: 'dietary', category: 'dietary', label: 'Food they can eat', venueCheck: 'food_water' },
  { id: 'caring_timing', category: 'caring', label: 'Times that fit around caring' },
  { id: 'carer_attending', category: 'caring', label: 'A carer or child coming with them' },
  { id: 'caring_costs', category: 'caring', label: 'Help with the cost of care' },
  { id: 'interpreter', category: 'language', label: 'An interpreter for a spoken language' },
  { id: 'translation', category: 'language', label: 'Translated information' },
  { id: 'device', category: 'digital', label: 'A device to join on' },
  { id: 'data', category: 'digital', label: 'Data or wifi to join' },
  { id: 'phone_dial_in', category: 'digital', label: 'Joining by phone', onlineCheck: 'phone_dial_in' },
  { id: 'tech_check', category: 'digital', label: 'A tech check beforehand', onlineCheck: 'tech_check' },
  { id: 'parking', category: 'travel', label: 'Parking', venueCheck: 'parking' },
  { id: 'blue_badge', category: 'travel', label: 'Blue Badge parking', venueCheck: 'parking' },
  { id: 'taxi', category: 'travel', label: 'A taxi' },
  { id: 'public_transport', category: 'travel', label: 'Getting there by public transport', venueCheck: 'public_transport' },
  { id: 'other', category: 'other', label: 'Something else' },
];

export const NEED_TYPE_BY_ID: ReadonlyMap<NeedTypeId, NeedType> = new Map(NEED_TYPES.map((t) => [t.id, t]));

export function needType(id: NeedTypeId): NeedType {
  return NEED_TYPE_BY_ID.get(id)!;
}

export const ARRANGEMENT_STATUSES = ['to_arrange', 'arranged', 'cannot_meet'] as const;
export type ArrangementStatus = (typeof ARRANGEMENT_STATUSES)[number];
export const ARRANGEMENT_STATUS_LABELS: Record<ArrangementStatus, string> = {
  to_arrange: 'To arrange',
  arranged: 'Arranged',
  cannot_meet: 'Cannot meet: tell the person',
};

/** How one access need will be met. */
export interface Arrangement {
  /** What will be done, e.g. "Booked two BSL interpreters through the county service". */
  how: string;
  /** Who is making it happen: a name, "the venue", "me". */
  owner: string;
  /** ISO date it should be arranged by; null when not set. */
  dueDate: string | null;
  status: ArrangementStatus;
  /** For a need that cannot be met: the person has been told, and offered what might work instead. */
  personTold: boolean;
}

export interface AccessNeed {
  id: string;
  type: NeedTypeId;
  /** The person's own words about what helps. */
  detail: string;
  arrangement: Arrangement;
}

export const EMPTY_ARRANGEMENT: Arrangement = { how: '', owner: '', dueDate: null, status: 'to_arrange', personTold: false };

/** What the person has agreed we may do with their access needs. */
export interface Consent {
  /** We may keep a record of their access needs. Without this, none are kept. */
  store: boolean;
  /** We may share their needs with the venue and co-facilitators (by name in the facilitator pack). */
  share: boolean;
  /** ISO date consent was last recorded; null when it has not been asked. */
  recordedOn: string | null;
}

export const NO_CONSENT: Consent = { store: false, share: false, recordedOn: null };

/** Access needs may only be kept for someone who has agreed to it. */
export function canKeepNeeds(consent: Consent): boolean {
  return consent.store;
}

/** Days before the workshop that reminders start, and how long personal data is kept afterwards. */
export interface ReminderSettings {
  /** Arrangements still to arrange this close to the date are flagged. */
  arrangementsDaysBefore: number;
  /** Packs should reach people at least this many days before. */
  materialsDaysBefore: number;
  /** After a plan is delivered, suggest deleting personal data after this many days. */
  personalDataDays: number;
}

export const DEFAULT_REMINDERS: ReminderSettings = {
  arrangementsDaysBefore: 7,
  materialsDaysBefore: 7,
  personalDataDays: 90,
};
