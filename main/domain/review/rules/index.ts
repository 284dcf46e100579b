/**
 * Every rule, in the order findings of the same weight are shown: sharing power first, then
 * including all, relationships, time and pace, reciprocity, plain English, impact, what people's
 * history with you says, and access (the venue, then access needs, the venue and online checks, and packs; then interpreters, joining
 * by phone or screen reader, and the dignity of the way in). The agenda by the clock, what earlier days
 * say about lengths, and young people follow time and pace.
 */
import { ACCESS_RULES } from './access';
import { ACCESS_NEEDS_RULES } from './accessNeeds';
import { CLOCK_RULES } from './agendaClock';
import { DIGNITY_RULES } from './dignity';
import { HISTORY_RULES } from './history';
import { INTERPRETER_RULES } from './interpreters';
import { JOINING_REMOTELY_RULES } from './joiningRemotely';
import { OVERRUN_RULES } from './overruns';
import { YOUNG_PEOPLE_RULES } from './youngPeople';
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
  ...CLOCK_RULES,
  ...OVERRUN_RULES,
  ...YOUNG_PEOPLE_RULES,
  ...RECIPROCITY_RULES,
  ...PLAIN_ENGLISH_RULES,
  ...IMPACT_RULES,
  ...HISTORY_RULES,
  ...ACCESS_RULES,
  ...ACCESS_NEEDS_RULES,
  ...INTERPRETER_RULES,
  ...JOINING_REMOTELY_RULES,
  ...DIGNITY_RULES,
];

/** Every rule id, in rule order. */
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
