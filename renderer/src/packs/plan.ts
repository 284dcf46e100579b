/**
 * Pure helpers for the Packs screen: who gets a pack of their own, what each file will be called,
 * and how a pack's sections map onto the screen's headings. No React, no api: tested on their own.
 */
import { PACK_FORMAT_LABELS, type PackFormat } from '../../../main/domain/access';
import { packFileName, uniqueFileNames } from '../../../main/domain/pack/fileNames';
import { packRecipients, recipientFileNames } from '../../../main/domain/pack/recipients';
import type { PackKind } from '../../../main/domain/pack/model';
import type { Person } from '../../../main/domain/people';

/** One participant pack to make: for whom, in which format, under which file name. */
export interface PersonPack {
  personId: string;
  name: string;
  format: PackFormat;
  formatLabel: string;
  fileName: string;
}

/**
 * Everyone who gets a participant pack of their own (packRecipients: all but the facilitators), each
 * in the format they asked for, under the file name the CLI would use too.
 */
export function personPacks(title: string, people: readonly Person[]): PersonPack[] {
  const chosen = packRecipients(people);
  const names = recipientFileNames(title, chosen);
  return chosen.map((p, i) => ({
    personId: p.id,
    name: p.name.trim() || 'Someone without a name yet',
    format: p.packFormat,
    formatLabel: PACK_FORMAT_LABELS[p.packFormat],
    fileName: names[i]!,
  }));
}

/** The files as the service named them, made unique in the same way (the names in the folder or zip). */
export function uniqueNames(fileNames: readonly string[]): string[] {
  return uniqueFileNames(fileNames);
}

/** The one pack's file name, for the screen to show before it is made. */
export function singlePackFileName(title: string, kind: PackKind, format: PackFormat, personName?: string): string {
  return packFileName({ title, kind, format, ...(personName ? { personName } : {}) });
}

/** A pack's inline text as plain words (bold is shown as bold in the preview, but this is for labels and tests). */
export { inlineText } from '../../../main/domain/pack/packText';

/** "12 packs", "1 pack". */
export function packCount(n: number): string {
  return n === 1 ? '1 pack' : `${n} packs`;
}
