/**
 * What is wrong with one field of a plan file, in words for someone who may have edited it by hand.
 * The schema's messages are written for the app's own forms ("Please try again", "nothing was
 * saved"), which mean nothing for a file: there is nothing to try again, and the fix is in the file.
 * Messages written for a field (a block's length, a text's limit) already say what is wrong and are
 * kept; only the app's generic ones are reworded here.
 */
import type { z } from 'zod';
import { ID_MESSAGE, kindIssueMessage } from './validation';

type Issue = z.core.$ZodIssue;

const ID =
  'It is not an id Kindred can read. Kindred writes every id itself, as a long code of letters, numbers and dashes; ' +
  'if the file was edited by hand, put back the id it had, or export the plan again.';

const FINDING =
  'It is not the name of a finding Kindred writes (like “payment-missing:…”). If the file was edited by hand, put back the name it had.';

const listed = (values: readonly unknown[]) =>
  values
    .slice(0, 6)
    .map((v) => `“${String(v).slice(0, 30)}”`)
    .join(', ');

/** The issue in plan-file words, or null when its own message already says it well. */
function reworded(issue: Issue): string | null {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'array') return 'This needs to be a list, written between [ and ].';
      if (issue.expected === 'object') return 'This needs to be a set of details, written between { and }.';
      return 'This is not the kind of value Kindred writes here.';
    case 'too_big':
      if (issue.origin === 'array') return `There are more here than Kindred can take: up to ${Number(issue.maximum).toLocaleString('en-GB')}.`;
      return issue.origin === 'number' ? `This can be at most ${String(issue.maximum)}.` : 'This is longer than Kindred can take here.';
    case 'too_small':
      if (issue.origin === 'array') return `There need to be at least ${String(issue.minimum)} here.`;
      return issue.origin === 'number' ? `This needs to be at least ${String(issue.minimum)}.` : 'This cannot be empty.';
    case 'invalid_value':
      return `This is not one Kindred knows. It can be ${listed(issue.values)}.`;
    case 'invalid_format':
      return last === 'findingId' ? FINDING : 'This is not written the way Kindred writes it.';
    default:
      return null;
  }
}

/** The message for one schema issue in a plan file, specific to the field and to files. */
export function planFileIssueMessage(issue: Issue): string {
  if (issue.message === ID_MESSAGE) return ID;
  if (issue.path[issue.path.length - 1] === 'findingId') return FINDING;
  // Only the app's generic wording is replaced; a field's own message stays.
  const generic = kindIssueMessage(issue as Parameters<typeof kindIssueMessage>[0]);
  const genericText = typeof generic === 'string' ? generic : generic?.message;
  if (issue.message !== genericText) return issue.message;
  return reworded(issue) ?? issue.message;
}
