/**
 * Command-line options of `tsx main/bridge/start.ts`, parsed apart from start-up so they can be tested.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 5178;

export const USAGE = `Usage: tsx main/bridge/start.ts (--dev | --static <dir>) [--port <n>] [--data-dir <dir>]
                          [--restore-newest-backup | --start-afresh]

  --dev             serve the renderer from source through Vite, with hot reload
  --static <dir>    serve a built renderer, e.g. out/renderer
  --port <n>        port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --data-dir <dir>  folder for kindred.db (default: $KINDRED_DATA_DIR, else ./.kindred-data)
  --restore-newest-backup  if kindred.db is damaged, put the newest good backup in its place
  --start-afresh           if kindred.db is damaged, set it aside (kept) and start with no plans`;

/**
 * What to do if kindred.db turns out to be damaged: 'ask' stops and says what the choices are (the
 * default: recovery is never chosen for anyone), the other two are the app's two answers.
 */
export type BridgeRecovery = 'ask' | 'restore-newest-backup' | 'start-afresh';

export interface BridgeArgs {
  mode: { kind: 'dev' } | { kind: 'static'; dir: string };
  port: number;
  dataDir: string;
  recovery: BridgeRecovery;
}

/** Throws an Error with a message fit for the terminal when the arguments make no sense. */
export function parseBridgeArgs(argv: string[], env: NodeJS.ProcessEnv, cwd: string): BridgeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      dev: { type: 'boolean', default: false },
      static: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'restore-newest-backup': { type: 'boolean', default: false },
      'start-afresh': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.dev === (values.static !== undefined)) throw new Error('Choose one of --dev or --static <dir>.');
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port needs a whole number from 0 to 65535, not "${values.port}".`);
  const dataDir = values['data-dir'] ?? env.KINDRED_DATA_DIR ?? '.kindred-data';
  if (values['restore-newest-backup'] && values['start-afresh'])
    throw new Error('Choose one of --restore-newest-backup or --start-afresh, not both.');
  const recovery: BridgeRecovery = values['restore-newest-backup'] ? 'restore-newest-backup' : values['start-afresh'] ? 'start-afresh' : 'ask';
  return {
    mode: values.static === undefined ? { kind: 'dev' } : { kind: 'static', dir: resolve(cwd, values.static) },
    port,
    dataDir: resolve(cwd, dataDir),
    recovery,
  };
}

/**
 * A plain sentence for the usual reasons the bridge cannot listen, or null for anything else (which
 * is a bug, and then the stack trace is what a developer needs).
 */
export function listenProblem(err: unknown, port: number): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE')
    return `Port ${port} is already in use, perhaps by another Kindred. Stop that one, or choose another port with --port <n> (0 picks a free one).`;
  if (code === 'EACCES') return `Kindred may not listen on port ${port} on this computer. Choose another port with --port <n> (0 picks a free one).`;
  return null;
}
