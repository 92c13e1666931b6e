import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/ports';
import type { BrowserWindow } from './electron-mock';
import { electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const { createMainWindow, guardEveryWebContents, WINDOW_BACKGROUND } =
  await import('../../../../electron/platform/main-window');

const appOrigin = 'app://enalysis';

function open(kiosk = false) {
  const window = createMainWindow({
    preloadPath: '/app/dist/electron/preload.cjs',
    appOrigin,
    kiosk,
    log: silentLogger,
  });
  return window as unknown as BrowserWindow;
}

beforeEach(() => resetElectronMock());

describe('createMainWindow', () => {
  it('hands Electron a sandboxed, isolated window without Node', () => {
    const window = open();
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/app/dist/electron/preload.cjs',
    });
  });

  it('has no DevTools in release builds', () => {
    electronMock.app.isPackaged = true;
    expect(open().options.webPreferences).toMatchObject({ devTools: false });
    electronMock.app.isPackaged = false;
    expect(open().options.webPreferences).toMatchObject({ devTools: true });
  });

  it('opens at 1280×800, no smaller than 1024×700, hidden until the first paint', () => {
    const window = open();
    expect(window.options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      show: false,
    });
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('paints the background of the OS theme before the renderer does', () => {
    expect(open().options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    electronMock.darkTheme = true;
    expect(open().options.backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('goes fullscreen kiosk only with --kiosk', () => {
    expect(open(false).options).toMatchObject({ kiosk: false, fullscreen: false });
    expect(open(true).options).toMatchObject({ kiosk: true, fullscreen: true });
  });
});

describe('navigation guards', () => {
  it('lets the window move within the app origin', () => {
    const { webContents } = open();
    expect(webContents.attempt('will-navigate', 'app://enalysis/index.html#/sites/3')).toBe(false);
  });

  it.each([
    'https://evil.example/phish',
    'app://enalysis.evil/index.html',
    'file:///etc/passwd',
    'http://localhost:5173/',
  ])('cancels navigation to %s', (url) => {
    const { webContents } = open();
    expect(webContents.attempt('will-navigate', url)).toBe(true);
    expect(webContents.attempt('will-redirect', url)).toBe(true);
  });

  it('sends an https link the user clicked to the OS browser instead of navigating', () => {
    const { webContents } = open();
    webContents.attempt('will-navigate', 'https://enphase.com/help');
    expect(electronMock.openedExternally).toEqual(['https://enphase.com/help']);
  });

  it('denies every window.open; only https targets reach the OS browser', () => {
    const { webContents } = open();
    const handler = webContents.windowOpenHandler!;
    expect(handler({ url: 'https://enphase.com/help' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://plain.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://enalysis/index.html' })).toEqual({ action: 'deny' });
    expect(electronMock.openedExternally).toEqual(['https://enphase.com/help']);
  });

  it('refuses to attach a <webview>', () => {
    const { webContents } = open();
    expect(webContents.attempt('will-attach-webview')).toBe(true);
  });

  it('applies a floor to every webContents created later', async () => {
    guardEveryWebContents(silentLogger);
    const { FakeWebContents } = await import('./electron-mock');
    const popup = new FakeWebContents();
    electronMock.app.emit('web-contents-created', {}, popup);
    expect(popup.windowOpenHandler?.({ url: 'https://x.example/' })).toEqual({ action: 'deny' });
    expect(popup.attempt('will-attach-webview')).toBe(true);
  });
});
