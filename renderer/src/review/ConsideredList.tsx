/** Findings the facilitator has set aside, each with their reason, and a way to bring it back. */
import type { Ref } from 'react';
import type { ConsideredFinding, Finding } from '../../../main/domain/review';
import { formatDate, localToday } from '../../../main/domain/time';

/** The local calendar date of an ISO timestamp, as "12 March 2027". */
function dayOf(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return formatDate(localToday(d));
}

export function ConsideredList({
  considered,
  headingRef,
  onBringBack,
}: {
  considered: readonly ConsideredFinding[];
  headingRef: Ref<HTMLHeadingElement>;
  onBringBack: (finding: Finding) => void;
}) {
  return (
    <section className="review-considered" aria-labelledby="considered-heading">
      <h3 id="considered-heading" ref={headingRef} tabIndex={-1}>
        Considered <span className="review-group-count">({considered.length})</span>
      </h3>
      <p>Things you have thought about and set aside, with your reasons. Bring one back if things change.</p>
      <ul className="finding-list">
        {considered.map(({ finding, reason, setAt }) => {
          const domId = `considered-${finding.id.replace(/[^a-z0-9_-]/gi, '-')}`;
          const day = dayOf(setAt);
          return (
            <li key={finding.id} className="finding finding-considered" data-finding-id={finding.id}>
              <p className="finding-message" id={`${domId}-message`}>
                {finding.message}
              </p>
              <p className="considered-reason">
                <strong>Your reason{day ? `, ${day}` : ''}:</strong> {reason}
              </p>
              <div className="button-row finding-buttons">
                <button type="button" className="button button-secondary" onClick={() => onBringBack(finding)} aria-describedby={`${domId}-message`}>
                  Bring back
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
