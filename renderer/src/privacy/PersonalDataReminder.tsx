/**
 * The gentle reminder at the top of a delivered plan, once the facilitator's chosen number of days
 * has passed (Settings, Reminders; 90 by default): personal data is kept only as long as it is
 * needed. A region with a heading, not an alert: it waits to be read. "Not now" puts it away until
 * Kindred is next opened.
 */
import { useEffect, useRef, useState } from 'react';
import { localToday } from '../../../main/domain/time';
import { useAnnounce } from '../components/Announcer';
import type { PlanEditor } from '../plan/usePlanEditor';
import { useSettings } from '../settings/useSettings';
import { ClearPersonalDataDialog } from './ClearPersonalDataDialog';
import { clearedText, personalDataReminderDays, sinceWorkshopText } from './reminder';
import '../styles/privacy.css';

/** Plans whose reminder was put away with "Not now", until Kindred is next opened. */
const notNow = new Set<string>();

export function PersonalDataReminder({ editor }: { editor: PlanEditor }) {
  const { settings, ready } = useSettings();
  const announce = useAnnounce();
  const plan = editor.plan;
  const planId = plan?.id ?? '';
  const [hidden, setHidden] = useState(() => notNow.has(planId));
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (!plan || !ready) return null;

  if (done) {
    return (
      <div className="notice notice-calm privacy-reminder" role="region" aria-labelledby="privacy-reminder-heading">
        <h2 id="privacy-reminder-heading" className="privacy-reminder-title">
          Personal data from this workshop
        </h2>
        <p ref={doneRef} tabIndex={-1} className="privacy-done">
          {done} Names are now roles, like “Carer 1”.
        </p>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => setDone(null)}>
            Close
          </button>
        </div>
      </div>
    );
  }

  const days = personalDataReminderDays(plan, settings.reminders, localToday());
  if (days === null || hidden) return null;

  const putAway = () => {
    notNow.add(planId);
    setHidden(true);
    announce('We will ask again the next time you open Kindred.');
    document.querySelector<HTMLElement>('.plan-header h1')?.focus();
  };

  return (
    <div className="notice notice-calm privacy-reminder" role="region" aria-labelledby="privacy-reminder-heading">
      <h2 id="privacy-reminder-heading" className="privacy-reminder-title">
        Personal data from this workshop
      </h2>
      <p>{sinceWorkshopText(days)} Would you like to delete the personal data you no longer need?</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          Delete personal data…
        </button>
        <button type="button" className="button button-quiet" onClick={putAway}>
          Not now
        </button>
      </div>
      <ClearPersonalDataDialog
        isOpen={open}
        planTitle={plan.title}
        people={plan.people}
        onClear={editor.clearPersonalData}
        onClose={() => setOpen(false)}
        plan={editor.plan}
        onReplace={editor.replaceNamesInPlace}
        onCleared={(cleared) => {
          const message = clearedText(cleared.personalDataClearedOn ?? localToday());
          setDone(message);
          announce(message);
        }}
      />
    </div>
  );
}
