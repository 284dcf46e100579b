/**
 * `npm run dev:web` / `npm run serve:web`: runs the bridge until Ctrl+C, then closes the database
 * cleanly (WAL checkpoint) so the next start finds everything exactly as it was left.
 */
import { parseBridgeArgs, USAGE, type BridgeArgs } from './cli';
import { startBridge } from './server';

let args: BridgeArgs;
try {
  args = parseBridgeArgs(process.argv.slice(2), process.env, process.cwd());
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  process.exit(2);
}

const bridge = await startBridge({
  dataDir: args.dataDir,
  port: args.port,
  ...(args.mode.kind === 'dev' ? { vite: true } : { staticDir: args.mode.dir }),
});
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
