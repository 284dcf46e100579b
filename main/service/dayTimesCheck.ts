/**
 * A day ends after it starts, however the times arrive (the Details tab, the guided steps, the web
 * bridge, a template with a new start time). Only a change to either time is checked, so a plan
 * saved before this rule can still have its other details edited; fixing its times is then asked for.
 */
import { endBeforeStartMessage, startAfterEndMessage } from '../domain/locale';
import { KindredError } from './errors';

export function checkDayTimes(
  next: { startTime: string; endTime: string | null },
  changed: { startTime?: unknown; endTime?: unknown },
  path: string,
): void {
  if (changed.startTime === undefined && changed.endTime === undefined) return;
  // The end time is the one being set (or both are): the message belongs beside the end time.
  const endMessage = changed.endTime !== undefined ? endBeforeStartMessage(next.startTime, next.endTime) : null;
  if (endMessage) throw new KindredError('invalid', endMessage, { [`${path}.endTime`]: endMessage });
  const startMessage = startAfterEndMessage(next.startTime, next.endTime);
  if (startMessage) throw new KindredError('invalid', startMessage, { [`${path}.startTime`]: startMessage });
}
