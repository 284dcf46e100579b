/**
 * What a pack takes from the facilitator's settings and its reader, besides its words: the
 * organisation's name on the cover, and cream paper. The service, the CLI and the page pictures
 * all go through these, so every way of making a pack makes the same one.
 */
import type { Person } from '../people';
import type { Settings } from '../plan';
import { FORMAT_SPECS } from './formats';
import type { PackDocument } from './model';
import type { RenderOptions } from './render';
import { clean } from './packText';

/** The pack with the organisation's name for its cover; unchanged when there is none. */
export function withOrganiser(doc: PackDocument, settings: Pick<Settings, 'organisationName'>): PackDocument {
  const organiser = clean(settings.organisationName).replace(/\s+/g, ' ');
  return organiser ? { ...doc, organiser } : doc;
}

/**
 * Cream paper, in the formats that have it (PRODUCT.md: dyslexia-friendly, not by default): when
 * the settings ask for it for everyone, or the reader's own recorded needs ask for cream or
 * coloured paper (read only with their consent to keep them).
 */
export function renderOptionsFor(
  doc: Pick<PackDocument, 'format'>,
  reader: Pick<Person, 'accessNeeds' | 'consent'> | undefined,
  settings: Pick<Settings, 'creamPaper'>,
): RenderOptions {
  if (FORMAT_SPECS[doc.format].creamColour === undefined) return {};
  const asked = reader !== undefined && reader.consent.store && reader.accessNeeds.some((n) => n.type === 'coloured_paper');
  return settings.creamPaper || asked ? { cream: true } : {};
}
