/**
 * The foot of a long list that draws only its first items (lib/shownCount.ts): how many are shown
 * of how many, and a button for the next few. The list's owner moves focus to the first new item,
 * so a keyboard or screen reader user carries on reading from where the list grew.
 */
import { showMoreWords, showingWords } from '../lib/shownCount';

export function ShowMore({ shown, total, what, onMore }: { shown: number; total: number; what: string; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <div className="show-more" data-testid="show-more">
      <p className="show-more-count">{showingWords(shown, total)}</p>
      <button type="button" className="button button-secondary" onClick={onMore} aria-label={`${showMoreWords(shown, total)} ${what}`}>
        {showMoreWords(shown, total)}
      </button>
    </div>
  );
}
