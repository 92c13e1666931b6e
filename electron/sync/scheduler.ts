/**
 * Keeps every site's data fresh within the request budget: on each tick it lists the sites of
 * each connection that is due (one call that also says which sites have anything new), plans
 * per site (plan.ts), and makes at most the calls the plan allows, through one gate that limits
 * calls in flight and records each in the ledger. Providers are one instance per connection
 * (two Enphase accounts are two providers), each provider kind on its own refresh interval
 * (the demo every minute, Enphase as its budget allows). A connection whose grant is gone gets
 * no further call until the core offers it again. Offline, it makes no call at all and picks
 * up again when the connection is back.
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
import { ConnectionBlocks, connectionKeyOf } from './connection-blocks';
import { describeSync } from './explain';
import { errorNameOf } from './failure';
import { RequestGate } from './gate';
import type { BackfillWindow } from './plan';
import { callsOf, defaultBackfillWindow } from './plan';
import { INTERVALS_CURSOR, parseInstantCursor } from './site-records';
import { connectionBackoffKey, SiteSync } from './site-sync';

/**
 * The providers to sync, one per connection: a fixed map (keys are not used), or a function
 * giving the current ones (connections come and go; the core drops a connection needing re-auth).
 */
export type ProviderSource = ReadonlyMap<unknown, Provider> | (() => Iterable<Provider>);

/** Whether a tick refreshes every connection, or only those whose interval has passed. */
type TickScope = 'all' | 'due';

