/**
 * The one way the SolarEdge provider talks HTTP: a fleet `X-API-Key` or a Site Access bearer
 * token (one renewal after a 401), a timeout and a body size cap, every request written to the
 * ledger, the per-minute and monthly 429s told apart (and remembered, so no credit is spent on a
 * call that cannot succeed), and every failure turned into a named error holding no secret.
 * Logs name the endpoint and the status, never a URL, key or token.
 */
import { ReauthRequiredError, httpStatusText, noAnswerText } from '../../errors';
import type { Clock, Logger } from '../../ports';
import type { TokenSource } from '../../vault/types';
import { ResponseTooLargeError } from '../enphase/errors';
import type { RequestPacer } from '../pacer';
import { recordSafely, type RequestLedger } from '../request-ledger';
import { readBodyCapped } from '../enphase/read-body';
import type { SolarEdgeEndpoint } from './credits';
import {
  SolarEdgeBadRequestError,
  SolarEdgeForbiddenError,
  SolarEdgeGoneError,
  SolarEdgeKeyRejectedError,
  SolarEdgeMalformedResponseError,
  SolarEdgeMinuteLimitError,
  SolarEdgeMonthlyCreditsError,
  SolarEdgeSiteNotFoundError,
  SolarEdgeUnavailableError,
} from './errors';
import { problemSchema } from './schemas';

/**
 * How calls are authorised: a fleet key being checked (`apiKey`), a fleet key kept in the vault
 * (`storedKey`: a refusal goes to the vault, which marks the connection), or one homeowner's
 * Site Access grant.
 */
export type SolarEdgeCredential =
  | { kind: 'apiKey'; apiKey: string }
  | { kind: 'storedKey'; tokens: TokenSource }
  | { kind: 'siteAccess'; tokens: TokenSource };

/**
 * Paces calls under the per-minute credits (shared by the provider's connections) and, when it
 * can, remembers a month without credits for every instance (credit-gate.ts).
 */
export type SolarEdgePacer = RequestPacer & {
  /** Every SolarEdge call stops until `until` (the month's credits are gone). */
  holdMonth?(until: number): void;
  /** The instant the month's credits come back, or null while there are credits. */
  monthHeldUntil?(): number | null;
};

/** What the client needs. */
export interface SolarEdgeHttpOptions {
  connectionId: string;
  /** `https://monitoringapi.solaredge.com` (with or without `/v2`). */
  apiBase: string;
  credential: SolarEdgeCredential;
  clock: Clock;
  log: Logger;
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
  ledger: RequestLedger | null;
  /** Per-minute pacing and the shared month hold; null: none (a key check, tests). */
  pacer?: SolarEdgePacer | null;
}

/** One GET: the path under `/v2`, its query, and how the ledger and logs name it. */
export interface SolarEdgeRequest {
  path: string;
  query?: Record<string, string>;
  endpoint: SolarEdgeEndpoint;
  /** The app's site id the request is for, or null (lists, key checks). */
  siteId: string | null;
  /** What the answer is, for the "could not read" message ("a sites list"). */
  what: string;
}

interface Answer {
  status: number;
  text: string;
  retryAfter: string | null;
}

/** See the module comment. */
export class SolarEdgeHttp {
  private readonly base: string;
  /** No call can succeed before these instants (a 429 said so). */
  private minuteHold = 0;
  private monthHold = 0;

  constructor(private readonly options: SolarEdgeHttpOptions) {
    const trimmed = options.apiBase.replace(/\/+$/, '');
    this.base = trimmed.endsWith('/v2') ? trimmed : `${trimmed}/v2`;
  }

  /** GETs a JSON answer; throws the named errors of errors.ts or ReauthRequiredError. */
  async getJson(request: SolarEdgeRequest): Promise<unknown> {
    const { credential } = this.options;
    let answer: Answer;
    if (credential.kind === 'apiKey') {
      answer = await this.send(request, { 'x-api-key': credential.apiKey });
      if (answer.status === 401) throw this.refused(request, new SolarEdgeKeyRejectedError());
    } else if (credential.kind === 'storedKey') {
      const key = await credential.tokens.accessToken();
      answer = await this.send(request, { 'x-api-key': key });
      if (answer.status === 401) {
        // The vault marks the key refused and throws; it returns only a key replaced meanwhile.
        const replaced = await credential.tokens.renewAfterUnauthorized(key);
        answer = await this.send(request, { 'x-api-key': replaced });
        if (answer.status === 401) {
          throw this.refused(request, new ReauthRequiredError(this.options.connectionId));
        }
      }
    } else {
      const token = await credential.tokens.accessToken();
      answer = await this.send(request, { authorization: `Bearer ${token}` });
      if (answer.status === 401) {
        const renewed = await credential.tokens.renewAfterUnauthorized(token);
        answer = await this.send(request, { authorization: `Bearer ${renewed}` });
        if (answer.status === 401) {
          throw this.refused(request, new ReauthRequiredError(this.options.connectionId));
        }
      }
    }
    if (answer.status >= 200 && answer.status < 300) {
      try {
        return JSON.parse(answer.text) as unknown;
      } catch {
        this.fail(request, answer.status, 'malformed JSON');
        throw new SolarEdgeMalformedResponseError(answer.status, request.what);
      }
    }
    throw this.errorFor(request, answer);
  }

