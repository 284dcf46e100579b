import { useRef, useState, type FormEvent } from 'react';
import { CheckboxButton, CheckboxField, FieldError, Input, Label, TextField } from 'react-aria-components';
import { LIVED_EXPERIENCE_ROLES, PERSON_ROLES, PERSON_ROLE_LABELS, type PersonRole } from '../../../../main/domain/people';
import { checkField, personName } from '../../../../main/domain/validation';
import { useAnnounce } from '../../components/Announcer';
import { ChoiceSelect } from '../../components/ChoiceSelect';
import { GuideLink } from '../GuideLink';
import type { StepProps } from './stepProps';

export function PeopleStep({ editor, details }: StepProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<PersonRole>('public_contributor');
  const [coPlans, setCoPlans] = useState(false);
  const [coFacilitates, setCoFacilitates] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const announce = useAnnounce();
  const people = editor.people;

  const add = (e: FormEvent) => {
    e.preventDefault();
    const message = checkField(personName, name);
    if (message) {
      setProblem(message);
      nameRef.current?.focus();
      return;
    }
    const person = editor.addPerson({ name: name.trim(), role, coPlans, coFacilitates });
    announce(`Added ${person.name}, ${PERSON_ROLE_LABELS[person.role].toLocaleLowerCase('en-GB')}.`);
    setName('');
    setCoPlans(false);
    setCoFacilitates(false);
    setProblem(null);
    nameRef.current?.focus();
  };

  const livedExperience = people.filter((p) => LIVED_EXPERIENCE_ROLES.has(p.role));
  const sharesPlanning = livedExperience.some((p) => p.coPlans || p.coFacilitates);

  return (
    <>
      <p className="guide-intro">
        Co-production shares power. Who plans the day, who chairs it, who speaks and who decides are all choices you can make together, and the people
        with lived experience belong in them from the start.
      </p>
      <p className="guide-source">Based on NIHR INVOLVE guidance: sharing power, and including all perspectives and skills.</p>

      <form className="guide-card guide-add-person" onSubmit={add} noValidate aria-labelledby="add-person-heading">
        <h3 id="add-person-heading">Add someone</h3>
        <div className="field-row">
          <TextField
            className="field"
            value={name}
            onChange={(v) => {
              setName(v);
              if (problem) setProblem(null);
            }}
            isInvalid={problem !== null}
            validationBehavior="aria"
          >
            <Label className="label">Name</Label>
            <Input ref={nameRef} className="input" autoComplete="off" />
            <FieldError className="field-error">{problem}</FieldError>
          </TextField>
          <ChoiceSelect label="Role" value={role} options={PERSON_ROLES} labels={PERSON_ROLE_LABELS} onChange={setRole} />
        </div>
        <div className="guide-checks">
          <CheckboxField isSelected={coPlans} onChange={setCoPlans}>
            <CheckboxButton className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              Plans the workshop with us
            </CheckboxButton>
          </CheckboxField>
          <CheckboxField isSelected={coFacilitates} onChange={setCoFacilitates}>
            <CheckboxButton className="checkbox">
              <span className="checkbox-box" aria-hidden="true" />
              Helps run the day
            </CheckboxButton>
          </CheckboxField>
        </div>
        <button type="submit" className="button button-primary">
          Add person
        </button>
      </form>

      {people.length > 0 && (
        <>
          <h3>People so far</h3>
          <ul className="guide-people" aria-label="People so far">
            {people.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>, {PERSON_ROLE_LABELS[p.role].toLocaleLowerCase('en-GB')}
                {p.coPlans && <span className="guide-tag">plans with us</span>}
                {p.coFacilitates && <span className="guide-tag">helps run the day</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {people.length > 0 && !sharesPlanning && (
        <p className="notice notice-calm">
          {livedExperience.length === 0
            ? 'Who will bring lived experience? Public contributors and carers can plan the day with you, co-chair it, or lead a part of it.'
            : 'Could one of the public contributors or carers plan the day with you, or co-chair it? Sharing the planning is one of the clearest ways to share power.'}
        </p>
      )}
      <p>
        Contact details, payment and how each person would like to take part are on the{' '}
        <GuideLink editor={editor} to={{ name: 'plan', planId: details.id, tab: 'people' }}>
          People tab
        </GuideLink>
        .
      </p>
    </>
  );
}
