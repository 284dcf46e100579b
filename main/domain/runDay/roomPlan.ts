/**
 * The plan as the room screen may see it (roomScreen.ts). Everyone in the room reads it, so it
 * carries nothing personal, ever: no people at all, and any block text that names one of the
 * plan's people is replaced by the plain words for its kind (the same words the Easy Read pack
 * uses), so a name typed into a title ("Amara's story") never reaches the wall. The service sends
 * only this to the room screen's page, so that page never holds a name to leak.
 */
import type { Plan } from '../plan';
import { BLOCK_KIND_LABELS } from '../blockKinds';
import { namesAppearIn, namesOf } from '../nameMentions';
import { KIND_EASY_READ, KIND_PICTURE } from '../pack/easyRead';
import { PICTOGRAMS } from '../pack/pictograms';
import type { RoomPlan } from './roomScreen';

/** The plan as the room may see it. */
export function roomPlanOf(plan: Plan): RoomPlan {
  // Each whole name, the name they go by, and each part of a name on its own ("Zara" of "Zara
  // Okafor"): on a wall, a first name alone says who. Erring this way costs only a plainer title.
  const names = plan.people.flatMap((p) => namesOf(p).flatMap((n) => [n, ...n.split(/\s+/).filter((part) => part.length > 1)]));
  const safe = (text: string, fallback: string) => (text.trim() === '' || namesAppearIn(text, names) ? fallback : text.trim());
  return {
    planId: plan.id,
    title: safe(plan.title, 'Our workshop'),
    startTime: plan.startTime,
    endTime: plan.endTime,
    blocks: plan.blocks.map((b) => {
      const picture = KIND_PICTURE[b.kind];
      return {
        id: b.id,
        kind: b.kind,
        durationMinutes: b.durationMinutes,
        pinnedTime: b.pinnedTime,
        flexible: b.flexible,
        minMinutes: b.minMinutes,
        title: safe(b.title, BLOCK_KIND_LABELS[b.kind]),
        words: safe(b.easyRead, KIND_EASY_READ[b.kind]),
        picture,
        pictureAlt: PICTOGRAMS[picture].alt,
      };
    }),
  };
}
