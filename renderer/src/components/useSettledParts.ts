/**
 * A date or time is kept once the part being typed is settled. react-aria's fields report a value
 * at every keystroke, so typing "13" into the hour reports 01:00 first, and Backspace through a
 * year "2027" reports 0202, 0020 and 0002 on the way: saved at once, the last of them would stay.
 * While a digit (or Backspace) has just left a part that could still take another digit, the value
 * waits until focus moves on: to the next part (which happens by itself once a part is full) or out
 * of the field. A value is only ever kept when every part is filled in, or the field is empty.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

type Pending<T> = { value: T } | null;

export function useSettledParts<T>(ref: RefObject<HTMLElement | null>, commit: (value: T) => void) {
  const pending = useRef<Pending<T>>(null);
  /** Digits typed into the current part since it took focus; null after any other key. */
  const typed = useRef<string | null>(null);
  const erased = useRef(false);
  const commitRef = useRef(commit);

  const flush = () => {
    const next = pending.current;
    pending.current = null;
    const unfinished = ref.current?.querySelector('[role="spinbutton"][data-placeholder]');
    if (next && (next.value === null || !unfinished)) commitRef.current(next.value);
  };
  const flushRef = useRef(flush);
  // Updated once the render is committed, never during it (a render React throws away must not leak).
  useLayoutEffect(() => {
    commitRef.current = commit;
    flushRef.current = flush;
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const keyed = (e: KeyboardEvent) => {
      erased.current = e.key === 'Backspace' || e.key === 'Delete';
      typed.current = /^\d$/.test(e.key) ? (typed.current ?? '') + e.key : null;
      // A full part is settled even when its last digit changes nothing ("0" then "0" for minutes
      // is still 0, so react-aria reports no new value): keep what waits once the key is handled.
      const max = e.target instanceof Element ? (e.target.getAttribute('aria-valuemax') ?? '') : '';
      if (typed.current !== null && max !== '' && typed.current.length >= max.length) setTimeout(() => flushRef.current(), 0);
    };
    const moved = () => {
      typed.current = null;
      flushRef.current();
    };
    el.addEventListener('keydown', keyed, true);
    el.addEventListener('focusin', moved);
    el.addEventListener('focusout', moved);
    return () => {
      el.removeEventListener('keydown', keyed, true);
      el.removeEventListener('focusin', moved);
      el.removeEventListener('focusout', moved);
      // Leaving the screen mid-part keeps what was typed, as leaving the field does.
      flushRef.current();
    };
  }, [ref]);

  return {
    /**
     * Keep `value` now, or once the part being typed is settled. `part` gives the new number in a
     * part ("day", "hour"…) as the field shows it.
     */
    offer(value: T, part: (type: string) => number | undefined) {
      pending.current = { value };
      const active = document.activeElement;
      const inField = active instanceof HTMLElement && ref.current?.contains(active) && active.getAttribute('role') === 'spinbutton';
      const n = inField ? part(active.dataset.type ?? '') : undefined;
      const max = inField ? Number(active.getAttribute('aria-valuemax')) : Number.NaN;
      // "1" may become "13", but "00" and "2027" are as long as the part gets.
      const roomForDigit = n !== undefined && n * 10 <= max;
      const digits = typed.current;
      const mayGrow = roomForDigit && (erased.current || (digits !== null && digits.length < String(max).length));
      if (!mayGrow) flush();
    },
    /** A value that was refused: nothing waits to be kept. */
    drop() {
      pending.current = null;
    },
  };
}
