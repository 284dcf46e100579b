/**
 * Two people with the same name in one plan are allowed (there really can be two Sams), but it is
 * worth a gentle word, so that the facilitator can tell them apart in packs and in the agenda.
 */

/** A name as people would read it: ignoring case, spaces at the ends and doubled spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/** The other person's name as they wrote it, when `name` matches one of `others`; otherwise null. */
export function sameNameAs(name: string, others: readonly string[]): string | null {
  const key = nameKey(name);
  if (key === '') return null;
  const match = others.find((o) => nameKey(o) === key);
  return match === undefined ? null : match.trim();
}

/** For each person, the name of another person in the plan with the same name (as written), or null. */
export function sameNamesById(people: readonly { id: string; name: string }[]): Map<string, string | null> {
  const byKey = new Map<string, { id: string; name: string }[]>();
  for (const p of people) {
    const key = nameKey(p.name);
    if (key === '') continue;
    const group = byKey.get(key);
    if (group) group.push(p);
    else byKey.set(key, [p]);
  }
  return new Map(
    people.map((p) => {
      const other = byKey.get(nameKey(p.name))?.find((o) => o.id !== p.id);
      return [p.id, other ? other.name.trim() : null];
    }),
  );
}

export function sameNameHint(name: string): string {
  return `There is already someone called ${name} in this plan. If this is someone else, adding an initial will help tell them apart.`;
}
