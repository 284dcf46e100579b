/** What a plan's screens show while the plan is opening, or when it cannot be opened. */
import { navigate } from '../lib/route';

export function PlanOpening({ what }: { what: string }) {
  return (
    <div className="page">
      <p role="status">{what}</p>
    </div>
  );
}

export function PlanMissing({ message }: { message: string }) {
  return (
    <div className="page">
      <h1 tabIndex={-1} id="page-title">
        We couldn’t open that plan
      </h1>
      <p>{message}</p>
      <button type="button" className="button button-primary" onClick={() => navigate({ name: 'plans' })}>
        Back to your plans
      </button>
    </div>
  );
}
