import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that keeps its identity across renders but always calls the latest `fn`: for handlers
 * handed to memoised children (each plan card), so they redraw only when their own data changes.
 * Only for event handlers, never called during render.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
