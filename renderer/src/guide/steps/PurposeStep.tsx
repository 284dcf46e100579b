import { DraftField } from '../../components/DraftField';
import { longTextCheck } from '../../lib/checks';
import { same, type StepProps } from './stepProps';

const purposeCheck = longTextCheck('Why we are meeting');
const changeCheck = longTextCheck('What could change');

export function PurposeStep({ editor, details }: StepProps) {
  return (
    <>
      <p className="guide-intro">
        People give their time more gladly when they know why we are meeting and what could change because of them. Being honest about what is open to
        influence, and what is already decided, is where shared ownership starts.
      </p>
      <p className="guide-source">Based on NIHR INVOLVE guidance on co-producing research: joint ownership of key decisions.</p>
      <DraftField
        label="Why are we meeting?"
        description="In a sentence or two, as you would tell a participant."
        value={details.purpose}
        format={same}
        check={purposeCheck}
        onCommit={(purpose) => editor.updateDetails({ purpose })}
        multiline
        rows={3}
      />
      <DraftField
        label="What could change as a result?"
        description="For example: which questions the study asks first, or how the leaflet is worded. It is fine to say what cannot change too."
        value={details.whatCouldChange}
        format={same}
        check={changeCheck}
        onCommit={(whatCouldChange) => editor.updateDetails({ whatCouldChange })}
        multiline
        rows={3}
      />
      <p className="guide-tip">Not sure yet? That’s fine: skip this step and come back to it on the Details tab.</p>
    </>
  );
}
