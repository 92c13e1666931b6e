/**
 * The ExternalBrowserPort on `shell.openExternal`, for the system-browser sign-in (RFC 8252).
 * Only https URLs leave the app (plus http on the loopback address, for the emulator in tests):
 * `file:`, `javascript:`, custom schemes or credentials in the URL are refused.
 */
import { shell } from 'electron';
import type { ExternalBrowserPort } from '../ports';

/** Raised for a URL the app will not hand to the OS. */
export class UnsafeExternalUrlError extends Error {
  constructor() {
    super('That address cannot be opened in the browser.');
    this.name = 'UnsafeExternalUrlError';
  }
}

/** True for https URLs and http://127.0.0.1 ones, without credentials. */
export function isOpenableExternally(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
}

/** Opens sign-in pages in the user's default browser. */
export class ElectronExternalBrowser implements ExternalBrowserPort {
  async openExternal(url: string): Promise<void> {
    if (!isOpenableExternally(url)) throw new UnsafeExternalUrlError();
    await shell.openExternal(url, { activate: true });
  }
}
