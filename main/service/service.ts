/**
 * The Kindred service: the contract's methods over one SQLite connection. Synchronous, because
 * better-sqlite3 is, and every write is a single transaction so nothing is ever half-saved.
 */
import type { PackAssets } from '../domain/pack/render';
import type { ServiceImpl } from './contract';
import type { Database } from '../store/database';
import { agendaMethods } from './agendaMethods';
import { planMethods } from './planMethods';
import { libraryMethods } from './libraryMethods';
import { createPackAssets } from './packAssets';
import { packMethods } from './packMethods';
import { peopleMethods } from './peopleMethods';
import { privacyMethods } from './privacyMethods';
import { reviewMethods } from './reviewMethods';
import { settingsMethods } from './settingsMethods';
import { createStoreContext } from './storeContext';

export interface ServiceOptions {
  /** Defaults to the real clock; tests pass their own to move time on. */
  clock?: () => Date;
  /** The pictures for Easy Read packs; from resources/pictograms unless given. */
  packAssets?: PackAssets;
}

/** The contract plus housekeeping the transports never expose. */
export type KindredService = ServiceImpl & {
  /** Removes for good plans soft-deleted more than `olderThanMs` (default one minute) ago. */
  purgeDeleted(olderThanMs?: number): number;
};

export function createService(db: Database, options: ServiceOptions = {}): KindredService {
  const ctx = createStoreContext(db, options.clock ?? (() => new Date()));
  return {
    ...planMethods(ctx),
    ...agendaMethods(ctx),
    ...peopleMethods(ctx),
    ...privacyMethods(ctx),
    ...packMethods(ctx, options.packAssets ?? createPackAssets()),
    ...reviewMethods(ctx),
    ...libraryMethods(ctx),
    ...settingsMethods(ctx),
  };
}
