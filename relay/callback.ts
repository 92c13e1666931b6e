/**
 * What the provider's redirect to the relay means, and where the app should be sent. The
 * target is always `<app scheme>://oauth/callback`: nothing in the query can change the scheme,
 * host or path, so the page can never be used as an open redirect. Values follow RFC 6749's
 * character sets (code/state: visible ASCII; error: visible ASCII without `"` and `\`).
 */
import type { RelayProviderId } from './config';

/** The three things a callback can be. */
export type CallbackOutcome =
  | {
      kind: 'code';
      provider: RelayProviderId;
      deepLink: string;
      /** What the deep link carries (code, state, and SolarEdge's site_id), to rebuild it. */
      params: Record<string, string>;
    }
  | {
      kind: 'error';
      provider: RelayProviderId;
      deepLink: string;
      error: string;
      description: string | null;
    }
  | { kind: 'invalid'; provider: RelayProviderId; reason: string };

const visibleAscii = /^[\x20-\x7e]+$/;
const errorChars = /^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/;

const limits = { code: 2048, state: 1024, error: 128, description: 500 };

function valid(value: string | undefined, pattern: RegExp, max: number): value is string {
  return value !== undefined && value.length > 0 && value.length <= max && pattern.test(value);
}

/** Reads the callback query (first value of each name) and decides what to forward. */
export function interpretCallback(
  provider: RelayProviderId,
  query: Readonly<Record<string, string | undefined>>,
  appScheme: string,
): CallbackOutcome {
  const { code, state, error } = query;
  if (!valid(state, visibleAscii, limits.state)) {
    return { kind: 'invalid', provider, reason: 'state is missing or malformed' };
  }
  const target = (params: Record<string, string>): string =>
    appCallbackLink(appScheme, provider, params);
  if (error !== undefined) {
    if (!valid(error, errorChars, limits.error)) {
      return { kind: 'invalid', provider, reason: 'error is malformed' };
    }
    const rawDescription = query.error_description;
    const description = valid(rawDescription, errorChars, limits.description)
      ? rawDescription
      : null;
    const params: Record<string, string> = { error, state };
    if (description !== null) params.error_description = description;
    return { kind: 'error', provider, deepLink: target(params), error, description };
  }
  if (!valid(code, visibleAscii, limits.code)) {
    return { kind: 'invalid', provider, reason: 'code is missing or malformed' };
  }
  // SolarEdge's Site Access names the granted site only here (its token cannot list sites).
  const siteId = provider === 'solaredge' ? query.site_id : undefined;
  const site: Record<string, string> =
    siteId !== undefined && /^\d{1,20}$/.test(siteId) ? { site_id: siteId } : {};
  const params = { code, state, ...site };
  return { kind: 'code', provider, deepLink: target(params), params };
}

/** `<scheme>://oauth/callback?provider=…&…`: the only place the page ever sends a browser. */
export function appCallbackLink(
  appScheme: string,
  provider: RelayProviderId,
  params: Record<string, string>,
): string {
  return `${appScheme}://oauth/callback?${new URLSearchParams({ provider, ...params }).toString()}`;
}
