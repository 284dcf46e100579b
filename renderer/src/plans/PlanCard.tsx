import { memo, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { PLAN_STATUS_LABELS, type PlanSummary } from '../../../main/domain/plan';
import { formatDate, formatDuration } from '../../../main/domain/time';
import { navigate, routeHref } from '../lib/route';
import { sinceWorkshopText } from '../privacy/reminder';

type Action = 'open' | 'rename' | 'duplicate' | 'duplicate_actual' | 'delete';

export const PlanCard = memo(function PlanCard({
  plan,
  index,
  setSize,
  top,
  measureRef,
  daysSinceDelivered,
  onRename,
  onDuplicate,
  onDelete,
}: {
  plan: PlanSummary;
  /** Where the card sits in the list, told to screen readers (the list draws only the cards on screen). */
  index: number;
  setSize: number;
  /** Distance from the top of the list, in pixels. */
  top: number;
  measureRef: Ref<HTMLLIElement>;
  /** Days since the workshop when the facilitator's reminder to delete personal data is due; null otherwise. */
  daysSinceDelivered: number | null;
  onRename: (plan: PlanSummary) => void;
  /** `actualLengths`: each block as long as it really took on the day. */
  onDuplicate: (plan: PlanSummary, actualLengths: boolean) => void;
  onDelete: (plan: PlanSummary) => void;
}) {
  const href = routeHref({ name: 'plan', planId: plan.id, tab: 'agenda' });
  // The actions menu is a react-aria widget with its own state and listeners: drawn for the card
  // the facilitator reaches (pointer over it, or focus in it), a plain button until then.
  const placeholder = useRef<HTMLButtonElement>(null);
  const [awake, setAwake] = useState<{ focus: boolean } | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const wake = (open = false) => {
    if (!awake) setAwake({ focus: placeholder.current === document.activeElement });
    // A click on the plain button (voice control, or a tap) opens the menu straight away.
    if (open) setMenuOpen(true);
  };
  return (
    <li
      className="plan-card"
      data-plan-id={plan.id}
      data-index={index}
      ref={measureRef}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${top}px)` }}
      // Drawn before the pointer event ends, so the press that follows lands on the real button.
      onPointerEnter={() => {
        if (!awake) flushSync(() => wake());
      }}
      onFocus={() => wake()}
    >
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
      {awake ? (
        <PlanActions
          plan={plan}
          takeFocus={awake.focus}
          isOpen={menuOpen}
          onOpenChange={setMenuOpen}
          onRename={onRename}
          onDuplicate={onDuplicate}
          onDelete={onDelete}
        />
      ) : (
        // Looks and reads the same as the menu's button.
        <button
          type="button"
          className="button button-secondary"
          aria-label={actionsLabel(plan)}
          aria-haspopup="menu"
          aria-expanded="false"
          ref={placeholder}
          onClick={() => wake(true)}
        >
          Actions <span aria-hidden="true">▾</span>
        </button>
      )}
    </li>
  );
});

const actionsLabel = (plan: PlanSummary) => `Actions for “${plan.title}”`;

function PlanActions({
  plan,
  takeFocus,
  isOpen,
  onOpenChange,
  onRename,
  onDuplicate,
  onDelete,
}: {
  plan: PlanSummary;
  /** The plain button it replaces had focus (reached with Shift+Tab): focus stays on the menu's button. */
  takeFocus: boolean;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onRename: (plan: PlanSummary) => void;
  /** `actualLengths`: each block as long as it really took on the day. */
  onDuplicate: (plan: PlanSummary, actualLengths: boolean) => void;
  onDelete: (plan: PlanSummary) => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (takeFocus) button.current?.focus();
  }, [takeFocus]);
  const onAction = (key: Action) => {
    if (key === 'open') navigate({ name: 'plan', planId: plan.id, tab: 'agenda' });
    if (key === 'rename') onRename(plan);
    if (key === 'duplicate') onDuplicate(plan, false);
    if (key === 'duplicate_actual') onDuplicate(plan, true);
    if (key === 'delete') onDelete(plan);
  };
  return (
    <MenuTrigger isOpen={isOpen} onOpenChange={onOpenChange}>
      <Button ref={button} className="button button-secondary" aria-label={actionsLabel(plan)}>
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
          {/* Only a delivered workshop has a day to learn lengths from. */}
          {plan.status === 'delivered' && (
            <MenuItem id="duplicate_actual" className="menu-item">
              Make a copy with the lengths from the day
            </MenuItem>
          )}
          <MenuItem id="delete" className="menu-item menu-item-danger">
            Delete
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
