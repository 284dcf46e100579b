/**
 * What a screen reader hears after each control: what changed and what it means for the day, in a
 * sentence or two. Announced politely, so it never interrupts the facilitator's own reading.
 */
import type { Retimed } from '../../../main/domain/runDay/retime';
import type { RunStep } from '../../../main/domain/runDay/steps';
import { timeLeftWords } from '../../../main/domain/runDay/dayWords';

export function afterStepWords(step: RunStep, before: Retimed, after: Retimed, titleOf: (id: string) => string): string {
  const running = after.running ? titleOf(after.running.blockId) : null;
  const left = after.running ? timeLeftWords(after.running.minutesLeft) : '';
  const next = after.nextId ? ` Next: ${titleOf(after.nextId)}.` : '';
  switch (step) {
    case 'start_day':
    case 'next':
      return running ? `Now: ${running}, ${left}.${next}` : 'That was the last block. End the day when you are ready.';
    case 'back':
      return `Back to ${running}, ${left}.`;
    case 'add_five':
      return `5 more minutes for ${running}: ${left}.`;
    case 'take_five':
      return `5 minutes fewer for ${running}: ${left}.`;
    case 'pause':
      return `Paused. The clock for ${running} has stopped.`;
    case 'resume':
      return `Carrying on with ${running}: ${left}.`;
    case 'skip':
      return `${before.nextId ? titleOf(before.nextId) : 'The next block'} will be skipped.${next}`;
    case 'swap_next': {
      const [a, b] = after.rows.filter((r) => r.status === 'to_come');
      return a && b ? `Swapped: ${titleOf(a.blockId)} comes next, then ${titleOf(b.blockId)}.` : 'Swapped.';
    }
    case 'end_day':
      return 'The day has ended. Everything that happened is kept.';
  }
}
