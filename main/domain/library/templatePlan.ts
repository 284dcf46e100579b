/**
 * A starter template as a whole plan, with ids made from the template's own id, so the same
 * template always gives the same plan file. Used for docs/examples and by tests.
 */
import { accessDetailsDefaults, EMPTY_DEBRIEF, type Plan } from '../plan';
import type { StarterTemplate } from './templates';

/** A valid v4-shaped uuid from a template index and a counter: stable across runs. */
function stableId(templateIndex: number, n: number): string {
  const tail = (templateIndex * 0x10000 + n).toString(16).padStart(12, '0');
  return `6b696e64-7265-4464-8000-${tail}`;
}

export function templateAsPlan(template: StarterTemplate, templateIndex: number, at = '2027-01-01T09:00:00.000Z'): Plan {
  let n = 0;
  // A deep copy: the plan may be edited, and the template is shared, frozen-in-spirit data.
  const { details, blocks } = structuredClone({ details: template.details, blocks: template.blocks });
  return {
    ...details,
    ...accessDetailsDefaults(),
    id: stableId(templateIndex, n++),
    status: 'draft',
    date: null,
    createdAt: at,
    updatedAt: at,
    blocks: blocks.map((block) => ({ ...block, id: stableId(templateIndex, n++), deciderIds: [] })),
    people: [],
    setAsides: [],
    debrief: { ...EMPTY_DEBRIEF },
    changes: [],
  };
}
