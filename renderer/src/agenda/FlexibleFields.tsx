/**
 * Whether a block can be shorter on the day, and how short. Running the day suggests taking time
 * from these blocks when the day runs late (never from breaks or meals, so those do not offer it).
 */
import { Checkbox } from 'react-aria-components';
import { REST_KINDS } from '../../../main/domain/blockKinds';
import type { Block } from '../../../main/domain/plan';
import type { BlockPatch } from '../../../main/domain/validation';
import { DraftField } from '../components/DraftField';
import { minutesCheck } from '../lib/checks';

const minutesText = (n: number) => String(n);
/** Ticking the box starts with half the block's length, which the facilitator can change. */
const halfOf = (minutes: number) => Math.max(1, Math.ceil(minutes / 2));

export function FlexibleFields({ block, update }: { block: Block; update: (patch: BlockPatch) => void }) {
  if (REST_KINDS.has(block.kind)) {
    return <p className="field-description">Breaks and meals keep their full length on the day, even when the day runs late.</p>;
  }
  const shortest = block.minMinutes ?? halfOf(block.durationMinutes);
  return (
    <div className="pin-row">
      <Checkbox
        className="checkbox"
        isSelected={block.flexible}
        onChange={(on) => update(on ? { flexible: true, minMinutes: shortest } : { flexible: false })}
      >
        <span className="checkbox-box" aria-hidden="true" />
        This can be shorter on the day if we run late
      </Checkbox>
      {block.flexible && (
        <DraftField
          label="Shortest it can be, in minutes"
          description={shortest > block.durationMinutes ? 'That is longer than the block itself, so no time would come from it.' : undefined}
          value={shortest}
          format={minutesText}
          check={minutesCheck}
          onCommit={(minMinutes) => update({ minMinutes })}
          type="number"
          className="field-short"
        />
      )}
    </div>
  );
}
