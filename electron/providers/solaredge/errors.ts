/**
 * What can go wrong talking to SolarEdge, as named errors whose messages are safe to show (no
 * URL, key or token ever goes into one). The two 429s are different errors because they ask for
 * different things: wait a minute, or stop every SolarEdge call until the month turns.
 */
import { AppError, InvalidRequestError, NotFoundError, UnavailableError } from '../../errors';
import type { Message } from '../../i18n/words';

/** 429 with `retry-after`: the per-minute credits are spent until `retryAt`. */
export class SolarEdgeMinuteLimitError extends UnavailableError {
  readonly status = 429;
  constructor(
    /** Epoch seconds: now + `retry-after`. */
    readonly retryAt: number,
  ) {
    super({ key: 'error.solaredge.minuteLimit' });
  }
}

/** 429 without `retry-after`: the month's credits are gone; nothing works before `retryAt`. */
export class SolarEdgeMonthlyCreditsError extends UnavailableError {
  readonly status = 429;
  constructor(
    /** Epoch seconds: the first instant of the next UTC month. */
    readonly retryAt: number,
  ) {
    super({ key: 'error.solaredge.monthCredits' });
  }
}

/** 401 for a fleet API key: the key is wrong, deleted, or a V1 key (they do not work on V2). */
export class SolarEdgeKeyRejectedError extends AppError {
  readonly status = 401;
  constructor() {
    super('forbidden', { key: 'error.solaredge.keyRejected' });
  }
}

/** 403: the key or grant may not read this (another account's site, a fleet-only endpoint). */
export class SolarEdgeForbiddenError extends AppError {
  readonly status = 403;
  constructor() {
    super('forbidden', { key: 'error.solaredge.forbidden' });
  }
}

/** 404: SolarEdge does not know the site. */
export class SolarEdgeSiteNotFoundError extends NotFoundError {
  readonly status = 404;
  constructor() {
    super({ key: 'error.provider.siteUnknown', params: { provider: 'SolarEdge' } });
  }
}

/** 400: the request was refused (a span over the caps, a malformed date). */
export class SolarEdgeBadRequestError extends InvalidRequestError {
  readonly status = 400;
  constructor(detail: string) {
    super({ key: 'error.solaredge.badRequest', params: { detail } });
  }
}

/** 410: an API version SolarEdge has retired (V1 since November 2026). */
export class SolarEdgeGoneError extends UnavailableError {
  readonly status = 410;
  constructor() {
    super({ key: 'error.solaredge.gone' });
  }
}

/** 5xx, network failure or timeout: retrying later can help. */
export class SolarEdgeUnavailableError extends UnavailableError {
  constructor(
    /** The HTTP status, or 0 when no answer came. */
    readonly status: number,
    text: Message,
  ) {
    super(text);
  }
}

/** An answer the app could not read: not JSON, not the expected shape, or too large. */
export class SolarEdgeMalformedResponseError extends UnavailableError {
  constructor(
    readonly status: number,
    what: string,
  ) {
    super(
      { key: 'error.provider.unreadable', params: { provider: 'SolarEdge' } },
      `SolarEdge sent ${what} the app could not read`,
    );
  }
}
