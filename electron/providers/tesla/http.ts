/**
 * The one way the Tesla provider talks HTTP: the owner's bearer token (one renewal after a
 * 401), the regional base chosen from `users/region` (only among the configured regional
 * bases: a response never decides where a token is sent), a timeout and a body size cap, a
 * ledger entry per request with its cost, 402 and 429 remembered so no money is spent on a
 * call that cannot succeed, and every failure turned into a named error holding no secret.
 * Logs name the endpoint and the status, never a URL or token.
 */
import { recordSafely } from '../request-ledger';
import { ReauthRequiredError, httpStatusText, noAnswerText } from '../../errors';
import type { LedgerEntry } from '../../cache/types';
import type { Clock, Logger } from '../../ports';
import type { TokenSource } from '../../vault/types';
import { ResponseTooLargeError } from '../enphase/errors';
import { readBodyCapped } from '../enphase/read-body';
import {
  TeslaBadRequestError,
  TeslaMalformedResponseError,
  TeslaMissingScopeError,
  TeslaPaymentRequiredError,
  TeslaRateLimitedError,
  TeslaSiteNotFoundError,
  TeslaUnavailableError,
  TeslaWrongRegionError,
} from './errors';
import {
  billingMonth,
  callCostMicroUsd,
  PAYMENT_PAUSE_SECONDS,
  TESLA_PRICING,
  type TeslaPricing,
} from './money';
import { errorBodySchema, regionSchema } from './schemas';

/** A ledger entry with what the call cost (µ$). */
export type TeslaLedgerEntry = LedgerEntry & { costMicroUsd: number };

/** Where requests are recorded so the month's spend survives restarts. */
export type TeslaLedger = { recordRequest(entry: TeslaLedgerEntry): void };

/** What the client needs. */
export interface TeslaHttpOptions {
  connectionId: string;
  /** Every regional base the app may call (NA, EU, CN); the first is asked for the region. */
  regionBases: readonly string[];
  tokens: TokenSource;
  clock: Clock;
  log: Logger;
  fetch: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
  ledger: TeslaLedger | null;
  pricing?: TeslaPricing;
  /** The account's regional base when already known (saves the `users/region` call). */
  knownBase?: string | null;
  /** Asked before every call: an error (the month's spending limit) stops it unsent. */
  mayCall?: () => Error | null;
}

/** One GET: the path under `/api/1`, its query, and how the ledger and logs name it. */
export interface TeslaRequest {
  path: string;
  query?: Record<string, string>;
  endpoint: string;
  siteId: string | null;
  /** What the answer is, for the "could not read" message ("a products list"). */
  what: string;
}

interface Answer {
  status: number;
  text: string;
}

/** See the module comment. */
export class TeslaHttp {
  private readonly bases: string[];
  private base: string | null = null;
  /** No call can succeed before this instant (a 402 or 429 said so). */
  private hold: { until: number; error: () => Error } | null = null;

  constructor(private readonly options: TeslaHttpOptions) {
    this.bases = options.regionBases.map((base) => base.replace(/\/+$/, ''));
    if (this.bases.length === 0) throw new RangeError('Tesla needs at least one regional base');
    const known = options.knownBase?.replace(/\/+$/, '') ?? null;
    if (known !== null && this.bases.includes(known)) this.base = known;
  }

  /** The account's regional base, asked once (`users/region`) and then remembered. */
  async regionBase(): Promise<string> {
    if (this.base !== null) return this.base;
    const body = await this.getFrom(this.bases[0]!, {
      path: '/users/region',
      endpoint: 'users_region',
      siteId: null,
      what: 'a region answer',
    });
    const parsed = regionSchema.safeParse(body);
    const announced = parsed.success ? parsed.data?.fleet_api_base_url?.replace(/\/+$/, '') : null;
    if (!announced || !this.bases.includes(announced)) {
      throw new TeslaMalformedResponseError(200, 'a region the app does not know');
    }
    this.base = announced;
    return announced;
  }

  /** GETs a JSON answer from the account's region; a 421 asks for the region again once. */
  async getJson(request: TeslaRequest): Promise<unknown> {
    const base = await this.regionBase();
    try {
      return await this.getFrom(base, request);
    } catch (error) {
      if (!(error instanceof TeslaWrongRegionError)) throw error;
      this.base = null;
      const again = await this.regionBase();
      if (again === base) throw error;
      return this.getFrom(again, request);
    }
  }

