/**
 * Reads the provider's answer to a sign-in: the redirect URL the popup stopped at, or the
 * `enalysis://oauth/callback?provider&code&state` deep link the relay's page forwards to after a
 * system-browser sign-in. Pure; every odd shape is a row in the table test. Values follow
 * RFC 6749's character sets (code/state: visible ASCII; error: without `"` and `\`), with the
 * same length limits the relay applies.
 */
import { isRedirectTarget } from './redirect-match';

/** What a callback can be. */
export type OAuthCallback =
  | {
      kind: 'code';
      code: string;
      state: string;
      /** SolarEdge Site Access: the one site the owner granted (its token cannot list sites). */
      siteId?: string;
    }
  | { kind: 'error'; error: string; description: string | null; state: string | null }
  | { kind: 'invalid'; reason: string };

const visibleAscii = /^[\x20-\x7e]+$/;
const errorChars = /^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/;
// Browser sign-ins bring the relay's sealed code, longer than the provider's own.
const limits = { code: 4096, state: 1024, error: 128, description: 500 } as const;

/** The one value of `name`, undefined when absent, null when repeated (ambiguous: refused). */
function single(params: URLSearchParams, name: string): string | undefined | null {
  const values = params.getAll(name);
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0]! : null;
}

function valid(value: string | undefined | null, pattern: RegExp, max: number): value is string {
  return (
    typeof value === 'string' && value.length > 0 && value.length <= max && pattern.test(value)
  );
}

/** Interprets the query of a callback. */
export function parseCallbackQuery(params: URLSearchParams): OAuthCallback {
  const code = single(params, 'code');
  const state = single(params, 'state');
  const error = single(params, 'error');
  if (code === null || state === null || error === null) {
    return { kind: 'invalid', reason: 'a parameter is repeated' };
  }
  if (state !== undefined && !valid(state, visibleAscii, limits.state)) {
    return { kind: 'invalid', reason: 'state is malformed' };
  }
  if (error !== undefined) {
    if (!valid(error, errorChars, limits.error))
      return { kind: 'invalid', reason: 'error is malformed' };
    const description = single(params, 'error_description');
    return {
      kind: 'error',
      error,
      description: valid(description, visibleAscii, limits.description) ? description : null,
      state: state ?? null,
    };
  }
  if (!valid(code, visibleAscii, limits.code))
    return { kind: 'invalid', reason: 'code is missing or malformed' };
  if (state === undefined) return { kind: 'invalid', reason: 'state is missing' };
  const siteId = single(params, 'site_id');
  if (siteId === null || (siteId !== undefined && !/^\d{1,15}$/.test(siteId))) {
    return { kind: 'invalid', reason: 'site_id is malformed' };
  }
  return { kind: 'code', code, state, ...(siteId !== undefined && { siteId }) };
}

/** Reads the redirect URL the popup stopped at; anything but the redirect URI is invalid. */
export function parseRedirect(url: string, redirectUri: string): OAuthCallback {
  if (!isRedirectTarget(url, redirectUri))
    return { kind: 'invalid', reason: 'not the redirect URI' };
  return parseCallbackQuery(new URL(url).searchParams);
}

/**
 * Reads an `enalysis://oauth/callback` deep link meant for `provider`. Null when the link is not
 * an OAuth callback for this provider at all (some other deep link: not ours to answer).
 */
export function parseDeepLinkCallback(link: URL | string, provider: string): OAuthCallback | null {
  let url: URL;
  try {
    url = typeof link === 'string' ? new URL(link) : link;
  } catch {
    return null;
  }
  if (url.protocol !== 'enalysis:' || url.host !== 'oauth' || url.pathname !== '/callback')
    return null;
  if (single(url.searchParams, 'provider') !== provider) return null;
  return parseCallbackQuery(url.searchParams);
}
