/**
 * Packs from a plan in the store: the structure and words for the app's preview, and the Word file
 * itself (built off the main thread's critical path by the docx packer, returned as base64 so both
 * transports can carry it). Writing the file is the caller's: a save dialog in the desktop app, a
 * download in browser mode, a folder for the CLI.
 */
import { facilitatorPack } from '../domain/pack/facilitator';
import { packHtmlDocument } from '../domain/pack/html';
import { estimatePages } from '../domain/pack/pageEstimate';
import { packFileName } from '../domain/pack/fileNames';
import type { PackDocument } from '../domain/pack/model';
import { renderOptionsFor, withOrganiser } from '../domain/pack/packSettings';
import { participantPack } from '../domain/pack/participant';
import type { Person } from '../domain/people';
import type { PackAssets } from '../domain/pack/render';
import { localToday } from '../domain/time';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { notFound } from './errors';
import type { PackRenderer } from './packRenderer';
import { createPackPrintAssets } from './packPrint';
import { settingsMethods } from './settingsMethods';
import type { StoreContext } from './storeContext';

type PackMethods = Pick<ServiceImpl, 'previewPack' | 'packFile' | 'packHtml'>;

/**
 * `renderer` makes the Word files (packRenderer.ts). `fontsDir`: where the printed pack's typeface is; left out, @fontsource in node_modules
 * (packFonts.ts). The packaged app passes its own copy.
 */
export function packMethods(ctx: StoreContext, assets: PackAssets, renderer: PackRenderer, fontsDir?: string | null): PackMethods {
  const print = createPackPrintAssets(assets, fontsDir);
  const { getSettings } = settingsMethods(ctx);
  const documentFor = ({ planId, pack, format, personId }: ParsedInput<'previewPack'>): { doc: PackDocument; person?: Person } => {
    const plan = ctx.plan(planId);
    // The cover names the organisation from the settings, in the preview and the file alike.
    const cover = (doc: PackDocument) => withOrganiser(doc, getSettings(undefined));
    if (pack === 'facilitator') return { doc: cover(facilitatorPack(plan, format, { today: localToday(ctx.clock()) })) };
    if (personId === undefined) return { doc: cover(participantPack(plan, format)) };
    const person = plan.people.find((p) => p.id === personId);
    if (!person) throw notFound('person');
    return { doc: cover(participantPack(plan, format, { person })), person };
  };

  const fileNameFor = (input: ParsedInput<'packFile'>, doc: PackDocument, personName: string | undefined): string => {
    const plan = ctx.plans.details(input.planId);
    return packFileName({ title: plan?.title ?? doc.title, kind: input.pack, format: input.format, ...(personName ? { personName } : {}) });
  };

  return {
    previewPack: (input) => {
      const { doc } = documentFor(input);
      return { ...doc, pictures: print.picturesFor(doc), estimatedPages: estimatePages(doc) };
    },
    packFile: async (input) => {
      const { doc, person } = documentFor(input);
      // On a worker thread when there is one: the app's packs for everyone ask for several at once.
      const bytes = await renderer.render(doc, renderOptionsFor(doc, person, getSettings(undefined)));
      return { fileName: fileNameFor(input, doc, person?.name), base64: Buffer.from(bytes).toString('base64') };
    },
    packHtml: (input) => {
      const { doc, person } = documentFor(input);
      // The same paper as the Word file: cream where the reader or the settings ask for it.
      const html = packHtmlDocument(doc, {
        pictures: print.pictureUri,
        fonts: print.fonts(),
        ...renderOptionsFor(doc, person, getSettings(undefined)),
      });
      return { fileName: fileNameFor(input, doc, person?.name).replace(/\.docx$/, '.pdf'), html };
    },
  };
}
