/**
 * The one place a BrowserWindow is made, so every window of the app (the main window, each
 * sign-in popup) gets the same hardened webPreferences: sandboxed, isolated, no Node anywhere,
 * web security on, no <webview>, no DevTools in release builds. The settings are written as a
 * literal right at `new BrowserWindow` on purpose: the security scan (electronegativity, run by
 * `npm test`) reads them statically and cannot follow a value built elsewhere.
 */
import { app, BrowserWindow, type BrowserWindowConstructorOptions, type Session } from 'electron';

/** What may differ between windows; everything else about their web content is fixed here. */
export interface WindowWebDifferences {
  /** The bundled preload, for windows that show the app itself (never for provider pages). */
  preload?: string;
  /** A session of the window's own (sign-in popups get a fresh in-memory one per attempt). */
  session?: Session;
}

/** Window look and size: anything but webPreferences, which this module alone decides. */
export type WindowFrameOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/** Creates a window with the app's hardened webPreferences plus the given differences. */
export function createSecureWindow(
  frame: WindowFrameOptions,
  differences: WindowWebDifferences = {},
): BrowserWindow {
  return new BrowserWindow({
    ...frame,
    webPreferences: {
      preload: differences.preload,
      ...(differences.session === undefined ? {} : { session: differences.session }),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
}
