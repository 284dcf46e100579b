import { DraftField } from '../../components/DraftField';
import { longTextCheck } from '../../lib/checks';
import { GivesBackChoices } from '../../plan/DetailsFields';
import { GuideLink } from '../GuideLink';
import { same, type StepProps } from './stepProps';

const noteCheck = longTextCheck('What people get back');
const followUpCheck = longTextCheck('How we will tell people what changed');

export function ReciprocityStep({ editor, details }: StepProps) {
  return (
    <>
      <p className="guide-intro">
        People’s time and knowledge are valuable. Reciprocity means they get something back, and hear what difference they made.
      </p>
      <p className="guide-source">Based on NIHR INVOLVE guidance (reciprocity) and the UK Standards for Public Involvement (impact).</p>
      <GivesBackChoices
        label="What will people get back for their time?"
        className="radio-group guide-gives-back"
        value={details.givesBack}
        onChange={editor.updateDetails}
      />
      <DraftField
        label="Anything more about what people get back?"
        description="Optional. For example: which training, or who writes the references."
        value={details.givesBackNote}
        format={same}
        check={noteCheck}
        onCommit={(givesBackNote) => editor.updateDetails({ givesBackNote })}
        multiline
        rows={2}
      />
      <DraftField
        label="How will you tell people what changed because of them?"
        description="For example: a short “you said, we did” letter or call within six weeks, in the format each person prefers."
        value={details.followUp}
        format={same}
        check={followUpCheck}
        onCommit={(followUp) => editor.updateDetails({ followUp })}
        multiline
        rows={3}
      />
      <aside className="notice notice-calm guide-note" aria-label="Payment">
        <p>
          Payment and expenses are agreed with each person before they take part, on the{' '}
          <GuideLink editor={editor} to={{ name: 'plan', planId: details.id, tab: 'people' }}>
            People tab
          </GuideLink>
          . Nobody should be out of pocket for giving their time, and payment can affect welfare benefits, so point people to benefits advice. (NIHR
          payment guidance for public contributors.)
        </p>
      </aside>
    </>
  );
}
