/**
 * What can go wrong talking to Tesla's Fleet API, as named errors whose messages are safe to
 * show (no URL or token ever goes into one). 402 and 429 are different errors because they ask
 * for different things: stop spending until the month turns, or wait `after` seconds.
 */
import { AppError, InvalidRequestError, NotFoundError, UnavailableError } from '../../errors';
import type { Message } from '../../i18n/words';

/** 402: the developer account's spending limit for the month is reached. */
export class TeslaPaymentRequiredError extends UnavailableError {
  readonly status = 402;
  constructor(
    /** Epoch seconds: when one call may ask again (money.ts PAYMENT_PAUSE_SECONDS). */
    readonly retryAt: number,
  ) {
    super({ key: 'error.tesla.billingLimit' });
  }
}

/** 429: too many requests; nothing is worth sending before `retryAt`. */
export class TeslaRateLimitedError extends UnavailableError {
  readonly status = 429;
  constructor(
    /** Epoch seconds: now + the body's `after`. */
    readonly retryAt: number,
  ) {
    super({ key: 'error.provider.slowDown', params: { provider: 'Tesla' } });
  }
}

/** 403: the grant lacks a scope (energy_device_data) or this token may not call that. */
export class TeslaMissingScopeError extends AppError {
  readonly status = 403;
  constructor() {
    super('forbidden', { key: 'error.tesla.missingScope' });
  }
}

/** 404: Tesla does not know the site (or it is another account's). */
export class TeslaSiteNotFoundError extends NotFoundError {
  readonly status = 404;
  constructor() {
    super({ key: 'error.tesla.siteUnknown' });
  }
}

/** 421: the account lives in another region (also after asking Tesla which one). */
export class TeslaWrongRegionError extends UnavailableError {
  readonly status = 421;
  constructor() {
    super({ key: 'error.tesla.wrongRegion' });
  }
}

/** 400: the request was refused (a span over a period's cap, a malformed date). */
export class TeslaBadRequestError extends InvalidRequestError {
  readonly status = 400;
  constructor() {
    super({ key: 'error.provider.refused', params: { provider: 'Tesla' } });
  }
}

/** 5xx, network failure or timeout: retrying later can help. */
export class TeslaUnavailableError extends UnavailableError {
  constructor(
    /** The HTTP status, or 0 when no answer came. */
    readonly status: number,
    text: Message,
  ) {
    super(text);
  }
}

/** An answer the app could not read: not JSON, not the expected shape, or too large. */
export class TeslaMalformedResponseError extends UnavailableError {
  constructor(
    readonly status: number,
    what: string,
  ) {
    super(
      { key: 'error.provider.unreadable', params: { provider: 'Tesla' } },
      `Tesla sent ${what} the app could not read`,
    );
  }
}

/** This installation's own monthly spending limit (Settings) is reached: no call is sent. */
export class TeslaSpendingLimitError extends UnavailableError {
  constructor(
    /** Epoch seconds: the first instant of the next UTC month, when spending may resume. */
    readonly retryAt: number,
    limit: string,
    resumes: string,
  ) {
    super({ key: 'error.tesla.spendingLimit', params: { limit, resumes } });
  }
}
