/**
 * The pack that suits this person (#5 makes it): its format, how it reaches them, and when it was
 * sent. This is about the pack, not their health, so it can be noted whatever they decide about
 * access needs.
 */
import { memo } from 'react';
import {
  PACK_DELIVERIES,
  PACK_DELIVERY_LABELS,
  PACK_FORMATS,
  PACK_FORMAT_LABELS,
  type AccessNeed,
  type PackDelivery,
  type PackFormat,
} from '../../../main/domain/access';
import { plannedSendWords } from '../../../main/domain/packSchedule';
import { formatDate, localToday } from '../../../main/domain/time';
import type { PersonPatch } from '../../../main/domain/validation';
import { useAnnounce } from '../components/Announcer';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { DateEntryField } from '../components/DateEntryField';
import { formatInSentence, packFormatsAskedFor, switchFormatLabel } from './accessSummary';
import type { PersonWords } from '../../../main/domain/pronouns';

export const PackFields = memo(function PackFields({
  name,
  words,
  packFormat,
  packDelivery,
  materialsSentOn,
  sendBy,
  needs,
  onChange,
}: {
  name: string;
  /** Their pronouns, for the sentences about them. */
  words: PersonWords;
  packFormat: PackFormat;
  packDelivery: PackDelivery;
  materialsSentOn: string | null;
  /** When the pack should be sent, or null (no workshop date yet, or handed over on the day). */
  sendBy: string | null;
  needs: readonly AccessNeed[];
  onChange: (patch: PersonPatch) => void;
}) {
  const announce = useAnnounce();
  const asked = packFormatsAskedFor(needs, packFormat);
  const today = localToday();
  const planned = plannedSendWords({ packFormat, packDelivery, materialsSentOn }, sendBy, today);

  return (
    <div className="pack">
      <p className="field-description">
        The format that suits {words.them} and how it reaches {words.them}. You can note this whatever {words.theyDo('decide')} about access needs.
      </p>
      {asked.length > 0 && (
        <div className="notice notice-calm pack-suggestion">
          <p>
            {asked.length === 1 ? (
              <>
                {words.Their} access needs ask for {formatInSentence(asked[0]!)}; {words.their} pack is set to {formatInSentence(packFormat)}.
              </>
            ) : (
              <>
                {words.Their} access needs ask for {asked.map(formatInSentence).join(' and ')}; {words.their} pack is set to{' '}
                {formatInSentence(packFormat)}. Choose the one that suits {words.them} best.
              </>
            )}
          </p>
          <div className="button-row">
            {asked.map((f) => (
              <button
                key={f}
                type="button"
                className="button button-secondary"
                onClick={() => {
                  onChange({ packFormat: f });
                  announce(`${name}’s pack will be in ${formatInSentence(f)}.`);
                }}
              >
                {switchFormatLabel(f)}
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="pack-choices">
        <ChoiceRadioGroup
          label="Format"
          value={packFormat}
          options={PACK_FORMATS}
          labels={PACK_FORMAT_LABELS}
          onChange={(f) => onChange({ packFormat: f })}
        />
        <ChoiceRadioGroup
          label={`How ${words.theyDo('get')} it`}
          value={packDelivery}
          options={PACK_DELIVERIES}
          labels={PACK_DELIVERY_LABELS}
          onChange={(d) => onChange({ packDelivery: d })}
        />
      </div>
      {planned && <p className="pack-planned">{planned}</p>}
      <div className="pack-sent">
        <DateEntryField
          label="Sent on"
          description={materialsSentOn ? `Sent ${formatDate(materialsSentOn)}.` : 'Not sent yet.'}
          value={materialsSentOn}
          onCommit={(d) => onChange({ materialsSentOn: d })}
          className="field-short"
        />
        <button
          type="button"
          className="button button-secondary pack-sent-today"
          onClick={() => {
            onChange({ materialsSentOn: today });
            announce(`Marked ${name}’s pack as sent today, ${formatDate(today)}.`);
          }}
        >
          Mark as sent today
        </button>
      </div>
    </div>
  );
});
