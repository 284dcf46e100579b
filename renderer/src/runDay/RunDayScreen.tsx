/**
 * Running the day: a focused view for the facilitator. The block running now (what happens, notes,
 * materials, who leads, time left), what comes next, where the day stands, the controls (each a
 * button and a key), and the rest of the day re-timed live with any suggestions.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import '../styles/runDay.css';
import { clockWords as clockOf, positionWords, timeLeftWords } from '../../../main/domain/runDay/dayWords';
import { formatDurationLong } from '../../../main/domain/time';
import { routeHref } from '../lib/route';
import { useSettings } from '../settings/useSettings';
import { controlForKey, controlsFor } from './controls';
import { BlockNow } from './BlockNow';
import { BlockNotes, useRunNotes } from './BlockNotes';
import { RestOfDay } from './RestOfDay';
import { useRunDay } from './useRunDay';
import { PlanMissing, PlanOpening } from '../components/PlanNotReady';
import { RoomScreenControls } from '../room/RoomScreenControls';
import { AttendancePanel } from '../attendance/AttendancePanel';

/** A gentle cue from this many minutes left: a calm colour and a few words, no sound, no movement. */
export const FEW_MINUTES = 3;
const SHORTCUTS_KEY = 'kindred.runDay.singleKeys';

export function RunDayScreen({ planId }: { planId: string }) {
  const { load, view } = useRunDay(planId);
  const notes = useRunNotes(planId);
  const { settings } = useSettings();
  const [singleKeys, setSingleKeys] = useState(() => localStorage.getItem(SHORTCUTS_KEY) !== 'off');

  const phase = view?.retimed.phase ?? 'not_started';
  const paused = view?.retimed.running?.paused ?? false;
  // The same list while the phase stands, so the key listener is not set up again every second.
  const controls = useMemo(() => controlsFor(phase, paused), [phase, paused]);
  const press = view?.press;

  useEffect(() => {
    if (!singleKeys || !press) return;
    const onKey = (e: KeyboardEvent) => {
      const control = controlForKey(controls, e, e.target);
      if (!control) return;
      e.preventDefault();
      press(control.step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [singleKeys, press, controls]);

  // The heading appears once the day has loaded: that is when focus can move to it.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = load.status === 'ready';
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  useEffect(() => {
    if (view) document.title = `Running the day – ${view.plan.title} – Kindred`;
  }, [view]);

  if (load.status === 'loading') return <PlanOpening what="Opening the day…" />;
  if (load.status === 'missing' || !view) return <PlanMissing message={load.status === 'missing' ? load.message : ''} />;

  const { plan, retimed, suggestions, problem } = view;
  const byId = new Map(plan.blocks.map((b) => [b.id, b]));
  const running = retimed.running ? byId.get(retimed.running.blockId) : undefined;
  const next = retimed.nextId ? byId.get(retimed.nextId) : undefined;
  const nextRow = retimed.rows.find((r) => r.blockId === retimed.nextId);
  // The block that ended most recently, for notes written once it is over.
  const lastDoneRow = retimed.rows.filter((r) => r.status === 'done' && r.end !== null).sort((a, b) => b.end! - a.end!)[0];
  const lastDone = lastDoneRow ? byId.get(lastDoneRow.blockId) : undefined;
  const soon = retimed.running !== null && !retimed.running.paused && retimed.running.minutesLeft <= FEW_MINUTES;

  return (
    <div className="page run-day">
      <p className="breadcrumb">
        <a href={routeHref({ name: 'plan', planId, tab: 'agenda' })}>Back to the plan</a>
      </p>
      <h1 ref={headingRef} tabIndex={-1} id="page-title">
        Running the day: {plan.title}
      </h1>
      <p className="run-position" data-testid="run-position">
        {retimed.phase === 'not_started'
          ? `Not started yet. ${positionWords(retimed.position, settings.clock)}`
          : retimed.phase === 'ended'
            ? 'The day has ended. Everything that happened is kept.'
            : positionWords(retimed.position, settings.clock)}
      </p>

      <div className="run-main">
        <section className={`run-now${soon ? ' run-now-soon' : ''}`} aria-labelledby="run-now-heading" data-testid="run-now">
          {running && retimed.running ? (
            <>
              <h2 id="run-now-heading">Now: {running.title}</h2>
              <p className="run-time-left">
                {retimed.running.paused ? `Paused, ${timeLeftWords(retimed.running.minutesLeft)}` : timeLeftWords(retimed.running.minutesLeft)}
                {soon && retimed.running.minutesLeft > 0 && <span className="run-soon-note"> (a few minutes left)</span>}
              </p>
              <BlockNow block={running} people={plan.people} />
              <BlockNotes
                blockId={running.id}
                title={running.title.trim() || 'this block'}
                words={notes.notes.get(running.id)}
                onChange={notes.save}
                problem={notes.problem}
              />
            </>
          ) : (
            <>
              <h2 id="run-now-heading">
                {retimed.phase === 'not_started' ? 'Ready when you are' : retimed.phase === 'ended' ? 'Thank you' : 'Every block is done'}
              </h2>
              {/* The last words often come after the last block: its notes stay open to finish. */}
              {lastDone && (
                <BlockNotes
                  blockId={lastDone.id}
                  title={lastDone.title.trim() || 'the last block'}
                  words={notes.notes.get(lastDone.id)}
                  onChange={notes.save}
                  problem={notes.problem}
                />
              )}
            </>
          )}
        </section>

        <section className="run-next" aria-labelledby="run-next-heading">
          <h2 id="run-next-heading">{next ? `Next: ${next.title}` : 'Nothing comes next'}</h2>
          {next && nextRow?.start != null && (
            <p>
              {formatDurationLong(next.durationMinutes)}, from about {clockOf(nextRow.start, settings.clock)}
            </p>
          )}
        </section>
      </div>

      <section className="run-controls" aria-labelledby="run-controls-heading">
        <h2 id="run-controls-heading">Controls</h2>
        {problem && (
          <p className="run-problem" data-testid="run-problem">
            {problem}
          </p>
        )}
        <div className="button-row">
          {controls.map((c) => (
            <button
              key={c.step}
              type="button"
              className={`button ${c.step === 'start_day' || c.step === 'next' ? 'button-primary' : 'button-secondary'}`}
              aria-keyshortcuts={singleKeys ? c.aria : undefined}
              onClick={() => view.press(c.step)}
            >
              {c.label}
              {singleKeys && (
                <kbd className="run-key" aria-hidden="true">
                  {c.keyLabel}
                </kbd>
              )}
            </button>
          ))}
          {retimed.phase !== 'not_started' && retimed.phase !== 'ended' && (
            <button type="button" className="button button-secondary" onClick={() => view.press('end_day')}>
              End the day
            </button>
          )}
        </div>
        <h3>Keyboard shortcuts</h3>
        {singleKeys ? (
          <ul className="run-shortcuts">
            {controls.map((c) => (
              <li key={c.step}>
                <kbd>{c.keyLabel}</kbd> {c.label}
              </li>
            ))}
          </ul>
        ) : (
          <p>Single-key shortcuts are off. Every control is a button above.</p>
        )}
        <Checkbox
          className="checkbox"
          isSelected={singleKeys}
          onChange={(on) => {
            setSingleKeys(on);
            localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
          }}
        >
          <span className="checkbox-box" aria-hidden="true" />
          Use single-key shortcuts
        </Checkbox>
      </section>

      <AttendancePanel plan={plan} />

      <RoomScreenControls planId={planId} />

      <RestOfDay plan={plan} retimed={retimed} suggestions={suggestions} clock={settings.clock} />
    </div>
  );
}
