/** Short sentences about one person's access needs and pack, for their card and their panel. */
import { PACK_FORMAT_LABELS, needType, type AccessNeed, type PackFormat } from '../../../main/domain/access';

/** "2 of 3 arranged", "2 of 4 arranged · 1 cannot be met", or null when there are no needs. */
export function needsSummary(needs: readonly AccessNeed[]): string | null {
  if (needs.length === 0) return null;
  const arranged = needs.filter((n) => n.arrangement.status === 'arranged').length;
  const cannot = needs.filter((n) => n.arrangement.status === 'cannot_meet').length;
  const parts = [`${arranged} of ${needs.length} arranged`];
  if (cannot > 0) parts.push(`${cannot} cannot be met`);
  return parts.join(' · ');
}

/** The pack formats their needs ask for that their pack is not set to, in the order the needs were noted. */
export function packFormatsAskedFor(needs: readonly AccessNeed[], current: PackFormat): PackFormat[] {
  const asked: PackFormat[] = [];
  for (const need of needs) {
    const format = needType(need.type).packFormat;
    if (format && format !== current && !asked.includes(format)) asked.push(format);
  }
  return asked;
}

const USE_LABELS: Record<PackFormat, string> = {
  standard: 'Use standard clear print',
  large_print: 'Use large print',
  dyslexia: 'Use dyslexia-friendly',
  easy_read: 'Use Easy Read',
};

/** The button that switches their pack to a format: "Use large print". */
export function switchFormatLabel(format: PackFormat): string {
  return USE_LABELS[format];
}

/** "large print", "Easy Read": a format's name in the middle of a sentence. */
export function formatInSentence(format: PackFormat): string {
  return format === 'easy_read' ? PACK_FORMAT_LABELS[format] : PACK_FORMAT_LABELS[format].toLowerCase();
}
