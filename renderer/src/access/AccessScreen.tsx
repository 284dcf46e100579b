/**
 * The Access tab: every access need until it is met (the arrangements board), and what the venue
 * and the online room offer (the checklists), each check showing whose needs depend on it.
 */
import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react';
import {
  ONLINE_CHECKS,
  ONLINE_CHECK_LABELS,
  VENUE_CHECKS,
  VENUE_CHECK_LABELS,
  type CheckItem,
  type OnlineCheck,
  type OnlineChecks,
  type VenueCheck,
  type VenueChecks,
} from '../../../main/domain/access';
import type { PlanEditor } from '../plan/usePlanEditor';
import { ArrangementsBoard } from './ArrangementsBoard';
import { checkDependents, withCheck } from './board';
import { Checklist } from './Checklist';
import '../styles/access.css';

const NO_VENUE_CHECKS: VenueChecks = {};
const NO_ONLINE_CHECKS: OnlineChecks = {};

export function AccessScreen({ editor }: { editor: PlanEditor }) {
  const { people, details } = editor;
  const format = details?.format ?? 'in_person';
  const venueChecks = details?.venueChecks ?? NO_VENUE_CHECKS;
  const onlineChecks = details?.onlineChecks ?? NO_ONLINE_CHECKS;
  // The checklists (some twenty radio groups and note fields, below the board) are drawn in the
  // render just after the first: the board shows a frame sooner, and they are there before anyone
  // could scroll to them.
  const checklistsDrawn = useDeferredValue(true, false);
  // Typing in a card changes `people` on every keystroke, but rarely who depends on what: keep the
  // same object while its content is the same, so the checklists need not re-render. (It is plain
  // data, so its JSON is the whole of it.)
  const fresh = useMemo(() => checkDependents(people, format), [people, format]);
  const freshKey = JSON.stringify(fresh);
  const dependents = useMemo(() => JSON.parse(freshKey) as typeof fresh, [freshKey]);

  // The whole object is saved each time: build each change on the latest one, even between renders.
  const latest = useRef({ venueChecks, onlineChecks });
  const editorRef = useRef(editor);
  // Updated once the render is committed, never during it (a render React throws away must not leak).
  useLayoutEffect(() => {
    latest.current = { venueChecks, onlineChecks };
    editorRef.current = editor;
  });

  const onVenue = useCallback((id: VenueCheck, change: Partial<CheckItem>) => {
    const next = withCheck(latest.current.venueChecks, id, change);
    latest.current = { ...latest.current, venueChecks: next };
    editorRef.current.updateDetails({ venueChecks: next });
  }, []);
  const onOnline = useCallback((id: OnlineCheck, change: Partial<CheckItem>) => {
    const next = withCheck(latest.current.onlineChecks, id, change);
    latest.current = { ...latest.current, onlineChecks: next };
    editorRef.current.updateDetails({ onlineChecks: next });
  }, []);

  return (
    <section className="access" aria-labelledby="access-heading">
      <h2 id="access-heading">Access</h2>
      <p className="section-intro">
        Every access need stays here until it is met: how, who is arranging it and by when. Below,{' '}
        {format === 'in_person'
          ? 'what the venue offers'
          : format === 'online'
            ? 'how the online side works'
            : 'what the venue and the online side offer'}
        , with whose needs depend on each.
      </p>
      <ArrangementsBoard editor={editor} />
      {checklistsDrawn && format !== 'online' && (
        <Checklist
          kind="venue"
          title="The venue"
          intro="Check these with the venue, ideally by visiting. A short note helps everyone know what to expect, like “Ramp at the side door; ring the bell”."
          ids={VENUE_CHECKS}
          labels={VENUE_CHECK_LABELS}
          answers={venueChecks}
          dependents={dependents.venue}
          onChange={onVenue}
        />
      )}
      {checklistsDrawn && format !== 'in_person' && (
        <Checklist
          kind="online"
          title="Joining online"
          intro="For everyone taking part online: check these before the day, with the platform you are using. A short note helps, like “Captions come from the platform; the host checks they are on”."
          ids={ONLINE_CHECKS}
          labels={ONLINE_CHECK_LABELS}
          answers={onlineChecks}
          dependents={dependents.online}
          onChange={onOnline}
        />
      )}
    </section>
  );
}
