/**
 * The room screen: what a projector or TV shows the whole room while the day runs. The current
 * activity in large, high-contrast text with its Easy Read picture, what comes next, and when the
 * next break is. The time left shows only when the facilitator turns the clock on. Sizes are in rem,
 * so the display settings' text size and colours (including high contrast) apply here too; at the
 * standard size the body text is 48 px. Nothing personal is ever in what it is given (getRoomScreen).
 */
import '../styles/room.css';
import { useEffect } from 'react';
import { clockWords } from '../../../main/domain/runDay/dayWords';
import { roomTimeWords, type RoomActivity } from '../../../main/domain/runDay/roomScreen';
import { useSettings } from '../settings/useSettings';
import { pictureUrl } from './pictures';
import { useRoomClock } from './roomClock';
import { useRoomScreen } from './useRoomScreen';

function Picture({ activity, size }: { activity: Pick<RoomActivity, 'picture' | 'pictureAlt'>; size: 'large' | 'small' }) {
  const url = pictureUrl(activity.picture);
  return url ? <img className={`room-picture room-picture-${size}`} src={url} alt={activity.pictureAlt} /> : null;
}

export function RoomScreen({ planId }: { planId: string }) {
  const { load, view, title } = useRoomScreen(planId);
  const { settings } = useSettings();
  const [clockOn] = useRoomClock(planId);
  const at = (minutes: number) => clockWords(minutes, settings.clock);

  useEffect(() => {
    document.title = title ? `Room screen – ${title} – Kindred` : 'Room screen – Kindred';
  }, [title]);

  if (load.status === 'loading') return <p className="room-quiet">Getting the room screen ready…</p>;
  if (load.status === 'missing' || !view) {
    return (
      <div className="room">
        <h1 className="room-title">Kindred</h1>
        <p>{load.status === 'missing' ? load.message : ''}</p>
      </div>
    );
  }

  const { now, next, nextBreak } = view;
  return (
    <div className="room" data-testid="room-screen">
      <section className="room-now" aria-labelledby="room-now-title" aria-live="polite">
        {now ? (
          <>
            <Picture activity={now} size="large" />
            <div className="room-now-words">
              <p className="room-label">{now.isBreak ? 'Time for a break' : 'Now'}</p>
              <h1 id="room-now-title" className="room-title">
                {now.title}
              </h1>
              <p>{now.words}</p>
              {now.lead && <p>With {now.lead}</p>}
              {now.paused ? (
                <p className="room-note">We are taking a short pause.</p>
              ) : (
                clockOn && (
                  <p className="room-note" data-testid="room-time-left">
                    {roomTimeWords(now.minutesLeft)}
                  </p>
                )
              )}
            </div>
          </>
        ) : (
          <div className="room-now-words">
            <h1 id="room-now-title" className="room-title">
              {view.phase === 'not_started' ? 'Welcome. We will start soon.' : 'Thank you for coming today.'}
            </h1>
            {view.phase === 'not_started' && <p>{title}</p>}
          </div>
        )}
      </section>

      <div className="room-later">
        {next && (
          <section className="room-next" aria-labelledby="room-next-title">
            <Picture activity={next} size="small" />
            <div>
              <h2 id="room-next-title" className="room-label">
                {view.phase === 'not_started' ? 'First' : 'Next'}
              </h2>
              <p className="room-next-title">{next.title}</p>
              {next.startsAt !== null && <p>At about {at(next.startsAt)}</p>}
            </div>
          </section>
        )}
        {nextBreak && !next?.isBreak && (
          <section className="room-next" aria-labelledby="room-break-title">
            <Picture activity={nextBreak} size="small" />
            <div>
              <h2 id="room-break-title" className="room-label">
                Next break
              </h2>
              <p className="room-next-title">At about {at(nextBreak.startsAt)}</p>
              <p>{nextBreak.title}</p>
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
