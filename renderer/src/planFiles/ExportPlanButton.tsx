/**
 * "Export plan file…" on a plan's screen, and File > Export plan file… while a plan is open: a
 * .kindred file to share the plan with a co-facilitator or move it to another computer.
 *
 * People's names, contact details and access needs go in only when the facilitator ticks to include
 * them (off each time the dialog opens): access needs are health information, so the file should
 * carry them only to someone who should see them, with the people's agreement.
 */
import { useEffect, useId, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { api, isDesktop, onMenuCommand } from '../api/client';
import { FormDialog } from '../components/FormDialog';
import { NameMentions } from '../privacy/NameMentions';
import { everyonesNames } from '../privacy/everyonesNames';
import { useToast } from '../components/Toasts';
import { problemMessage, showSaved } from '../packs/saving';
import type { PlanEditor } from '../plan/usePlanEditor';
import { savePlanFile } from './transport';
import { notAgreedToShare } from './words';
import '../styles/planFiles.css';

/** `showButton` false (the guided steps): no button, but the File menu still works. */
export function ExportPlanButton({ editor, showButton = true }: { editor: PlanEditor; showButton?: boolean }) {
  const [open, setOpen] = useState(false);
  useEffect(() => onMenuCommand((command) => command === 'export-plan' && setOpen(true)), []);
  return (
    <>
      {showButton && (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)} disabled={!editor.details}>
          Export plan file…
        </button>
      )}
      {open && editor.details && <ExportPlanDialog editor={editor} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExportPlanDialog({ editor, onClose }: { editor: PlanEditor; onClose: () => void }) {
  const [includePersonal, setIncludePersonal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const toast = useToast();
  const explainId = useId();
  const planId = editor.details!.id;
  const hasPeople = editor.people.length > 0;
  const notAgreed = includePersonal ? notAgreedToShare(editor.people) : null;

  const save = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      // The file is made from what the store holds, so every edit still on its way goes first.
      await editor.queue.whenIdle();
      const file = await api.exportPlanFile({ planId, includePersonal });
      const saved = await savePlanFile(file);
      if (!saved) return; // Cancelled in the save dialog: back to this one, as it was.
      onClose();
      if (saved.where === 'download') {
        toast({ message: `Saved “${saved.name}” to your downloads.` });
      } else {
        toast({
          message: `Saved “${saved.name}”.`,
          actionLabel: 'Show in folder',
          onAction: () => {
            showSaved(saved.path).catch((err: unknown) =>
              toast({ message: problemMessage(err, 'We couldn’t find that file. It may have been moved.') }),
            );
          },
        });
      }
    } catch (err) {
      setProblem(problemMessage(err, 'We couldn’t save the plan file. Please try again, or choose another place to save it.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      isOpen
      title="Export a plan file"
      submitLabel={busy ? 'Saving…' : isDesktop ? 'Save…' : 'Save'}
      onSubmit={() => void save()}
      onClose={onClose}
      // Not \`busy\`: that disables the button, and a disabled button drops focus while the save dialog is up.
      problem={problem}
    >
      <div className="plan-file-export">
        <p>
          A plan file holds “{editor.details!.title}” in one <span className="nowrap">.kindred</span> file: its details, agenda, the roles of the
          people involved, and your notes from after the workshop. Use it to share the plan with a co-facilitator, or to move it to another computer.
          They open it with “Import a plan…” in Kindred.
        </p>
        <Checkbox className="checkbox" isSelected={includePersonal} onChange={setIncludePersonal} aria-describedby={explainId}>
          <span className="checkbox-box" aria-hidden="true" />
          Include people’s names, contact details and access needs
        </Checkbox>
        <p id={explainId} className="field-description plan-file-explain">
          Access needs are health information. Only include them if the person receiving the file should see them, and the people in this plan agreed
          to their details being shared. Left out, everyone is listed by their role (for example “Carer 1”). Notes you typed yourself, such as block
          notes, stay as you wrote them unless you change them.
        </p>
        {!includePersonal && hasPeople && editor.plan && (
          <NameMentions
            plan={editor.plan}
            names={everyonesNames(editor.people)}
            skipPeople={editor.people.map((p) => p.id)}
            whose="people’s names"
            onReplace={editor.replaceNamesInPlace}
            // Notes on the day stay on this computer: a plan file does not carry them.
            withNotesOnTheDay={false}
          />
        )}
        {/* Read out as it appears, when the box is ticked. */}
        <div aria-live="polite">
          {notAgreed && <p className="notice notice-attention">{notAgreed}</p>}
          {includePersonal && !hasPeople && (
            <p className="notice notice-calm">There is nobody in this plan yet, so there are no details to include.</p>
          )}
        </div>
      </div>
    </FormDialog>
  );
}
