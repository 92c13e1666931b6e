/**
 * The one application window: its size, theme background and navigation guards. Its web
 * settings are the app's one hardened set (secure-window.ts), plus the preload.
 */
import { app, nativeTheme, shell, type BrowserWindow, type WebContents } from 'electron';
import type { Logger } from '../ports';
import { isAppUrl, isSafeExternalUrl } from './navigation-policy';
import { createSecureWindow } from './secure-window';

/** What the window needs from the composition root. */
export interface MainWindowOptions {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** The only origin the window may show: `app://enalysis`, or the Vite dev server in dev. */
  appOrigin: string;
  /** Trade-show mode: fullscreen kiosk window. */
  kiosk: boolean;
  log: Logger;
  /** False starts hidden in the tray (a start at login); true by default. */
  show?: boolean;
}

/** Painted before the renderer's first frame, so a dark-mode start does not flash white. */
export const WINDOW_BACKGROUND = { dark: '#0f1115', light: '#ffffff' } as const;

/** Opens an https link in the OS browser; anything else is dropped with a log line. */
function openExternally(url: string, log: Logger): void {
  if (!isSafeExternalUrl(url)) {
    log.warn('blocked a link that is not https', { scheme: url.split(':', 1)[0] });
    return;
  }
  shell.openExternal(url).catch((error: unknown) => {
    log.warn('could not open a link in the browser', { error: String(error) });
  });
}

/**
 * Keeps a webContents on the app's own origin: other-origin navigation is cancelled (https links
 * go to the OS browser instead), every window.open is denied, and <webview> cannot attach.
 */
export function guardWebContents(contents: WebContents, appOrigin: string, log: Logger): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appOrigin)) return;
    event.preventDefault();
    openExternally(event.url, log);
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url, appOrigin)) return;
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (!isAppUrl(url, appOrigin)) openExternally(url, log);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('blocked a <webview>');
  });
}

/**
 * A floor for every webContents the app ever creates (popups included): no <webview>, no
 * window.open. Windows with their own rules (the main window, sign-in popups) add them on top.
 */
export function guardEveryWebContents(log: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.warn('blocked a <webview>');
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Creates the main window (hidden until its first paint is ready). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = createSecureWindow(
    {
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      show: false,
      title: 'Enalysis',
      backgroundColor: nativeTheme.shouldUseDarkColors
        ? WINDOW_BACKGROUND.dark
        : WINDOW_BACKGROUND.light,
      kiosk: options.kiosk,
      fullscreen: options.kiosk,
      autoHideMenuBar: options.kiosk,
    },
    { preload: options.preloadPath },
  );
  guardWebContents(window.webContents, options.appOrigin, options.log);
  if (options.show !== false) window.once('ready-to-show', () => window.show());
  return window;
}
