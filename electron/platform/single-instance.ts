/**
 * One running copy of the app. A second launch focuses the existing window and hands over its
 * `enalysis://` deep link (Windows and Linux deliver links that way; macOS uses `open-url`).
 */
import path from 'node:path';
import { app, type BrowserWindow } from 'electron';
import type { Logger } from '../ports';
import { DEEP_LINK_SCHEME, deepLinkFromArgv, describeDeepLink, parseDeepLink } from './deep-link';

/** Receives a deep link; the core will route `enalysis://oauth/callback` to the sign-in flow. */
export type DeepLinkHandler = (link: URL) => void;

/** A handler for now: notes that a link arrived, without its query. */
export function logDeepLink(log: Logger): DeepLinkHandler {
  return (link) => log.info('deep link received', { link: describeDeepLink(link) });
}

function focus(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Takes the single-instance lock and registers the `enalysis:` scheme. Returns false when
 * another copy already runs: the caller must quit at once.
 */
export function claimSingleInstance(
  getWindow: () => BrowserWindow | null,
  onDeepLink: DeepLinkHandler,
  log: Logger,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv) => {
    focus(getWindow());
    const link = deepLinkFromArgv(argv);
    if (link) onDeepLink(link);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const link = parseDeepLink(url);
    if (link) onDeepLink(link);
    else log.warn('ignored an open-url that is not an enalysis link');
  });
  // From a source checkout (`electron .`) the OS must be told which script to hand the link to.
  const registered =
    process.defaultApp && process.argv[1] !== undefined
      ? app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [
          path.resolve(process.argv[1]),
        ])
      : app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  if (!registered) log.warn('could not register the enalysis:// link handler');
  return true;
}
