/**
 * What a date or time field shows, and its message: the stored value, unless the facilitator has
 * typed something that was not kept (it stays on screen beside its message, as DraftField's draft
 * does). A change made elsewhere ("Mark as sent today", undo) replaces both.
 */
import { useEffect, useRef, useState } from 'react';

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
    // Only the stored value drives this.
  }, [value]);

  return { shown, setShown, message, setMessage, lastValue };
}
