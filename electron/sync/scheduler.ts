/**
 * Keeps every site's data fresh within the request budget: on each tick it lists each
 * provider's sites (one call that also says which sites have anything new), plans per site
 * (plan.ts), and makes at most the calls the plan allows, through one gate that limits calls
 * in flight and records each in the ledger. Offline, it makes no call at all and picks up again
 * with an immediate tick when the connection is back.
 */
import type { ProviderId, SyncStatus } from '../../shared/domain';
import type { LocalDate } from '../../shared/time';
import { endOfLocalDay, isLocalDate, startOfLocalDay } from '../../shared/time';
import type { CacheStore } from '../cache/types';
import { InvalidRequestError, NotFoundError, UnavailableError } from '../errors';
import type { Clock, Logger, NetworkMonitor } from '../ports';
import type { Provider } from '../providers/provider';
import type { BackoffPolicy } from './backoff';
import { defaultBackoff } from './backoff';
import { BackoffBook } from './backoff-book';
import { describeSync } from './explain';
import { errorNameOf } from './failure';
import { RequestGate } from './gate';
import type { BackfillWindow } from './plan';
import { callsOf, defaultBackfillWindow } from './plan';
import { INTERVALS_CURSOR, parseInstantCursor } from './site-records';
import { SiteSync } from './site-sync';

/** The providers to sync: a fixed map, or a function giving the current ones (connections come and go). */
export type ProviderSource = ReadonlyMap<ProviderId, Provider> | (() => Iterable<Provider>);

/** setTimeout/clearTimeout, injectable so tests can run the scheduler on fake timers. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Everything the scheduler needs; see the module comment. */
export interface SyncSchedulerOptions {
  cache: CacheStore;
  providers: ProviderSource;
  clock: Clock;
  network: NetworkMonitor;
  log: Logger;
  /** Seconds between ticks, asked before every tick (budgets and settings may change it). */
  intervalSeconds: () => number;
  /** Provider calls in flight at once (default 4). */
  maxInFlight?: number;
  timers?: Timers;
  /** Jitter source for backoff (default Math.random). */
  random?: () => number;
  backoff?: BackoffPolicy;
  backfill?: BackfillWindow;
  /**
   * Whether a provider's sites skip calls at night. Default: every provider but the demo, whose
   * calls cost nothing and whose live zeros keep the kiosk and the freshness marks honest.
   */
  pauseAtNight?: (provider: ProviderId) => boolean;
  /** Called after a tick (or syncSites) with the ids of sites whose stored data changed. */
  onDataUpdated(siteIds: string[]): void;
  /** Called whenever the status changes (tick start and end, progress, online changes). */
  onStatus(status: SyncStatus): void;
}

/** Progress of the backfill calls of the running tick. */
interface Progress {
  done: number;
  total: number;
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** See the module comment. */
export class SyncScheduler {
  private readonly backoff: BackoffBook;
  private readonly sites: SiteSync;
  private readonly timers: Timers;
  private started = false;
  private stopped = false;
  private timer: unknown = null;
  private unsubscribeNetwork: (() => void) | null = null;
  private currentTick: Promise<void> | null = null;
  /** True from the start of a tick's work to its end (set before the first status of the tick). */
  private ticking = false;
  private readonly onDemand = new Map<string, Promise<void>>();
  private lastRunAt: number | null = null;
  private nextRunAt: number | null = null;
  private progress: Progress | null = null;
  private siteCounts: Map<ProviderId, number> | null = null;

  constructor(private readonly options: SyncSchedulerOptions) {
    this.timers = options.timers ?? defaultTimers;
    this.backoff = new BackoffBook(
      options.backoff ?? defaultBackoff,
      options.random ?? Math.random,
    );
    const gate = new RequestGate({
      cache: options.cache,
      clock: options.clock,
      log: options.log,
      maxInFlight: options.maxInFlight ?? 4,
      mayCall: () => !this.stopped && options.network.isOnline(),
    });
    this.sites = new SiteSync({
      cache: options.cache,
      clock: options.clock,
      log: options.log,
      gate,
      backoff: this.backoff,
      backfillWindow: options.backfill ?? defaultBackfillWindow,
      pauseAtNight: options.pauseAtNight ?? ((provider) => provider !== 'demo'),
    });
  }

