/**
 * On the facilitator's view: open the room screen for the projector or TV, and choose whether it
 * shows the time left (off unless turned on: no countdown pressure on the room).
 */
import { Checkbox } from 'react-aria-components';
import { openRoomScreen } from '../api/client';
import { routeHref } from '../lib/route';
import { useRoomClock } from './roomClock';

export function RoomScreenControls({ planId }: { planId: string }) {
  const [clockOn, setClockOn] = useRoomClock(planId);
  return (
    <section className="run-controls" aria-labelledby="run-room-heading">
      <h2 id="run-room-heading">The room screen</h2>
      <p>
        A big, calm screen for a projector or TV: what the group is doing now with its Easy Read picture, what comes next and when the next break is.
        It never shows anyone’s name.
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => openRoomScreen(planId, routeHref({ name: 'room', planId }))}>
          Open the room screen
        </button>
      </div>
      <Checkbox className="checkbox" isSelected={clockOn} onChange={setClockOn}>
        <span className="checkbox-box" aria-hidden="true" />
        Show the time left on the room screen
      </Checkbox>
    </section>
  );
}
