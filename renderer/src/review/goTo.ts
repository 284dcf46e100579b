/**
 * Taking the facilitator from a finding to where they can act on it: the right tab, and focus on
 * the very thing the finding is about. The screens are found by these conventions:
 *
 *   text field   [data-text-target="plan:<field>" | "block:<blockId>:<field>"] input/textarea
 *                (every PlainTextField, see plainEnglish/textTarget.ts); a block's fields live in
 *                its editor, so its row's .block-toggle is pressed first when the editor is closed
 *   block        [data-block-id="<id>"] .block-toggle                          (Agenda)
 *   person       [data-person-id="<id>"] .person-toggle, expanded; for reciprocity, the first
 *                payment control inside it (.payment … or .payment-offer button) (People)
 *   need         [data-need-id="<id>"]: the element itself if focusable, else its first control (Access);
 *                while it is not on the page, REVEAL_NEED asks the board to draw it (long lists
 *                draw their first few cards)
 *   check        [data-venue-check="<id>"] / [data-online-check="<id>"]: the checked answer, else the
 *                first one (Access)
 *   otherwise    the tab's h2 (given tabindex="-1" if it has none)
 *
 * The target screen mounts after the hash changes, so the look-up retries each frame for a moment.
 */
import type { DetailsField, Focus, Place } from '../../../main/domain/review/types';
import { navigate, type PlanTab } from '../lib/route';
import { REVEAL_NEED } from '../lib/reveal';
import { findTextBox } from '../plainEnglish/textTarget';
import { revealBlock } from '../agenda/revealBlock';

export type { Focus };

/** The visible label of each plan detail a finding can point to (DetailsForm and DetailsFields). */
const DETAILS_LABELS: Record<DetailsField, string> = {
  date: 'Date',
  startTime: 'Start time',
  endTime: 'Intended end time',
  venueName: 'Venue name',
  givesBack: 'What do people get back?',
};

/** The text of whatever labels `el`: its aria-labelledby elements, or its <label>. */
function labelOf(el: HTMLElement): string {
  const ids = el.getAttribute('aria-labelledby');
  if (ids)
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  const labels = (el as HTMLInputElement).labels;
  return labels?.[0]?.textContent?.trim() ?? '';
}

/** The field (or the first choice in a group) whose label is `label`, on the plan screen. */
function fieldLabelled(label: string): HTMLElement | null {
  for (const el of document.querySelectorAll<HTMLElement>('.plan-page input, .plan-page textarea, .plan-page [role="group"]')) {
    if (labelOf(el) !== label) continue;
    // A date or time field is a group of spin buttons (day, month…): the first of them takes focus.
    return el.getAttribute('role') === 'group' ? el.querySelector<HTMLElement>('[role="spinbutton"], input:not([type="hidden"])') : el;
  }
  return null;
}

export const PLACE_TABS: Record<Place, PlanTab> = {
  details: 'details',
  people: 'people',
  reciprocity: 'people',
  access: 'access',
  agenda: 'agenda',
  debrief: 'after',
};

/** The words for a place, for links such as "Go to the agenda". */
export const PLACE_WORDS: Record<Place, string> = {
  details: 'the plan details',
  people: 'people',
  reciprocity: 'people and payment',
  access: 'access',
  agenda: 'the agenda',
  debrief: 'after the workshop',
};

const WAIT_MS = 2000;
/** Frames to wait for a panel to open before settling for its toggle. */
const PANEL_FRAMES = 20;

type Finder = (frame: number) => HTMLElement | null;

/** Calls `find` once a frame until it gives an element (then focuses it) or time runs out. */
export function focusWhenReady(find: Finder, fallback?: () => HTMLElement | null): void {
  const started = performance.now();
  let frame = 0;
  const tick = () => {
    const el = find(frame++);
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'nearest' });
      return;
    }
    if (performance.now() - started < WAIT_MS) requestAnimationFrame(tick);
    else fallback?.()?.focus();
  };
  // Two frames: let the screen that is leaving, and any dialog restoring focus, finish first.
  requestAnimationFrame(() => requestAnimationFrame(tick));
}

