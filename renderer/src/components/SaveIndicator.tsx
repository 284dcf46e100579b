import type { SaveState } from '../lib/saveQueue';

/** "Saving…" / "All changes saved" / a kind failure note with a way to try again. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <div className={`save-indicator save-${state.status}`} data-testid="save-status" data-status={state.status}>
      <span role="status">
        {state.status === 'saved' && 'All changes saved'}
        {state.status === 'saving' && 'Saving…'}
        {state.status === 'error' && (state.message ?? 'Your last change is not saved yet.')}
      </span>
      {state.status === 'error' && (
        <button type="button" className="button button-quiet" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
