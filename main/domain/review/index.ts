// The plan review: a pure, deterministic rule engine over a plan. Shared by the renderer, the
// service and the command line.
export { reviewPlan, applySetAsides, reviewCounts, type ReviewCounts } from './engine';
export { RULES, RULE_IDS, type Rule } from './rules';
export { SOURCE_NAMES } from './rules/define';
export { participantTexts, PLAN_TEXT_LABELS, type ParticipantText } from './participantText';
export { buildContext, type NeedFact, type ReviewContext, type ReviewedText, type ReviewOptions } from './context';
export { suggestedBlock, SUGGESTED_METHODS } from './suggestions';
export * from './types';
