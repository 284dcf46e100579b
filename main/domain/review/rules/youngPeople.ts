/**
 * Children, young people and young carers. NSPCC safeguarding guidance and NIHR guidance on
 * involving children and young people ask for a named safeguarding lead, consent from a parent or
 * guardian for under-16s, and shorter, more varied activities. Kindred keeps no record of who the
 * safeguarding lead is or of consent forms (they belong to the organisation's own process), so the
 * first is a prompt the facilitator answers once with a one-click reason.
 */
import { REST_KINDS } from '../../blockKinds';
import type { ReviewContext } from '../context';
import { blockName, defineRule, duration, listWords, quoted, type Rule } from './define';

/** Young people's attention and energy: blocks longer than this are better split or varied. */
export const YOUNG_PEOPLE_BLOCK_MINUTES = 30;

const SAFEGUARDING_WHY =
  'NSPCC and NIHR guidance on involving children and young people: a named safeguarding lead, and consent from a parent or guardian for under-16s, before anyone takes part.';

/** One-click reason for the safeguarding prompt, shared with the screen and its tests. */
export const SAFEGUARDING_DONE = 'A safeguarding lead is named and consent is recorded.';

function withYoungPeople(ctx: ReviewContext): boolean {
  const a = ctx.plan.audience;
  return a.includes('under_18') || a.includes('young_carers');
}

export const safeguardingInPlace = defineRule({
  id: 'safeguarding-in-place',
  principle: 'kindness',
  weight: 'important',
  source: 'youngPeople',
  check(ctx, notice) {
    if (!withYoungPeople(ctx) || ctx.plan.status === 'delivered') return;
    notice({
      message:
        'Children or young people are taking part. Who is the safeguarding lead for the session, and has a parent or guardian given consent for each young person under 16?',
      why: SAFEGUARDING_WHY,
      howToAct:
        'Name the safeguarding lead in your facilitator notes and tell the young people who it is, keep consent forms with your organisation’s records, and offer a quiet space away from adults if anyone wants it. Then set this aside with the one-click reason.',
      action: { type: 'go', label: 'Go to the people', place: 'people' },
      quickReason: SAFEGUARDING_DONE,
    });
  },
});

export const youngPeopleLongBlocks = defineRule({
  id: 'young-people-long-blocks',
  principle: 'time_and_pace',
  weight: 'consider',
  source: 'youngPeople',
  check(ctx, notice) {
    if (!withYoungPeople(ctx)) return;
    const long = ctx.blocks.filter((b) => !REST_KINDS.has(b.kind) && b.durationMinutes > YOUNG_PEOPLE_BLOCK_MINUTES);
    if (long.length === 0) return;
    const names = long.map((b) => `${quoted(blockName(b))} (${duration(b.durationMinutes)})`);
    notice({
      message: `${listWords(names)} ${long.length === 1 ? 'is' : 'are'} longer than ${duration(YOUNG_PEOPLE_BLOCK_MINUTES)}. Shorter, varied activities help children and young people stay with it and enjoy it.`,
      why: 'NSPCC and NIHR guidance on involving children and young people: shorter sessions and activities, with plenty of movement and choice.',
      howToAct: 'Split long blocks into shorter activities, or change what people do halfway through.',
      action: { type: 'go', label: `Go to ${quoted(blockName(long[0]!))}`, place: 'agenda', focus: { blockId: long[0]!.id } },
    });
  },
});

export const YOUNG_PEOPLE_RULES: readonly Rule[] = [safeguardingInPlace, youngPeopleLongBlocks];
