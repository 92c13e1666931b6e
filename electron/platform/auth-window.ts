/**
 * The popup sign-in window behind the AuthWindowPort. Every attempt gets its own in-memory
 * session (`oauth-<uuid>`, never `persist:`), so no cookie of one owner's login can leak into the
 * next and a second owner account can sign in. The window is sandboxed, isolated and has no
 * preload (it shows the provider's pages, not ours); it may only navigate to the provider's login
 * origins, opens no new windows, and asks for nothing. When it navigates or is redirected to the
 * redirect URI (same origin and path), that load is cancelled (the relay's page never loads), the
 * URL goes to main, and the window closes. Its web settings are the app's one hardened set
 * (secure-window.ts).
 */
import { randomUUID } from 'node:crypto';
import { session, type BrowserWindow, type Event } from 'electron';
import { OAuthTimeoutError } from '../oauth/errors';
import { httpOriginOf, isAllowedOrigin, isRedirectTarget } from '../oauth/redirect-match';
import type { AuthWindowPort, Logger } from '../ports';
import { denyAllPermissions } from './permissions';
import { createSecureWindow } from './secure-window';

/** What the popup needs from main. */
export interface ElectronAuthWindowOptions {
  log: Logger;
  /**
   * Login origins besides the authorize URL's own (a provider whose login hops to an identity
   * host). Exact origins, e.g. `https://enlighten.enphaseenergy.com`.
   */
  extraOrigins?: readonly string[];
  /** The app window the popup belongs to (stays on top of it). */
  parent?: () => BrowserWindow | null;
}

/** Raised when the authorize URL is not an http(s) URL: nothing is opened. */
export class UnsafeAuthUrlError extends Error {
  constructor() {
    super('The sign-in address is not a web address.');
    this.name = 'UnsafeAuthUrlError';
  }
}

/** The Electron popup. */
export class ElectronAuthWindow implements AuthWindowPort {
  constructor(private readonly options: ElectronAuthWindowOptions) {}

  open(
    url: string,
    redirectUri: string,
    { timeoutMs }: { timeoutMs: number },
  ): Promise<string | null> {
    const { log } = this.options;
    const authOrigin = httpOriginOf(url);
    if (!authOrigin) return Promise.reject(new UnsafeAuthUrlError());
    const allowed = [authOrigin, ...(this.options.extraOrigins ?? [])];

    // A fresh, memory-only session per attempt: nothing survives the window.
    const authSession = session.fromPartition(`oauth-${randomUUID()}`, { cache: false });
    denyAllPermissions(authSession, log);
    const parent = this.options.parent?.() ?? undefined;
    const window = createSecureWindow(
      {
        width: 520,
        height: 760,
        title: 'Sign in',
        parent: parent && !parent.isDestroyed() ? parent : undefined,
        autoHideMenuBar: true,
        show: true,
      },
      { session: authSession },
    );
    const contents = window.webContents;

    return new Promise<string | null>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
        if (!window.isDestroyed()) window.close();
        void authSession.clearStorageData().catch(() => {});
      };
      const timer = setTimeout(
        () => settle(() => reject(new OAuthTimeoutError(timeoutMs))),
        timeoutMs,
      );

      const guard = (event: Event, target: string, isMainFrame: boolean) => {
        if (isRedirectTarget(target, redirectUri)) {
          // The answer is in the URL: stop the load so the relay's page never runs here.
          event.preventDefault();
          if (isMainFrame) settle(() => resolve(target));
          return;
        }
        if (!isAllowedOrigin(target, allowed)) {
          event.preventDefault();
          log.warn('sign-in window blocked a navigation off the login site', {
            origin: httpOriginOf(target) ?? 'non-web',
          });
        }
      };
      contents.on('will-navigate', (event) => guard(event, event.url, event.isMainFrame));
      contents.on('will-redirect', (event) => guard(event, event.url, event.isMainFrame));
      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
      contents.on('will-attach-webview', (event) => event.preventDefault());
      window.on('closed', () => settle(() => resolve(null)));

      window.loadURL(url).catch((error: unknown) => {
        // Cancelling the redirect aborts the load too; only a failure before that matters.
        if (settled) return;
        log.warn('sign-in page failed to load', {
          error: error instanceof Error ? error.message : 'unknown',
        });
      });
    });
  }
}
