/**
 * The Kindred service: the contract's methods over one SQLite connection. Synchronous, because
 * better-sqlite3 is, and every write is a single transaction so nothing is ever half-saved.
 */
import type { ServiceImpl } from './contract';
import type { Database } from '../store/database';
import { agendaMethods } from './agendaMethods';
import { planMethods } from './planMethods';
import { libraryMethods } from './libraryMethods';
import { peopleMethods } from './peopleMethods';
import { privacyMethods } from './privacyMethods';
import { reviewMethods } from './reviewMethods';
import { settingsMethods } from './settingsMethods';
import { createStoreContext } from './storeContext';

export interface ServiceOptions {
  /** Defaults to the real clock; tests pass their own to move time on. */
  clock?: () => Date;
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
    ...reviewMethods(ctx),
    ...libraryMethods(ctx),
    ...settingsMethods(ctx),
  };
}
