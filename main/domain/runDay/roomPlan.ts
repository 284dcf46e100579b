/**
 * The plan as the room screen may see it (roomScreen.ts). Everyone in the room reads it, so it
 * carries nothing personal, ever: no people at all, and any block text that names one of the
 * plan's people is replaced by the plain words for its kind (the same words the Easy Read pack
 * uses), so a name typed into a title ("Amara's story") never reaches the wall, unless she leads
 * that block and chose to be named on the room screen. The service sends
 * only this to the room screen's page, so that page never holds a name to leak.
 */
import type { Plan } from '../plan';
import { BLOCK_KIND_LABELS } from '../blockKinds';
import { namesAppearIn, namesOf } from '../nameMentions';
import { greetingName, type Person } from '../people';
import { KIND_EASY_READ, KIND_PICTURE } from '../pack/easyRead';
import { PICTOGRAMS } from '../pack/pictograms';
import type { RoomPlan } from './roomScreen';

/** Each whole name, the name they go by, and each part of a name on its own ("Zara" of "Zara Okafor"). */
const recognisable = (p: Person): string[] => namesOf(p).flatMap((n) => [n, ...n.split(/\s+/).filter((part) => part.length > 1)]);

/**
 * The plan as the room may see it. On a wall a first name alone says who, so every part of every
 * name is looked for; erring this way costs only a plainer title. The one exception is a block's
 * lead who chose to be named on the room screen (Block.leadInRoom): their name is shown for that
 * block, and their own name in its title or words is theirs to show.
 */
export function roomPlanOf(plan: Plan): RoomPlan {
  const everyone = plan.people.flatMap(recognisable);
  const safe = (text: string, fallback: string, names: readonly string[] = everyone) =>
    text.trim() === '' || namesAppearIn(text, names) ? fallback : text.trim();
  return {
    planId: plan.id,
    title: safe(plan.title, 'Our workshop'),
    startTime: plan.startTime,
    endTime: plan.endTime,
    blocks: plan.blocks.map((b) => {
      const picture = KIND_PICTURE[b.kind];
      const leadPerson = b.leadInRoom ? plan.people.find((p) => p.id === b.leadPersonId) : undefined;
      const hidden = leadPerson ? plan.people.filter((p) => p !== leadPerson).flatMap(recognisable) : everyone;
      const lead = b.leadInRoom ? [leadPerson && greetingName(leadPerson), safe(b.leadBy, '', hidden)].filter(Boolean).join(' and ') : '';
      return {
        id: b.id,
        kind: b.kind,
        durationMinutes: b.durationMinutes,
        pinnedTime: b.pinnedTime,
        flexible: b.flexible,
        minMinutes: b.minMinutes,
        title: safe(b.title, BLOCK_KIND_LABELS[b.kind], hidden),
        words: safe(b.easyRead, KIND_EASY_READ[b.kind], hidden),
        lead: lead || null,
        picture,
        pictureAlt: PICTOGRAMS[picture].alt,
      };
    }),
  };
}
