/** Finding a method in the library: words typed, a kind of block, and where people take part. */
import { BLOCK_KIND_LABELS, type BlockKind } from '../../../main/domain/blockKinds';
import type { Method, MethodSetting } from '../../../main/domain/library/methods';

export interface MethodFilter {
  query: string;
  kind: BlockKind | 'any';
  setting: MethodSetting | 'any';
}

export const ANY_FILTER: MethodFilter = { query: '', kind: 'any', setting: 'any' };

const fold = (s: string) =>
  s
    .toLocaleLowerCase('en-GB')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'");

/** Every word typed must appear somewhere in the method's name, kind, purpose or description. */
export function filterMethods(methods: readonly Method[], filter: MethodFilter): Method[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return methods.filter((m) => {
    if (filter.kind !== 'any' && m.kind !== filter.kind) return false;
    if (filter.setting !== 'any' && !m.suits.includes(filter.setting)) return false;
    if (words.length === 0) return true;
    const haystack = fold([m.name, BLOCK_KIND_LABELS[m.kind], m.purpose, m.participantDescription].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}

/** "4 to 30 people", "12 or more people", "Any number of people". */
export function formatGroupSize(size: Method['groupSize']): string {
  if (size.max === null) return size.min <= 2 ? 'Any number of people' : `${size.min} or more people`;
  return `${size.min} to ${size.max} people`;
}
