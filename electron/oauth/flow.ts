/**
 * One owner sign-in, start to token set: issue a state, open the provider's authorize page in
 * the popup (default) or the system browser, read the answer, check the state, and exchange the
 * code through the relay. The state is checked in constant time, used once, and re-checked after
 * every await, so an answer that arrives after the sign-in expired or was cancelled is refused
 * even when the exchange was already in flight.
 */
import { createHash, randomBytes } from 'node:crypto';
import { bindState } from '../../shared/code-binding';
import { UnavailableError } from '../errors';
import type { AuthWindowPort, Clock, ExternalBrowserPort, Logger } from '../ports';
import { enphaseAuthorizeUrl, relayRedirectUri, type AuthorizeRequest } from './authorize-url';
import { parseDeepLinkCallback, parseRedirect, type OAuthCallback } from './callback';
import { oauthDeepLinks, type DeepLinkInbox } from './deep-link';
import {
  OAuthCallbackError,
  OAuthCancelledError,
  OAuthDeniedError,
  OAuthProviderError,
  OAuthStateError,
  OAuthTimeoutError,
  OAuthWindowError,
  TokenResponseError,
} from './errors';
import { OAuthStateStore, statesEqual } from './state';
import type { OAuthProviderId, TokenSet } from './token-set';

/** How the owner signs in: the app's popup, or their own browser (RFC 8252). */
export type SignInMethod = 'popup' | 'browser';

/** A token set whose owner account is known: what a sign-in yields. */
export type SignedInTokens = TokenSet & { accountId: string };

/** What a sign-in flow needs. */
export interface OAuthFlowOptions {
  provider: OAuthProviderId;
  /** For messages, e.g. "Enphase". */
  providerName: string;
  /** The provider's authorize base (ENPHASE_AUTH_BASE). */
  authBase: string;
  /** The platform application's public client id. */
  clientId: string;
  /** The relay's base URL; its callback is the redirect URI. */
  relayUrl: string;
  /** The relay client (or anything that exchanges a code the same way). */
  exchange: {
    exchangeCode(code: string, redirectUri: string, codeVerifier?: string): Promise<TokenSet>;
  };
  authWindow: AuthWindowPort;
  /** Needed only for the `browser` method. */
  externalBrowser?: ExternalBrowserPort;
  clock: Clock;
  log: Logger;
  /** How long the owner has to finish signing in (default 10 minutes). */
  timeoutMs?: number;
  /** Injected by tests; a store on `clock` otherwise. */
  states?: OAuthStateStore;
  /** Where system-browser answers arrive; the app-wide inbox by default. */
  deepLinks?: DeepLinkInbox;
  /** The provider's authorize page (Enphase's by default). */
  authorizeUrl?: (request: AuthorizeRequest) => string;
  /**
   * True when the owner account is the site the callback names (SolarEdge Site Access: its
   * token answer carries no account id).
   */
  accountIsCallbackSite?: boolean;
}

/** Ten minutes, like the state's lifetime: long enough to find a password, short enough to matter. */
export const SIGN_IN_TIMEOUT_MS = 10 * 60 * 1000;
/** The popup enforces the deadline itself; this margin only catches a port that never answers. */
const portGraceMs = (timeoutMs: number) => Math.min(5_000, timeoutMs);

interface BrowserAttempt {
  state: string;
  fail(error: Error): void;
}

/** Signs owners in with one provider. */
export class OAuthFlow {
  /** The redirect URI registered with the provider: the relay's callback. */
  readonly redirectUri: string;
  private readonly states: OAuthStateStore;
  private readonly deepLinks: DeepLinkInbox;
  private readonly timeoutMs: number;
  /** States of every attempt in progress, so `cancel()` can refuse them all. */
  private readonly active = new Set<string>();
  private browserAttempt: BrowserAttempt | null = null;

  constructor(private readonly options: OAuthFlowOptions) {
    this.redirectUri = relayRedirectUri(options.relayUrl, options.provider);
    this.states = options.states ?? new OAuthStateStore(options.clock);
    this.deepLinks = options.deepLinks ?? oauthDeepLinks;
    this.timeoutMs = options.timeoutMs ?? SIGN_IN_TIMEOUT_MS;
  }

  /** Runs one sign-in; resolves with the owner's tokens or throws a named OAuth error. */
  async signIn(method: SignInMethod): Promise<SignedInTokens> {
    const state = this.states.issue();
    this.active.add(state);
    // A browser sign-in comes back through a deep link any local app could register: bind its
    // code to this app with a verifier only we hold (the relay sees only its hash, in `state`).
    const binding = method === 'browser' ? newCodeBinding() : null;
    const sent = binding ? bindState(state, binding.challenge) : state;
    const url = (this.options.authorizeUrl ?? enphaseAuthorizeUrl)({
      authBase: this.options.authBase,
      clientId: this.options.clientId,
      redirectUri: this.redirectUri,
      state: sent,
    });
    try {
      const callback =
        method === 'browser' ? await this.viaBrowser(sent, url) : await this.viaPopup(url);
      return await this.complete(callback, sent, state, binding?.verifier);
    } catch (error) {
      this.options.log.info('sign-in ended without a connection', {
        provider: this.options.provider,
        method,
        reason: error instanceof Error ? error.name : 'unknown',
      });
      throw error;
    } finally {
      this.active.delete(state);
      this.states.discard(state);
    }
  }

