/**
 * Where the app's own windows may go. Pure so every rule is tested with a table of URLs: the
 * window wrappers only ask these questions and act on the answer.
 */

/** The origin the production renderer is served from (see protocol.ts). */
export const PRODUCTION_APP_ORIGIN = 'app://enalysis';

/**
 * The origin of a URL, or null when it cannot be parsed. Custom schemes have an opaque origin
 * ("null") in WHATWG URL, so they are rebuilt from protocol + host to compare like Chromium does
 * for a scheme registered as standard.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== 'null') return parsed.origin;
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True only when `url` has exactly `appOrigin` (no prefix games: `app://enalysis.evil` fails). */
export function isAppUrl(url: string, appOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin === appOrigin;
}

/**
 * True when a link may be handed to the OS browser: https only, with a host and no credentials,
 * so `file:`, `javascript:`, custom schemes and `https://user:pass@…` never leave the app.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname.length > 0 &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
