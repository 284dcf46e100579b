import { useRef, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { newBlockWithDefaults } from '../../../../main/domain/blockKinds';
import { PLAN_FORMATS, PLAN_FORMAT_LABELS, type PlanFormat } from '../../../../main/domain/plan';
import { formatClockTime, formatDurationLong, isIsoDate, parseClockTime } from '../../../../main/domain/time';
import { checkField, expectedParticipants } from '../../../../main/domain/validation';
import { DraftField, type Check } from '../../components/DraftField';
import { clockCheck, optionalClockCheck } from '../../lib/checks';
import { GuideLink } from '../GuideLink';
import { breakEveryMinutes, buildStartingAgenda } from '../startingAgenda';
import { same, type StepProps } from './stepProps';

const orEmpty = (s: string | null) => s ?? '';
const dateCheck: Check<string | null> = (draft) =>
  draft === '' ? { ok: true, value: null } : isIsoDate(draft) ? { ok: true, value: draft } : { ok: false, message: 'Choose a date, like 12 March 2027.' };
const countText = (n: number | null) => (n === null ? '' : String(n));
const participantsCheck: Check<number | null> = (draft) => {
  const t = draft.trim();
  if (t === '') return { ok: true, value: null };
  const n = /^\d{1,6}$/.test(t) ? Number(t) : Number.NaN;
  const message = checkField(expectedParticipants, n);
  return message === null ? { ok: true, value: n } : { ok: false, message };
};

const KIND_START = 10 * 60;
const KIND_END = 15 * 60 + 30;

export function TimeStep({ editor, details }: StepProps) {
  const [built, setBuilt] = useState<string | null>(null);
  const builtRef = useRef<HTMLParagraphElement>(null);
  const blocks = editor.history.blocks;
  const every = breakEveryMinutes(details.format);
  const start = parseClockTime(details.startTime);
  const end = details.endTime ? parseClockTime(details.endTime) : null;
  const early = start < KIND_START;
  const late = end !== null && end > KIND_END;
  const preview = buildStartingAgenda(details);

  const build = () => {
    if (editor.history.blocks.length > 0) return;
    const agenda = buildStartingAgenda(details);
    agenda.blocks.forEach((fields, i) => editor.restoreBlock(newBlockWithDefaults(crypto.randomUUID(), fields.kind, fields), i));
    const minutes = agenda.blocks.reduce((n, b) => n + b.durationMinutes, 0);
    const message =
      `Added ${agenda.blocks.length} blocks to the agenda, from ${formatClockTime(start)} to ${formatClockTime(start + minutes)}` +
      (agenda.spareMinutes ? `, with ${formatDurationLong(agenda.spareMinutes)} to spare.` : '.');
    setBuilt(message);
    // The button goes once the agenda is there: the sentence that replaces it takes focus.
    requestAnimationFrame(() => builtRef.current?.focus());
  };

  return (
    <>
      <p className="guide-intro">
        Honest, high-quality conversations need enough time, and a pace that lets everyone keep taking part.
      </p>
      <div className="field-row">
        <DraftField label="Date" type="date" value={details.date} format={orEmpty} check={dateCheck} onCommit={(date) => editor.updateDetails({ date })} />
        <DraftField
          label="Start time"
          description="24-hour clock, like 10:00"
          value={details.startTime}
          format={same}
          check={clockCheck}
          onCommit={(startTime) => editor.updateDetails({ startTime })}
          className="field-short"
        />
        <DraftField
          label="End time"
          description="Optional, like 15:30"
          value={details.endTime}
          format={orEmpty}
          check={optionalClockCheck}
          onCommit={(endTime) => editor.updateDetails({ endTime })}
          className="field-short"
        />
      </div>
      <aside className="notice notice-calm guide-note" aria-label="A kind pace">
        <p>
          Starting at 10:00 or later and finishing by 15:30 leaves room for caring responsibilities and the school run, and
          lets people travel at cheaper off-peak times. Plan a break at least every 90 minutes (every 60 minutes online):
          rest is an access need, not a luxury.
        </p>
        {(early || late) && (
          <p>
            {early && `A start at ${details.startTime} may be hard for some people to reach. Could it start at 10:00? `}
            {late && `Finishing at ${details.endTime} may clash with caring and the school run. Could it finish by 15:30?`}
          </p>
        )}
      </aside>
      <RadioGroup className="radio-group" value={details.format} onChange={(v) => editor.updateDetails({ format: v as PlanFormat })}>
        <Label className="label">How will people take part?</Label>
        {PLAN_FORMATS.map((f) => (
          <Radio key={f} value={f} className="radio">
            {PLAN_FORMAT_LABELS[f]}
          </Radio>
        ))}
      </RadioGroup>
      <div className="field-row">
        <DraftField
          label="Roughly how many people?"
          description="Everyone together, including you. A guess is fine."
          value={details.expectedParticipants}
          format={countText}
          check={participantsCheck}
          onCommit={(expectedParticipants) => editor.updateDetails({ expectedParticipants })}
          type="number"
          className="field-short"
        />
      </div>

      <section className="guide-card" aria-labelledby="starting-agenda-heading">
        <h3 id="starting-agenda-heading">A starting agenda</h3>
        {built ? (
          <p ref={builtRef} tabIndex={-1} className="guide-done">
            {built}{' '}
            <GuideLink editor={editor} to={{ name: 'plan', planId: details.id, tab: 'agenda' }}>
              See it on the Agenda tab
            </GuideLink>
            , or carry on: everything in it can change.
          </p>
        ) : blocks.length > 0 ? (
          <p>
            Your agenda already has {blocks.length} {blocks.length === 1 ? 'block' : 'blocks'}, so we have left it as it
            is. You can add methods from the library on the{' '}
            <GuideLink editor={editor} to={{ name: 'plan', planId: details.id, tab: 'agenda' }}>
              Agenda tab
            </GuideLink>
            .
          </p>
        ) : (
          <>
            <p>
              We can build a starting agenda with a welcome, a check-in, time to get to know each other, ground rules made
              together, work in small groups, breaks at least every {every} minutes, a reflection and a close.{' '}
              {preview.assumedLength
                ? `With no end time yet, we will plan for ${formatDurationLong(preview.lengthMinutes)} from ${details.startTime}.`
                : `It will fit the ${formatDurationLong(preview.lengthMinutes)} from ${details.startTime} to ${details.endTime}` +
                  (preview.spareMinutes ? `, with ${formatDurationLong(preview.spareMinutes)} to spare.` : '.')}
            </p>
            <button type="button" className="button button-secondary" onClick={build}>
              Build a starting agenda for me
            </button>
          </>
        )}
      </section>
    </>
  );
}
