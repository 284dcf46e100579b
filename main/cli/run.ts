/**
 * The CLI's commands, as a function from arguments to output and an exit code, so tests can run
 * it without spawning a process. Reading the file is the only input/output it does.
 */
import { parseArgs } from 'node:util';
import { PlanFileError, parsePlanFile } from '../domain/planFile';
import { decodePlanFileBytes } from '../domain/planFileBytes';
import { isIsoDate, localToday } from '../domain/time';
import { NotAPlanFileError, readPlanFileBytes, type NotAFileKind } from '../service/planFileDisk';
import type * as ExportCommand from './exportCommand';
import { formatReview, reviewAsJson } from './reviewOutput';
import { terminalSafe } from './terminalText';

export interface CliResult {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

export const USAGE = `Usage: kindred review <plan-file> [--json] [--today YYYY-MM-DD]
       kindred export <plan-file> --pack participant|facilitator [--format standard|large-print|dyslexia|easy-read] --out <file.docx>
       kindred export <plan-file> --pack participant --per-person --out-dir <dir>

  review <plan-file>   Run the plan review on a Kindred plan file (see docs/plan-file.md)
  --json               Print the findings as JSON instead of text
  --today YYYY-MM-DD   Review as if it were this day (default: today, where you are); the
                       reminders about arrangements and packs count the days from it

  export <plan-file>   Make a Word pack from a plan file
  --pack               participant or facilitator
  --format             standard (the default), large-print, dyslexia or easy-read
  --out <file.docx>    Where to write the pack
  --per-person         One participant pack for each person in the plan, each in their own format
  --out-dir <dir>      The folder for --per-person packs (it must exist)

Exit status: 0 when the command ran (whatever the review found), 2 when a file or the arguments
could not be read, or a pack could not be written (then nothing is left half-written).
`;

// Messages can quote a file name or what a plan file says: each line is made terminal-safe, so
// only the message's own line breaks reach the terminal.
const fail = (message: string): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `kindred: ${message.split('\n').map(terminalSafe).join('\n')}\n`,
});

const NOT_A_FILE: Record<NotAFileKind, string> = {
  folder: 'that is a folder, not a plan file',
  pipe: 'that is a pipe (FIFO), not a plan file, so Kindred did not wait to read from it',
  device: 'that is a device, not a plan file',
  socket: 'that is a socket, not a plan file',
  other: 'that is not an ordinary file, so it cannot be a plan file',
};

/** Plain words for why the plan file could not be read (nothing was read from anything but a file). */
function readProblem(err: unknown): string | null {
  if (err instanceof NotAPlanFileError) return NOT_A_FILE[err.kind];
  if (err instanceof PlanFileError) return err.message;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'there is no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'Kindred is not allowed to open it';
  if (code === 'EISDIR') return NOT_A_FILE.folder;
  return code === undefined ? null : 'it could not be opened';
}

/** `now` is the clock "today" is read from when `--today` is not given (tests pass their own). */
export async function runCli(argv: readonly string[], now: () => Date = () => new Date()): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean', default: false },
        today: { type: 'string' },
        pack: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        'per-person': { type: 'boolean', default: false },
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
  if (command !== 'review' && command !== 'export') {
    return fail(command === undefined ? `which command?\n\n${USAGE}` : `unknown command “${command}”.\n\n${USAGE}`);
  }
  if (file === undefined || rest.length > 0) return fail(`${command} needs one plan file.\n\n${USAGE}`);
  const exportOptions = {
    pack: parsed.values.pack,
    format: parsed.values.format,
    out: parsed.values.out,
    outDir: parsed.values['out-dir'],
    perPerson: parsed.values['per-person'] ?? false,
  };
  if (command === 'review' && Object.entries(exportOptions).some(([k, v]) => (k === 'perPerson' ? v === true : v !== undefined))) {
    return fail(`--pack, --format, --out, --out-dir and --per-person go with export, not review.\n\n${USAGE}`);
  }
  const given = parsed.values.today;
  if (given !== undefined && !isIsoDate(given.trim())) {
    return fail(`“${given}” is not a date Kindred can read for --today. Write it as YYYY-MM-DD, for example 2027-03-12.`);
  }
  const today = given?.trim() ?? localToday(now());
  // Loaded only for export: the Word writer (docx) is a third of the built CLI, and review never
  // needs it, so `kindred review` starts without parsing it.
  const exporter: typeof ExportCommand | null = command === 'export' ? await import('./exportCommand') : null;
  const exportProblem = exporter?.exportOptionsProblem({ ...exportOptions, today }) ?? null;
  if (exportProblem) return fail(exportProblem);

  // Only an ordinary file is opened, and only when it is 20 MB or less (planFileDisk.ts).
  let bytes: Buffer;
  try {
    bytes = await readPlanFileBytes(file);
  } catch (err) {
    const why = readProblem(err);
    if (why === null) throw err;
    return fail(`could not read “${file}”: ${why.replace(/\.$/, '')}.`);
  }
  // The same checks the app makes on import: UTF-8 (never quietly replaced), not empty.
  let text: string;
  try {
    text = decodePlanFileBytes(bytes);
  } catch (err) {
    if (err instanceof PlanFileError) return fail(`could not read “${file}”: ${err.message}`);
    throw err;
  }
  if (exporter) {
    const options = { ...exportOptions, today };
    let plan;
    try {
      plan = parsePlanFile(text);
    } catch (err) {
      if (err instanceof PlanFileError) return fail(`could not read “${file}”: ${err.message}`);
      throw err;
    }
    try {
      return { code: 0, stdout: await exporter.exportPacks(plan, options), stderr: '' };
    } catch (err) {
      if (err instanceof exporter.PackWriteError) return fail(err.message);
      throw err;
    }
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
