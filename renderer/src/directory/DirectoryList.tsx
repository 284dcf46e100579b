/**
 * Everyone found, drawn only as far as the screen shows (a directory can hold thousands): each row
 * is a real list item with its place in the whole list (aria-setsize/posinset), so a screen reader
 * still hears "12 of 2,000", and each opens the profile with one button.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { DirectorySummary } from '../../../main/domain/directory';
import { consentReminder, consentReminderWords } from '../../../main/domain/consentReminders';
import { summaryLine } from './directoryWords';

const ROW_PX = 68;

export function DirectoryList({ people, today, onOpen }: { people: readonly DirectorySummary[]; today: string; onOpen: (id: string) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser keeps its own state outside React; this component is small and re-renders whole.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: people.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
  });
  return (
    <div ref={scroller} className="directory-scroll">
      <ul className="directory-list" aria-label="People" style={{ height: rows.getTotalSize() }}>
        {rows.getVirtualItems().map((row) => {
          const person = people[row.index]!;
          const reminder = consentReminder(person.askAgainOn, today);
          return (
            <li
              key={person.id}
              className="directory-row"
              aria-setsize={people.length}
              aria-posinset={row.index + 1}
              ref={rows.measureElement}
              data-index={row.index}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <button type="button" className="directory-open" onClick={() => onOpen(person.id)}>
                <span className="directory-name">
                  {person.name}
                  {person.knownAs.trim() && person.knownAs.trim() !== person.name.trim() ? ` (${person.knownAs.trim()})` : ''}
                </span>
                <span className="directory-meta">{summaryLine(person)}</span>
                {reminder && (
                  <span className={`directory-consent-note consent-${reminder}`}>{consentReminderWords(person.askAgainOn!, reminder)}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
