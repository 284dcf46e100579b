/**
 * The foot of a dialog that does something. What went wrong is said inside the dialog, just above
 * the buttons (role="alert", so it is read out at once and focus stays where it is), and the
 * dialog stays open so the facilitator can try again or leave things as they were.
 */
import { useState, type ReactNode } from 'react';

export function DialogFooter({
  problem,
  sticky = false,
  children,
}: {
  problem: string | null | undefined;
  /** Kept in view while a long dialog scrolls (a small laptop screen, or zoomed in). */
  sticky?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      {problem && (
        <p className="notice notice-problem" role="alert">
          {problem}
        </p>
      )}
      <div className={sticky ? 'button-row dialog-buttons sticky-dialog-buttons' : 'button-row dialog-buttons'}>{children}</div>
    </>
  );
}

/**
 * A question's two answers: keep things as they are (focused first, so a slip of the Enter key
 * changes nothing) and do it, which says it is working while it runs. Both are aria-disabled
 * rather than disabled meanwhile, so focus is not thrown out of the dialog.
 */
export function BusyDialogFooter({
  problem,
  busy,
  keepLabel,
  onKeep,
  actLabel,
  busyLabel,
  onAct,
  actClassName = 'button-primary',
}: {
  problem: string | null;
  busy: boolean;
  keepLabel: string;
  onKeep: () => void;
  actLabel: string;
  /** Shown on the button while it works ("Restoring…"). */
  busyLabel: string;
  onAct: () => void;
  /** The button's look after "button" (a plain secondary one for deleting). */
  actClassName?: string;
}) {
  return (
    <DialogFooter problem={problem}>
      <button type="button" className="button button-secondary" autoFocus onClick={onKeep} aria-disabled={busy || undefined}>
        {keepLabel}
      </button>
      <button type="button" className={`button ${actClassName}`} onClick={() => !busy && onAct()} aria-disabled={busy || undefined}>
        {busy ? busyLabel : actLabel}
      </button>
    </DialogFooter>
  );
}

/**
 * A dialog's one action and what became of it: `run` marks it busy, and when the action throws
 * keeps its kind message (or `fallback`) to show; while busy, a second run does nothing.
 */
export function useDialogAction(fallback: string) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setBusy(false);
    } catch (err) {
      setBusy(false);
      setProblem(err instanceof Error && err.message ? err.message : fallback);
    }
  };
  return { busy, problem, setProblem, run };
}