/** A timer may fire a little early against a whole-second clock: this much early still counts. */
const DUE_TOLERANCE_SECONDS = 1;
/** How often to look for new connections when there is none at all (s). */
const IDLE_INTERVAL_SECONDS = 60;

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
  /**
   * Seconds between two refreshes of a provider's connections, asked before every tick
   * (budgets and settings change it): the demo every 60 s, Enphase from its budget.
   */
  intervalSeconds: (provider: ProviderId) => number;
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
  /**
   * Called once when a connection's grant is gone (a call threw ReauthRequiredError): its sites
   * are already marked `needs_reauth` and it gets no call until it is back in the source.
   */
  onReauthRequired?(connectionId: string): void;
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
  private readonly blocks = new ConnectionBlocks();
  /** When each connection (connectionKeyOf) was last listed (tick start, epoch s). */
  private readonly listedAt = new Map<string, number>();

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
      blocks: this.blocks,
      onReauthRequired: (connectionId) => options.onReauthRequired?.(connectionId),
    });
  }

  /** Starts ticking: one tick now, then each connection every `intervalSeconds(provider)`. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.unsubscribeNetwork = this.options.network.onChange((online) => this.onNetwork(online));
    void this.tickAndReschedule('all');
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

  /**
   * Refreshes every connection now, or joins the tick already running. Sites backing off keep
   * waiting, and sites with nothing new get no call, so a refresh costs little.
   */
  async refreshNow(): Promise<void> {
    if (this.stopped) return;
    await this.tickAndReschedule('all');
  }

  /**
   * Refreshes one connection soon (its chosen sites changed, or it was reconnected): it counts
   * as due at once, so the next tick, started now, lists it and backfills its new sites.
   */
  async refreshConnection(connectionId: string): Promise<void> {
    if (this.stopped) return;
    for (const provider of this.usableProviders()) {
      if (provider.connectionId === connectionId) this.listedAt.delete(connectionKeyOf(provider));
    }
    await this.currentTick;
    await this.tickAndReschedule('due');
  }

  /**
   * Sets the next tick again from the current intervals: after the plan, share or refresh floor
   * changed (a plan upgrade must not wait out a timer set for the old, longer interval).
   */
  reschedule(): void {
    if (this.currentTick) return; // the running tick schedules the next one when it ends
    this.scheduleNext();
  }

  /** The refresh interval of one provider kind (s), e.g. to judge whether a site is stale. */
  intervalSecondsFor(provider: ProviderId): number {
    const seconds = Math.round(this.options.intervalSeconds(provider));
    return Number.isFinite(seconds) && seconds >= 1 ? seconds : 60;
  }

  /** The scheduler's state for the status bar. */
  status(): SyncStatus {
    const online = this.options.network.isOnline();
    const counts = this.countSites();
    const intervalOf = (provider: ProviderId) => this.intervalSecondsFor(provider);
    return {
      online,
      running: this.ticking,
      lastRunAt: this.lastRunAt,
      nextRunAt: this.nextRunAt,
      intervalSeconds: this.longestInterval(counts),
      explanation: describeSync({ siteCounts: counts, intervalSeconds: intervalOf, online }),
      progress: this.progress ? { ...this.progress } : null,
      lastError: this.backoff.latestMessage(),
    };
  }

  /** Lists every provider's sites and stores them (keeping `addedAt`); no call while offline. */
  async syncSites(): Promise<void> {
    if (this.stopped || !this.options.network.isOnline()) return;
    const updated = new Set<string>();
    await this.sites.listAndStore(this.usableProviders(), updated);
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

    const provider = this.providerFor(site.provider, site.connectionId);
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
  private tick(scope: TickScope): Promise<void> {
    if (!this.currentTick) {
      this.currentTick = this.runTick(scope)
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

  private async tickAndReschedule(scope: TickScope): Promise<void> {
    this.cancelTimer();
    await this.tick(scope);
    this.scheduleNext();
  }

  private async runTick(scope: TickScope): Promise<void> {
    if (this.stopped || !this.options.network.isOnline()) return;
    const started = this.options.clock.now();
    const providers = this.usableProviders().filter(
      (provider) => scope === 'all' || this.isDue(provider, started),
    );
    if (providers.length === 0) return;
    this.ticking = true;
    this.publish();
    for (const provider of providers) this.listedAt.set(connectionKeyOf(provider), started);
    const updated = new Set<string>();
    const listed = await this.sites.listAndStore(providers, updated);
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
    this.options.log.info('sync tick', {
      connections: providers.length,
      sites: plans.length,
      skipped,
      updated: updated.size,
    });
    this.notify(updated);
  }

  /** True when a connection's provider interval has passed since it was last listed. */
  private isDue(provider: Provider, now: number): boolean {
    const last = this.listedAt.get(connectionKeyOf(provider));
    if (last === undefined || now < last) return true;
    return now + DUE_TOLERANCE_SECONDS >= last + this.intervalSecondsFor(provider.id);
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
      // Only what is due: a flapping network must not turn into extra paid calls.
      void this.tickAndReschedule('due');
    } else {
      this.cancelTimer();
      this.publish();
    }
  }

  private scheduleNext(): void {
    this.cancelTimer();
    if (!this.started || this.stopped || !this.options.network.isOnline()) return;
    const now = this.options.clock.now();
    let next = now + IDLE_INTERVAL_SECONDS;
    const providers = this.usableProviders();
    if (providers.length > 0) {
      next = Math.min(
        ...providers.map((provider) => {
          const last = this.listedAt.get(connectionKeyOf(provider));
          return last === undefined ? now : last + this.intervalSecondsFor(provider.id);
        }),
      );
    }
    const seconds = Math.max(1, next - now);
    this.nextRunAt = now + seconds;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.tickAndReschedule('due');
    }, seconds * 1000);
    this.publish();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.nextRunAt = null;
  }

  /** The status bar's single interval: the longest of the providers with sites (the demo's 60 s alone). */
  private longestInterval(counts: ReadonlyMap<ProviderId, number>): number {
    const kinds = [...counts.keys()];
    if (kinds.length === 0) return this.intervalSecondsFor('demo');
    return Math.max(...kinds.map((provider) => this.intervalSecondsFor(provider)));
  }

  private countSites(): Map<ProviderId, number> {
    if (this.siteCounts) return this.siteCounts;
    const active = new Set(this.usableProviders().map(connectionKeyOf));
    const counts = new Map<ProviderId, number>();
    try {
      for (const site of this.options.cache.listSites()) {
        const key = connectionKeyOf({ id: site.provider, connectionId: site.connectionId });
        if (active.has(key)) counts.set(site.provider, (counts.get(site.provider) ?? 0) + 1);
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

  /** The source's providers minus connections whose grant is gone (one per connection). */
  private usableProviders(): Provider[] {
    const source = this.options.providers;
    const all = typeof source === 'function' ? source() : source.values();
    const { providers, lifted } = this.blocks.usable(all);
    for (const key of lifted) {
      this.backoff.succeed(connectionBackoffKey(key));
      this.listedAt.delete(key);
      this.siteCounts = null;
    }
    return providers;
  }

  private providerFor(id: ProviderId, connectionId: string | null): Provider | undefined {
    return this.usableProviders().find(
      (provider) => provider.id === id && provider.connectionId === connectionId,
    );
  }
}
