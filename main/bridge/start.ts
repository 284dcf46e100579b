/**
 * `npm run dev:web` / `npm run serve:web`: runs the bridge until Ctrl+C, then closes the database
 * cleanly (WAL checkpoint) so the next start finds everything exactly as it was left.
 *
 * When kindred.db is damaged it says so, as the app does, and stops; run again with
 * `--restore-newest-backup` to put the newest backup in good order in its place, or with
 * `--start-afresh` to start with no plans. Either way the damaged file is kept beside it as
 * kindred-damaged-<time>.db, never deleted.
 */
import { backupLabel, DatabaseDamagedError } from '../service/openKindred';
import { listenProblem, parseBridgeArgs, USAGE, type BridgeArgs } from './cli';
import { startBridge, type Bridge, type BridgeOptions } from './server';

let args: BridgeArgs;
try {
  args = parseBridgeArgs(process.argv.slice(2), process.env, process.cwd());
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  process.exit(2);
}

const start = async (recover?: BridgeOptions['recover']): Promise<Bridge> => {
  try {
    return await startBridge({
      dataDir: args.dataDir,
      port: args.port,
      ...(args.mode.kind === 'dev' ? { vite: true } : { staticDir: args.mode.dir }),
      ...(recover === undefined ? {} : { recover }),
    });
  } catch (err) {
    // A port in use is an everyday clash, not a crash: say so plainly, with no stack trace.
    const problem = listenProblem(err, args.port);
    if (problem === null) throw err;
    console.error(problem);
    process.exit(2);
  }
};

/** Where the damaged file went; nothing when kindred.db was missing rather than damaged. */
const keptAs = (b: Bridge) => (b.damagedFileKeptAs === undefined ? '' : `The damaged file is kept as ${b.damagedFileKeptAs}. `);

let bridge: Bridge;
try {
  bridge = await start();
} catch (err) {
  if (!(err instanceof DatabaseDamagedError)) throw err;
  const backup = err.newestBackup;
  if (args.recovery === 'start-afresh') {
    bridge = await start('afresh');
    console.log(`Starting with no plans. ${keptAs(bridge)}Nothing has been deleted.`);
  } else if (backup && args.recovery === 'restore-newest-backup') {
    bridge = await start({ backupId: backup.id });
    console.log(`Restored the backup from ${backupLabel(backup.createdAt)}. ${keptAs(bridge)}`);
  } else {
    console.error(err.message);
    if (backup) {
      console.error(`The newest backup in good order is from ${backupLabel(backup.createdAt)} (${backup.id}).`);
      console.error('Run again with --restore-newest-backup to restore it, or with --start-afresh to start with no plans.');
    } else {
      console.error(`There is no backup to restore yet. The file has been left just as it is: ${err.dbPath}`);
      console.error('Run again with --start-afresh to start with no plans.');
    }
    console.error('The damaged file will be kept beside the new one as kindred-damaged-…, never deleted.');
    process.exit(1);
  }
}
console.log(`Kindred is running at ${bridge.openUrl}  (data: ${args.dataDir})`);
console.log('Open that link: the token in it keeps other programs on this computer out.');
console.log('Press Ctrl+C to stop.');

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  // A second Ctrl+C means "now": leave without waiting (SQLite's WAL keeps the data safe anyway).
  if (stopping) process.exit(130);
  stopping = true;
  console.log(`\n${signal}: closing Kindred…`);
  try {
    await bridge.close();
    process.exit(0);
  } catch (err) {
    console.error('Could not close cleanly:', err);
    process.exit(1);
  }
}
process.on('SIGINT', (s) => void stop(s));
process.on('SIGTERM', (s) => void stop(s));