  /** The instant before which no call is worth sending (a 429 said so), or 0. */
  blockedUntil(): number {
    const now = this.options.clock.now();
    const until = Math.max(this.minuteHold, this.monthHeld());
    return until > now ? until : 0;
  }

  private async send(request: SolarEdgeRequest, auth: Record<string, string>): Promise<Answer> {
    const { clock } = this.options;
    if (this.monthHeld() > clock.now()) throw new SolarEdgeMonthlyCreditsError(this.monthHeld());
    if (this.minuteHold > clock.now()) throw new SolarEdgeMinuteLimitError(this.minuteHold);
    await this.options.pacer?.acquire();
    // Pacing may have waited into a month without credits.
    if (this.monthHeld() > clock.now()) throw new SolarEdgeMonthlyCreditsError(this.monthHeld());
    const now = clock.now();
    let status = 0;
    try {
      const response = await this.options.fetch(this.urlOf(request), {
        method: 'GET',
        headers: { ...auth, accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
      status = response.status;
      const retryAfter = response.headers.get('retry-after');
      const text = await readBodyCapped(response, this.options.maxBytes);
      return { status, text, retryAfter };
    } catch (error) {
      if (error instanceof ResponseTooLargeError) {
        this.fail(request, status, 'too large');
        throw new SolarEdgeMalformedResponseError(
          status,
          `${request.what} larger than the app accepts`,
        );
      }
      const timedOut = error instanceof Error && /timeout|abort/i.test(error.name);
      this.fail(request, status, timedOut ? 'timeout' : 'network');
      throw new SolarEdgeUnavailableError(0, noAnswerText('SolarEdge', timedOut));
    } finally {
      this.record(request, status, now);
    }
  }

  /** The month hold of this instance or of the shared pacer, whichever is later. */
  private monthHeld(): number {
    return Math.max(this.monthHold, this.options.pacer?.monthHeldUntil?.() ?? 0);
  }

  private urlOf(request: SolarEdgeRequest): string {
    const url = new URL(`${this.base}${request.path}`);
    for (const [name, value] of Object.entries(request.query ?? {}))
      url.searchParams.set(name, value);
    return url.toString();
  }

  /** The named error for a non-2xx answer other than 401. */
  private errorFor(request: SolarEdgeRequest, answer: Answer): Error {
    const { status } = answer;
    this.fail(request, status, 'status');
    const now = this.options.clock.now();
    if (status === 429) {
      // A retry-after marks the minute; without one the month's credits are gone.
      const wait = retryAfterSeconds(answer.retryAfter, now);
      if (wait !== null) {
        this.minuteHold = now + Math.max(1, wait);
        this.options.pacer?.holdUntil(this.minuteHold);
        return new SolarEdgeMinuteLimitError(this.minuteHold);
      }
      this.monthHold = nextUtcMonth(now);
      this.options.pacer?.holdMonth?.(this.monthHold);
      return new SolarEdgeMonthlyCreditsError(this.monthHold);
    }
    if (status === 400) return new SolarEdgeBadRequestError(problemDetail(answer.text));
    if (status === 403) return new SolarEdgeForbiddenError();
    if (status === 404) return new SolarEdgeSiteNotFoundError();
    if (status === 410) return new SolarEdgeGoneError();
    return new SolarEdgeUnavailableError(status, httpStatusText('SolarEdge', status));
  }

  private refused(request: SolarEdgeRequest, error: Error): Error {
    this.options.log.warn('solaredge access refused', {
      connectionId: this.options.connectionId,
      endpoint: request.endpoint,
      credential: this.options.credential.kind,
    });
    return error;
  }

  private fail(request: SolarEdgeRequest, status: number, reason: string): void {
    this.options.log.warn('solaredge request failed', {
      connectionId: this.options.connectionId,
      endpoint: request.endpoint,
      status,
      reason,
    });
  }

  private record(request: SolarEdgeRequest, status: number, at: number): void {
    recordSafely(this.options.ledger, this.options.log, {
      provider: 'solaredge',
      connectionId: this.options.connectionId,
      siteId: request.siteId,
      endpoint: request.endpoint,
      status,
      at,
    });
  }
}

/** The problem document's detail, cut to printable text (it reaches the UI). */
function problemDetail(text: string): string {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Not a problem document: say what HTTP said.
  }
  const parsed = problemSchema.safeParse(body ?? {});
  const detail = (parsed.success && (parsed.data.detail ?? parsed.data.title)) || 'HTTP 400';
  return detail.replace(/[^\w .,:'()-]/g, '').slice(0, 120);
}

/** `retry-after` as seconds from now (delta-seconds or an HTTP date), or null if absent or odd. */
function retryAfterSeconds(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\d{1,7}$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, Math.ceil(at / 1000 - now)) : null;
}

/** The first instant of the next UTC month: when a month's credits come back. */
export function nextUtcMonth(now: number): number {
  const date = new Date(now * 1000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 1000;
}
