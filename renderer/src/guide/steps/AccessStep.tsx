import { DraftField } from '../../components/DraftField';
import { addressCheck, shortTextCheck } from '../../lib/checks';
import { GuideLink } from '../GuideLink';
import { same, type StepProps } from './stepProps';

const venueCheck = shortTextCheck('The venue name');

export function AccessStep({ editor, details }: StepProps) {
  const inRoom = details.format !== 'online';
  return (
    <>
      <p className="guide-intro">
        Everyone should be able to take part fully. The best way to know what helps is to ask each person, and to ask early, so there is time to
        arrange it.
      </p>
      <p className="guide-source">Based on the UK Standards for Public Involvement: inclusive opportunities.</p>
      <div className="guide-card">
        <h3>Access needs stay private</h3>
        <ul className="guide-points">
          <li>Kindred asks about each person’s access needs, and records them only with their consent.</li>
          <li>What they tell you stays on this computer. It never appears in anyone else’s pack.</li>
          <li>You can delete one person’s access needs at any time.</li>
        </ul>
        <p>
          You will record each person’s needs, and how each will be met, on the{' '}
          <GuideLink editor={editor} to={{ name: 'plan', planId: details.id, tab: 'people' }}>
            People tab
          </GuideLink>
          .
        </p>
      </div>
      {inRoom ? (
        <fieldset className="form-section">
          <legend>Where we will meet</legend>
          <DraftField
            label="Venue name"
            value={details.venueName}
            format={same}
            check={venueCheck}
            onCommit={(venueName) => editor.updateDetails({ venueName })}
          />
          <DraftField
            label="Venue address"
            description="Worth checking before you book: step-free access, a hearing loop, an accessible toilet, a quiet room, and how people will get there."
            value={details.venueAddress}
            format={same}
            check={addressCheck}
            onCommit={(venueAddress) => editor.updateDetails({ venueAddress })}
            multiline
            rows={3}
          />
        </fieldset>
      ) : (
        <p>
          Online, it helps to turn on captions, send the joining details in the format each person prefers, and give a phone number for help on the
          day.
        </p>
      )}
    </>
  );
}
