/**
 * A pack as the app shows it before it is a Word file: its title page, its sections as real nested
 * headings (h3, h4, h5 under the screen's h2), paragraphs, lists, and tables with their captions and
 * header rows. Easy Read ideas show what each picture is, in brackets, never the picture itself —
 * this is a preview of the structure and words, not of the page.
 */
import { Fragment, type ReactNode } from 'react';
import { PACK_FORMAT_LABELS } from '../../../main/domain/access';
import { PACK_KIND_LABELS, type Inline, type PackBlock, type PackDocument, type PackSection } from '../../../main/domain/pack/model';
import { headingLevel } from './plan';

function InlineText({ text }: { text: Inline }) {
  if (typeof text === 'string') return <>{text}</>;
  return (
    <>
      {text.map((run, i) => (run.bold ? <strong key={i}>{run.text}</strong> : <Fragment key={i}>{run.text}</Fragment>))}
    </>
  );
}

function Block({ block }: { block: PackBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineText text={block.text} />
        </p>
      );
    case 'bullets':
    case 'numbered':
    case 'checklist': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <InlineText text={item} />
        </li>
      ));
      if (block.type === 'numbered') return <ol>{items}</ol>;
      return <ul className={block.type === 'checklist' ? 'pack-checklist' : undefined}>{items}</ul>;
    }
    case 'table':
      return (
        // Wide tables scroll on their own at 200% zoom; the scrolling area can take focus so
        // keyboard users can scroll it too.
        <div className="pack-table-scroll" tabIndex={0} role="group" aria-label={block.caption}>
          <table className="pack-table">
            <caption>{block.caption}</caption>
            <ColumnWidths widths={block.widths} columns={block.header.length} />
            <thead>
              <tr>
                {block.header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      <InlineText text={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'idea':
      return (
        <div className="pack-idea">
          <p className="pack-idea-picture">[{block.picture.alt}]</p>
          <p className="pack-idea-text">
            <InlineText text={block.text} />
          </p>
        </div>
      );
    case 'writeIn':
      return (
        <p className="pack-write-in">
          <span>{block.label}</span>{' '}
          <span className="pack-note">
            (space to write, {block.lines === 1 ? '1 line' : `${block.lines} lines`})
          </span>
        </p>
      );
    case 'pageBreak':
      return <p className="pack-page-break pack-note">New page</p>;
  }
}

/** The pack's own column widths (percentages, as in the Word file), when it gives one per column. */
function ColumnWidths({ widths, columns }: { widths: readonly number[] | undefined; columns: number }) {
  if (!widths || widths.length !== columns || !widths.every((w) => Number.isFinite(w) && w > 0)) return null;
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    <colgroup>
      {widths.map((w, i) => (
        <col key={i} width={`${((w / total) * 100).toFixed(1)}%`} />
      ))}
    </colgroup>
  );
}

function Heading({ level, children }: { level: 3 | 4 | 5; children: ReactNode }) {
  if (level === 3) return <h3>{children}</h3>;
  if (level === 4) return <h4>{children}</h4>;
  return <h5>{children}</h5>;
}

function Section({ section }: { section: PackSection }) {
  return (
    <section className={`pack-section pack-section-${section.level}`}>
      <Heading level={headingLevel(section)}>{section.heading}</Heading>
      {section.blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
      {section.sections?.map((s, i) => (
        <Section key={i} section={s} />
      ))}
    </section>
  );
}

export function PackPreview({ doc }: { doc: PackDocument }) {
  return (
    <div className={`pack-preview pack-preview-${doc.format}`} data-testid="pack-preview" data-format={doc.format}>
      <div className="pack-title-page">
        <p className="pack-title">{doc.title}</p>
        {doc.organiser ? <p className="pack-title-line pack-organiser">{doc.organiser}</p> : null}
        {doc.titleLines.map((line, i) => (
          <p key={i} className="pack-title-line">
            {line}
          </p>
        ))}
      </div>
      {doc.sections.map((s, i) => (
        <Section key={i} section={s} />
      ))}
      <div className="pack-preview-end pack-note">
        <p>
          At the foot of every page: “{doc.footer}” and the page number.
        </p>
        {doc.credits.map((c, i) => (
          <p key={i}>{c}</p>
        ))}
      </div>
    </div>
  );
}

/** The preview region's name, e.g. "Preview: Participant pack, Large print". */
export function previewLabel(doc: Pick<PackDocument, 'kind' | 'format'>): string {
  return `Preview: ${PACK_KIND_LABELS[doc.kind]}, ${PACK_FORMAT_LABELS[doc.format]}`;
}
