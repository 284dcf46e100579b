/**
 * Where time could come from when the day runs late. Only suggestions: nothing is changed until the
 * facilitator acts (−5 minutes, skip). Flexible blocks still to come may give minutes down to their
 * minimum; breaks and meals are never offered (retime.ts, roomToShorten).
 *
 * Worked out by trying: lay the rest of the day out, find the first pin reached late (or the
 * intended end passed), take minutes from the flexible block with most room that sits between the
 * last pin kept on time and that conflict (minutes taken before an on-time pin would only widen its
 * gap), and lay it out again, until nothing is late or no minutes are left to take.
 */
import { type Conflict, type Retimed, roomToShorten, type RunPlan, type RunPlanBlock } from './retime';

export interface Shortening {
  blockId: string;
  /** Minutes it could give. */
  minutes: number;
  /** Its planned length, and the length the suggestion leaves. */
  from: number;
  to: number;
}

export interface Suggestions {
  /** In running order. */
  shortenings: Shortening[];
  /** What would still be late even with every suggestion taken: these need the facilitator (skip, move a pin). */
  stillLate: Conflict[];
}

export function suggestTime(plan: RunPlan, retimed: Retimed): Suggestions {
  if (retimed.conflicts.length === 0) return { shortenings: [], stillLate: [] };
  const byId = new Map(plan.blocks.map((b) => [b.id, b]));
  const restRows = retimed.rows.filter((r) => r.status === 'to_come');
  const rest: RunPlanBlock[] = restRows.map((r) => byId.get(r.blockId)!);
  // Pins as retime read them (a pin before the start can mean the next day): read once, so a
  // shorter morning cannot turn tomorrow's pin into today's.
  const pins = restRows.map((r) => r.pinAt);
  const lengths = rest.map((b) => b.durationMinutes);
  const room = rest.map(roomToShorten);
  const intendedEnd = retimed.position.intendedEnd;
  // Conflicts nothing can fix are accepted as they are, so the ones after them still get help.
  const accepted = new Set<number>();

  for (;;) {
    const found = layOut(rest, pins, lengths, retimed.restFrom, intendedEnd).find((c) => !accepted.has(c.index));
    if (!found) break;
    const { index, lateBy, after } = found;
    let best = -1;
    for (let j = after + 1; j < index; j++) if (room[j]! > 0 && (best < 0 || room[j]! > room[best]!)) best = j;
    if (best < 0) {
      accepted.add(index);
      continue;
    }
    const take = Math.min(room[best]!, Math.ceil(lateBy));
    room[best]! -= take;
    lengths[best]! -= take;
  }

  const shortenings: Shortening[] = [];
  rest.forEach((b, i) => {
    if (lengths[i]! < b.durationMinutes)
      shortenings.push({ blockId: b.id, minutes: b.durationMinutes - lengths[i]!, from: b.durationMinutes, to: lengths[i]! });
  });
  const stillLate = layOut(rest, pins, lengths, retimed.restFrom, intendedEnd).map(({ blockId, at, lateBy }) => ({ blockId, at, lateBy }));
  return { shortenings, stillLate };
}

interface RestConflict extends Conflict {
  /** Its place in the rest (rest.length for the intended end), and the last pin kept on time before it (−1: none). */
  index: number;
  after: number;
}

/** Lays the rest out with these lengths and returns what is late. */
function layOut(
  rest: readonly RunPlanBlock[],
  pins: readonly (number | null)[],
  lengths: readonly number[],
  from: number,
  intendedEnd: number | null,
): RestConflict[] {
  const out: RestConflict[] = [];
  let cursor = from;
  let after = -1;
  for (let i = 0; i < rest.length; i++) {
    const at = pins[i]!;
    if (at !== null) {
      if (cursor > at) out.push({ blockId: rest[i]!.id, at, lateBy: cursor - at, index: i, after });
      else after = i;
      cursor = Math.max(cursor, at);
    }
    cursor += lengths[i]!;
  }
  if (intendedEnd !== null && cursor > intendedEnd)
    out.push({ blockId: null, at: intendedEnd, lateBy: cursor - intendedEnd, index: rest.length, after });
  return out;
}
