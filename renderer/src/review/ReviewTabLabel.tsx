/**
 * The Review tab's label: "Review (2)" on screen, "Review, 2 important" to a screen reader, where 2 is
 * the number of important findings still open. Cheap: it is worked out when typing pauses, and the
 * review of a plan is shared with the Review screen.
 */
import type { Plan, SetAside } from '../../../main/domain/plan';
import { useReview } from './useReview';
import '../styles/review.css';

/** The count waits for a pause in typing: nobody reads a tab label mid-word. */
const SETTLE_MS = 400;

export function ReviewTabLabel({ label, plan, setAsides }: { label: string; plan: Plan | null; setAsides: readonly SetAside[] }) {
  const { important } = useReview(plan, setAsides, SETTLE_MS).counts;
  if (important === 0) return <>{label}</>;
  // Two versions rather than one with hidden punctuation: browsers pad a visually hidden span with
  // spaces when they compute the name ("Review , 2 important").
  return (
    <>
      <span className="visually-hidden">
        {label}, {important} important
      </span>
      <span aria-hidden="true">
        {label}{' '}
        <span className="tab-count" data-testid="review-tab-count">
          ({important})
        </span>
      </span>
    </>
  );
}
