/**
 * What can go wrong while an owner signs in, each as a named error whose message the UI shows
 * as it is. None of them ever carries a code, state or token: messages are fixed sentences and
 * the only variable parts are the provider's name and its (sanitised) OAuth error code.
 */
import { AppError } from '../errors';
import type { Message } from '../i18n/words';

/**
 * The owner closed the sign-in window (or started another sign-in). Not a failure: the UI
 * should simply return to where it was, so it travels with the contract's `cancelled` code.
 */
export class OAuthCancelledError extends AppError {
  readonly cancelled = true;
  constructor(text: Message = { key: 'error.signIn.cancelled' }) {
    super('cancelled', text);
  }
}

/** The owner pressed "Deny" on the provider's consent page. */
export class OAuthDeniedError extends AppError {
  constructor(providerName: string) {
    super('forbidden', { key: 'error.signIn.denied', params: { provider: providerName } });
  }
}

/** The sign-in window (or the browser tab) stayed open too long without an answer. */
export class OAuthTimeoutError extends AppError {
  constructor(timeoutMs: number) {
    const seconds = Math.max(1, Math.round(timeoutMs / 1000));
    super(
      'unavailable',
      seconds % 60 === 0
        ? { key: 'error.signIn.timeoutMinutes', params: { minutes: seconds / 60 } }
        : { key: 'error.signIn.timeoutSeconds', params: { seconds } },
    );
  }
}

/** The provider's answer named no live sign-in of ours: expired, already used, or not ours. */
export class OAuthStateError extends AppError {
  constructor() {
    super('invalid_request', { key: 'error.signIn.stale' });
  }
}

/**
 * The provider redirected back with an error other than a refusal by the owner. The provider's
 * code stays on the error for the log; the message is the app's own sentence.
 */
export class OAuthProviderError extends AppError {
  constructor(
    providerName: string,
    readonly oauthError: string,
  ) {
    super('unavailable', {
      key: 'error.signIn.providerFailed',
      params: { provider: providerName },
    });
  }
}

/** The redirect could not be read (missing or malformed code/state). */
export class OAuthCallbackError extends AppError {
  constructor(providerName: string) {
    super('unavailable', { key: 'error.signIn.unreadable', params: { provider: providerName } });
  }
}

/** The sign-in page could not be shown (the provider's login site is unreachable). */
export class OAuthWindowError extends AppError {
  constructor(providerName: string) {
    super('unavailable', { key: 'error.signIn.pageFailed', params: { provider: providerName } });
  }
}

/** The relay did not answer (network down, DNS, timeout). */
export class RelayUnreachableError extends AppError {
  constructor() {
    super('unavailable', { key: 'error.relay.unreachable' });
  }
}

/**
 * The relay answered with an OAuth-style error. `oauthError` is the relay's (or the provider's)
 * error code, e.g. `invalid_grant`; `retryable` says whether trying later may help.
 */
export class RelayRejectedError extends AppError {
  constructor(
    readonly oauthError: string,
    readonly status: number,
    readonly retryable: boolean,
    text: Message,
  ) {
    super('unavailable', text);
  }
}

/**
 * The provider refused the grant (`invalid_grant`, or Tesla's `login_required`): a code that
 * expired or was used, or a refresh token that was revoked or lapsed. The vault turns it into
 * ReauthRequiredError for refreshes.
 */
export class InvalidGrantError extends RelayRejectedError {
  constructor(oauthError: string, status: number, providerName: string) {
    super(oauthError, status, false, {
      key: 'error.signIn.grantRefused',
      params: { provider: providerName },
    });
  }
}

/** The relay's token answer was not a usable token set (missing fields, wrong types). */
export class TokenResponseError extends AppError {
  constructor(providerName: string) {
    super('unavailable', { key: 'error.relay.unusableAnswer', params: { provider: providerName } });
  }
}
