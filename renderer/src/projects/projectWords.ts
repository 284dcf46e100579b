/** Words the Projects screens share: kind messages, and how the impact log says when people were told. */
import { FOLLOW_UP_FORMAT_LABELS } from '../../../main/domain/plan';
import type { ImpactLogItem } from '../../../main/domain/projects/project';
import { formatDate } from '../../../main/domain/time';

export const messageOf = (err: unknown, fallback: string) => (err instanceof Error && err.message ? err.message : fallback);

/** "Told on 24 April 2027, by email", "Planned for …", or "Not told yet". */
export function toldLine(item: ImpactLogItem, today: string): string {
  const how = item.from === 'plan' ? (item.toldHow ? FOLLOW_UP_FORMAT_LABELS[item.toldHow].toLowerCase() : '') : item.toldHow.trim();
  if (item.toldOn === null) return 'Not told yet';
  const when = item.toldOn > today ? `Planned for ${formatDate(item.toldOn)}` : `Told on ${formatDate(item.toldOn)}`;
  return how ? `${when}, ${how}` : when;
}
