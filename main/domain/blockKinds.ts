/** The kinds of agenda block a facilitator can choose. Order here is the order menus show. */
export const BLOCK_KINDS = [
  'welcome',
  'check_in',
  'relationship_building',
  'ground_rules',
  'presentation',
  'discussion',
  'small_groups',
  'activity',
  'decision',
  'break',
  'meal',
  'reflection',
  'close',
  'other',
] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Plain UK English labels shown to facilitators. */
export const BLOCK_KIND_LABELS: Record<BlockKind, string> = {
  welcome: 'Welcome',
  check_in: 'Check-in',
  relationship_building: 'Relationship building',
  ground_rules: 'Ground rules',
  presentation: 'Presentation',
  discussion: 'Discussion',
  small_groups: 'Small groups',
  activity: 'Activity',
  decision: 'Decision',
  break: 'Break',
  meal: 'Meal',
  reflection: 'Reflection and check-out',
  close: 'Close',
  other: 'Other',
};

/** A sensible starting length, in minutes, when a block of this kind is added. */
export const BLOCK_KIND_DEFAULT_MINUTES: Record<BlockKind, number> = {
  welcome: 10,
  check_in: 15,
  relationship_building: 20,
  ground_rules: 10,
  presentation: 15,
  discussion: 30,
  small_groups: 30,
  activity: 20,
  decision: 20,
  break: 15,
  meal: 45,
  reflection: 15,
  close: 5,
  other: 15,
};

/** Kinds that give people rest; used by timing summaries and (later) the review. */
export const REST_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['break', 'meal']);

/** What a new block of this kind starts as; `fields` (from the caller) win over the defaults. */
export function newBlockWithDefaults<K extends BlockKind>(
  id: string,
  kind: K,
  fields: {
    title?: string | undefined;
    durationMinutes?: number | undefined;
    description?: string | undefined;
    easyRead?: string | undefined;
    facilitatorNotes?: string | undefined;
    materials?: string | undefined;
    leadBy?: string | undefined;
    leadPersonId?: string | null | undefined;
    decision?: string | undefined;
    deciderIds?: string[] | undefined;
    decidedByAll?: boolean | undefined;
    pinnedTime?: string | null | undefined;
    flexible?: boolean | undefined;
    minMinutes?: number | null | undefined;
    leadInRoom?: boolean | undefined;
  } = {},
) {
  return {
    id,
    title: fields.title ?? BLOCK_KIND_LABELS[kind],
    kind,
    durationMinutes: fields.durationMinutes ?? BLOCK_KIND_DEFAULT_MINUTES[kind],
    description: fields.description ?? '',
    easyRead: fields.easyRead ?? '',
    facilitatorNotes: fields.facilitatorNotes ?? '',
    materials: fields.materials ?? '',
    leadBy: fields.leadBy ?? '',
    leadPersonId: fields.leadPersonId ?? null,
    decision: fields.decision ?? '',
    deciderIds: fields.deciderIds ?? [],
    decidedByAll: fields.decidedByAll ?? false,
    pinnedTime: fields.pinnedTime ?? null,
    flexible: fields.flexible ?? false,
    minMinutes: fields.minMinutes ?? null,
    leadInRoom: fields.leadInRoom ?? false,
  };
}