const q = <T extends HTMLElement = HTMLElement>(sel: string, root: ParentNode = document) => root.querySelector<T>(sel);

function tabHeading(): HTMLElement | null {
  const h = q('.plan-page section h2, .plan-page form h2');
  if (h && !h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
  return h;
}

const CONTROLS = 'button, input, select, textarea, [tabindex="0"]';

/** The element if it can take focus, otherwise the first control inside it. */
function firstControl(el: HTMLElement | null): HTMLElement | null {
  if (!el) return null;
  return el.matches(CONTROLS) || el.tabIndex >= 0 ? el : q(CONTROLS, el);
}

/** A checklist item's chosen answer, or its first answer when none is chosen yet. */
function checkAnswer(el: HTMLElement | null): HTMLElement | null {
  if (!el) return null;
  return q('input[type="radio"]:checked', el) ?? q('input[type="radio"], button, select', el);
}

/** Opens a closed disclosure by pressing its toggle, once. */
function opener() {
  let pressed = false;
  return (toggle: HTMLElement | null) => {
    if (!toggle || pressed) return;
    if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
    pressed = true;
  };
}

function finderFor(place: Place, focus: Focus | undefined): Finder {
  if (!focus) return tabHeading;
  if ('detailsField' in focus) return () => fieldLabelled(DETAILS_LABELS[focus.detailsField]);
  if ('kind' in focus) {
    if (focus.kind === 'plan') return () => findTextBox(focus);
    const open = opener();
    return () => {
      const box = findTextBox(focus);
      if (box) return box;
      revealBlock(focus.blockId);
      open(q(`[data-block-id="${CSS.escape(focus.blockId)}"] .block-toggle`));
      return null;
    };
  }
  if ('blockId' in focus)
    return () => {
      // The agenda draws only the blocks near the screen: ask for this one first.
      revealBlock(focus.blockId);
      return q(`[data-block-id="${CSS.escape(focus.blockId)}"] .block-toggle`);
    };
  if ('needId' in focus)
    return () => {
      const card = q(`[data-need-id="${CSS.escape(focus.needId)}"]`);
      if (!card) document.dispatchEvent(new CustomEvent(REVEAL_NEED, { detail: focus.needId }));
      return firstControl(card);
    };
  if ('venueCheck' in focus) return () => checkAnswer(q(`[data-venue-check="${CSS.escape(focus.venueCheck)}"]`));
  if ('onlineCheck' in focus) return () => checkAnswer(q(`[data-online-check="${CSS.escape(focus.onlineCheck)}"]`));
  const open = opener();
  return (frame) => {
    const card = q(`[data-person-id="${CSS.escape(focus.personId)}"]`);
    if (!card) return null;
    const toggle = q('.person-toggle', card);
    open(toggle);
    if (place !== 'reciprocity') return toggle;
    const payment = q('.payment input[type="radio"]:checked, .payment-offer button', card);
    return payment ?? (frame > PANEL_FRAMES ? toggle : null);
  };
}

/** How long to wait for the app to focus a new screen's heading before going ahead anyway. */
const ROUTE_FOCUS_WAIT_MS = 1500;

/**
 * Runs `then` once the app has announced the new screen by focusing its title (App.tsx does that on
 * every change of screen), so our focus lands after it rather than being taken back.
 */
function afterScreenChange(then: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    document.removeEventListener('focusin', onFocus, true);
    clearTimeout(timer);
    then();
  };
  const onFocus = (e: FocusEvent) => {
    if ((e.target as HTMLElement | null)?.id === 'page-title') start();
  };
  document.addEventListener('focusin', onFocus, true);
  const timer = setTimeout(start, ROUTE_FOCUS_WAIT_MS);
}

/** Opens the tab for `place` and focuses what the finding is about (or the tab's heading). */
export function goTo(planId: string, place: Place, focus?: Focus): void {
  afterScreenChange(() => focusWhenReady(finderFor(place, focus), tabHeading));
  navigate({ name: 'plan', planId, tab: PLACE_TABS[place] });
}
