/**
 * Electron main entry (built to out/main/index.js). Only wiring: the real Electron modules and the
 * real store go into startKindred, which holds the start-up logic and is tested with fakes.
 */
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, protocol, screen, session, shell } from 'electron';
import { openKindred, recoverFromBackup, resolveDataDir, startAfresh } from '../service/openKindred';
import { readInWorker } from '../service/planFileReader';
import { createPdfPrinter } from './pdfPrinter';
import { startKindred } from './startKindred';

const here = import.meta.dirname;
const log = (message: string) => console.warn(`[kindred] ${message}`);
// Imported plan files are read in a worker thread (built beside this file), never on the main one.
const planFileReader = readInWorker(join(here, 'planFileWorker.js'), log);

startKindred<BrowserWindow, Menu>(
  { app, BrowserWindow, ipcMain, screen, session, protocol, Menu, shell, dialog, nativeTheme },
  {
    store: {
      openKindred: (where) => openKindred({ ...where, planFileReader }),
      recoverFromBackup: (where) => recoverFromBackup({ ...where, planFileReader }),
      startAfresh: (where) => startAfresh({ ...where, planFileReader }),
      resolveDataDir,
    },
    env: process.env,
    platform: process.platform,
    preloadPath: join(here, '../preload/index.cjs'),
    rendererRoot: join(here, '../renderer'),
    resourcesPath: process.resourcesPath,
    argv: process.argv,
    printPdf: createPdfPrinter({ createWindow: (options) => new BrowserWindow(options), sessionFor: (name) => session.fromPartition(name), log }),
    log,
  },
);
