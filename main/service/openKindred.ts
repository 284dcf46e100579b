/**
 * Opens Kindred's data folder and wires the service and dispatch over it. Electron main and the
 * web bridge both start here, so they share one store, one set of start-up steps and one dispatch.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Database } from '../store/database';
import { createMetaRepo } from '../store/metaRepo';
import type { ServiceImpl } from './contract';
import { createDispatch, type Dispatch } from './dispatch';
import { createPackAssets } from './packAssets';
import { createService } from './service';

export interface Kindred {
  service: ServiceImpl;
  dispatch: Dispatch;
  db: Database;
  dbPath: string;
  close(): void;
}

const SAMPLE_SEEDED = 'sample_seeded';

/** `KINDRED_DATA_DIR` (tests, the bridge) when set, otherwise the app's own folder. */
export function resolveDataDir(defaultDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.KINDRED_DATA_DIR;
  return override !== undefined && override.trim() !== '' ? override : defaultDir;
}

/** Logs the method and the error, never the input: it may hold someone's access needs. */
function logUnexpected(err: unknown, method: string): void {
  console.error(`[kindred] ${method} failed unexpectedly:`, err);
}

/** `picturesDir`: where the Easy Read pictures are (the packaged app's resources); found in the source tree otherwise. */
export function openKindred({ dataDir, picturesDir }: { dataDir: string; picturesDir?: string }): Kindred {
  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, 'kindred.db');
  const db = openDatabase(dbPath);
  try {
    const service = createService(db, picturesDir ? { packAssets: createPackAssets(picturesDir) } : {});
    // Plans deleted in an earlier session are past their undo: remove them for real.
    service.purgeDeleted();
    // The sample is offered once per database, so deleting it is respected on the next start.
    const meta = createMetaRepo(db);
    db.transaction(() => {
      if (meta.get(SAMPLE_SEEDED) !== undefined) return;
      service.addSamplePlan(undefined);
      meta.put(SAMPLE_SEEDED, new Date().toISOString());
    }).immediate();
    return {
      service,
      dispatch: createDispatch(service, logUnexpected),
      db,
      dbPath,
      close: () => {
        if (db.open) db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
