/**
 * The payments list for a finance team, from the plans list: a date range (react-aria date
 * fields, day first in the UK) and CSV or Excel, saved through the same save dialog (or download)
 * as packs. Afterwards the dialog says what was saved and what the list leaves out, and stays open
 * so another range or the other kind of file can be saved.
 */
import { useEffect, useRef, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { taxYearStart } from '../../../main/domain/payments/paymentsList';
import { api } from '../api/client';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { DateEntryField } from '../components/DateEntryField';
import { DialogFooter } from '../components/DialogFooter';
import { problemMessage, savePack } from '../packs/saving';
import { useToday } from '../review/useReview';

const KINDS = ['xlsx', 'csv'] as const;
type Kind = (typeof KINDS)[number];
const KIND_LABELS: Record<Kind, string> = { xlsx: 'Excel workbook (.xlsx)', csv: 'CSV file (.csv), for any spreadsheet or finance system' };

interface Outcome {
  said: string;
  leftOut: string[];
}

export function PaymentsListButton({ planIds, label = 'Payments list…' }: { planIds?: string[]; label?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && <PaymentsListDialog planIds={planIds} onClose={() => setOpen(false)} />}
    </>
  );
}

function PaymentsListDialog({ planIds, onClose }: { planIds: string[] | undefined; onClose: () => void }) {
  const today = useToday();
  const [from, setFrom] = useState<string | null>(() => taxYearStart(today));
  const [to, setTo] = useState<string | null>(today);
  const [kind, setKind] = useState<Kind>('xlsx');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // The footer stays in view over a scrolling form, so bring what was saved out from under it.
  useEffect(() => {
    if (outcome) outcomeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);

  const save = async () => {
    if (busy) return;
    if (!from || !to) return setProblem('Choose the first and the last date of the sessions to list.');
    if (from > to) return setProblem('The last date needs to be on or after the first date.');
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    try {
      const file = await api.paymentsFile({ from, to, format: kind, ...(planIds ? { planIds } : {}) });
      const saved = await savePack({ fileName: file.fileName, base64: file.base64 });
      if (saved) {
        const what =
          file.lines === 0
            ? 'with nobody to pay in those dates'
            : `${file.lines === 1 ? '1 line' : `${file.lines} lines`} from ${file.sessions === 1 ? '1 session' : `${file.sessions} sessions`}`;
        setOutcome({ said: `${saved.where === 'disk' ? 'Saved' : 'Downloaded'} “${saved.name}”, ${what}.`, leftOut: file.leftOut });
      }
    } catch (err) {
      setProblem(problemMessage(err, 'The payments list could not be made just now. Please try again.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(o) => !o && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <Heading slot="title" className="dialog-title">
              Payments list for finance
            </Heading>
            <p>
              Everyone with a fee or expenses in the sessions between these dates: hours, fee, each expense, how they are paid and whether it is
              agreed. People are named only where they have agreed to their details being shared.
            </p>
            <DateEntryField
              label="First date"
              value={from}
              onCommit={setFrom}
              isRequired
              requiredMessage="Choose the first date of the sessions to list."
            />
            <DateEntryField
              label="Last date"
              value={to}
              onCommit={setTo}
              isRequired
              requiredMessage="Choose the last date of the sessions to list."
            />
            <ChoiceRadioGroup label="Kind of file" value={kind} options={KINDS} labels={KIND_LABELS} onChange={setKind} />
            {outcome && (
              <div role="status" className="notice payments-outcome" ref={outcomeRef}>
                <p>{outcome.said}</p>
                {outcome.leftOut.length > 0 && (
                  <ul>
                    {outcome.leftOut.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            <DialogFooter problem={problem} sticky>
              <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
                {busy ? 'Making the list…' : 'Save the list'}
              </button>
              <button type="button" className="button button-secondary" onClick={onClose}>
                Close
              </button>
            </DialogFooter>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
