/**
 * "Delete personal data": says exactly what goes and what stays before anything is deleted, then
 * does it in one step. Nothing can be undone here, so keeping things is the button focused first
 * (a slip of the Enter key keeps them), and Escape or a click outside keeps them too.
 */
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Person } from '../../../main/domain/people';
import type { Plan } from '../../../main/domain/plan';
import type { TextPlace } from '../../../main/domain/nameMentions';
import { NameMentions } from './NameMentions';
import { everyonesNames } from './everyonesNames';
import { OLDER_BACKUPS_KEEP_A_COPY } from '../backups/olderBackups';
import { BusyDialogFooter, useDialogAction } from '../components/DialogFooter';
import { namesAsRoles } from './reminder';
import '../styles/privacy.css';

/** Up to this many people are named in the example of names becoming roles. */
const EXAMPLES = 2;

export function ClearPersonalDataDialog({
  isOpen,
  planTitle,
  people,
  onClear,
  onClose,
  onCleared,
  plan,
  onReplace,
}: {
  isOpen: boolean;
  planTitle: string;
  people: readonly Person[];
  /** Deletes the data; rejects with a kind message when it could not. */
  onClear: () => Promise<Plan>;
  onClose: () => void;
  /** Told once it is done (the dialog has closed itself by then). */
  onCleared: (plan: Plan) => void;
  /** The plan as it is now, to find where names are still written in free text. */
  plan: Plan | null;
  onReplace: (place: TextPlace, names: string[]) => Promise<unknown>;
}) {
  const { busy, problem, setProblem, run } = useDialogAction(
    'Kindred could not delete the personal data just now. Nothing has changed; please try again.',
  );

  const close = () => {
    if (busy) return;
    setProblem(null);
    onClose();
  };

  const clear = () =>
    run(async () => {
      const plan = await onClear();
      onClose();
      onCleared(plan);
    });

  const renamed = namesAsRoles(people);
  const examples = renamed.slice(0, EXAMPLES).map((r) => `${r.name} becomes “${r.becomes}”`);
  const exampleText = examples.length === 0 ? 'like “Carer 1”' : `${examples.join(', ')}${renamed.length > EXAMPLES ? ', and so on' : ''}`;

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => !open && close()}
      isDismissable={!busy}
      isKeyboardDismissDisabled={busy}
    >
      <Modal className="modal privacy-modal">
        <Dialog className="dialog privacy-dialog" role="alertdialog">
          <Heading slot="title" className="dialog-title">
            Delete personal data from “{planTitle}”?
          </Heading>
          <p>
            This deletes what you no longer need to know about the people who took part, straight away. It cannot be undone.{' '}
            {OLDER_BACKUPS_KEEP_A_COPY}
          </p>
          <div className="privacy-lists">
            <section aria-labelledby="privacy-goes-heading">
              <h3 id="privacy-goes-heading" className="privacy-list-title">
                What is deleted
              </h3>
              <ul>
                <li>Access needs, and how each was arranged</li>
                <li>Consent records</li>
                <li>Contact details</li>
                <li>Pronouns</li>
                <li>Notes about payment and expenses</li>
                <li>Names: each person becomes their role and a number ({exampleText})</li>
              </ul>
            </section>
            <section aria-labelledby="privacy-stays-heading">
              <h3 id="privacy-stays-heading" className="privacy-list-title">
                What stays
              </h3>
              <ul>
                <li>The agenda</li>
                <li>Each person’s role and organisation</li>
                <li>Hours and amounts paid, for your accounts</li>
                <li>What happened, your notes on the day, and “You said, we did”</li>
                <li>Their profiles under People, no longer linked to this workshop (you can remove someone there)</li>
              </ul>
            </section>
          </div>
          <p className="field-description">Anything you wrote in your own words stays as you wrote it, unless you choose to change it below.</p>
          {plan && (
            <NameMentions
              plan={plan}
              names={everyonesNames(people)}
              skipPeople={people.map((p) => p.id)}
              whose="people’s names"
              onReplace={onReplace}
            />
          )}
          <BusyDialogFooter
            problem={problem}
            busy={busy}
            keepLabel="Keep it for now"
            onKeep={close}
            actLabel="Delete personal data"
            busyLabel="Deleting…"
            onAct={() => void clear()}
            actClassName="button-secondary privacy-danger"
          />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
