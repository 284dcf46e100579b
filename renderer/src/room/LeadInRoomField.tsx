/**
 * In a block's editor: whether its lead is named on the room screen. Off unless ticked, and only
 * offered when someone leads: the room screen shows nobody's name without their say.
 */
import { Checkbox } from 'react-aria-components';
import type { Block } from '../../../main/domain/plan';
import type { BlockPatch } from '../../../main/domain/validation';

export function LeadInRoomField({ block, update }: { block: Block; update: (patch: BlockPatch) => void }) {
  if (block.leadPersonId === null && block.leadBy.trim() === '') return null;
  return (
    <div className="pin-row">
      <Checkbox className="checkbox" isSelected={block.leadInRoom} onChange={(leadInRoom) => update({ leadInRoom })}>
        <span className="checkbox-box" aria-hidden="true" />
        Show who leads on the room screen (only if they are happy to be named)
      </Checkbox>
    </div>
  );
}
