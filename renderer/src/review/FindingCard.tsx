/** One finding: what we noticed, why it matters (and its source), how to act, and what you can do now. */
import { PRINCIPLE_LABELS, SOURCES, WEIGHT_LABELS, type Finding, type FindingAction } from '../../../main/domain/review';

export function FindingCard({
  finding,
  show,
  onAction,
  onSetAside,
}: {
  finding: Finding;
  /** The label that is not already the group's heading. */
  show: 'weight' | 'principle';
  onAction: (finding: Finding, action: FindingAction) => void;
  onSetAside: (finding: Finding) => void;
}) {
  const { action } = finding;
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
        <button type="button" className="button button-quiet finding-set-aside" onClick={() => onSetAside(finding)} aria-describedby={`${domId}-message`}>
          Set aside…
        </button>
      </div>
    </li>
  );
}
