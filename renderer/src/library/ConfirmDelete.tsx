/**
 * "Delete this?", asked in place of the Delete button: Delete it, or Keep it (focused first, so a
 * slip of the Enter key keeps things). The caller puts focus back where it belongs afterwards.
 */
import type { ReactNode } from 'react';

export function ConfirmDelete({
  label,
  children,
  onDelete,
  onKeep,
}: {
  /** The group's accessible name: the question, like “Delete “Tea and stories”?”. */
  label: string;
  /** The question in full, with what deleting does and does not touch. */
  children: ReactNode;
  onDelete: () => void;
  onKeep: () => void;
}) {
  return (
    <div className="library-confirm" role="group" aria-label={label}>
      <p>{children}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary button-danger" onClick={onDelete}>
          Delete it
        </button>
        <button type="button" className="button button-secondary" autoFocus onClick={onKeep}>
          Keep it
        </button>
      </div>
    </div>
  );
}
