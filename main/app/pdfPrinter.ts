/**
 * Prints a pack's page (main/domain/pack/html.ts) to a PDF with Chromium's own printing, the way
 * "Save as PDF" in the app does it: a hidden window that runs no script, in a session of its own
 * that keeps nothing on disk, refuses every permission, and cancels every request that is not the
 * page itself (a data: URL) or what is inside it. printToPDF writes a tagged PDF (headings, lists,
 * tables and picture descriptions for screen readers) with an outline from the headings.
 */
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { denyAllPermissions, type NetworkSession, type PermissionSession } from './security';

/** The page is loaded as a data: URL; Chromium refuses URLs over 2 MB, so this leaves room for base64. */
export const MAX_PRINT_HTML_BYTES = 1_400_000;
/** A page that has not printed by then never will. */
export const PRINT_TIMEOUT_MS = 60_000;
/** An in-memory partition (no "persist:"), used only for printing. */
export const PRINT_PARTITION = 'kindred-print';

/** What of a BrowserWindow printing uses; Electron's BrowserWindow satisfies it. */
export interface PrintWindow {
  readonly webContents: {
    loadURL(url: string): Promise<void>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

export interface PdfPrinterDeps<W extends PrintWindow> {
  /** `new BrowserWindow(options)`. */
  createWindow(options: BrowserWindowConstructorOptions): W;
  /** `session.fromPartition(name)`. */
  sessionFor(partition: string): NetworkSession & PermissionSession;
  log(message: string): void;
  /** For tests; PRINT_TIMEOUT_MS otherwise. */
  timeoutMs?: number;
}

export class PrintError extends Error {}

export const PRINT_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  // The page's own @page rule says A4 and the margins, as the Word file has them.
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
};

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 800,
    height: 1100,
    webPreferences: {
      partition: PRINT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** Only the page itself and what it carries inline may load. */
export function isPrintRequest(url: string): boolean {
  return url.startsWith('data:');
}

/** Returns print(html) → the PDF's bytes. One window per print, destroyed afterwards. */
export function createPdfPrinter<W extends PrintWindow>(deps: PdfPrinterDeps<W>): (html: string) => Promise<Uint8Array> {
  let sessionReady = false;
  return async (html) => {
    const bytes = Buffer.from(html, 'utf8');
    if (bytes.length > MAX_PRINT_HTML_BYTES)
      throw new PrintError('That pack is too long to save as a PDF. Please save it as a Word document instead.');
    if (!sessionReady) {
      const ses = deps.sessionFor(PRINT_PARTITION);
      denyAllPermissions(ses);
      ses.webRequest.onBeforeRequest((details, callback) => {
        const allowed = isPrintRequest(details.url);
        if (!allowed) deps.log(`Blocked a request while printing: ${details.url.slice(0, 200)}`);
        callback({ cancel: !allowed });
      });
      sessionReady = true;
    }
    const win = deps.createWindow(printWindowOptions());
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const printing = (async () => {
        await win.webContents.loadURL(`data:text/html;charset=utf-8;base64,${bytes.toString('base64')}`);
        return win.webContents.printToPDF(PRINT_OPTIONS);
      })();
      // If it fails after the time is up, nobody is waiting to hear.
      printing.catch(() => undefined);
      const timedOut = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), deps.timeoutMs ?? PRINT_TIMEOUT_MS);
      });
      const pdf = await Promise.race([printing, timedOut]);
      if (pdf === null) throw new PrintError('Making the PDF took too long, so it was stopped. Please try again.');
      return new Uint8Array(pdf);
    } finally {
      clearTimeout(timer);
      if (!win.isDestroyed()) win.destroy();
    }
  };
}
