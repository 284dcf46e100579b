import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { PLAN_STATUS_LABELS, type PlanSummary } from '../../../main/domain/plan';
import { formatDate, formatDuration } from '../../../main/domain/time';
import { navigate, routeHref } from '../lib/route';
import { sinceWorkshopText } from '../privacy/reminder';

type Action = 'open' | 'rename' | 'duplicate' | 'delete';

export function PlanCard({
  plan,
  daysSinceDelivered,
  onRename,
  onDuplicate,
  onDelete,
}: {
  plan: PlanSummary;
  /** Days since the workshop when the facilitator's reminder to delete personal data is due; null otherwise. */
  daysSinceDelivered: number | null;
  onRename: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const href = routeHref({ name: 'plan', planId: plan.id, tab: 'agenda' });
  const onAction = (key: Action) => {
    if (key === 'open') navigate({ name: 'plan', planId: plan.id, tab: 'agenda' });
    if (key === 'rename') onRename();
    if (key === 'duplicate') onDuplicate();
    if (key === 'delete') onDelete();
  };
  return (
    <li className="plan-card" data-plan-id={plan.id}>
      <div className="plan-card-main">
        <h2 className="plan-card-title">
          <a href={href}>{plan.title}</a>
        </h2>
        <dl className="plan-card-meta">
          <div>
            <dt>Date</dt>
            <dd>{plan.date ? formatDate(plan.date) : 'No date yet'}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <span className={`badge badge-${plan.status}`}>{PLAN_STATUS_LABELS[plan.status]}</span>
            </dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>
              {plan.blockCount === 0
                ? 'No agenda yet'
                : `${formatDuration(plan.totalMinutes)}, ${plan.blockCount} ${plan.blockCount === 1 ? 'block' : 'blocks'}`}
            </dd>
          </div>
        </dl>
        {daysSinceDelivered !== null && (
          <p className="plan-card-privacy">
            {sinceWorkshopText(daysSinceDelivered)}{' '}
            <a href={routeHref({ name: 'plan', planId: plan.id, tab: 'after' })}>
              Time to delete people’s personal data?<span className="visually-hidden"> (“{plan.title}”)</span>
            </a>
          </p>
        )}
      </div>
      <MenuTrigger>
        <Button className="button button-secondary" aria-label={`Actions for “${plan.title}”`}>
          Actions <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="popover" placement="bottom end">
          <Menu className="menu" onAction={(k) => onAction(k as Action)}>
            <MenuItem id="open" className="menu-item">
              Open
            </MenuItem>
            <MenuItem id="rename" className="menu-item">
              Rename…
            </MenuItem>
            <MenuItem id="duplicate" className="menu-item">
              Make a copy
            </MenuItem>
            <MenuItem id="delete" className="menu-item menu-item-danger">
              Delete
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
    </li>
  );
}
