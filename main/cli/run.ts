/**
 * The CLI's commands, as a function from arguments to output and an exit code, so tests can run
 * it without spawning a process. Reading the file is the only input/output it does.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { PlanFileError, parsePlanFile } from '../domain/planFile';
import { isIsoDate, localToday } from '../domain/time';
import { formatReview, reviewAsJson } from './reviewOutput';

export interface CliResult {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

export const USAGE = `Usage: kindred review <plan-file> [--json] [--today YYYY-MM-DD]

  review <plan-file>   Run the plan review on a Kindred plan file (see docs/plan-file.md)
  --json               Print the findings as JSON instead of text
  --today YYYY-MM-DD   Review as if it were this day (default: today, where you are); the
                       reminders about arrangements and packs count the days from it

Exit status: 0 when the review ran (whatever it found), 2 when the file or the arguments could not be read.
`;

const fail = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `kindred: ${message}\n` });

/** `now` is the clock "today" is read from when `--today` is not given (tests pass their own). */
export async function runCli(argv: readonly string[], now: () => Date = () => new Date()): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean', default: false },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n\n${USAGE}`);
  }
  const [command, file, ...rest] = parsed.positionals;
  if (parsed.values.help) return { code: 0, stdout: USAGE, stderr: '' };
  if (command !== 'review') return fail(command === undefined ? `which command?\n\n${USAGE}` : `unknown command “${command}”.\n\n${USAGE}`);
  if (file === undefined || rest.length > 0) return fail(`review needs one plan file.\n\n${USAGE}`);
  const given = parsed.values.today;
  if (given !== undefined && !isIsoDate(given.trim())) {
    return fail(`“${given}” is not a date Kindred can read for --today. Write it as YYYY-MM-DD, for example 2027-03-12.`);
  }
  const today = given?.trim() ?? localToday(now());

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'that is a folder' : 'it could not be opened';
    return fail(`could not read “${file}”: ${why}.`);
  }
  try {
    const plan = parsePlanFile(text);
    const stdout = parsed.values.json ? `${JSON.stringify(reviewAsJson(plan, today), null, 2)}\n` : formatReview(plan, today);
    return { code: 0, stdout, stderr: '' };
  } catch (err) {
    if (err instanceof PlanFileError) return fail(`could not read “${file}”: ${err.message}`);
    throw err;
  }
}
