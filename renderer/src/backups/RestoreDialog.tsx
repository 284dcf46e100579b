/**
 * "Restore the backup from …?": says exactly what is replaced, with the counts on both sides, and
 * that the plans there now are backed up first. Cancel is focused first (a slip of the Enter key
 * changes nothing); Escape and a click outside cancel too, except while the restore is running.
 */
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { BackupSummary } from '../../../main/contract/contract';
import { BusyDialogFooter, useDialogAction } from '../components/DialogFooter';
import { restoreSummary, whenInSentence } from './backupWords';

export function RestoreDialog({
  backup,
  when,
  plansNow,
  onRestore,
  onClose,
}: {
  /** The backup to restore (one that could be read); null when the dialog is closed. */
  backup: BackupSummary | null;
  /** When it was made, as the table says it ("Today at 10:15"). */
  when: string;
  /** How many plans there are now, to say what is replaced. */
  plansNow: number;
  /** Restores it; rejects with a kind message when it could not (then nothing has changed). */
  onRestore: (backup: BackupSummary) => Promise<void>;
  onClose: () => void;
}) {
  const { busy, problem, setProblem, run } = useDialogAction(
    'Kindred could not restore that backup just now. Your plans are as they were; please try again.',
  );
  // A problem belongs to the backup it was about (reset while rendering, so it never shows beside another).
  const [problemFor, setProblemFor] = useState(backup);
  if (backup !== problemFor) {
    setProblemFor(backup);
    setProblem(null);
  }

  const close = () => {
    if (!busy) onClose();
  };

  const restore = () =>
    run(async () => {
      if (!backup) return;
      await onRestore(backup);
      onClose();
    });

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={backup !== null}
      onOpenChange={(open) => !open && close()}
      isDismissable={!busy}
      isKeyboardDismissDisabled={busy}
    >
      <Modal className="modal backups-modal">
        <Dialog className="dialog restore-dialog" role="alertdialog">
          <Heading slot="title" className="dialog-title">
            Restore the backup from {whenInSentence(when)}?
          </Heading>
          {backup && <p>{restoreSummary(plansNow, backup.planCount ?? 0, when)}</p>}
          <p className="field-description">Your saved blocks and templates go back to how they were then too. Your settings stay as they are.</p>
          <BusyDialogFooter
            problem={problem}
            busy={busy}
            keepLabel="Cancel"
            onKeep={close}
            actLabel="Restore"
            busyLabel="Restoring…"
            onAct={() => void restore()}
          />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