  /** Starts ticking: one tick now, then one every `intervalSeconds()`. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.unsubscribeNetwork = this.options.network.onChange((online) => this.onNetwork(online));
    void this.tickAndReschedule();
  }

  /** Stops ticking and waits for calls in flight; leaves no timer behind. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer();
    this.unsubscribeNetwork?.();
    this.unsubscribeNetwork = null;
    await Promise.allSettled([this.currentTick, ...this.onDemand.values()]);
    this.publish();
  }

  /** Refreshes now, or joins the tick already running. Sites backing off keep waiting. */
  async refreshNow(): Promise<void> {
    if (this.stopped) return;
    await this.tickAndReschedule();
  }

  /** The scheduler's state for the status bar. */
  status(): SyncStatus {
    const online = this.options.network.isOnline();
    const intervalSeconds = this.intervalSeconds();
    return {
      online,
      running: this.ticking,
      lastRunAt: this.lastRunAt,
      nextRunAt: this.nextRunAt,
      intervalSeconds,
      explanation: describeSync({ siteCounts: this.countSites(), intervalSeconds, online }),
      progress: this.progress ? { ...this.progress } : null,
      lastError: this.backoff.latestMessage(),
    };
  }

  /** Lists every provider's sites and stores them (keeping `addedAt`); no call while offline. */
  async syncSites(): Promise<void> {
    if (this.stopped || !this.options.network.isOnline()) return;
    const updated = new Set<string>();
    await this.sites.listAndStore(this.providerList(), updated);
    this.siteCounts = null;
    this.notify(updated);
    this.publish();
  }

  /**
   * Makes sure an older local day has its intervals, fetching them once when the user opens a
   * day the cache has only a daily total for. Recent days come with the regular ticks.
   * Throws NotFoundError (unknown site), InvalidRequestError (bad date) or UnavailableError
   * (offline, provider gone, or the call failed: the message says which, without secrets).
   */
  async ensureIntervals(siteId: string, localDate: LocalDate): Promise<void> {
    if (typeof localDate !== 'string' || !isLocalDate(localDate)) {
      throw new InvalidRequestError(`${String(localDate)} is not a calendar date.`);
    }
    const site = this.options.cache.getSite(siteId);
    if (!site) throw new NotFoundError('That site is not in this app any more.');
    const start = startOfLocalDay(localDate, site.timeZone);
    const end = endOfLocalDay(localDate, site.timeZone);
    const now = this.options.clock.now();
    if (start >= now || this.options.cache.intervals(siteId, start, end).length > 0) return;
    const cursor = parseInstantCursor(this.options.cache.getCursor(siteId, INTERVALS_CURSOR));
    if (cursor !== null && start >= cursor) return;

    const provider = this.providerById(site.provider);
    if (!provider) {
      throw new UnavailableError(`${site.name} has no connected data source right now.`);
    }
    if (this.stopped || !this.options.network.isOnline()) {
      throw new UnavailableError(
        `You are offline: the detail of ${localDate} loads when the connection is back.`,
      );
    }
    const key = `${siteId}|${localDate}`;
    const running = this.onDemand.get(key);
    if (running) return running;
    const work = this.sites
      .fetchDay(provider, site, localDate, start, end)
      .finally(() => this.onDemand.delete(key));
    this.onDemand.set(key, work);
    return work;
  }

  // ---- ticks ------------------------------------------------------------------------------

