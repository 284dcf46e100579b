/**
 * Counts in sentences, so every number the facilitator reads agrees with its noun: "1 block",
 * "3 blocks", "1 minute". One place, so a new message cannot forget the singular.
 */

/** "1 block", "3 blocks"; numbers of 1,000 or more get their comma ("1,200 minutes"). */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
