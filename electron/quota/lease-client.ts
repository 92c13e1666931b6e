/**
 * Keeps this installation's Enphase quota lease from the relay: asks at start, renews when the
 * relay says to (before the lease ends), asks again soon after sites change or a 429 was met
 * (and reports it, so the relay shrinks every grant), and retries with growing waits while the
 * relay is unreachable. The last lease holds until it ends; after that the conservative grant
 * applies ({@link allowanceAt}). Nothing waits on it: readers get the allowance synchronously.
 */
import { leaseGrantSchema, type LeaseGrant, type LeaseRequest } from '../../shared/quota-lease';
import type { Clock, Logger } from '../ports';
import { englishWords, type Words } from '../i18n/words';
import { allowanceAt, describeAllowance, type InstallationAllowance } from './allowance';

/** setTimeout/clearTimeout, injectable so tests drive time. */
export interface LeaseTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the client needs. */
export interface QuotaLeaseClientOptions {
  relayUrl: string;
  installationId: string;
  fetch: typeof fetch;
  clock: Clock;
  log: Logger;
  timers?: LeaseTimers;
  /** The sites this installation refreshes now and the calls a day it expects to need. */
  demand: () => Pick<LeaseRequest, 'activeSites' | 'expectedCalls'>;
  /** Called after the allowance changed (the budget forgets its memo and reschedules). */
  onChange?: () => void;
  /** Deadline for one lease request (ms). */
  timeoutMs?: number;
}

/** The relay refused or garbled a lease request; the client retries later. */
export class LeaseRequestError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | null,
  ) {
    super(`The relay refused the quota lease (HTTP ${status}).`);
    this.name = 'LeaseRequestError';
  }
}

/** How soon after a change (sites, a 429) the lease is asked for again (s). */
const SOON_SECONDS = 30;
/** Waits after failures: 30 s doubling to 15 min. */
const RETRY_MIN_SECONDS = 30;
const RETRY_MAX_SECONDS = 900;

const realTimers: LeaseTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** See the module comment. */
export class QuotaLeaseClient {
  private lease: LeaseGrant | null = null;
  private unreported429s = 0;
  private failures = 0;
  private timer: unknown = null;
  private dueAt = Number.POSITIVE_INFINITY;
  private inFlight: Promise<void> | null = null;
  private stopped = false;
  private readonly timers: LeaseTimers;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: QuotaLeaseClientOptions) {
    this.timers = options.timers ?? realTimers;
  }

  /** Asks for the first lease in the background. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops renewing (the app is quitting). */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /** What this installation may spend now. */
  /** Hears every change of the allowance (the budget forgets its memo, the scheduler re-plans). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.options.onChange?.();
    for (const listener of this.listeners) listener();
  }

  /** The allowance in force now: the lease while it lasts, then the conservative default. */
  allowance(): InstallationAllowance {
    return allowanceAt(this.lease, this.options.clock.now());
  }

  /** The allowance and its sentence in `words`' language, as the budget takes them. */
  budgetAllowance(words: Words = englishWords): {
    perDay: number;
    perMinute: number;
    explanation: string;
  } {
    const allowance = this.allowance();
    return { ...allowance, explanation: describeAllowance(allowance, words) };
  }

  /** Enphase answered 429: report it with the next lease request, which comes soon. */
  report429(): void {
    this.unreported429s += 1;
    this.schedule(SOON_SECONDS);
  }

  /** Sites were added or removed: ask again soon (new sites are paid a backfill). */
  renewSoon(): void {
    this.schedule(SOON_SECONDS);
  }

  /** Renews now; resolves when the attempt is over (tests and the bench await it). */
  renewNow(): Promise<void> {
    this.inFlight ??= this.renew().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** Plans the next request `seconds` from now, unless one is already due sooner. */
  private schedule(seconds: number): void {
    if (this.stopped) return;
    const at = this.options.clock.now() + Math.max(0, seconds);
    if (this.timer !== null && this.dueAt <= at) return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.dueAt = at;
    this.timer = this.timers.setTimeout(
      () => {
        this.timer = null;
        this.dueAt = Number.POSITIVE_INFINITY;
        void this.renewNow();
      },
      Math.max(0, seconds) * 1000,
    );
  }

  private async renew(): Promise<void> {
    // This attempt replaces whatever was planned; it plans the next one when it is over.
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = Number.POSITIVE_INFINITY;
    const reported = this.unreported429s;
    try {
      const grant = await this.request(reported);
      this.unreported429s -= reported;
      this.failures = 0;
      const now = this.options.clock.now();
      // A fallback grant from a relay whose store is down must not cut a lease that still runs.
      if (!grant.fallback || !this.lease || this.lease.fallback || this.lease.expiresAt <= now) {
        this.lease = grant;
        this.changed();
      }
      this.schedule(Math.max(1, grant.renewAt - now));
    } catch (error) {
      this.failures += 1;
      if (this.failures === 1) {
        this.options.log.warn('quota lease request failed; keeping the last lease', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
      const retry =
        error instanceof LeaseRequestError && error.retryAfterSeconds !== null
          ? error.retryAfterSeconds
          : Math.min(RETRY_MAX_SECONDS, RETRY_MIN_SECONDS * 2 ** (this.failures - 1));
      this.schedule(retry);
      // The allowance may have just fallen back to the default: let readers know.
      if (this.lease && this.lease.expiresAt <= this.options.clock.now()) this.changed();
    }
  }

  private async request(reported429s: number): Promise<LeaseGrant> {
    const body: LeaseRequest = {
      installationId: this.options.installationId,
      ...this.options.demand(),
      ...(reported429s > 0 ? { reported429s } : {}),
    };
    const response = await this.options.fetch(
      `${this.options.relayUrl.replace(/\/+$/, '')}/quota/enphase/lease`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        redirect: 'error',
      },
    );
    const text = await response.text();
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new LeaseRequestError(
        response.status,
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new LeaseRequestError(response.status, null);
    }
    const parsed = leaseGrantSchema.safeParse(json);
    if (!parsed.success) throw new LeaseRequestError(response.status, null);
    return parsed.data;
  }
}
