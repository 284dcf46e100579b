/**
 * On the After the workshop tab of a delivered plan: delete personal data at any time (not only
 * when the reminder comes), and, once it is done, the date it was done.
 */
import { useEffect, useRef, useState } from 'react';
import { localToday } from '../../../main/domain/time';
import { useAnnounce } from '../components/Announcer';
import type { PlanEditor } from '../plan/usePlanEditor';
import { ClearPersonalDataDialog } from './ClearPersonalDataDialog';
import { clearedText } from './reminder';
import '../styles/privacy.css';

export function PersonalDataSection({ editor }: { editor: PlanEditor }) {
  const { details, people } = editor;
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [justCleared, setJustCleared] = useState(false);
  const clearedRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (justCleared) clearedRef.current?.focus();
  }, [justCleared]);

  if (!details || details.status !== 'delivered') return null;
  const clearedOn = details.personalDataClearedOn;

  return (
    <section className="form-section privacy-section" aria-labelledby="privacy-section-heading">
      <h3 id="privacy-section-heading">Personal data</h3>
      {clearedOn !== null ? (
        <>
          <p ref={clearedRef} tabIndex={-1} className="privacy-done" data-testid="personal-data-cleared">
            {clearedText(clearedOn)}
          </p>
          <p className="field-description">
            Names became roles, like “Carer 1”. Access needs, consent records, contact details, pronouns and payment notes were deleted.
          </p>
        </>
      ) : people.length === 0 ? (
        <p>Nobody is named in this plan, so there is no personal data to delete.</p>
      ) : (
        <>
          <p>
            When you no longer need people’s details from this workshop, you can delete them. The agenda, roles, hours and amounts, and this write-up
            stay.
          </p>
          <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
            Delete personal data…
          </button>
          <ClearPersonalDataDialog
            isOpen={open}
            planTitle={details.title}
            people={people}
            onClear={editor.clearPersonalData}
            onClose={() => setOpen(false)}
            plan={editor.plan}
            onReplace={editor.replaceNamesInPlace}
            onCleared={(plan) => {
              announce(clearedText(plan.personalDataClearedOn ?? localToday()));
              setJustCleared(true);
            }}
          />
        </>
      )}
    </section>
  );
}