  /** The instant before which no call is worth sending (a 402 or 429 said so), or 0. */
  blockedUntil(): number {
    return this.hold && this.hold.until > this.options.clock.now() ? this.hold.until : 0;
  }

  private async getFrom(base: string, request: TeslaRequest): Promise<unknown> {
    const token = await this.options.tokens.accessToken();
    let answer = await this.send(base, request, token);
    if (answer.status === 401) {
      const renewed = await this.options.tokens.renewAfterUnauthorized(token);
      answer = await this.send(base, request, renewed);
      if (answer.status === 401) {
        this.fail(request, 401, 'refused');
        throw new ReauthRequiredError(this.options.connectionId);
      }
    }
    if (answer.status >= 200 && answer.status < 300) {
      try {
        return JSON.parse(answer.text) as unknown;
      } catch {
        this.fail(request, answer.status, 'malformed JSON');
        throw new TeslaMalformedResponseError(answer.status, request.what);
      }
    }
    throw this.errorFor(request, answer);
  }

  private async send(base: string, request: TeslaRequest, token: string): Promise<Answer> {
    const now = this.options.clock.now();
    if (this.hold && this.hold.until > now) throw this.hold.error();
    const refused = this.options.mayCall?.() ?? null;
    if (refused) throw refused;
    let status = 0;
    try {
      const url = new URL(`${base}/api/1${request.path}`);
      for (const [name, value] of Object.entries(request.query ?? {}))
        url.searchParams.set(name, value);
      const response = await this.options.fetch(url, {
        method: 'GET',
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
      status = response.status;
      return { status, text: await readBodyCapped(response, this.options.maxBytes) };
    } catch (error) {
      if (error instanceof ResponseTooLargeError) {
        this.fail(request, status, 'too large');
        throw new TeslaMalformedResponseError(
          status,
          `${request.what} larger than the app accepts`,
        );
      }
      const timedOut = error instanceof Error && /timeout|abort/i.test(error.name);
      this.fail(request, status, timedOut ? 'timeout' : 'network');
      throw new TeslaUnavailableError(0, noAnswerText('Tesla', timedOut));
    } finally {
      this.record(request, status, now);
    }
  }

  /** The named error for a non-2xx answer other than 401. */
  private errorFor(request: TeslaRequest, answer: Answer): Error {
    const { status } = answer;
    this.fail(request, status, 'status');
    const now = this.options.clock.now();
    if (status === 402) {
      const until = Math.min(billingMonth(now).end, now + PAYMENT_PAUSE_SECONDS);
      this.hold = { until, error: () => new TeslaPaymentRequiredError(until) };
      return new TeslaPaymentRequiredError(until);
    }
    if (status === 429) {
      const until = now + Math.max(1, Math.min(3600, afterSeconds(answer.text) ?? 60));
      this.hold = { until, error: () => new TeslaRateLimitedError(until) };
      return new TeslaRateLimitedError(until);
    }
    if (status === 421) return new TeslaWrongRegionError();
    if (status === 400) return new TeslaBadRequestError();
    if (status === 403) return new TeslaMissingScopeError();
    if (status === 404) return new TeslaSiteNotFoundError();
    return new TeslaUnavailableError(status, httpStatusText('Tesla', status));
  }

  private fail(request: TeslaRequest, status: number, reason: string): void {
    this.options.log.warn('tesla request failed', {
      connectionId: this.options.connectionId,
      endpoint: request.endpoint,
      status,
      reason,
    });
  }

  private record(request: TeslaRequest, status: number, at: number): void {
    recordSafely(this.options.ledger, this.options.log, {
      provider: 'tesla',
      connectionId: this.options.connectionId,
      siteId: request.siteId,
      endpoint: request.endpoint,
      status,
      at,
      costMicroUsd: callCostMicroUsd(status, this.options.pricing ?? TESLA_PRICING),
    });
  }
}

/** The 429 body's `after` (seconds), or null. */
function afterSeconds(text: string): number | null {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.after : null;
  } catch {
    return null;
  }
}
