/**
 * Packs still to send, earliest first: "Amara, large print by post, by Wednesday 17 March 2027".
 * Each date comes from the workshop's date and the facilitator's table in Settings, the same dates
 * the review warns about, so what this list says and what the review says never disagree.
 */
import { packsToSend, packWords, isSentAhead } from '../../../main/domain/packSchedule';
import type { Person } from '../../../main/domain/people';
import { formatDateWithWeekday, localToday } from '../../../main/domain/time';
import { useSettings } from '../settings/useSettings';

export function PacksToSend({ workshopDate, people }: { workshopDate: string | null; people: readonly Person[] }) {
  const { settings } = useSettings();
  const ahead = people.filter((p) => isSentAhead(p.packDelivery));
  if (ahead.length === 0) return null;
  const due = packsToSend(workshopDate, ahead, settings.packSendDays);
  const today = localToday();
  return (
    <section className="packs-to-send" aria-labelledby="packs-to-send-heading">
      <h3 id="packs-to-send-heading">Packs to send</h3>
      {workshopDate === null ? (
        <p className="field-description">Add the workshop’s date in Details to see when to send each pack.</p>
      ) : due.length === 0 ? (
        <p className="field-description">Every pack that goes out before the day has been sent.</p>
      ) : (
        <>
          <ul className="packs-to-send-list">
            {due.map(({ person, sendBy }) => (
              <li key={person.id} className={sendBy < today ? 'packs-to-send-late' : undefined}>
                <bdi>{person.name.trim() || 'Someone without a name yet'}</bdi>, {packWords(person)}, by {formatDateWithWeekday(sendBy)}
                {sendBy < today && <strong> (this date has passed)</strong>}
              </li>
            ))}
          </ul>
          <p className="field-description">
            Mark each one as sent on the People tab. You can change how many days ahead each kind of pack goes in Settings.
          </p>
        </>
      )}
    </section>
  );
}
