/**
 * The two questions an import can need: a plan that is already here (import it as a copy, or leave
 * things as they are), and a file Kindred could not take in (why, and that nothing changed).
 * Escape or a click outside is the same as Cancel or OK; focus goes back where it was.
 */
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { PlanSummary } from '../../../main/domain/plan';
import { formatChangedAt, rejectionText } from './words';

export function AlreadyHereDialog({
  fileName,
  existing,
  onAnswer,
}: {
  fileName: string;
  existing: PlanSummary;
  onAnswer: (asCopy: boolean) => void;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onAnswer(false)} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            You already have this plan
          </Heading>
          <p className="plan-file-breakable">
            “{fileName}” holds <strong>“{existing.title}”</strong>, which is already in your plans (last changed {formatChangedAt(existing.updatedAt)}
            ).
          </p>
          <p>Import it as a copy to keep both: the copy is added as a new plan, and yours stays just as it is.</p>
          <div className="button-row dialog-buttons">
            <button type="button" className="button button-primary" autoFocus onClick={() => onAnswer(true)}>
              Import as a copy
            </button>
            <button type="button" className="button button-secondary" onClick={() => onAnswer(false)}>
              Cancel
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export function NotImportedDialog({ fileName, message, onClose }: { fileName: string; message: string; onClose: () => void }) {
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title" className="dialog-title plan-file-breakable">
            We couldn’t import “{fileName}”
          </Heading>
          <p className="plan-file-breakable">{rejectionText(message)}</p>
          <div className="button-row dialog-buttons">
            <button type="button" className="button button-primary" autoFocus onClick={onClose}>
              OK
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
