/**
 * A letter of involvement for one person in the directory (domain/involvementLetter.ts), as a Word
 * file in their pack format: made only when the facilitator confirms the person asked for it or
 * agreed to it, since it gathers what they did across every plan.
 */
import type { ServiceImpl } from '../contract/contract';
import { EMPTY_ARRANGEMENT } from '../domain/access';
import { involvementLetter, involvementRecords, type LinkedPlan } from '../domain/involvementLetter';
import { FORMAT_FILE_WORDS, safeFileName } from '../domain/pack/fileNames';
import { renderOptionsFor, withOrganiser } from '../domain/pack/packSettings';
import { localToday } from '../domain/time';
import { notFound } from './errors';
import type { PackRenderer } from './packRenderer';
import { settingsMethods } from './settingsMethods';
import type { StoreContext } from './storeContext';

type LetterMethods = Pick<ServiceImpl, 'involvementLetter'>;

export function letterMethods(ctx: StoreContext, renderer: PackRenderer): LetterMethods {
  const { getSettings } = settingsMethods(ctx);
  const read = ctx.db.transaction((entryId: string) => {
    const person = ctx.directory.get(entryId);
    if (!person) throw notFound('person');
    const links: LinkedPlan[] = [];
    for (const link of ctx.directory.linked(entryId)) {
      const plan = ctx.plan(link.planId);
      const own = plan.people.find((p) => p.id === link.personId);
      if (own) links.push({ plan, person: own });
    }
    return { person, links };
  });

  return {
    involvementLetter: async ({ directoryPersonId, format }) => {
      const { person, links } = read(directoryPersonId);
      const settings = getSettings(undefined);
      const chosen = format ?? person.packFormat;
      const records = involvementRecords(links, localToday(ctx.clock()));
      const doc = withOrganiser(involvementLetter(person.name, records, { format: chosen, today: localToday(ctx.clock()) }), settings);
      // Cream paper where they asked for it, read from their profile as a pack reads it from the plan.
      const reader = { consent: person.consent, accessNeeds: person.accessProfile.map((n) => ({ ...n, arrangement: { ...EMPTY_ARRANGEMENT } })) };
      const bytes = await renderer.render(doc, renderOptionsFor(doc, reader, settings));
      const words = chosen === 'standard' ? '' : ` – ${FORMAT_FILE_WORDS[chosen]}`;
      return {
        fileName: safeFileName(`Letter of involvement – ${person.name}${words}`),
        base64: Buffer.from(bytes).toString('base64'),
        workshops: records.length,
      };
    },
  };
}
