/**
 * The free-text places that still name someone, shown where names are about to go (forgetting a
 * person, deleting personal data, exporting without it). Kindred never rewrites the facilitator's
 * own words by itself; each place gets its own "Replace with “a participant”", done at once in one
 * step. The list comes from the domain (placesNaming), so what it finds is tested there; notes on
 * the day are read here, beside the plan, because the plan does not carry them.
 */
import { useId, useRef, useState } from 'react';
import { excerptNaming, placesNaming, type NameMention, type TextPlace } from '../../../main/domain/nameMentions';
import type { Plan } from '../../../main/domain/plan';
import { problemMessage } from '../packs/saving';
import { useNotesOnTheDay } from './useNotesOnTheDay';
import '../styles/privacy.css';

export function NameMentions({
  plan,
  names,
  skipPeople = [],
  whose,
  onReplace,
  withNotesOnTheDay = true,
}: {
  plan: Plan;
  /** The names to look for: a person's name and the name they like to be called, or everyone's. */
  names: readonly string[];
  /** People whose own fields go anyway, so are not listed. */
  skipPeople?: readonly string[];
  /** Whose names, for the heading: "Amara’s name" or "people’s names". */
  whose: string;
  onReplace: (place: TextPlace, names: string[]) => Promise<unknown>;
  /** False where the notes on the day are not going anywhere (a plan file does not carry them). */
  withNotesOnTheDay?: boolean;
}) {
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);
  const [notes, refreshNotes] = useNotesOnTheDay(withNotesOnTheDay ? plan.id : null);
  const mentions = placesNaming(plan, notes, names, skipPeople);
  if (names.length === 0) return null;

  const replace = async (mention: NameMention, index: number) => {
    if (busy.current) return;
    busy.current = true;
    setProblem(null);
    try {
      await onReplace(mention.place, [...names]);
      // A note is not part of the plan that comes back, so it is read again to leave the list.
      if (mention.place.in === 'runNote') await refreshNotes();
      setStatus(`Done: “a participant” is now written in ${mention.where}.`);
      // The place has left the list: focus the next one, or the heading when none is left.
      requestAnimationFrame(() => {
        const buttons = list.current?.querySelectorAll('button') ?? [];
        const next = buttons[Math.min(index, buttons.length - 1)];
        (next ?? heading.current)?.focus();
      });
    } catch (err) {
      setProblem(problemMessage(err, 'Kindred could not change that just now. Nothing has changed; please try again.'));
    } finally {
      busy.current = false;
    }
  };

  return (
    <section className="name-mentions" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="privacy-list-title">
        {capitalise(whose)} in your own words
      </h3>
      {mentions.length === 0 ? (
        <p className="field-description">None of your notes, reasons or write-up name them now.</p>
      ) : (
        <>
          <p className="field-description">
            Still written in {mentions.length === 1 ? 'one place' : `${mentions.length} places`}. These are your own words, so Kindred leaves them as
            you wrote them unless you choose. Replacing puts “a participant” there instead.
          </p>
          <ul className="name-mentions-list" ref={list}>
            {mentions.map((mention, i) => {
              const whereId = `${headingId}-${i}`;
              return (
                <li key={mention.key} className="name-mention">
                  <span id={whereId} className="name-mention-where">
                    {mention.where}
                  </span>
                  <span className="name-mention-text">
                    {excerptNaming(mention.text, names).map((span, j) =>
                      span.isName ? <mark key={j}>{span.text}</mark> : <span key={j}>{span.text}</span>,
                    )}
                  </span>
                  <button
                    type="button"
                    className="button button-secondary name-mention-replace"
                    aria-describedby={whereId}
                    onClick={() => void replace(mention, i)}
                  >
                    Replace with “a participant”
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status" className="field-description name-mentions-done">
        {status}
      </p>
      {problem && (
        <p role="alert" className="notice notice-attention">
          {problem}
        </p>
      )}
    </section>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
