/**
 * A DraftField for text participants will read (the plan's name and purpose, a block's name and
 * description). As the facilitator types it lists any jargon it finds, each with a one-click
 * plainer word, and for longer texts one line on how easily it reads. It never blocks typing and
 * never insists: words the facilitator keeps go in the pack's glossary.
 *
 * Accessible first: the suggestions are an always-visible list of ordinary buttons ("Replace
 * “facilitate” with “help”"), so they work the same by mouse, keyboard and screen reader; the
 * text box's description says how many there are.
 */
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { replaceAt, replaceTerm } from '../../../main/domain/plainEnglish';
import type { TextTarget } from '../../../main/domain/review/types';
import { useAnnounce } from '../components/Announcer';
import { DraftField, type DraftFieldProps } from '../components/DraftField';
import { lengthNote, readabilityNote, suggestionsFor, type Suggestion } from './notes';
import { textTargetKey } from './textTarget';
import '../styles/plainEnglish.css';

const same = (s: string) => s;

export interface PlainTextFieldProps extends Omit<DraftFieldProps<string>, 'format' | 'onDraftChange' | 'type' | 'inputMode'> {
  /** Which participant-facing text this is (the review finds and focuses fields by it). */
  target: TextTarget;
  /** Show the one-line reading-ease note for longer texts (descriptions, not names). */
  showReadability?: boolean;
  /** A note of the field's own about the text (the Easy Read sentence lengths), in place of the reading-ease note. */
  noteFor?: (text: string) => string | null;
  /** The field asks for "a sentence or two": say so gently when it holds far more. */
  brief?: boolean;
}

const quote = (s: string) => `“${s}”`;

export function replaceLabel(s: Suggestion): string {
  return `Replace ${quote(s.first.match)} with ${quote(s.plain)}${s.count > 1 ? ` (${s.count} places)` : ''}`;
}

export function PlainTextField({ target, showReadability = false, noteFor, brief = false, className, description, ...props }: PlainTextFieldProps) {
  const { value, check, onCommit } = props;
  const announce = useAnnounce();
  const [draft, setDraft] = useState(value);
  const lastValue = useRef(value);
  // Follow the saved value when it changes elsewhere (undo, the review's one-click fix), as DraftField does.
  useEffect(() => {
    if (lastValue.current === value) return;
    lastValue.current = value;
    setDraft(value);
  }, [value]);

  // Typing never waits for the look-up: it runs on the deferred text, after the keystroke has painted.
  const text = useDeferredValue(draft);
  const suggestions = useMemo(() => suggestionsFor(text), [text]);
  const note = useMemo(() => (noteFor ? noteFor(text) : showReadability ? readabilityNote(text) : null), [noteFor, showReadability, text]);
  const tooLong = useMemo(() => (brief ? lengthNote(text) : null), [brief, text]);

  const wrapper = useRef<HTMLDivElement>(null);
  const introId = useId();
  // After a replacement, where focus goes once the list has caught up: the next suggestion, or the text box.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    const at = pendingFocus.current;
    if (at === null) return;
    pendingFocus.current = null;
    const buttons = wrapper.current?.querySelectorAll<HTMLButtonElement>('.plain-replace');
    const next = buttons && buttons.length > 0 ? buttons[Math.min(at, buttons.length - 1)] : null;
    (next ?? wrapper.current?.querySelector<HTMLElement>('input, textarea'))?.focus();
  }, [suggestions]);

  const replace = (s: Suggestion, at: number) => {
    // One use: exactly that one (replaceAt leaves the text alone if it has moved on since). Several: all of them.
    let next = s.count === 1 ? replaceAt(draft, s.first, s.plain) : replaceTerm(draft, s.term, s.plain);
    if (next === draft) next = replaceTerm(draft, s.term, s.plain);
    if (next === draft) return;
    const parsed = check(next);
    if (!parsed.ok) {
      announce(parsed.message);
      return;
    }
    setDraft(next);
    lastValue.current = next;
    onCommit(next);
    pendingFocus.current = at;
    announce(`Replaced ${quote(s.first.match)} with ${quote(s.plain)}${s.count > 1 ? ` in ${s.count} places` : ''}.`);
  };

  const count = suggestions.length;
  // What the screen reader hears with the text box: the field's own description, then how many
  // plainer words are listed below and any word about length (both shown on screen, below).
  const spoken = [
    count === 0 ? null : count === 1 ? 'One plainer word is suggested below.' : `${count} plainer words are suggested below.`,
    tooLong,
  ].filter((x): x is string => x !== null);
  const fieldDescription =
    spoken.length === 0 ? (
      description
    ) : (
      <>
        {description}
        <span className="visually-hidden"> {spoken.join(' ')}</span>
      </>
    );

  return (
    <div className={`plain-field ${className ?? ''}`} ref={wrapper} data-text-target={textTargetKey(target)}>
      <DraftField {...props} format={same} description={fieldDescription} onDraftChange={setDraft} />
      {count > 0 && (
        <div className="plain-suggestions" role="group" aria-labelledby={introId}>
          <p className="plain-intro" id={introId}>
            {count === 1 ? 'A word participants may not know:' : 'Words participants may not know:'}
          </p>
          <ul className="plain-list">
            {suggestions.map((s, i) => (
              <li key={s.term}>
                <button type="button" className="button button-secondary plain-replace" onClick={() => replace(s, i)}>
                  {replaceLabel(s)}
                </button>
                {s.note && <span className="plain-note">{s.note}</span>}
              </li>
            ))}
          </ul>
          <p className="plain-hint">Words you keep are fine: they go in the pack’s glossary, with their plain meaning.</p>
        </div>
      )}
      {tooLong && (
        <p className="plain-length" data-testid="length-note" aria-hidden="true">
          {tooLong}
        </p>
      )}
      {note && (
        <p className="plain-readability" data-testid="readability-note">
          {note}
        </p>
      )}
    </div>
  );
}
