/**
 * A pack as the app shows it before it is exported: the very markup a printed or PDF pack has
 * (main/domain/pack/html.ts, in its 'preview' mode), with the pictures the Word file will hold,
 * under the screen's h2 (its sections are h3 to h5). html.ts escapes every word from the plan, so
 * no plan text can become markup; the pictures are data: URIs the service sent with the pack.
 */
import { useMemo } from 'react';
import { PACK_FORMAT_LABELS } from '../../../main/domain/access';
import { packBodyHtml } from '../../../main/domain/pack/html';
import { PACK_KIND_LABELS, type PackDocument } from '../../../main/domain/pack/model';
import { pictureLookup, type PackPreviewModel } from '../../../main/domain/pack/preview';

export function PackPreview({ doc }: { doc: PackPreviewModel }) {
  const html = useMemo(() => packBodyHtml(doc, { mode: 'preview', pictures: pictureLookup(doc.pictures) }), [doc]);
  return (
    <div
      className={`pack-preview pack-preview-${doc.format}`}
      data-testid="pack-preview"
      data-format={doc.format}
      // The one place the app sets markup: made by html.ts from escaped text (see html.test.ts).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** The preview region's name, e.g. "Preview: Participant pack, Large print". */
export function previewLabel(doc: Pick<PackDocument, 'kind' | 'format'>): string {
  return `Preview: ${PACK_KIND_LABELS[doc.kind]}, ${PACK_FORMAT_LABELS[doc.format]}`;
}

/** "About 6 pages on A4, the cover included." */
export function pagesLine(pages: number): string {
  return `About ${pages === 1 ? '1 page' : `${pages} pages`} on A4, the cover included.`;
}
