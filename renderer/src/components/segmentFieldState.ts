/**
 * What the date and time fields share: what a field shows and its message, and which of its typed
 * parts (day, month, year; hour, minute, am/pm) are still empty when the facilitator moves on.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { unfinishedMessage, type SegmentPart } from '../../../main/domain/locale';

/**
 * The stored value, unless the facilitator has typed something that was not kept (it stays on
 * screen beside its message, as DraftField's draft does). A change made elsewhere ("Mark as sent
 * today", undo) replaces both.
 */
export function useShownValue<V, S>(value: V, toShown: (value: V) => S) {
  const [shown, setShown] = useState<S>(() => toShown(value));
  const [message, setMessage] = useState<string | null>(null);
  /** The value last saved (or received), so an unchanged value is never saved twice. */
  const lastValue = useRef(value);

  useEffect(() => {
    if (value === lastValue.current) return;
    lastValue.current = value;
    setShown(toShown(value));
    setMessage(null);
    // Only the stored value drives this (toShown is a module-level function).
  }, [value, toShown]);

  /** True, and remembered, when `next` is not the value last saved or received: save it then. */
  const isNew = (next: V) => {
    if (next === lastValue.current) return false;
    lastValue.current = next;
    return true;
  };

  return { shown, setShown, message, setMessage, isNew };
}

/**
 * Calls `onLeave` when focus leaves the field, with a message when some parts are typed and others
 * are still empty: react-aria keeps such a half-typed value on screen but saves nothing, which
 * would otherwise pass without a word.
 */
export function useUnfinishedOnLeave(ref: RefObject<HTMLElement | null>, what: 'date' | 'time', onLeave: (message: string | null) => void) {
  const report = useRef(onLeave);
  useLayoutEffect(() => {
    report.current = onLeave;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const left = (e: FocusEvent) => {
      if (e.relatedTarget instanceof Node && el.contains(e.relatedTarget)) return;
      const parts = [...el.querySelectorAll<HTMLElement>('[role="spinbutton"]')];
      const empty = parts.filter((p) => p.hasAttribute('data-placeholder')).map((p) => p.dataset.type as SegmentPart);
      report.current(empty.length > 0 && empty.length < parts.length ? unfinishedMessage(empty, what) : null);
    };
    el.addEventListener('focusout', left);
    return () => el.removeEventListener('focusout', left);
  }, [ref, what]);
}
