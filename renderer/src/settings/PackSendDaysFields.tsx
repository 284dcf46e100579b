/**
 * How many days before the workshop each pack should be sent, by how it travels and its format.
 * Each person's planned date is worked out from this and the plan's date (nothing is stored per
 * person), so changing a number here moves every planned date on the People and Packs screens.
 */
import { useLayoutEffect, useRef } from 'react';
import { PACK_FORMATS, PACK_FORMAT_LABELS, type PackFormat } from '../../../main/domain/access';
import { SENT_AHEAD, type PackSendDays, type SentAhead } from '../../../main/domain/packSchedule';
import { DaysField, reminderDaysProblem } from './RemindersFields';
import { useSettingsSave } from './useSettings';
import '../styles/privacy.css';

const HOW: Record<SentAhead, string> = { post: 'by post', email: 'by email' };
const GROUP_TITLE: Record<SentAhead, string> = { post: 'Sent by post', email: 'Sent by email' };

export function PackSendDaysFields() {
  const { settings, problem, change: save } = useSettingsSave();
  // The latest table, so two quick changes both keep each other's value.
  const latest = useRef<PackSendDays>(settings.packSendDays);
  useLayoutEffect(() => {
    latest.current = settings.packSendDays;
  });

  const change = async (how: SentAhead, format: PackFormat, days: number) => {
    if (reminderDaysProblem(days) !== null || latest.current[how][format] === days) return;
    await save({ packSendDays: { ...latest.current, [how]: { ...latest.current[how], [format]: days } } });
  };

  return (
    <section className="settings-section" aria-labelledby="settings-pack-days-heading">
      <h3 id="settings-pack-days-heading" className="settings-section-title">
        When to send packs
      </h3>
      <p className="field-description">
        Days before the workshop to send each pack, from 0 to 365. People and Packs show each person’s date, and the review reminds you once a date
        has passed.
      </p>
      <div className="pack-days">
        {SENT_AHEAD.map((how) => (
          <fieldset key={how} className="pack-days-group">
            <legend className="label">{GROUP_TITLE[how]}</legend>
            {PACK_FORMATS.map((format) => (
              <DaysField
                key={format}
                label={`${PACK_FORMAT_LABELS[format]} ${HOW[how]}`}
                // The section's words say what the days count from; eight repeats would only add noise.
                description={null}
                value={settings.packSendDays[how][format]}
                onChange={(days) => void change(how, format, days)}
              />
            ))}
          </fieldset>
        ))}
      </div>
      {problem && (
        <p className="notice notice-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
