import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ElectronPdfPrinter, PrintTimeoutError } from '../../../../electron/platform/print-to-pdf';
import { MemoryLogger } from '../../../harness/memory-logger';
import { BrowserWindow, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

beforeEach(() => resetElectronMock());

function printer(timeoutMs = 1_000) {
  return new ElectronPdfPrinter({
    preloadPath: '/app/preload.cjs',
    appOrigin: 'app://enalysis',
    pageUrl: 'app://enalysis/index.html',
    log: new MemoryLogger(),
    timeoutMs,
    pollMs: 5,
  });
}

describe('ElectronPdfPrinter', () => {
  it('prints the route in a hidden, locked-down window once the layout is ready, then destroys it', async () => {
    const p = printer();
    const pending = p.print('#/report?scope=fleet&period=2026-10');
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
    const window = BrowserWindow.created[0]!;
    expect(p.isPrintWindow(window.webContents.id)).toBe(true);
    const bytes = await pending;
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake');
    expect(window.loadedUrl).toBe('app://enalysis/index.html#/report?scope=fleet&period=2026-10');
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    // Other-origin navigation is refused like in the main window.
    expect(window.webContents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(window.isDestroyed()).toBe(true);
    expect(p.isPrintWindow(window.webContents.id)).toBe(false);
  });

  it('gives up with a named error when the layout never says it is ready', async () => {
    const p = printer(30);
    const pending = p.print('#/report?scope=fleet&period=2026-10');
    // The window exists as soon as print() starts; its page never sets the ready flag.
    BrowserWindow.created[0]!.webContents.scriptAnswer = false;
    await expect(pending).rejects.toThrow(PrintTimeoutError);
    expect(BrowserWindow.created[0]!.isDestroyed()).toBe(true);
  });

  it('refuses anything but one of the app’s own routes', async () => {
    await expect(printer().print('https://evil.example/')).rejects.toThrow(/own routes/);
    expect(BrowserWindow.created).toHaveLength(0);
  });
});
