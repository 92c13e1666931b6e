/**
 * What can go wrong talking to SolarEdge, as named errors whose messages are safe to show (no
 * URL, key or token ever goes into one). The two 429s are different errors because they ask for
 * different things: wait a minute, or stop every SolarEdge call until the month turns.
 */
import { AppError, InvalidRequestError, NotFoundError, UnavailableError } from '../../errors';

/** 429 with `retry-after`: the per-minute credits are spent until `retryAt`. */
export class SolarEdgeMinuteLimitError extends UnavailableError {
  readonly status = 429;
  constructor(
    /** Epoch seconds: now + `retry-after`. */
    readonly retryAt: number,
  ) {
    super('the SolarEdge per-minute credit limit was reached');
  }
}

/** 429 without `retry-after`: the month's credits are gone; nothing works before `retryAt`. */
export class SolarEdgeMonthlyCreditsError extends UnavailableError {
  readonly status = 429;
  constructor(
    /** Epoch seconds: the first instant of the next UTC month. */
    readonly retryAt: number,
  ) {
    super('the SolarEdge credits for this month are used up');
  }
}

/** 401 for a fleet API key: the key is wrong, deleted, or a V1 key (they do not work on V2). */
export class SolarEdgeKeyRejectedError extends AppError {
  readonly status = 401;
  constructor() {
    super('forbidden', 'SolarEdge refused this API key (a V1 key does not work with V2)');
  }
}

/** 403: the key or grant may not read this (another account's site, a fleet-only endpoint). */
export class SolarEdgeForbiddenError extends AppError {
  readonly status = 403;
  constructor() {
    super('forbidden', 'this SolarEdge access may not read that site');
  }
}

/** 404: SolarEdge does not know the site. */
export class SolarEdgeSiteNotFoundError extends NotFoundError {
  readonly status = 404;
  constructor() {
    super('SolarEdge does not know that site any more');
  }
}

/** 400: the request was refused (a span over the caps, a malformed date). */
export class SolarEdgeBadRequestError extends InvalidRequestError {
  readonly status = 400;
  constructor(detail: string) {
    super(`SolarEdge refused the request (${detail})`);
  }
}

/** 410: an API version SolarEdge has retired (V1 since November 2026). */
export class SolarEdgeGoneError extends UnavailableError {
  readonly status = 410;
  constructor() {
    super('SolarEdge retired the API version the app asked; the app needs an update');
  }
}

/** 5xx, network failure or timeout: retrying later can help. */
export class SolarEdgeUnavailableError extends UnavailableError {
  constructor(
    /** The HTTP status, or 0 when no answer came. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** An answer the app could not read: not JSON, not the expected shape, or too large. */
export class SolarEdgeMalformedResponseError extends UnavailableError {
  constructor(
    readonly status: number,
    what: string,
  ) {
    super(`SolarEdge sent ${what} the app could not read`);
  }
}
