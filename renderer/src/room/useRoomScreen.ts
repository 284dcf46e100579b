/**
 * The room screen's view of the day: it asks the service for the room's feed (getRoomScreen, the one
 * dispatch, nothing personal in it) every couple of seconds, so it follows the facilitator's
 * controls from another window or tab, and re-times against its own clock every second.
 */
import { useEffect, useMemo, useState } from 'react';
import { localMidnight } from '../../../main/domain/runDay/retime';
import { roomView, type RoomScreenFeed, type RoomView } from '../../../main/domain/runDay/roomScreen';
import { replay } from '../../../main/domain/runDay/runLog';
import { api } from '../api/client';

/** How often the room asks again: quick enough that "Next" on the laptop shows within a breath. */
export const ROOM_POLL_MS = 2000;
const TICK_MS = 1000;

export type RoomLoad = { status: 'loading' } | { status: 'missing'; message: string } | { status: 'ready'; feed: RoomScreenFeed };

export function useRoomScreen(planId: string): { load: RoomLoad; view: RoomView | null; title: string } {
  const [load, setLoad] = useState<RoomLoad>({ status: 'loading' });
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    const ask = () =>
      api.getRoomScreen({ planId }).then(
        (feed) => live && setLoad({ status: 'ready', feed }),
        // Once the day has shown, a failed ask keeps what the room sees rather than blanking the wall.
        (err: Error) => live && setLoad((was) => (was.status === 'ready' ? was : { status: 'missing', message: err.message })),
      );
    void ask();
    const poll = setInterval(() => void ask(), ROOM_POLL_MS);
    const tick = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      live = false;
      clearInterval(poll);
      clearInterval(tick);
    };
  }, [planId]);

  const feed = load.status === 'ready' ? load.feed : null;
  const view = useMemo(() => {
    if (!feed) return null;
    const ids = feed.plan.blocks.map((b) => b.id);
    return roomView(feed.plan, replay(feed.log.events, ids), now, feed.log.midnight ?? localMidnight(now));
  }, [feed, now]);
  return { load, view, title: feed?.plan.title ?? '' };
}
