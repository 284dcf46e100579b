/**
 * The `kindred` command line: the same domain code as the app, for automation and tests.
 *   npx kindred review <plan-file> [--json] [--today YYYY-MM-DD]   (or: npm run kindred -- review …)
 * Exit codes: 0 when the command ran (whatever the review found), 2 when it could not (a file that
 * cannot be read, unknown arguments).
 */
import { runCli } from './run';

const result = await runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
