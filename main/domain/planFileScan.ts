/**
 * A look at a plan file's shape before JSON.parse builds it. A crafted file of 20 MB or less (arrays
 * nested millions deep, or tens of millions of tiny values) once kept the main process busy for
 * 10–21 s and took up to 1.75 GB while being parsed and checked, only to be refused. This scan reads
 * the text once, in constant memory, counting how deep it nests, how long each list is and how
 * many values it holds, and refuses a file past what any plan could need before anything is built.
 *
 * It is not a JSON parser: malformed text passes through to JSON.parse, which says so. It only has
 * to skip strings correctly, so brackets and commas inside names and notes are not counted.
 */
import { LIMITS } from './plan';

/**
 * The limits, from what a real plan file can hold (plan.ts LIMITS, planFile.ts planSchema):
 * - depth: the deepest path in a plan file is file › plan › people › person › payment › expenses ›
 *   expense, 7 levels; 20 leaves room for versions to come without admitting anything pathological.
 * - listItems: the longest list a plan may have is its set-aside findings (1,000); blocks are at
 *   most 500, people 300, changes 300. A longer list cannot be in a plan the schema accepts.
 * - textChars: the longest text a plan holds is LIMITS.longText (10,000) characters; written in
 *   JSON with every character escaped (\uXXXX) that is 60,000, so no string in a plan is longer
 *   than 100,000 (one longer would only be built by JSON.parse to be refused).
 * - values: a plan at every limit (500 blocks; 300 people, each with 60 access needs and 30
 *   expenses; 1,000 set-asides) holds about 250,000 values; 1,000,000 is four times that and still
 *   parses in a fraction of a second in well under 200 MB.
 */
export const PLAN_FILE_SHAPE_LIMITS = {
  depth: 20,
  listItems: Math.max(1000, LIMITS.blocksPerPlan, LIMITS.peoplePerPlan, LIMITS.changesPerPlan),
  values: 1_000_000,
  textChars: Math.max(100_000, LIMITS.longText * 10),
} as const;

export interface ShapeLimits {
  depth: number;
  listItems: number;
  values: number;
  textChars: number;
}

const NOT_A_PLAN = 'This file is not a Kindred plan file: ';
const NOT_OPENED = ', so Kindred has not opened it.';

export const TOO_DEEP = `${NOT_A_PLAN}what is in it is nested far deeper than anything in a plan${NOT_OPENED}`;
export const LIST_TOO_LONG = `${NOT_A_PLAN}it has a list of more than ${PLAN_FILE_SHAPE_LIMITS.listItems.toLocaleString('en-GB')} items, longer than any list in a plan${NOT_OPENED}`;
export const TEXT_TOO_LONG = `${NOT_A_PLAN}it has a piece of text far longer than any in a plan${NOT_OPENED}`;
export const TOO_MANY_VALUES = `${NOT_A_PLAN}it holds far more separate pieces than even the largest plan${NOT_OPENED}`;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;

/** What is past any plan's shape in `text` (a message to show), or null when nothing is. */
export function planFileShapeProblem(text: string, limits: ShapeLimits = PLAN_FILE_SHAPE_LIMITS): string | null {
  // items[d] counts the commas seen directly inside the list at depth d; -1 marks an object.
  const items = new Int32Array(limits.depth + 1);
  let depth = 0;
  let values = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string: an escaped character (\" or \\) never ends it.
      const start = i;
      for (i++; i < length; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
      if (i - start - 1 > limits.textChars) return TEXT_TOO_LONG;
    } else if (c === OPEN_LIST || c === OPEN_OBJECT) {
      if (depth === limits.depth) return TOO_DEEP;
      depth++;
      items[depth] = c === OPEN_LIST ? 0 : -1;
    } else if (c === CLOSE_LIST || c === CLOSE_OBJECT) {
      // Unbalanced text is JSON.parse's to report; the count only has to stay in range.
      if (depth > 0) depth--;
    } else if (c === COMMA) {
      if (++values > limits.values) return TOO_MANY_VALUES;
      const inList = items[depth]!;
      // n commas mean n + 1 items.
      if (inList >= 0 && (items[depth] = inList + 1) >= limits.listItems) return LIST_TOO_LONG;
    }
  }
  return null;
}