  /** Runs one tick, or joins the one running: ticks never overlap. */
  private tick(): Promise<void> {
    if (!this.currentTick) {
      this.currentTick = this.runTick()
        .catch((error: unknown) => {
          this.options.log.error('sync tick failed', { error: errorNameOf(error) });
        })
        .finally(() => {
          this.currentTick = null;
          this.ticking = false;
          this.publish();
        });
    }
    return this.currentTick;
  }

  private async tickAndReschedule(): Promise<void> {
    this.cancelTimer();
    await this.tick();
    this.scheduleNext();
  }

  private async runTick(): Promise<void> {
    if (this.stopped || !this.options.network.isOnline()) return;
    this.ticking = true;
    this.publish();
    const updated = new Set<string>();
    const listed = await this.sites.listAndStore(this.providerList(), updated);
    this.siteCounts = null;
    const now = this.options.clock.now();
    const plans = listed.map((entry) => ({ entry, work: this.sites.plan(entry, now) }));
    const backfillCalls = plans
      .filter((p) => p.work.kind === 'backfill')
      .reduce((sum, p) => sum + callsOf(p.work), 0);
    this.progress = backfillCalls > 0 ? { done: 0, total: backfillCalls } : null;
    if (this.progress) this.publish();

    await Promise.all(
      plans.map(({ entry, work }) =>
        this.sites.perform(entry, work, updated, (calls) => {
          if (work.kind === 'backfill') this.advanceProgress(calls);
        }),
      ),
    );

    this.progress = null;
    this.lastRunAt = this.options.clock.now();
    const skipped = plans.filter((p) => p.work.kind === 'skip').length;
    this.options.log.info('sync tick', { sites: plans.length, skipped, updated: updated.size });
    this.notify(updated);
  }

  private advanceProgress(calls: number): void {
    if (!this.progress) return;
    this.progress.done = Math.min(this.progress.total, this.progress.done + calls);
    this.publish();
  }

  // ---- timers and status ------------------------------------------------------------------

  private onNetwork(online: boolean): void {
    if (this.stopped) return;
    if (online) {
      void this.tickAndReschedule();
    } else {
      this.cancelTimer();
      this.publish();
    }
  }

  private scheduleNext(): void {
    this.cancelTimer();
    if (!this.started || this.stopped || !this.options.network.isOnline()) return;
    const seconds = this.intervalSeconds();
    this.nextRunAt = this.options.clock.now() + seconds;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.tickAndReschedule();
    }, seconds * 1000);
    this.publish();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.nextRunAt = null;
  }

  private intervalSeconds(): number {
    const seconds = Math.round(this.options.intervalSeconds());
    return Number.isFinite(seconds) && seconds >= 1 ? seconds : 60;
  }

  private countSites(): Map<ProviderId, number> {
    if (this.siteCounts) return this.siteCounts;
    const active = new Set([...this.providerList()].map((p) => p.id));
    const counts = new Map<ProviderId, number>();
    try {
      for (const site of this.options.cache.listSites()) {
        if (active.has(site.provider))
          counts.set(site.provider, (counts.get(site.provider) ?? 0) + 1);
      }
    } catch {
      // A closed cache (after stop) still lets the status bar show something.
      return counts;
    }
    this.siteCounts = counts;
    return counts;
  }

  private publish(): void {
    try {
      this.options.onStatus(this.status());
    } catch (error) {
      this.options.log.warn('status listener failed', { error: errorNameOf(error) });
    }
  }

  private notify(updated: Set<string>): void {
    if (updated.size === 0) return;
    try {
      this.options.onDataUpdated([...updated]);
    } catch (error) {
      this.options.log.warn('data listener failed', { error: errorNameOf(error) });
    }
  }

  private providerList(): Iterable<Provider> {
    const source = this.options.providers;
    return typeof source === 'function' ? source() : source.values();
  }

  private providerById(id: ProviderId): Provider | undefined {
    for (const provider of this.providerList()) if (provider.id === id) return provider;
    return undefined;
  }
}
