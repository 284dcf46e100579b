/**
 * A question asked before something that cannot be undone: what will go, then a button that does
 * it and one that keeps things as they are (focused first, so a slip of the Enter key keeps them).
 * Escape and a click outside keep things too; focus goes back where it was.
 */
import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export function ConfirmDialog({
  isOpen,
  title,
  confirmLabel,
  keepLabel,
  onConfirm,
  onKeep,
  children,
}: {
  isOpen: boolean;
  title: ReactNode;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  onKeep: () => void;
  children: ReactNode;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onKeep()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog confirm-dialog" role="alertdialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
          <div className="button-row dialog-buttons">
            <button type="button" className="button button-secondary button-keep" autoFocus onClick={onKeep}>
              {keepLabel}
            </button>
            <button type="button" className="button button-secondary button-for-good" onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
