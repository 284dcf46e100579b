/**
 * The people a grouped finding is about, behind a disclosure so a finding about 38 people stays one
 * short card. Each name can have the finding set aside for them alone.
 */
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import type { Concern, Finding } from '../../../main/domain/review';

export function FindingConcerns({ finding, onSetAsideFor }: { finding: Finding; onSetAsideFor: (finding: Finding, concern: Concern) => void }) {
  const concerns = finding.concerns ?? [];
  // With one person, the message names them already.
  if (concerns.length < 2) return null;
  return (
    <Disclosure className="finding-concerns">
      {({ isExpanded }) => (
        <>
          <Heading level={5} className="finding-concerns-heading">
            <Button slot="trigger" className="card-section-toggle">
              <span className="toggle-chevron" aria-hidden="true">
                {isExpanded ? '▾' : '▸'}
              </span>
              {isExpanded ? 'Hide' : 'Show'} the {concerns.length} people
            </Button>
          </Heading>
          <DisclosurePanel className="finding-concerns-panel">
            <ul className="finding-concerns-list">
              {concerns.map((c) => (
                <li key={c.personId}>
                  <span className="finding-concern-name">{c.name}</span>
                  <button type="button" className="button button-quiet" onClick={() => onSetAsideFor(finding, c)}>
                    Set aside for {c.name}…
                  </button>
                </li>
              ))}
            </ul>
          </DisclosurePanel>
        </>
      )}
    </Disclosure>
  );
}

/** The finding as it stands for one person, for the set-aside dialog and the "Considered" list. */
export function findingFor(finding: Finding, concern: Concern): Finding {
  return { ...finding, id: concern.findingId, message: `For ${concern.name}: ${finding.message}`, concerns: [concern] };
}
