import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createPdfPrinter, MAX_PRINT_HTML_BYTES, PRINT_PARTITION, PrintError, type PrintWindow } from './pdfPrinter';

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

function fakes(print: (html: string) => Promise<Uint8Array> = () => Promise.resolve(new Uint8Array(Buffer.from('%PDF-1.4')))) {
  const windows: (PrintWindow & { options: BrowserWindowConstructorOptions; destroyed: boolean; loaded: string[] })[] = [];
  let beforeRequest: BeforeRequest | undefined;
  const session = {
    webRequest: { onBeforeRequest: vi.fn((listener: BeforeRequest) => void (beforeRequest = listener)) },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn((_handler: (webContents: unknown, permission: string) => boolean) => {}),
    setDevicePermissionHandler: vi.fn(),
  };
  const sessionFor = vi.fn((_name: string) => session);
  const log = vi.fn();
  const createWindow = vi.fn((options: BrowserWindowConstructorOptions) => {
    const win = {
      options,
      destroyed: false,
      loaded: [] as string[],
      webContents: {
        loadURL: vi.fn((url: string) => {
          win.loaded.push(url);
          return Promise.resolve();
        }),
        printToPDF: vi.fn((_options: unknown) => print(Buffer.from(win.loaded.at(-1)!.split(',')[1]!, 'base64').toString('utf8'))),
      },
      destroy: () => void (win.destroyed = true),
      isDestroyed: () => win.destroyed,
    };
    windows.push(win);
    return win;
  });
  const request = (url: string) => {
    let cancel: boolean | undefined;
    beforeRequest!({ url }, (r) => (cancel = r.cancel));
    return cancel;
  };
  return { windows, session, sessionFor, log, createWindow, request };
}

describe('printing a pack to PDF', () => {
  it('loads the page into a hidden window with no script, in a session of its own, and prints it tagged with an outline', async () => {
    const f = fakes();
    const print = createPdfPrinter({ createWindow: f.createWindow, sessionFor: f.sessionFor, log: f.log });
    const html = '<!DOCTYPE html><html lang="en-GB"><title>Our day – £5</title></html>';
    const pdf = await print(html);
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.4');
    expect(f.sessionFor).toHaveBeenCalledExactlyOnceWith(PRINT_PARTITION);
    // In memory only: a "persist:" partition would keep the pack's words on disk.
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    const [win] = f.windows;
    expect(win!.options).toMatchObject({
      show: false,
      webPreferences: {
        partition: PRINT_PARTITION,
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
      },
    });
    expect(win!.options.webPreferences).not.toHaveProperty('preload');
    expect(win!.loaded).toEqual([`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`]);
    expect(win!.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ generateTaggedPDF: true, generateDocumentOutline: true, printBackground: true, preferCSSPageSize: true }),
    );
    expect(win!.destroyed).toBe(true);
  });

  it('lets nothing load but the page itself, and refuses every permission', async () => {
    const f = fakes();
    const print = createPdfPrinter({ createWindow: f.createWindow, sessionFor: f.sessionFor, log: f.log });
    await print('<p>one</p>');
    await print('<p>two</p>');
    // Set up once, however many packs are printed.
    expect(f.session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
    expect(f.request('data:text/html;base64,PHA+')).toBe(false);
    for (const url of [
      'https://example.com/font.woff2',
      'http://127.0.0.1:5178/',
      'file:///etc/passwd',
      'app://kindred/index.html',
      'ws://localhost/',
    ]) {
      expect(f.request(url), url).toBe(true);
    }
    expect(f.log).toHaveBeenCalledWith(expect.stringContaining('Blocked a request while printing: https://example.com'));
    const check = f.session.setPermissionCheckHandler.mock.calls[0]![0];
    expect(check(null, 'media')).toBe(false);
  });

  it('closes the window when printing fails, and passes the failure on', async () => {
    const f = fakes(() => Promise.reject(new Error('printing failed')));
    const print = createPdfPrinter({ createWindow: f.createWindow, sessionFor: f.sessionFor, log: f.log });
    await expect(print('<p>x</p>')).rejects.toThrow('printing failed');
    expect(f.windows[0]!.destroyed).toBe(true);
  });

  it('stops a print that never finishes, with a kind message, and closes its window', async () => {
    const f = fakes(() => new Promise(() => {}));
    const print = createPdfPrinter({ createWindow: f.createWindow, sessionFor: f.sessionFor, log: f.log, timeoutMs: 20 });
    await expect(print('<p>x</p>')).rejects.toThrow(PrintError);
    expect(f.windows[0]!.destroyed).toBe(true);
  });

  it('refuses a page too long to load, opening no window', async () => {
    const f = fakes();
    const print = createPdfPrinter({ createWindow: f.createWindow, sessionFor: f.sessionFor, log: f.log });
    await expect(print('x'.repeat(MAX_PRINT_HTML_BYTES + 1))).rejects.toThrow('too long to save as a PDF');
    expect(f.createWindow).not.toHaveBeenCalled();
  });
});
