/**
 * What every pack carries from the facilitator's settings: the organisation's name on the cover,
 * and whether dyslexia-friendly packs are printed on cream for everyone (otherwise only for readers
 * whose recorded needs ask for cream or coloured paper). Saved as soon as they change.
 */
import { Checkbox, Text } from 'react-aria-components';
import { LIMITS } from '../../../main/domain/plan';
import { checkField, settingsPatch } from '../../../main/domain/validation';
import { DraftField, type Check } from '../components/DraftField';
import { useSettingsSave } from './useSettings';

const organisationCheck: Check<string> = (draft) => {
  const problem = checkField(settingsPatch.shape.organisationName.unwrap(), draft);
  return problem === null ? { ok: true, value: draft } : { ok: false, message: problem };
};

export function PackSettingsFields() {
  const { settings, problem, change } = useSettingsSave();

  return (
    <section className="settings-section" aria-labelledby="settings-packs-heading">
      <h3 id="settings-packs-heading" className="settings-section-title">
        Packs
      </h3>
      <DraftField
        label="Organisation name"
        description="Shown on the cover of every pack, so people know who it is from. Leave it empty for no cover line."
        value={settings.organisationName}
        format={(s) => s}
        check={organisationCheck}
        onCommit={(organisationName) => void change({ organisationName })}
        maxLength={LIMITS.shortText}
      />
      <Checkbox
        className="checkbox"
        isSelected={settings.creamPaper}
        onChange={(creamPaper) => void change({ creamPaper })}
        aria-describedby="settings-cream-description"
      >
        <span className="checkbox-box" aria-hidden="true" />
        Print every dyslexia-friendly pack on cream
      </Checkbox>
      <Text elementType="p" id="settings-cream-description" className="field-description">
        Otherwise a pack is on cream only when its reader has asked for cream or coloured paper.
      </Text>
      {problem && (
        <p className="notice notice-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
