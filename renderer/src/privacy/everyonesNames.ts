import { namesOf } from '../../../main/domain/nameMentions';
import type { Person } from '../../../main/domain/people';

/** Every name the people in a plan go by (their names and the names they like to be called). */
export function everyonesNames(people: readonly Person[]): string[] {
  return [...new Set(people.flatMap(namesOf))];
}
