import { useEffect, useRef } from 'react';
import type { SaveState } from '../lib/saveQueue';
import { useAnnounce } from './Announcer';

/**
 * "Saving…" / "All changes saved" / a kind failure note with a way to try again. Only problems
 * (and recovery from them) are spoken: announcing every save would talk over the facilitator's typing.
 */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const announce = useAnnounce();
  const wasError = useRef(false);
  useEffect(() => {
    if (state.status === 'saved' && wasError.current) announce('All changes saved.');
    if (state.status !== 'saving') wasError.current = state.status === 'error';
  }, [state.status, announce]);

  return (
    <div className={`save-indicator save-${state.status}`} data-testid="save-status" data-status={state.status}>
      {state.status === 'error' ? (
        <span role="alert">{state.message ?? 'Your last change is not saved yet.'}</span>
      ) : (
        <span>{state.status === 'saved' ? 'All changes saved' : 'Saving…'}</span>
      )}
      {state.status === 'error' && (
        <button type="button" className="button button-quiet" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
