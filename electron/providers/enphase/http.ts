/**
 * The one way the Enphase provider talks HTTP: the API key (as the documented `key` header,
 * so it never sits in a URL) and the owner's bearer token on every call, one renewal after a
 * 401, the shared per-minute pacing, a timeout and a size cap, every request written to the
 * ledger, and every failure turned into a named error whose message holds no secret. Logs
 * name the endpoint and the status, never a URL, token or key.
 */
import { ReauthRequiredError, httpStatusText, noAnswerText } from '../../errors';
import type { Clock, Logger } from '../../ports';
import type { TokenSource } from '../../vault/types';
import {
  EnphaseApiKeyError,
  EnphaseForbiddenError,
  EnphaseInvalidRangeError,
  EnphaseSystemNotFoundError,
  MalformedResponseError,
  ProviderUnavailableError,
  QuotaExceededError,
  ResponseTooLargeError,
  type QuotaPeriod,
} from './errors';
import { readBodyCapped } from './read-body';
import { errorBodySchema, quotaBodySchema } from './schemas';
import { rebaseWait } from '../../wall-wait';
import type { RequestPacer } from '../pacer';
import { recordSafely, type RequestLedger } from '../request-ledger';

/** What the client needs. */
export interface EnphaseHttpOptions {
  connectionId: string;
  apiBase: string;
  apiKey: string;
  tokens: TokenSource;
  clock: Clock;
  log: Logger;
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
  pacer: RequestPacer | null;
  ledger: RequestLedger | null;
}

/** One GET: the path under `/api/v4`, its query, and how the ledger and logs name it. */
export interface EnphaseRequest {
  path: string;
  query?: Record<string, string>;
  /** A short name for the ledger and logs, e.g. `systems`, `production_micro`. */
  endpoint: string;
  /** The app's site id the request is for, or null (lists, connection tests). */
  siteId: string | null;
  /** What the answer is, for the "could not read" message ("a systems list"). */
  what: string;
}

/** See the module comment. */
export class EnphaseHttp {
  private readonly base: string;
  /** A month quota that is spent: no request can succeed before this instant. */
  private closed: { from: number; until: number; period: QuotaPeriod } | null = null;

  constructor(private readonly options: EnphaseHttpOptions) {
    const trimmed = options.apiBase.replace(/\/+$/, '');
    this.base = trimmed.endsWith('/api/v4') ? trimmed : `${trimmed}/api/v4`;
  }

  /** GETs a JSON answer; throws the named errors of errors.ts or ReauthRequiredError. */
  async getJson(request: EnphaseRequest): Promise<unknown> {
    const { tokens, connectionId } = this.options;
    const token = await tokens.accessToken();
    let answer = await this.send(request, token);
    if (answer.status === 401) {
      if (isApiKeyRefusal(answer.text)) throw new EnphaseApiKeyError();
      const renewed = await tokens.renewAfterUnauthorized(token);
      answer = await this.send(request, renewed);
      if (answer.status === 401) {
        if (isApiKeyRefusal(answer.text)) throw new EnphaseApiKeyError();
        this.options.log.warn('enphase access refused after renewal', { connectionId });
        throw new ReauthRequiredError(connectionId);
      }
    }
    if (answer.status >= 200 && answer.status < 300) {
      try {
        return JSON.parse(answer.text) as unknown;
      } catch {
        this.fail(request, answer.status, 'malformed JSON');
        throw new MalformedResponseError(answer.status, request.what);
      }
    }
    throw this.errorFor(request, answer.status, answer.text);
  }

  /** One request through the pacer, recorded in the ledger; network failures become errors. */
  private async send(
    request: EnphaseRequest,
    token: string,
  ): Promise<{ status: number; text: string }> {
    const { clock, pacer } = this.options;
    // Rebased when the clock was set back, so the wait never outlasts what Enphase asked.
    if (this.closed) this.closed = rebaseWait(this.closed, clock.now());
    if (this.closed && this.closed.until > clock.now()) {
      throw new QuotaExceededError(this.closed.until, this.closed.period);
    }
    if (pacer) await pacer.acquire();
    const at = clock.now();
    let status = 0;
    try {
      const response = await this.options.fetch(this.urlOf(request), {
        method: 'GET',
        headers: {
          key: this.options.apiKey,
          authorization: `Bearer ${token}`,
          accept: 'application/json',
        },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
      status = response.status;
      const text = await readBodyCapped(response, this.options.maxBytes);
      return { status, text };
    } catch (error) {
      if (error instanceof ResponseTooLargeError) {
        this.fail(request, status, 'too large');
        throw error;
      }
      const timedOut = error instanceof Error && /timeout|abort/i.test(error.name);
      this.fail(request, status, timedOut ? 'timeout' : 'network');
      throw new ProviderUnavailableError(0, noAnswerText('Enphase', timedOut));
    } finally {
      this.record(request, status, at);
    }
  }

  private urlOf(request: EnphaseRequest): string {
    const url = new URL(`${this.base}${request.path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      url.searchParams.set(name, value);
    }
    return url.toString();
  }

  /** The named error for a non-2xx answer other than 401. */
  private errorFor(request: EnphaseRequest, status: number, text: string): Error {
    const body = parseQuietly(text);
    const said = errorBodySchema.safeParse(body ?? {});
    // What Enphase said helps support; it goes to the (redacted) log, never into a message.
    this.fail(
      request,
      status,
      'status',
      said.success ? (said.data.details ?? undefined) : undefined,
    );
    if (status === 429) {
      const parsed = quotaBodySchema.safeParse(body ?? {});
      const period: QuotaPeriod = parsed.success ? parsed.data.period : 'minute';
      const named = parsed.success ? parsed.data.period_end : null;
      const now = this.options.clock.now();
      const until =
        named !== null && named > now ? named : period === 'month' ? nextUtcMonth(now) : now + 60;
      if (period === 'month' || !this.options.pacer) this.closed = { from: now, until, period };
      this.options.pacer?.holdUntil(until);
      return new QuotaExceededError(until, period);
    }
    if (status === 403) return new EnphaseForbiddenError();
    if (status === 404) return new EnphaseSystemNotFoundError();
    if (status === 422) return new EnphaseInvalidRangeError();
    return new ProviderUnavailableError(status, httpStatusText('Enphase', status));
  }

  private fail(request: EnphaseRequest, status: number, reason: string, detail?: string): void {
    this.options.log.warn('enphase request failed', {
      connectionId: this.options.connectionId,
      endpoint: request.endpoint,
      status,
      reason,
      ...(detail ? { detail: detail.slice(0, 300) } : {}),
    });
  }

  private record(request: EnphaseRequest, status: number, at: number): void {
    recordSafely(this.options.ledger, this.options.log, {
      provider: 'enphase',
      connectionId: this.options.connectionId,
      siteId: request.siteId,
      endpoint: request.endpoint,
      status,
      at,
    });
  }
}

function parseQuietly(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** "API Key -Client mismatch" / "API Key is missing": the app's key, not the owner's grant. */
function isApiKeyRefusal(text: string): boolean {
  const parsed = errorBodySchema.safeParse(parseQuietly(text) ?? {});
  return parsed.success && /api key/i.test(parsed.data.details ?? '');
}

/** The first instant of the next UTC month (when a month quota resets if Enphase does not say). */
function nextUtcMonth(now: number): number {
  const date = new Date(now * 1000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 1000;
}
