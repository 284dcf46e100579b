/**
 * The plan's participant-facing text: what goes into participants' packs, in the order a pack reads.
 * The plain-English rules look at these, and the renderer can use the same list (with the same
 * labels) wherever it shows the facilitator their words as participants will see them.
 */
import type { Plan } from '../plan';
import { blockName, quoted } from './rules/define';
import type { TextTarget } from './types';

export interface ParticipantText {
  target: TextTarget;
  /** Where the text lives, in the facilitator's words: "Why we are meeting", "“Lunch” description", "“Lunch” Easy Read". */
  label: string;
  text: string;
}

/** The labels of the plan's own participant-facing fields, as the details form names them. */
export const PLAN_TEXT_LABELS = {
  title: 'Plan name',
  purpose: 'Why we are meeting',
  whatCouldChange: 'What could change',
  followUp: 'How we will tell people what changed',
} as const;

const PLAN_FIELDS = ['title', 'purpose', 'whatCouldChange', 'followUp'] as const;

/**
 * Every participant-facing text that has something in it: the plan's name, why we are meeting,
 * what could change and the follow-up, then each block's title, description and Easy Read description
 * in agenda order. Empty fields are left out (other rules ask for the ones that matter).
 */
export function participantTexts(plan: Pick<Plan, 'title' | 'purpose' | 'whatCouldChange' | 'followUp' | 'blocks'>): ParticipantText[] {
  const out: ParticipantText[] = [];
  for (const field of PLAN_FIELDS) {
    const text = plan[field];
    if (text.trim()) out.push({ target: { kind: 'plan', field }, label: PLAN_TEXT_LABELS[field], text });
  }
  for (const block of plan.blocks) {
    const name = quoted(blockName(block));
    if (block.title.trim()) out.push({ target: { kind: 'block', blockId: block.id, field: 'title' }, label: `${name} title`, text: block.title });
    if (block.description.trim()) {
      out.push({ target: { kind: 'block', blockId: block.id, field: 'description' }, label: `${name} description`, text: block.description });
    }
    if (block.easyRead.trim())
      out.push({ target: { kind: 'block', blockId: block.id, field: 'easyRead' }, label: `${name} Easy Read`, text: block.easyRead });
  }
  return out;
}