  /**
   * Completes a pending system-browser sign-in from its deep link. Returns false (and changes
   * nothing) for a link that is not this provider's callback or carries an unknown state.
   */
  handleDeepLink(link: URL | string): boolean {
    return this.deepLinks.deliver(link);
  }

  /** Cancels every sign-in in progress: a waiting browser sign-in ends, in-flight exchanges are refused. */
  cancel(): void {
    for (const state of this.active) this.states.discard(state);
    this.browserAttempt?.fail(new OAuthCancelledError());
  }

  private async viaPopup(url: string): Promise<OAuthCallback> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new OAuthTimeoutError(this.timeoutMs)),
        this.timeoutMs + portGraceMs(this.timeoutMs),
      );
    });
    let landed: string | null;
    try {
      landed = await Promise.race([
        this.options.authWindow.open(url, this.redirectUri, { timeoutMs: this.timeoutMs }),
        deadline,
      ]);
    } catch (error) {
      if (error instanceof OAuthTimeoutError || error instanceof OAuthCancelledError) throw error;
      this.options.log.warn('sign-in window failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
      throw new OAuthWindowError(this.options.providerName);
    } finally {
      clearTimeout(timer);
    }
    if (landed === null) throw new OAuthCancelledError();
    return parseRedirect(landed, this.redirectUri);
  }

  private viaBrowser(state: string, url: string): Promise<OAuthCallback> {
    const browser = this.options.externalBrowser;
    if (!browser) return Promise.reject(new UnavailableError({ key: 'error.signIn.noBrowser' }));
    // One browser sign-in at a time: clicking again means the first tab was lost.
    this.browserAttempt?.fail(new OAuthCancelledError({ key: 'error.signIn.superseded' }));
    return new Promise<OAuthCallback>((resolve, reject) => {
      let done = false;
      const finish = (outcome: () => void) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        unsubscribe();
        if (this.browserAttempt === attempt) this.browserAttempt = null;
        outcome();
      };
      const attempt: BrowserAttempt = { state, fail: (error) => finish(() => reject(error)) };
      const timer = setTimeout(
        () => attempt.fail(new OAuthTimeoutError(this.timeoutMs)),
        this.timeoutMs,
      );
      const unsubscribe = this.deepLinks.subscribe((link) => {
        const callback = parseDeepLinkCallback(link, this.options.provider);
        if (!callback) return false;
        if (
          callback.kind === 'invalid' ||
          callback.state === null ||
          !statesEqual(callback.state, state)
        ) {
          this.options.log.warn('ignored a sign-in link that matches no sign-in in progress', {
            provider: this.options.provider,
          });
          return false;
        }
        finish(() => resolve(callback));
        return true;
      });
      this.browserAttempt = attempt;
      browser
        .openExternal(url)
        .catch(() => attempt.fail(new OAuthWindowError(this.options.providerName)));
    });
  }

  private async complete(
    callback: OAuthCallback,
    sent: string,
    state: string,
    verifier: string | undefined,
  ): Promise<SignedInTokens> {
    const name = this.options.providerName;
    if (callback.kind === 'invalid') throw new OAuthCallbackError(name);
    if (callback.state === null || !statesEqual(callback.state, sent)) throw new OAuthStateError();
    const redeemed = this.states.redeem(state);
    if (redeemed === null) throw new OAuthStateError();
    if (callback.kind === 'error') {
      if (callback.error === 'access_denied') throw new OAuthDeniedError(name);
      this.options.log.warn('sign-in refused by the provider', {
        provider: this.options.provider,
        error: callback.error,
      });
      throw new OAuthProviderError(name, callback.error);
    }
    const tokens = await this.options.exchange.exchangeCode(
      callback.code,
      this.redirectUri,
      verifier,
    );
    // The exchange took time: the sign-in may have expired or been cancelled meanwhile.
    if (!this.states.isLive(redeemed)) throw new OAuthStateError();
    const accountId =
      tokens.accountId ?? (this.options.accountIsCallbackSite ? (callback.siteId ?? null) : null);
    if (accountId === null) throw new TokenResponseError(name);
    return { ...tokens, accountId };
  }
}

/** A fresh verifier (kept in memory for one sign-in) and its SHA-256 challenge, base64url. */
function newCodeBinding(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}
