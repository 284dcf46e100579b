/** "Add a person": who they are and how they take part. Payment is agreed afterwards, in their panel. */
import { useState } from 'react';
import type { DirectorySummary } from '../../../main/domain/directory';
import { FormDialog } from '../components/FormDialog';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { sameNameAs } from './duplicates';
import { PersonFields, nameCheck, type PersonFieldValues } from './PersonFields';

const EMPTY: PersonFieldValues = {
  name: '',
  role: 'public_contributor',
  organisation: '',
  pronouns: '',
  knownAs: '',
  email: '',
  phone: '',
  contact: '',
  coPlans: false,
  coFacilitates: false,
  hostsOnline: false,
  takesPart: 'in_room',
};

export function AddPersonDialog({
  isOpen,
  onClose,
  onAdd,
  showOnline,
  showJoinsOnline,
  inRoomOffered,
  existingNames,
  onPickFromDirectory,
}: {
  isOpen: boolean;
  onClose: () => void;
  onAdd: (values: PersonFieldValues) => void;
  /** Someone chosen from the People directory instead of typed afresh. */
  onPickFromDirectory?: (person: DirectorySummary) => void;
  showOnline: boolean;
  showJoinsOnline: boolean;
  inRoomOffered: boolean;
  /** Everyone already in the plan, for a gentle note when a name is the same. */
  existingNames: readonly string[];
}) {
  const [values, setValues] = useState<PersonFieldValues>(EMPTY);
  const [nameDraft, setNameDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Reset while rendering, not in an effect, so the first frame already shows the fresh state.
  const [wasOpen, setWasOpen] = useState(false);
  if (isOpen !== wasOpen) {
    setWasOpen(isOpen);
    if (isOpen) {
      setValues(EMPTY);
      setNameDraft('');
      setProblem(null);
    }
  }

  const submit = () => {
    const check = nameCheck(nameDraft);
    if (!check.ok) {
      setProblem(check.message);
      return;
    }
    onAdd({ ...values, name: check.value.trim() });
  };

  return (
    <FormDialog
      isOpen={isOpen}
      title="Add a person"
      submitLabel="Add person"
      onSubmit={submit}
      onClose={onClose}
      problem={problem}
      modalClassName="modal-add-person"
    >
      {isOpen && onPickFromDirectory && (
        <>
          <DirectoryPicker onPick={onPickFromDirectory} />
          <p className="field-description">Or someone new, who joins your People too:</p>
        </>
      )}
      <p className="field-description">You can change any of this later, and agree payment in their details.</p>
      <PersonFields
        values={values}
        onChange={(patch) => {
          setProblem(null);
          setValues((v) => ({ ...v, ...patch }));
        }}
        onNameDraft={setNameDraft}
        showOnline={showOnline}
        showJoinsOnline={showJoinsOnline}
        inRoomOffered={inRoomOffered}
        sameNameAs={isOpen ? sameNameAs(nameDraft, existingNames) : null}
        autoFocus
      />
    </FormDialog>
  );
}
