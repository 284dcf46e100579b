/**
 * A pack before it is a Word file: what it says, in order, with no formatting decisions. The
 * content builders (participant.ts, facilitator.ts) make it from a plan; render.ts turns it into a
 * .docx in one of the four formats; the app's preview shows it as it is. Keeping the two apart means
 * every format says the same things, and the tests can check the words without unzipping anything.
 */
import type { PackFormat } from '../access';

export const PACK_KINDS = ['participant', 'facilitator'] as const;
export type PackKind = (typeof PACK_KINDS)[number];
export const PACK_KIND_LABELS: Record<PackKind, string> = {
  participant: 'Participant pack',
  facilitator: 'Facilitator pack',
};

/** A run of text; `bold` is the only emphasis a pack ever uses (PRODUCT.md: no italics, no underline). */
export interface TextRun {
  text: string;
  bold?: boolean;
}

/** Plain text, or runs when part of it is bold. */
export type Inline = string | readonly TextRun[];

/** A picture from the pictogram set, by its key in pictograms.ts, with the words that describe it. */
export interface Picture {
  key: string;
  alt: string;
}

export type PackBlock =
  | { type: 'paragraph'; text: Inline }
  | { type: 'bullets'; items: readonly Inline[] }
  | { type: 'numbered'; items: readonly Inline[] }
  /** A list to tick off on the day (materials): each item with an empty box (☐) to tick. */
  | { type: 'checklist'; items: readonly Inline[] }
  /** A table with one header row (repeated on every page); no merged or nested cells. */
  | { type: 'table'; caption: string; header: readonly string[]; rows: readonly (readonly Inline[])[]; widths?: readonly number[] }
  /** Easy Read: one idea, a picture on the left and its words on the right. */
  | { type: 'idea'; picture: Picture; text: Inline }
  /** A line with space for the reader to write (debrief pages), never an empty paragraph. */
  | { type: 'writeIn'; label: string; lines: number }
  /** Start the next section on a new page. */
  | { type: 'pageBreak' };

export interface PackSection {
  /** 1 for the main sections; 2 and 3 nest, never skipping a level. */
  level: 1 | 2 | 3;
  heading: string;
  blocks: readonly PackBlock[];
  /** Sub-sections, one level deeper. */
  sections?: readonly PackSection[];
  /** Start this section on a new page (a private page, say). Level 1 sections only. */
  newPage?: boolean;
  /** Print this section (with its sub-sections) on landscape pages of its own: a wide run sheet. */
  landscape?: boolean;
}

export interface PackDocument {
  kind: PackKind;
  format: PackFormat;
  /** The document's title property and its title page heading. */
  title: string;
  /** Title page lines under the title: when, where, who it is for. */
  titleLines: readonly string[];
  /** The organisation sending the pack, on the cover ("From Leeds Health Research"); none when unset. */
  organiser?: string;
  sections: readonly PackSection[];
  /** The footer line besides the page number, e.g. "Shaping our next study – participant pack". */
  footer: string;
  /** Attribution for the pictures used (OpenMoji, CC BY-SA 4.0), when there are any. */
  credits: readonly string[];
  /** The document's description property when it is not a workshop pack (a project's impact report). */
  description?: string;
}
