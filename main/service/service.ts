/**
 * The Kindred service: the contract's methods over one SQLite connection. Synchronous, because
 * better-sqlite3 is, and every write is a single transaction so nothing is ever half-saved.
 */
import type { PackAssets } from '../domain/pack/render';
import type { ServiceImpl } from '../contract/contract';
import type { Database } from '../store/database';
import { agendaMethods } from './agendaMethods';
import { backupMethods, type BackupMethods } from './backupMethods';
import { createDeletedPlans } from './deletedPlans';
import { directoryMethods } from './directoryMethods';
import { historyMethods } from './historyMethods';
import { planFileMethods } from './planFileMethods';
import { planMethods } from './planMethods';
import { libraryMethods } from './libraryMethods';
import { createPackAssets } from './packAssets';
import { packMethods } from './packMethods';
import { sharedPackRenderer, type PackRenderer } from './packRenderer';
import { peopleMethods } from './peopleMethods';
import { privacyMethods } from './privacyMethods';
import { reviewMethods } from './reviewMethods';
import { projectMethods } from './projectMethods';
import { runDayMethods } from './runDayMethods';
import { paymentsMethods } from './paymentsMethods';
import { letterMethods } from './letterMethods';
import { learnMethods } from './learnMethods';
import { roomScreenMethods } from './roomScreenMethods';
import { attendanceMethods } from './attendanceMethods';
import { settingsMethods } from './settingsMethods';
import { subjectAccessMethods } from './subjectAccessMethods';
import { readInProcess, type PlanFileReader } from './planFileReader';
import { createStoreContext } from './storeContext';

export interface ServiceOptions {
  /** Defaults to the real clock; tests pass their own to move time on. */
  clock?: () => Date;
  /** The pictures for Easy Read packs; from resources/pictograms unless given. */
  packAssets?: PackAssets;
  /** What makes the Word files; worker threads reading the same pictures unless given (packRenderer.ts). */
  packRenderer?: PackRenderer;
  /** Where the printed pack's typeface is; @fontsource in node_modules unless given (packFonts.ts). */
  packFontsDir?: string | null;
  /** Where backups go; `backups/` beside the database file unless given. */
  backupsFolder?: string;
  /** Failures no caller is waiting to hear about (a backup that could not be made). */
  log?(message: string, err: unknown): void;
  /** Reads an imported plan file's text; in process unless given (the app reads in a worker). */
  planFileReader?: PlanFileReader;
}

/** The contract plus housekeeping the transports never expose (the daily backup). */
export type KindredService = ServiceImpl & Omit<BackupMethods, keyof ServiceImpl>;

export function createService(db: Database, options: ServiceOptions = {}): KindredService {
  const ctx = createStoreContext(db, options.clock ?? (() => new Date()));
  const deleted = createDeletedPlans();
  const packAssets = options.packAssets ?? createPackAssets();
  const packRenderer = options.packRenderer ?? sharedPackRenderer(packAssets, options.log);
  const settings = settingsMethods(ctx);
  const plans = planMethods(ctx, deleted);
  const library = libraryMethods(ctx);
  const people = peopleMethods(ctx);
  return {
    ...plans,
    ...agendaMethods(ctx),
    ...people,
    ...directoryMethods(ctx),
    ...privacyMethods(ctx, deleted),
    ...historyMethods(ctx, () => settings.getSettings(undefined).benefitsCheck),
    ...packMethods(ctx, packAssets, packRenderer, options.packFontsDir),
    ...reviewMethods(ctx),
    ...library,
    ...settings,
    ...planFileMethods(ctx, options.planFileReader ?? readInProcess),
    ...runDayMethods(ctx),
    ...paymentsMethods(ctx),
    ...letterMethods(ctx, packRenderer),
    ...learnMethods(ctx),
    ...subjectAccessMethods(ctx, packRenderer),
    ...projectMethods(ctx, { ...plans, createPlanFromTemplate: library.createPlanFromTemplate }, packRenderer),
    ...roomScreenMethods(ctx),
    // Someone new on the day is added exactly as the People tab adds anyone.
    ...attendanceMethods(ctx, people.addPerson),
    ...backupMethods(ctx, {
      folder: options.backupsFolder,
      log: options.log,
      // Undo of a delete made before the restore would bring back a plan from another time.
      onRestored: () => deleted.clear(),
    }),
  };
}
