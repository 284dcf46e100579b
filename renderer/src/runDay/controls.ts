/**
 * The controls of running the day: each one a button and one key, listed on screen. Single keys
 * without Ctrl or Alt, so they can be pressed without looking; the screen has a switch to turn them
 * off (WCAG 2.1.4), and they never act while typing in a field.
 */
import type { RunStep } from '../../../main/domain/runDay/steps';
import type { Retimed } from '../../../main/domain/runDay/retime';

export interface RunControl {
  /** What the control does now (pause and carry on share a key and a button). */
  step: RunStep;
  label: string;
  /** The key as `KeyboardEvent.key` gives it, and as shown and as aria-keyshortcuts says it. */
  keys: readonly string[];
  keyLabel: string;
  aria: string;
}

/** The controls as the day stands: before the start only "Start the day" does anything. */
export function controlsFor(phase: Retimed['phase'], paused: boolean): RunControl[] {
  const first: RunControl =
    phase === 'not_started'
      ? { step: 'start_day', label: 'Start the day', keys: ['n', 'N'], keyLabel: 'N', aria: 'N' }
      : { step: 'next', label: 'Next block', keys: ['n', 'N'], keyLabel: 'N', aria: 'N' };
  if (phase === 'not_started' || phase === 'ended') return phase === 'ended' ? [] : [first];
  return [
    first,
    { step: 'back', label: 'Back', keys: ['b', 'B'], keyLabel: 'B', aria: 'B' },
    { step: 'add_five', label: '+5 minutes', keys: ['+', '='], keyLabel: '+', aria: 'Plus' },
    { step: 'take_five', label: '−5 minutes', keys: ['-', '_'], keyLabel: '−', aria: 'Minus' },
    paused
      ? { step: 'resume', label: 'Carry on', keys: ['p', 'P'], keyLabel: 'P', aria: 'P' }
      : { step: 'pause', label: 'Pause', keys: ['p', 'P'], keyLabel: 'P', aria: 'P' },
    { step: 'skip', label: 'Skip the next block', keys: ['s', 'S'], keyLabel: 'S', aria: 'S' },
    { step: 'swap_next', label: 'Swap the next two', keys: ['w', 'W'], keyLabel: 'W', aria: 'W' },
  ];
}

/** The control a key press means, or undefined (modifiers held, or typing in a field). */
export function controlForKey(
  controls: readonly RunControl[],
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  target: EventTarget | null,
): RunControl | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  const el = target as HTMLElement | null;
  if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return undefined;
  return controls.find((c) => c.keys.includes(e.key));
}
