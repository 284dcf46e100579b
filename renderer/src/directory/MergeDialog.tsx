/**
 * Merging two entries that seem to be one person: both shown side by side, a plain account of what
 * will happen, and the choice left to the facilitator. Never done without this dialog.
 */
import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { DirectorySummary } from '../../../main/domain/directory';
import { api } from '../api/client';
import { DialogFooter } from '../components/DialogFooter';
import { mergedSentence, summaryLine } from './directoryWords';

export function MergeDialog({
  group,
  onClose,
  onMerged,
}: {
  group: readonly DirectorySummary[];
  onClose: () => void;
  onMerged: (sentence: string) => void;
}) {
  const [first, second] = group;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!first || !second) return null;
  const merge = async () => {
    setBusy(true);
    try {
      const result = await api.mergeDirectoryPeople({ directoryPersonId: first.id, duplicateId: second.id });
      onMerged(mergedSentence(result.person.name.trim(), result.combined, result.plansRelinked));
    } catch (err) {
      setProblem(err instanceof Error ? err.message : 'They could not be merged just now. Nothing has changed.');
      setBusy(false);
    }
  };
  const card = (p: DirectorySummary) => (
    <li className="merge-card">
      <strong>{p.name}</strong>
      <span>{[p.email, p.phone].filter(Boolean).join(' · ') || 'No email or phone'}</span>
      <span>{summaryLine(p)}</span>
    </li>
  );
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            Are these the same person?
          </Heading>
          <ul className="merge-cards" aria-label="The two entries">
            {card(first)}
            {card(second)}
          </ul>
          <p>
            If they are, Kindred keeps the fuller profile, adds anything only the other one has (contact details, roles, needs, notes), and links both
            sets of plans to it. Plans already delivered keep what was true on the day.
          </p>
          {group.length > 2 && <p>There are {group.length} entries like this; merge two at a time.</p>}
          <DialogFooter problem={problem}>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void merge()}>
              Merge them
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              Keep them apart
            </button>
          </DialogFooter>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
