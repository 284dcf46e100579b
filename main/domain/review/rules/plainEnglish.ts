/** Plain English in what participants read: jargon, long sentences, and blocks with nothing said about them. */
import { REST_KINDS } from '../../blockKinds';
import { STANDARD_SENTENCE_WORDS } from '../../plainEnglish';
import type { ReviewContext, ReviewedText } from '../context';
import { PLAN_TEXT_LABELS } from '../participantText';
import type { FindingAction, TextTarget } from '../types';
import type { JargonMatch } from '../../plainEnglish';
import { blockName, count, defineRule, listWords, quoted, targetKey, type Rule } from './define';

/** Where a text is, inside a sentence: "the description of “Lunch”", "“Why we are meeting”". */
export function whereText(ctx: ReviewContext, target: TextTarget): string {
  if (target.kind === 'plan') return target.field === 'title' ? 'the plan name' : quoted(PLAN_TEXT_LABELS[target.field]);
  const block = ctx.blockById.get(target.blockId);
  const name = block ? quoted(blockName(block)) : 'a block';
  if (target.field === 'title') return `the block title ${name}`;
  return target.field === 'easyRead' ? `the Easy Read for ${name}` : `the description of ${name}`;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The first few words of a sentence, to recognise it by. */
export function opening(sentence: string, words = 8): string {
  const parts = sentence.split(/\s+/);
  return parts.length <= words ? sentence : `${parts.slice(0, words).join(' ')}…`;
}

/** How many different terms a jargon finding names before "and others". */
const TERMS_NAMED = 4;
/** How many one-click fixes a grouped jargon finding offers; the rest are for the next review. */
const FIXES_OFFERED = 12;

const JARGON_WHY =
  'Co-production: a kind revolution (the founding paper) asks us to challenge the academic language that shuts people out. Participants read these words in their pack.';

function jargonHowToAct(note: string | undefined): string {
  return note
    ? `Swap each one for an everyday word, or keep it and explain it. ${note}`
    : 'Swap each one for an everyday word, or keep it and explain it the first time you use it.';
}

const replaceIn = (ctx: ReviewContext, target: TextTarget, m: JargonMatch, where: boolean): FindingAction => ({
  type: 'replaceText',
  label: `Change ${quoted(m.match)} to ${quoted(m.plain)}${where ? ` in ${whereText(ctx, target)}` : ''}`,
  target,
  find: m.term,
  replace: m.plain,
});

/** "“stakeholder” (perhaps “people involved”), “co-design” (…) and 2 others". */
function termsWords(terms: readonly JargonMatch[]): string {
  const named = terms.slice(0, TERMS_NAMED).map((m) => `${quoted(m.match)} (perhaps ${quoted(m.plain)})`);
  const more = terms.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${count(more, 'other', 'others')}` : listWords(named, 'and', TERMS_NAMED);
}

/** One text's jargon, each term once, in the order it first appears. */
function termsIn(t: ReviewedText): JargonMatch[] {
  const seen = new Set<string>();
  const out: JargonMatch[] = [];
  for (const m of t.jargon) {
    if (seen.has(m.term)) continue;
    seen.add(m.term);
    out.push(m);
  }
  return out;
}

/**
 * One finding for the whole plan's jargon: each term, where it is, and a one-click fix for each
 * place. A text set aside on its own (its finding id is the text's, as in earlier versions) keeps
 * its own finding, so the facilitator can leave one place be and still hear about the rest.
 */
export const jargon = defineRule({
  id: 'jargon',
  principle: 'plain_english',
  weight: 'consider',
  source: 'foundingPaper',
  check(ctx, notice) {
    const places = new Map<string, { match: JargonMatch; where: string[] }>();
    const fixes: FindingAction[] = [];
    let firstNote: string | undefined;
    for (const t of ctx.texts) {
      if (t.jargon.length === 0) continue;
      const terms = termsIn(t);
      const subject = targetKey(t.target);
      if (ctx.setAsideIds.has(`jargon:${subject}`)) {
        notice({
          subject,
          message: `${upperFirst(whereText(ctx, t.target))} uses ${terms.length === 1 ? 'a word' : 'words'} some people may not know: ${termsWords(terms)}.`,
          why: JARGON_WHY,
          howToAct: jargonHowToAct(terms[0]!.note),
          action: replaceIn(ctx, t.target, terms[0]!, false),
        });
        continue;
      }
      for (const m of terms) {
        const place = places.get(m.term);
        if (place) place.where.push(whereText(ctx, t.target));
        else places.set(m.term, { match: m, where: [whereText(ctx, t.target)] });
        firstNote ??= m.note;
        if (fixes.length < FIXES_OFFERED) fixes.push(replaceIn(ctx, t.target, m, true));
      }
    }
    if (places.size === 0) return;
    const listed = [...places.values()];
    const shown = listed
      .slice(0, TERMS_NAMED)
      .map(({ match, where }) => `${quoted(match.match)} (perhaps ${quoted(match.plain)}) in ${listWords(where, 'and', 3)}`);
    const more = listed.length - shown.length;
    notice({
      message:
        `${listed.length === 1 ? 'A word' : `${listed.length} words`} in what participants read may be unfamiliar: ` +
        `${more > 0 ? `${shown.join('; ')}; and ${count(more, 'other', 'others')}` : shown.join('; ')}.`,
      why: JARGON_WHY,
      howToAct: jargonHowToAct(firstNote),
      action: fixes[0]!,
      fixes,
    });
  },
});

function longSentenceMessage(ctx: ReviewContext, t: ReviewedText): string {
  const where = whereText(ctx, t.target);
  if (t.longSentences.length === 1) {
    const s = t.longSentences[0]!;
    return `A sentence in ${where} has ${s.words} words: ${quoted(opening(s.text))}. Shorter sentences are easier to follow.`;
  }
  const longest = Math.max(...t.longSentences.map((s) => s.words));
  return `${t.longSentences.length} sentences in ${where} have more than ${STANDARD_SENTENCE_WORDS} words; the longest has ${longest}. Shorter sentences are easier to follow.`;
}

export const longSentences = defineRule({
  id: 'long-sentences',
  principle: 'plain_english',
  weight: 'consider',
  source: 'accessibleInfo',
  check(ctx, notice) {
    for (const t of ctx.texts) {
      // Easy Read has its own, shorter limit and its own rule ("easy-read-long-sentences").
      if (t.longSentences.length === 0 || t.sentenceLimit !== STANDARD_SENTENCE_WORDS) continue;
      notice({
        subject: targetKey(t.target),
        message: longSentenceMessage(ctx, t),
        why: `GOV.UK guidance on accessible, plain English writing asks for short sentences, and Kindred’s packs split any sentence over ${STANDARD_SENTENCE_WORDS} words.`,
        howToAct: 'Split it into two or three shorter sentences, each with one idea.',
        action: { type: 'go', label: `Go to ${whereText(ctx, t.target)}`, place: t.target.kind === 'plan' ? 'details' : 'agenda', focus: t.target },
      });
    }
  },
});

export const descriptionsMissing = defineRule({
  id: 'descriptions-missing',
  principle: 'plain_english',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    // A break or a meal speaks for itself; everything else is worth a line for participants.
    const missing = ctx.blocks.filter((b) => !REST_KINDS.has(b.kind) && b.description.trim() === '');
    const first = missing[0];
    if (!first) return;
    const names = listWords(missing.map((b) => quoted(blockName(b))));
    notice({
      message:
        missing.length === 1
          ? `${names} has no description for participants yet.`
          : `${missing.length} blocks have no description for participants yet: ${names}.`,
      why: 'The UK Standards for Public Involvement (2019) ask for plain, timely communication. A line or two for each part of the day helps people know what to expect and prepare.',
      howToAct: 'Add a sentence or two for each, written for participants: what happens and how they can take part.',
      action: { type: 'go', label: `Go to ${quoted(blockName(first))}`, place: 'agenda', focus: { blockId: first.id } },
    });
  },
});

export const PLAIN_ENGLISH_RULES: readonly Rule[] = [jargon, longSentences, descriptionsMissing];
