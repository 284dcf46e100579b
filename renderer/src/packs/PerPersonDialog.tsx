/**
 * "Make a pack for each person": everyone taking part (not the facilitators) gets a participant
 * pack in the format they asked for, made out to them by name. On desktop the folder is chosen
 * first, then the packs are made, a few at a time and counted in order (with a progress bar and
 * Cancel, which stops before anything is written), then written together — all of them or none.
 * In browser mode they are downloaded as one zip.
 */
import { useRef, useState } from 'react';
import { Dialog, Heading, Label, Modal, ModalOverlay, ProgressBar } from 'react-aria-components';
import { cleanNamePart, FALLBACK_TITLE, safeFileName } from '../../../main/domain/pack/fileNames';
import { inOrder } from '../../../main/domain/pack/inOrder';
import { api } from '../api/client';
import { useAnnounce } from '../components/Announcer';
import { DialogFooter } from '../components/DialogFooter';
import { packCount, uniqueNames, type PersonPack } from './plan';
import { chooseFolder, problemMessage, savePacks, savesToDisk, showSaved, type PackFileData, type SavedFolder } from './saving';

/** Packs asked of the service at once: as many as it has worker threads (packRenderer.ts makes up to 4). */
const PACKS_AT_ONCE = 4;

type Stage = { name: 'list'; note?: string } | { name: 'making'; done: number; current: string } | { name: 'saved'; result: SavedFolder };

export function PerPersonDialog({
  isOpen,
  onClose,
  planId,
  title,
  packs,
}: {
  isOpen: boolean;
  onClose: () => void;
  planId: string;
  title: string;
  packs: readonly PersonPack[];
}) {
  const announce = useAnnounce();
  const [stage, setStage] = useState<Stage>({ name: 'list' });
  const [problem, setProblem] = useState<string | null>(null);
  const cancelled = useRef(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const making = stage.name === 'making';

  const close = () => {
    // Closing while packs are being made stops them, as Cancel does.
    cancelled.current = true;
    setStage({ name: 'list' });
    setProblem(null);
    onClose();
  };

  const cancel = () => {
    cancelled.current = true;
  };

  const stopped = () => {
    setStage({ name: 'list', note: 'Stopped. No packs were saved.' });
    announce('Stopped. No packs were saved.');
    requestAnimationFrame(() => startRef.current?.focus());
  };

  const start = async () => {
    setProblem(null);
    cancelled.current = false;
    const targets = [...packs];
    let folder: Awaited<ReturnType<typeof chooseFolder>>;
    try {
      folder = await chooseFolder();
    } catch (err) {
      setProblem(problemMessage(err, 'We couldn’t open that folder. Please choose another one.'));
      return;
    }
    if (folder === null) return; // The facilitator closed the folder dialog: nothing to do.
    const files: PackFileData[] = [];
    setStage({ name: 'making', done: 0, current: targets[0]?.name ?? '' });
    announce(`Making ${packCount(targets.length)}…`);
    requestAnimationFrame(() => cancelRef.current?.focus());
    try {
      // Several asked for at once, so the service can make them on every core; they are taken in
      // order, so the progress counts finished packs and Cancel stops before the next is asked for.
      const made = inOrder(targets.length, PACKS_AT_ONCE, (i) =>
        api.packFile({ planId, pack: 'participant', format: targets[i]!.format, personId: targets[i]!.personId }),
      );
      for (const [i, target] of targets.entries()) {
        if (cancelled.current) return stopped();
        setStage({ name: 'making', done: i, current: target.name });
        files.push(await made[i]!());
      }
      if (cancelled.current) return stopped();
      const names = uniqueNames(files.map((f) => f.fileName));
      const named = files.map((f, i) => ({ ...f, fileName: names[i]! }));
      // A title with nothing visible in it is "Kindred", as it is in each pack's own name.
      const zipName = safeFileName(`${cleanNamePart(title) || FALLBACK_TITLE} – participant packs`, '.zip');
      const result = await savePacks(folder, named, zipName);
      setStage({ name: 'saved', result });
      announce(summary(result));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } catch (err) {
      setStage({ name: 'list' });
      setProblem(problemMessage(err, 'We couldn’t make the packs. Nothing was saved. Please try again.'));
      requestAnimationFrame(() => startRef.current?.focus());
    }
  };

  const total = packs.length;
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && close()} isDismissable={!making}>
      <Modal className="modal per-person-modal">
        <Dialog className="dialog per-person-dialog">
          <Heading slot="title" className="dialog-title">
            A pack for each person
          </Heading>
          {stage.name === 'saved' ? (
            <>
              <p ref={summaryRef} tabIndex={-1} className="per-person-summary">
                {summary(stage.result)}
              </p>
              <ul className="per-person-names">
                {stage.result.names.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
              <div className="button-row dialog-buttons">
                {stage.result.where === 'disk' && (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => {
                      if (stage.result.where !== 'disk') return;
                      showSaved(stage.result.path).catch((err: unknown) =>
                        setProblem(problemMessage(err, 'We couldn’t find that folder. It may have been moved.')),
                      );
                    }}
                  >
                    Show in folder
                  </button>
                )}
                <button type="button" className="button button-primary" onClick={close}>
                  Done
                </button>
              </div>
            </>
          ) : (
            <>
              {total === 0 ? (
                <p>
                  There is nobody to make a pack for yet. Add the people taking part on the People tab, and each will get a pack in the format they
                  asked for.
                </p>
              ) : (
                <>
                  <p>
                    Each person gets a participant pack made out to them by name, in the format they asked for.{' '}
                    {total === 1 ? 'One pack will be made:' : `${total} packs will be made:`}
                  </p>
                  <ul className="per-person-list" aria-label="Who gets a pack">
                    {packs.map((p) => (
                      <li key={p.personId}>
                        <span className="per-person-name">{p.name}</span>
                        <span className="per-person-format">{p.formatLabel}</span>
                        <span className="per-person-file">{p.fileName}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <p className="field-description">A participant pack never includes anyone else’s access needs, contact details or payment.</p>
              {making && (
                <div className="per-person-progress">
                  <ProgressBar value={stage.done} minValue={0} maxValue={total} className="progress">
                    {({ percentage }) => (
                      <>
                        <Label className="label">
                          Making pack {stage.done + 1} of {total}: {stage.current}
                        </Label>
                        <div className="progress-track">
                          <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
                        </div>
                      </>
                    )}
                  </ProgressBar>
                </div>
              )}
              {stage.name === 'list' && stage.note && (
                <p className="notice notice-calm" role="status">
                  {stage.note}
                </p>
              )}
              <DialogFooter problem={problem}>
                {making ? (
                  <button ref={cancelRef} type="button" className="button button-secondary" onClick={cancel}>
                    Cancel
                  </button>
                ) : (
                  <>
                    {total > 0 && (
                      <button ref={startRef} type="button" className="button button-primary" onClick={start}>
                        {savesToDisk ? 'Choose a folder and make packs' : 'Make packs and download them'}
                      </button>
                    )}
                    <button type="button" className="button button-secondary" onClick={close}>
                      Close
                    </button>
                  </>
                )}
              </DialogFooter>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** "12 packs saved in Documents/Workshop packs", or for a download, the zip's name. */
export function summary(result: SavedFolder): string {
  return result.where === 'disk'
    ? `${packCount(result.names.length)} saved in ${result.path}`
    : `${packCount(result.names.length)} saved in “${result.zipName}”, in your downloads.`;
}
