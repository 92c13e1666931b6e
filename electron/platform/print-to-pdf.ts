/**
 * The printer port on Electron: the report's print route in a hidden window (the same locked-down
 * webPreferences as the main window, written inline for scanners), then webContents.printToPDF.
 * While it lives, the window may call the read-only channels and nothing else (see ipc.ts).
 */
import type { BrowserWindow } from 'electron';
import type { Logger, PdfPrinterPort } from '../ports';
import { guardWebContents } from './main-window';
import { createSecureWindow } from './secure-window';

/** What the printer needs from the composition root. */
export interface PrinterOptions {
  preloadPath: string;
  appOrigin: string;
  /** The page to load the route on, e.g. `app://enalysis/index.html`. */
  pageUrl: string;
  log: Logger;
  /** How long the layout may take to say it is ready. */
  timeoutMs?: number;
  /** How often to ask whether it is ready. */
  pollMs?: number;
}

/** The layout has not said it is ready within the time allowed. */
export class PrintTimeoutError extends Error {
  constructor() {
    super('The report did not finish drawing in time to be printed.');
    this.name = 'PrintTimeoutError';
  }
}

const READY_SCRIPT = "document.documentElement.dataset.reportReady === 'true'";

/** Prints app routes to PDF in hidden windows, one at a time per call. */
export class ElectronPdfPrinter implements PdfPrinterPort {
  private readonly printing = new Set<number>();

  constructor(private readonly options: PrinterOptions) {}

  /** True while `webContentsId` belongs to a window this printer opened. */
  isPrintWindow(webContentsId: number): boolean {
    return this.printing.has(webContentsId);
  }

  async print(hashRoute: string): Promise<Uint8Array> {
    if (!hashRoute.startsWith('#/')) throw new Error('Only the app’s own routes can be printed.');
    const window = createSecureWindow(
      { show: false, width: 900, height: 1270 },
      { preload: this.options.preloadPath },
    );
    const id = window.webContents.id;
    guardWebContents(window.webContents, this.options.appOrigin, this.options.log);
    this.printing.add(id);
    try {
      await window.loadURL(`${this.options.pageUrl}${hashRoute}`);
      await this.waitUntilReady(window);
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf);
    } finally {
      this.printing.delete(id);
      if (!window.isDestroyed()) window.destroy();
    }
  }

  private async waitUntilReady(window: BrowserWindow): Promise<void> {
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    const pollMs = this.options.pollMs ?? 100;
    for (let waited = 0; waited <= timeoutMs; waited += pollMs) {
      if (window.isDestroyed()) throw new PrintTimeoutError();
      if ((await window.webContents.executeJavaScript(READY_SCRIPT)) === true) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    throw new PrintTimeoutError();
  }
}
