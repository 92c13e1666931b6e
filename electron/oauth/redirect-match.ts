/**
 * The two questions a sign-in window asks about every navigation: is this the redirect URI (then
 * stop the load and hand the URL to main), and may the window go there at all (only the
 * provider's login origins). Pure and Electron-free, so the Electron popup and the harness's
 * Playwright window answer them identically, and tests cover them with tables of URLs.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `candidate` has exactly the redirect URI's origin and path (the query carries the
 * answer). Credentials in the URL never match: `https://relay@evil/...` is not the relay.
 */
export function isRedirectTarget(candidate: string, redirectUri: string): boolean {
  const url = parse(candidate);
  const expected = parse(redirectUri);
  if (!url || !expected || url.origin === 'null') return false;
  if (url.username !== '' || url.password !== '') return false;
  return url.origin === expected.origin && url.pathname === expected.pathname;
}

/** True when `candidate`'s origin is exactly one of `allowedOrigins` (no prefix games). */
export function isAllowedOrigin(candidate: string, allowedOrigins: readonly string[]): boolean {
  const url = parse(candidate);
  if (!url || url.origin === 'null') return false;
  if (url.username !== '' || url.password !== '') return false;
  return allowedOrigins.includes(url.origin);
}

/** The origin of an http(s) URL, or null (used to build the allowlist from the authorize URL). */
export function httpOriginOf(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  return parsed.origin;
}
