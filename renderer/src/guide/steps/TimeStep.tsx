import { plural } from '../../../../main/domain/words';
import { useRef, useState } from 'react';
import { newBlockWithDefaults } from '../../../../main/domain/blockKinds';
import { formatClockTime, formatDurationLong, parseClockTime } from '../../../../main/domain/time';
import { FormatChoice, ParticipantsField, WhenFields } from '../../plan/DetailsFields';
import { GuideLink } from '../GuideLink';
import { breakEveryMinutes, buildStartingAgenda } from '../startingAgenda';
import type { StepProps } from './stepProps';

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
      `Added ${plural(agenda.blocks.length, 'block', 'blocks')} to the agenda, from ${formatClockTime(start)} to ${formatClockTime(start + minutes)}` +
      (agenda.spareMinutes ? `, with ${formatDurationLong(agenda.spareMinutes)} to spare.` : '.');
    setBuilt(message);
    // The button goes once the agenda is there: the sentence that replaces it takes focus.
    requestAnimationFrame(() => builtRef.current?.focus());
  };

  return (
    <>
      <p className="guide-intro">Honest, high-quality conversations need enough time, and a pace that lets everyone keep taking part.</p>
      <WhenFields details={details} onChange={editor.updateDetails} endLabel="End time" endDescription="Optional." />
      <aside className="notice notice-calm guide-note" aria-label="A kind pace">
        <p>
          Starting at 10:00 or later and finishing by 15:30 leaves room for caring responsibilities and the school run, and lets people travel at
          cheaper off-peak times. Plan a break at least every 90 minutes (every 60 minutes online): rest is an access need, not a luxury.
        </p>
        {(early || late) && (
          <p>
            {early && `A start at ${details.startTime} may be hard for some people to reach. Could it start at 10:00? `}
            {late && `Finishing at ${details.endTime} may clash with caring and the school run. Could it finish by 15:30?`}
          </p>
        )}
      </aside>
      <FormatChoice value={details.format} onChange={editor.updateDetails} />
      <div className="field-row">
        <ParticipantsField
          label="Roughly how many people?"
          description="Everyone together, including you. A guess is fine."
          value={details.expectedParticipants}
          onChange={editor.updateDetails}
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
            Your agenda already has {blocks.length} {blocks.length === 1 ? 'block' : 'blocks'}, so we have left it as it is. You can add methods from
            the library on the{' '}
            <GuideLink editor={editor} to={{ name: 'plan', planId: details.id, tab: 'agenda' }}>
              Agenda tab
            </GuideLink>
            .
          </p>
        ) : (
          <>
            <p>
              We can build a starting agenda with a welcome, a check-in, time to get to know each other, ground rules made together, work in small
              groups, breaks at least every {every} minutes, a reflection and a close.{' '}
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
