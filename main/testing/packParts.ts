/**
 * For tests: every part of a Word file by name, as text (XML) or as bytes (pictures), with the only
 * thing that differs between two makings of the same pack taken out: the creation and modification
 * times docx writes into docProps/core.xml. Two packs with equal parts are the same document.
 */
import { strFromU8, unzipSync } from 'fflate';

export function packParts(docx: Uint8Array): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(docx))) {
    parts[name] = /\.(xml|rels)$/.test(name) ? strFromU8(bytes) : Buffer.from(bytes).toString('base64');
  }
  const core = parts['docProps/core.xml'];
  if (core !== undefined) parts['docProps/core.xml'] = core.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$1');
  return parts;
}
