/**
 * A link that moves focus within the page (skip links, "back to the plan's sections"). Screens live
 * in the URL hash, so following a real #fragment would change the screen: the link's own href is
 * the current screen, and a click moves focus instead.
 */
import type { ReactNode } from 'react';

export function JumpLink({
  to,
  jump,
  className,
  keyShortcuts,
  children,
}: {
  /** The element to focus, found when the link is used (it may not exist yet when this renders). */
  to: () => HTMLElement | null;
  /** Names the destination for tests and tools (data-jump). */
  jump: string;
  className?: string;
  keyShortcuts?: string;
  children: ReactNode;
}) {
  return (
    <a
      className={className}
      href={window.location.hash || '#/'}
      data-jump={jump}
      aria-keyshortcuts={keyShortcuts}
      onClick={(e) => {
        e.preventDefault();
        to()?.focus();
      }}
    >
      {children}
    </a>
  );
}

/** The open plan's current tab in its tab list (or the first, if none is current). */
export const planTabsTarget = (): HTMLElement | null =>
  document.querySelector<HTMLElement>('nav.plan-tabs a[aria-current="page"]') ?? document.querySelector<HTMLElement>('nav.plan-tabs a');
