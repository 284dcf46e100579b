/**
 * Helpers for the pack content tests: the first-run sample as a Plan, and ways to walk a
 * PackDocument for its headings and its words. Pure, test-only.
 */
import { samplePlan } from '../domain/library/samplePlan';
import { accessDetailsDefaults, EMPTY_DEBRIEF, type Plan } from '../domain/plan';
import type { Inline, PackBlock, PackDocument, PackSection } from '../domain/pack/model';
import { inlineText } from '../domain/pack/packText';

/** The app's sample plan (as made on `today`), as the service would store it. */
export function samplePackPlan(today = new Date('2027-03-01')): Plan {
  const c = samplePlan(today);
  return {
    id: '5a3e0c1e-0000-4000-8000-00000000f001',
    ...accessDetailsDefaults(),
    ...c.details,
    createdAt: '2027-03-01T09:00:00.000Z',
    updatedAt: '2027-03-01T09:00:00.000Z',
    blocks: c.agenda.map((b, i) => ({ ...b, id: b.id ?? `5a3e0c1e-0000-4000-8000-0000000b${String(i).padStart(4, '0')}` })),
    people: c.people,
    setAsides: [],
    debrief: { ...EMPTY_DEBRIEF },
    changes: [],
  };
}

/** Every section, depth first, with its parent's level (0 for the top). */
export function walkSections(doc: PackDocument): { section: PackSection; parentLevel: number }[] {
  const out: { section: PackSection; parentLevel: number }[] = [];
  const visit = (s: PackSection, parentLevel: number) => {
    out.push({ section: s, parentLevel });
    for (const c of s.sections ?? []) visit(c, s.level);
  };
  for (const s of doc.sections) visit(s, 0);
  return out;
}

export function headings(doc: PackDocument): string[] {
  return walkSections(doc).map((x) => x.section.heading);
}

export function topHeadings(doc: PackDocument): string[] {
  return doc.sections.map((s) => s.heading);
}

export function findSection(doc: PackDocument, heading: string): PackSection | undefined {
  return walkSections(doc).find((x) => x.section.heading === heading)?.section;
}

/** The texts of a block: each paragraph, item, cell or idea as one string. */
export function blockTexts(block: PackBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'idea':
      return [inlineText(block.text)];
    case 'bullets':
    case 'numbered':
    case 'checklist':
      return block.items.map(inlineText);
    case 'table':
      return [block.caption, ...block.header, ...block.rows.flatMap((r) => r.map((c: Inline) => inlineText(c)))];
    case 'writeIn':
      return [block.label];
    case 'pageBreak':
      return [];
  }
}

/** All the words a reader sees: title, title lines, headings, every block, footer and credits. */
export function allTexts(doc: PackDocument): string[] {
  const out = [doc.title, ...(doc.organiser ? [doc.organiser] : []), ...doc.titleLines];
  for (const { section } of walkSections(doc)) {
    out.push(section.heading);
    for (const b of section.blocks) out.push(...blockTexts(b));
  }
  out.push(doc.footer, ...doc.credits);
  return out;
}

export function allBlocks(doc: PackDocument): PackBlock[] {
  return walkSections(doc).flatMap((x) => [...x.section.blocks]);
}
