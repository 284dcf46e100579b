/**
 * Whether the room screen shows the time left. Off unless the facilitator turns it on: a countdown
 * on the wall puts pressure on the people talking. Kept per plan in the page's own storage, which
 * the facilitator's view and the room screen share (same app, same origin), and the room screen
 * hears a change the moment it is made through the storage event.
 */
import { useEffect, useState } from 'react';

const keyFor = (planId: string) => `kindred.roomClock.${planId}`;

export function roomClockOn(planId: string): boolean {
  return localStorage.getItem(keyFor(planId)) === 'on';
}

export function setRoomClock(planId: string, on: boolean): void {
  localStorage.setItem(keyFor(planId), on ? 'on' : 'off');
}

/** The setting, kept up to date when another window changes it. */
export function useRoomClock(planId: string): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => roomClockOn(planId));
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === keyFor(planId)) setOn(e.newValue === 'on');
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [planId]);
  return [
    on,
    (next: boolean) => {
      setRoomClock(planId, next);
      setOn(next);
    },
  ];
}
