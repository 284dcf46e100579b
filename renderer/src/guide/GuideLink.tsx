/** A link out of the guide that waits for everything typed to be saved before the plan reopens. */
import type { ReactNode } from 'react';
import { navigate, routeHref, type Route } from '../lib/route';
import type { PlanEditor } from '../plan/usePlanEditor';

/** Leaving the guide reopens the plan from the store, so the store must have every edit first. */
export function leaveGuide(editor: PlanEditor, to: Route): void {
  void editor.queue.whenIdle().then(() => navigate(to));
}

export function GuideLink({ editor, to, children }: { editor: PlanEditor; to: Route; children: ReactNode }) {
  return (
    <a
      href={routeHref(to)}
      onClick={(e) => {
        // A new tab or window (modifier keys) is the browser's business.
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        leaveGuide(editor, to);
      }}
    >
      {children}
    </a>
  );
}
