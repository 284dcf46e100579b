/**
 * An imported person who may be someone you already work with (the same name with other or no
 * contact details, or the same email or phone under another name). Kindred never guesses: the
 * facilitator links them to the one they are, or keeps them separate. Escape keeps them separate,
 * which is what Kindred did before it asked, so nothing is joined by a slip of a key.
 */
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { ImportMatchQuestion } from '../../../main/contract/contract';

const reach = (c: Pick<ImportMatchQuestion, 'email' | 'phone'>) =>
  [c.email.trim(), c.phone.trim()].filter(Boolean).join(', ') || 'no contact details';

export function WhoIsThisDialog({
  planTitle,
  question,
  onAnswer,
}: {
  planTitle: string;
  question: ImportMatchQuestion;
  /** The entry they are, or null to keep them separate. */
  onAnswer: (directoryPersonId: string | null) => void;
}) {
  const several = question.candidates.length > 1;
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onAnswer(null)} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title plan-file-breakable">
            Is <bdi>{question.name}</bdi> someone you already work with?
          </Heading>
          <p className="plan-file-breakable">
            “{planTitle}” includes <bdi>{question.name}</bdi> ({reach(question)}). {several ? 'These people' : 'This person'} in your People list may
            be the same person:
          </p>
          <ul className="who-is-this-list">
            {question.candidates.map((c) => (
              <li key={c.directoryPersonId}>
                <button type="button" className="button button-secondary" onClick={() => onAnswer(c.directoryPersonId)}>
                  Yes, this is <bdi>{c.name}</bdi>
                </button>
                <span className="field-description">
                  {' '}
                  {reach(c)} · {c.alike}
                </span>
              </li>
            ))}
          </ul>
          <p>Linking them keeps one profile for them across your plans. If you are not sure, keep them separate: you can merge them later.</p>
          <div className="button-row dialog-buttons">
            <button type="button" className="button button-primary" autoFocus onClick={() => onAnswer(null)}>
              No, keep them separate
            </button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
