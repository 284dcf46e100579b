/** A small modal form: a heading, fields, and a primary and a cancel button. Escape closes it. */
import type { FormEvent, ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { DialogFooter } from './DialogFooter';

export function FormDialog({
  isOpen,
  title,
  submitLabel,
  onSubmit,
  onClose,
  busy,
  problem,
  modalClassName,
  children,
}: {
  isOpen: boolean;
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  busy?: boolean;
  problem?: string | null;
  /** Added to "modal", e.g. for a wider form. */
  modalClassName?: string;
  children: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className={modalClassName ? `modal ${modalClassName}` : 'modal'}>
        <Dialog className="dialog">
          <form onSubmit={submit} noValidate>
            <Heading slot="title" className="dialog-title">
              {title}
            </Heading>
            {children}
            {/* Kept in view while a long form scrolls (a small laptop screen, or zoomed in). */}
            <DialogFooter problem={problem} sticky>
              <button type="submit" className="button button-primary" disabled={busy}>
                {submitLabel}
              </button>
              <button type="button" className="button button-secondary" onClick={onClose}>
                Cancel
              </button>
            </DialogFooter>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
