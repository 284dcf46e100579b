import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { BLOCK_KINDS, BLOCK_KIND_LABELS, type BlockKind } from '../../../main/domain/blockKinds';

/** "Add a block" with the kind chosen first, so the block starts with a sensible name and length. */
export function AddBlockMenu({ onAdd }: { onAdd: (kind: BlockKind) => void }) {
  return (
    <MenuTrigger>
      <Button id="add-block-button" className="button button-primary">
        Add a block <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="popover" placement="bottom start">
        <Menu className="menu" aria-label="Kind of block to add" onAction={(k) => onAdd(k as BlockKind)}>
          {BLOCK_KINDS.map((k) => (
            <MenuItem key={k} id={k} className="menu-item">
              {BLOCK_KIND_LABELS[k]}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
