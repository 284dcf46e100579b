/** One finding: what we noticed, why it matters (and its source), how to act, and what you can do now. */
import { PRINCIPLE_LABELS, SOURCES, WEIGHT_LABELS, type Concern, type Finding, type FindingAction } from '../../../main/domain/review';
import { FindingConcerns } from './FindingConcerns';

export function FindingCard({
  finding,
  show,
  onAction,
  onSetAside,
  onSetAsideFor,
  onQuickSetAside,
}: {
  finding: Finding;
  /** The label that is not already the group's heading. */
  show: 'weight' | 'principle';
  onAction: (finding: Finding, action: FindingAction) => void;
  onSetAside: (finding: Finding) => void;
  /** Sets a grouped finding aside for one of the people it concerns. */
  onSetAsideFor: (finding: Finding, concern: Concern) => void;
  /** Sets the finding aside at once with its usual reason. */
  onQuickSetAside: (finding: Finding, reason: string) => void;
}) {
  const { action, quickReason } = finding;
  // A grouped finding's first fix is its main action; the rest are listed under it.
  const moreFixes = (finding.fixes ?? []).slice(1);
  const domId = `finding-${finding.id.replace(/[^a-z0-9_-]/gi, '-')}`;
  return (
    <li className={`finding finding-${finding.weight}`} data-finding-id={finding.id} data-rule-id={finding.ruleId}>
      <p className="finding-tag">
        {show === 'weight' ? (
          <span className={`badge ${finding.weight === 'important' ? 'badge-important' : ''}`}>{WEIGHT_LABELS[finding.weight]}</span>
        ) : (
          <span className="finding-principle">{PRINCIPLE_LABELS[finding.principle]}</span>
        )}
      </p>
      <h4 className="finding-message" id={`${domId}-message`} tabIndex={-1}>
        {finding.message}
      </h4>
      <dl className="finding-details">
        <div>
          <dt>Why</dt>
          <dd>
            {finding.why} <span className="finding-source">Source: {SOURCES[finding.source]}.</span>
          </dd>
        </div>
        <div>
          <dt>How to act</dt>
          <dd>{finding.howToAct}</dd>
        </div>
      </dl>
      <FindingConcerns finding={finding} onSetAsideFor={onSetAsideFor} />
      {moreFixes.length > 0 && (
        <ul className="finding-fixes" aria-label="More changes you can make">
          {moreFixes.map((fix) => (
            <li key={fix.label}>
              <button type="button" className="button button-secondary" onClick={() => onAction(finding, fix)}>
                {fix.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row finding-buttons">
        {action && (
          <button
            type="button"
            className={`button ${action.type === 'go' ? 'button-secondary' : 'button-primary'}`}
            onClick={() => onAction(finding, action)}
            aria-describedby={`${domId}-message`}
          >
            {action.label}
          </button>
        )}
        <button
          type="button"
          className="button button-quiet finding-set-aside"
          onClick={() => onSetAside(finding)}
          aria-describedby={`${domId}-message`}
        >
          Set aside…
        </button>
        {quickReason && (
          <button
            type="button"
            className="button button-quiet finding-quick-reason"
            onClick={() => onQuickSetAside(finding, quickReason)}
            aria-describedby={`${domId}-message`}
          >
            Set aside: {quickReason.replace(/\.$/, '')}
          </button>
        )}
      </div>
    </li>
  );
}
