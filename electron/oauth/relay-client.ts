/**
 * The app's side of the relay: `POST {relay}/oauth/{provider}/token {code, redirect_uri}` and
 * `/refresh {refresh_token}`. The relay holds the client secret and passes the provider's token
 * JSON (or its OAuth error code) through; this client adds a deadline and turns every failure
 * into a named error with a sentence the user can act on. It never logs a body.
 */
import {
  InvalidGrantError,
  RelayRejectedError,
  RelayUnreachableError,
  TokenResponseError,
} from './errors';
import type { Message } from '../i18n/words';
import { parseTokenResponse, type OAuthProviderId, type TokenSet } from './token-set';

/** What the relay client needs. */
export interface RelayClientOptions {
  /** The relay's base URL, e.g. `https://relay.enalysis.app`. */
  relayUrl: string;
  provider: OAuthProviderId;
  /** For messages, e.g. "Enphase". */
  providerName: string;
  /** Injected for tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** Deadline for a whole answer; the relay's own upstream deadline is 10 s. */
  timeoutMs?: number;
}

/** The account a refresh is for, as far as the relay must know it. */
export interface RefreshAccount {
  /** Tesla: the account's region, so the new tokens keep its audience. */
  region?: string;
}

/** Anything that can turn a refresh token into a new token set (the vault depends on this). */
export interface TokenRefresher {
  refresh(refreshToken: string, account?: RefreshAccount): Promise<TokenSet>;
  /** Ends the grant at the provider (disconnect), where the provider can (SolarEdge). */
  revoke?(token: string): Promise<void>;
}

const defaultTimeoutMs = 20_000;
/** Token answers are a few KiB; anything far larger is not one. */
const maxAnswerChars = 64 * 1024;

/** Relay error codes that mean the owner has to sign in again. */
const grantErrors = new Set(['invalid_grant', 'login_required']);
/** Relay error codes worth retrying later. */
const transientErrors = new Set([
  'rate_limited',
  'upstream_unreachable',
  'upstream_timeout',
  'upstream_error',
  'temporarily_unavailable',
  'server_error',
]);

/** Talks to the relay for one provider. */
export class RelayClient implements TokenRefresher {
  private readonly fetch: typeof fetch;
  private readonly base: string;

  constructor(private readonly options: RelayClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.base = `${options.relayUrl.replace(/\/+$/, '')}/oauth/${options.provider}`;
  }

  /** Turns an authorization code into the owner's first token set. */
  exchangeCode(code: string, redirectUri: string, codeVerifier?: string): Promise<TokenSet> {
    return this.post('token', {
      code,
      redirect_uri: redirectUri,
      ...(codeVerifier ? { code_verifier: codeVerifier } : {}),
    });
  }

  /** Turns a refresh token into a new token set (with a new, rotated refresh token). */
  refresh(refreshToken: string, account: RefreshAccount = {}): Promise<TokenSet> {
    return this.post('refresh', {
      refresh_token: refreshToken,
      ...(account.region ? { region: account.region } : {}),
    });
  }

  /** Ends the grant the token belongs to (RFC 7009 through the relay, which adds the secret). */
  async revoke(token: string): Promise<void> {
    const { status, text } = await this.send('revoke', { token });
    if (status >= 200 && status < 300) return;
    throw this.failure(status, parseJson(text));
  }

  private async post(path: 'token' | 'refresh', body: Record<string, string>): Promise<TokenSet> {
    const { status, text } = await this.send(path, body);
    const json = parseJson(text);
    if (status >= 200 && status < 300) {
      const tokens = parseTokenResponse(json);
      if (!tokens) throw new TokenResponseError(this.options.providerName);
      return tokens;
    }
    throw this.failure(status, json);
  }

  private async send(
    path: 'token' | 'refresh' | 'revoke',
    body: Record<string, string>,
  ): Promise<{ status: number; text: string }> {
    let status: number;
    let text: string;
    try {
      const response = await this.fetch(`${this.base}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? defaultTimeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch {
      throw new RelayUnreachableError();
    }
    return { status, text };
  }

  private failure(status: number, json: unknown): RelayRejectedError {
    const name = this.options.providerName;
    const fields =
      json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
    const raw = typeof fields.error === 'string' ? fields.error : '';
    const code = /^[a-z0-9_.-]{1,64}$/i.test(raw) ? raw : `http_${status}`;
    if (grantErrors.has(code)) return new InvalidGrantError(code, status, name);
    const retryable = transientErrors.has(code) || status >= 500 || status === 429;
    return new RelayRejectedError(code, status, retryable, messageFor(code, status, name));
  }
}

function parseJson(text: string): unknown {
  if (text.length > maxAnswerChars) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The sentence for a relay error code. */
function messageFor(code: string, status: number, providerName: string): Message {
  const provider = { provider: providerName };
  switch (code) {
    case 'rate_limited':
      return { key: 'error.relay.busy' };
    case 'provider_disabled':
      return { key: 'error.relay.providerDisabled', params: provider };
    case 'invalid_client':
    case 'unauthorized_client':
      return { key: 'error.relay.credentialsRefused', params: provider };
    case 'invalid_redirect_uri':
      return { key: 'error.relay.callbackRefused' };
    case 'upstream_unreachable':
    case 'upstream_timeout':
    case 'upstream_error':
    case 'temporarily_unavailable':
    case 'server_error':
      return { key: 'error.relay.providerSilent', params: provider };
    default:
      return status >= 500
        ? { key: 'error.relay.failed' }
        : { key: 'error.relay.refused', params: { code } };
  }
}
