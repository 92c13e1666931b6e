/**
 * What can go wrong talking to the Enphase API, as named errors whose messages are safe to show
 * (no URL, key or token ever goes into one). The scheduler reads `status` for its ledger and
 * `retryAt` for how long to wait; the UI shows `message` as it is.
 */
import { AppError, InvalidRequestError, NotFoundError, UnavailableError } from '../../errors';
import type { Message } from '../../i18n/words';

/** The quota window a 429 names. */
export type QuotaPeriod = 'minute' | 'month';

/** 429: the APPLICATION's quota (shared by every installation) is spent until `retryAt`. */
export class QuotaExceededError extends UnavailableError {
  readonly status = 429;
  constructor(
    /** Epoch seconds: the 429 body's `period_end`. Nothing should be sent before it. */
    readonly retryAt: number,
    readonly period: QuotaPeriod,
  ) {
    super({ key: period === 'month' ? 'error.enphase.monthQuota' : 'error.enphase.minuteQuota' });
  }
}

/** 5xx, network failure or timeout: Enphase could not answer now; retrying later can help. */
export class ProviderUnavailableError extends UnavailableError {
  constructor(
    /** The HTTP status, or 0 when no answer came (network down, timeout). */
    readonly status: number,
    text: Message,
  ) {
    super(text);
  }
}

/** 403: the signed-in owner may not read this system (it was transferred or shared away). */
export class EnphaseForbiddenError extends AppError {
  readonly status = 403;
  constructor() {
    super('forbidden', { key: 'error.enphase.forbidden' });
  }
}

/** 404: Enphase does not know the system (deleted, or a wrong id). */
export class EnphaseSystemNotFoundError extends NotFoundError {
  readonly status = 404;
  constructor() {
    super({ key: 'error.enphase.systemUnknown' });
  }
}

/**
 * 422: the dates asked for are out of what the system has (future, or older than two years).
 * Enphase's own `details` go to the log only: upstream text never reaches the screen.
 */
export class EnphaseInvalidRangeError extends InvalidRequestError {
  readonly status = 422;
  constructor() {
    super({ key: 'error.enphase.invalidRange' });
  }
}

/**
 * 401 about the API key itself ("API Key -Client mismatch", "API Key is missing"): the app's
 * configuration is wrong, so signing the owner in again would not help.
 */
export class EnphaseApiKeyError extends UnavailableError {
  readonly status = 401;
  constructor() {
    super({ key: 'error.enphase.apiKey' });
  }
}

/** An answer the app could not read: not JSON, not the documented shape, or another status. */
export class MalformedResponseError extends UnavailableError {
  constructor(
    readonly status: number,
    what: string,
  ) {
    super(
      { key: 'error.provider.unreadable', params: { provider: 'Enphase' } },
      `Enphase sent ${what} the app could not read`,
    );
  }
}

/** An answer larger than the app accepts: read no further than the cap, and say so. */
export class ResponseTooLargeError extends UnavailableError {
  constructor(
    readonly status: number,
    readonly limitBytes: number,
  ) {
    super({
      key: 'error.enphase.tooLarge',
      params: { megabytes: Math.round(limitBytes / 1_000_000) },
    });
  }
}
