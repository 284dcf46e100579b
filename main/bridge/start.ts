/**
 * `npm run dev:web` / `npm run serve:web`: runs the bridge until Ctrl+C, then closes the database
 * cleanly (WAL checkpoint) so the next start finds everything exactly as it was left.
 *
 * When kindred.db is damaged it says so, as the app does, and stops; run again with
 * `--restore-newest-backup` to put the newest backup in good order in its place (the damaged file
 * is kept beside it as kindred-damaged-<time>.db).
 */
import { replaceDamagedDatabase } from '../store/restoreBackup';
import { backupLabel, DatabaseDamagedError } from '../store/integrity';
import { parseBridgeArgs, USAGE, type BridgeArgs } from './cli';
import { startBridge, type Bridge } from './server';

const RESTORE_FLAG = '--restore-newest-backup';
const argv = process.argv.slice(2);
const restoreNewest = argv.includes(RESTORE_FLAG);

let args: BridgeArgs;
try {
  args = parseBridgeArgs(
    argv.filter((a) => a !== RESTORE_FLAG),
    process.env,
    process.cwd(),
  );
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n  ${RESTORE_FLAG}  if kindred.db is damaged, put the newest good backup in its place`);
  process.exit(2);
}

const start = () =>
  startBridge({
    dataDir: args.dataDir,
    port: args.port,
    ...(args.mode.kind === 'dev' ? { vite: true } : { staticDir: args.mode.dir }),
  });

let bridge: Bridge;
try {
  bridge = await start();
} catch (err) {
  if (!(err instanceof DatabaseDamagedError)) throw err;
  const backup = err.newestBackup;
  console.error(err.message);
  if (!backup) {
    console.error(`There is no backup to restore yet. The file has been left just as it is: ${err.dbPath}`);
    process.exit(1);
  }
  if (!restoreNewest) {
    console.error(`The newest backup in good order is from ${backupLabel(backup.createdAt)} (${backup.id}).`);
    console.error(`Run again with ${RESTORE_FLAG} to restore it; the damaged file will be kept beside it.`);
    process.exit(1);
  }
  const aside = replaceDamagedDatabase(args.dataDir, backup.id, new Date());
  console.log(`Restored the backup from ${backupLabel(backup.createdAt)}. The damaged file is kept as ${aside}.`);
  bridge = await start();
}
console.log(`Kindred is running at ${bridge.url}/  (data: ${args.dataDir})`);
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
