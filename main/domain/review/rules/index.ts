/**
 * Every rule, in the order findings of the same weight are shown: sharing power first, then
 * including all, relationships, time and pace, reciprocity, plain English, impact and access
 * (the venue, then access needs, the venue and online checks, and packs).
 */
import { ACCESS_RULES } from './access';
import { ACCESS_NEEDS_RULES } from './accessNeeds';
import type { Rule } from './define';
import { IMPACT_RULES } from './impact';
import { INCLUSION_RULES } from './inclusion';
import { PLAIN_ENGLISH_RULES } from './plainEnglish';
import { POWER_RULES } from './power';
import { RECIPROCITY_RULES } from './reciprocity';
import { RELATIONSHIP_RULES } from './relationships';
import { TIME_RULES } from './timeAndPace';

export type { Rule } from './define';

export const RULES: readonly Rule[] = [
  ...POWER_RULES,
  ...INCLUSION_RULES,
  ...RELATIONSHIP_RULES,
  ...TIME_RULES,
  ...RECIPROCITY_RULES,
  ...PLAIN_ENGLISH_RULES,
  ...IMPACT_RULES,
  ...ACCESS_RULES,
  ...ACCESS_NEEDS_RULES,
];

/** Every rule id, in rule order. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
