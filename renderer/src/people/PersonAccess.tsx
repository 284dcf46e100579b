/**
 * The access part of a person's panel: what they have agreed to, their access needs and how each
 * will be met (only with their consent), and their pack (always).
 */
import { memo, useCallback, useMemo } from 'react';
import type { AccessNeed } from '../../../main/domain/access';
import type { Person } from '../../../main/domain/people';
import { personWords } from '../../../main/domain/pronouns';
import type { PersonPatch } from '../../../main/domain/validation';
import { AccessNeedsEditor } from './AccessNeedsEditor';
import { CardSection } from './CardSection';
import { ConsentFields } from './ConsentFields';
import { PackFields } from './PackFields';

export const PersonAccess = memo(function PersonAccess({
  person,
  name,
  sendBy,
  onUpdate,
  latestPerson,
}: {
  person: Person;
  name: string;
  /** When their pack should be sent, or null (no workshop date yet, or handed over on the day). */
  sendBy: string | null;
  onUpdate: (personId: string, patch: PersonPatch) => void;
  /** The person as they are now (for an Undo that comes after other edits). */
  latestPerson: (personId: string) => Person | undefined;
}) {
  const { id, consent, accessNeeds, pronouns } = person;
  const words = useMemo(() => personWords({ pronouns }), [pronouns]);
  const update = useCallback((patch: PersonPatch) => onUpdate(id, patch), [onUpdate, id]);
  const onNeeds = useCallback((needs: AccessNeed[]) => onUpdate(id, { accessNeeds: needs }), [onUpdate, id]);
  const latestNeeds = useCallback(() => {
    const p = latestPerson(id);
    return p && p.consent.store ? p.accessNeeds : null;
  }, [latestPerson, id]);

  return (
    <>
      <CardSection
        personId={id}
        section="access"
        className="access-needs"
        title={
          <>
            Access needs for <bdi>{name}</bdi>
          </>
        }
      >
        <p className="field-description access-why">
          Access needs are health information, so Kindred keeps them only when <bdi>{name}</bdi> agrees, and only on this computer.
        </p>
        <ConsentFields name={name} words={words} consent={consent} needsCount={accessNeeds.length} onChange={update} />
        {consent.store ? (
          <AccessNeedsEditor personId={id} name={name} words={words} needs={accessNeeds} onChange={onNeeds} latestNeeds={latestNeeds} />
        ) : (
          <p className="needs-closed">
            {consent.recordedOn === null ? (
              <>
                Ask <bdi>{name}</bdi> first. Once {words.theyDo('agree')}, you can note {words.their} access needs here, with how each will be met.
              </>
            ) : (
              <>
                <bdi>{name}</bdi> would rather we did not keep a note of {words.their} access needs, so none are kept. If {words.theyDo('change')}{' '}
                {words.their} mind, choose Yes above.
              </>
            )}
          </p>
        )}
      </CardSection>
      <CardSection
        personId={id}
        section="pack"
        className="pack-section"
        title={
          <>
            <bdi>{name}</bdi>’s pack
          </>
        }
      >
        <PackFields
          name={name}
          words={words}
          packFormat={person.packFormat}
          packDelivery={person.packDelivery}
          materialsSentOn={person.materialsSentOn}
          sendBy={sendBy}
          needs={accessNeeds}
          onChange={update}
        />
      </CardSection>
    </>
  );
});
