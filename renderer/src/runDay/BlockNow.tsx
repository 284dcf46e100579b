/** The running block's own words: what happens, the facilitator's notes, materials and who leads. */
import type { Person } from '../../../main/domain/people';
import type { Block } from '../../../main/domain/plan';

export function BlockNow({ block, people }: { block: Block; people: readonly Person[] }) {
  const lead = [people.find((p) => p.id === block.leadPersonId)?.name, block.leadBy].filter(Boolean).join(', ');
  return (
    <dl className="run-block-details">
      {lead && (
        <>
          <dt>Who leads</dt>
          <dd>{lead}</dd>
        </>
      )}
      {block.description && (
        <>
          <dt>What happens</dt>
          <dd className="run-text">{block.description}</dd>
        </>
      )}
      {block.facilitatorNotes && (
        <>
          <dt>Your notes and steps</dt>
          <dd className="run-text">{block.facilitatorNotes}</dd>
        </>
      )}
      {block.materials && (
        <>
          <dt>Materials</dt>
          <dd>{block.materials}</dd>
        </>
      )}
    </dl>
  );
}
