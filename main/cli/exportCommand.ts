/**
 * `kindred export`: a plan file to Word packs, with the same pack code as the app.
 *   kindred export <plan-file> --pack participant|facilitator --format standard|large-print|dyslexia|easy-read --out <file.docx>
 *   kindred export <plan-file> --pack participant --per-person --out-dir <dir>
 */
import { extname } from 'node:path';
import { PACK_FORMATS, type PackFormat } from '../domain/access';
import { facilitatorPack } from '../domain/pack/facilitator';
import { PACK_KINDS, type PackKind } from '../domain/pack/model';
import { renderOptionsFor } from '../domain/pack/packSettings';
import { participantPack } from '../domain/pack/participant';
import { packRecipients, recipientFileNames } from '../domain/pack/recipients';
import { renderPack } from '../domain/pack/render';
import { DEFAULT_SETTINGS, type Plan } from '../domain/plan';
import { createPackAssets } from '../service/packAssets';
import { PackWriteError, writeFileAtomic, writePacks } from '../service/packFiles';
import { inOrder } from '../domain/pack/inOrder';
import { sharedPackRenderer } from '../service/packRenderer';
import { terminalSafe } from './terminalText';

/** Formats as the command line spells them: words joined by hyphens. */
const FORMAT_ARGS: Record<string, PackFormat> = Object.fromEntries(PACK_FORMATS.map((f) => [f.replace(/_/g, '-'), f]));

export interface ExportOptions {
  pack?: string | undefined;
  format?: string | undefined;
  out?: string | undefined;
  outDir?: string | undefined;
  perPerson: boolean;
  today: string;
}

/** Checks the options; a plain sentence when something is missing or unknown, otherwise null. */
export function exportOptionsProblem(o: ExportOptions): string | null {
  if (o.pack === undefined) return `export needs --pack ${PACK_KINDS.join(' or ')}.`;
  if (!(PACK_KINDS as readonly string[]).includes(o.pack)) return `“${o.pack}” is not a pack Kindred makes. Use --pack ${PACK_KINDS.join(' or ')}.`;
  if (o.format !== undefined && FORMAT_ARGS[o.format] === undefined) {
    return `“${o.format}” is not a format Kindred makes. Use --format ${Object.keys(FORMAT_ARGS).join(', ')}.`;
  }
  if (o.perPerson) {
    if (o.pack !== 'participant') return 'Only participant packs are made one per person. Use --pack participant with --per-person.';
    if (o.format !== undefined) return 'With --per-person, each person’s pack is made in their own format, so leave out --format.';
    if (o.outDir === undefined) return 'With --per-person, say which folder to write to with --out-dir <dir>.';
    if (o.out !== undefined) return 'With --per-person, use --out-dir <dir> rather than --out.';
    return null;
  }
  if (o.outDir !== undefined) return '--out-dir goes with --per-person. For one pack, use --out <file.docx>.';
  if (o.out === undefined) return 'export needs a file to write, such as --out pack.docx.';
  if (extname(o.out).toLowerCase() !== '.docx') return `The pack is a Word file, so --out should end in .docx (not “${o.out}”).`;
  return null;
}

/** Writes the pack(s); returns the summary line(s) to print. Throws PackWriteError with a plain message. */
export async function exportPacks(plan: Plan, o: ExportOptions): Promise<string> {
  const assets = createPackAssets();
  if (o.perPerson) {
    const people = packRecipients(plan.people);
    if (people.length === 0) return 'There is nobody in this plan to make a pack for. Add people to the plan first.\n';
    const names = recipientFileNames(plan.title, people);
    // Made on worker threads, a few at a time, and written in order as each is ready.
    const renderer = sharedPackRenderer(assets);
    const made = inOrder(people.length, renderer.parallel, (i) => {
      const person = people[i]!;
      // A plan file carries no settings: cream paper comes from the reader's own recorded needs.
      return renderer.render(
        participantPack(plan, person.packFormat, { person }),
        renderOptionsFor({ format: person.packFormat }, person, DEFAULT_SETTINGS),
      );
    });
    const result = await writePacks(
      o.outDir!,
      people.map((_, i) => ({ name: names[i]!, bytes: made[i]! })),
    );
    if (result.status === 'cancelled') return 'Cancelled: nothing was written.\n';
    return `Wrote ${result.names.length} participant ${result.names.length === 1 ? 'pack' : 'packs'} to ${terminalSafe(o.outDir!)}:\n${result.names.map((n) => `  ${terminalSafe(n)}\n`).join('')}`;
  }
  const kind = o.pack as PackKind;
  const format = FORMAT_ARGS[o.format ?? 'standard']!;
  const doc = kind === 'participant' ? participantPack(plan, format) : facilitatorPack(plan, format, { today: o.today });
  await writeFileAtomic(o.out!, await renderPack(doc, assets));
  return `Wrote the ${kind} pack (${format.replace(/_/g, ' ')}) to ${terminalSafe(o.out!)}.\n`;
}

export { PackWriteError };
