/** A modal whose changes save as they are made: a heading, what it holds, and Done. Escape closes it too. */
import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export function DoneDialog({
  isOpen,
  onClose,
  title,
  wide,
  done = 'primary',
  footerClassName,
  titleLevel = 3,
  children,
}: {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  wide?: boolean;
  /** Secondary when the dialog has a primary button of its own. */
  done?: 'primary' | 'secondary';
  /** Classes added after "button-row dialog-buttons". */
  footerClassName?: string;
  /** 2 for a dialog whose sections have headings of their own (h3), so no level is skipped. */
  titleLevel?: 2 | 3;
  children: ReactNode;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(o) => !o && onClose()} isDismissable>
      <Modal className={wide ? 'modal modal-wide' : 'modal'}>
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title" level={titleLevel}>
            {title}
          </Heading>
          {children}
          <div className={`button-row dialog-buttons sticky-dialog-buttons${footerClassName ? ` ${footerClassName}` : ''}`}>
            <button type="button" className={`button button-${done}`} onClick={onClose}>
              Done
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
