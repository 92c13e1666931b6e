/**
 * Keeps every site's data fresh within the request budget: on each tick each connection that is
 * due sleeps, is listed (one call that also says which sites have anything new) or has its
 * sites asked directly, whichever is cheapest (connection-plan.ts); then it plans per site
 * (plan.ts) and makes at most the calls the plan allows, through one gate that limits
 * calls in flight and records each in the ledger. Providers are one instance per connection
 * (two Enphase accounts are two providers), each provider kind on its own refresh interval
 * (the demo every minute, Enphase as its budget allows). A connection whose grant is gone gets
 * no further call until the core offers it again. Offline, or paused by the person, it makes
 * no call at all and picks up again when the connection is back or the pause ends.
 */
import type { ProviderId, SyncStatus } from '../../shared/domain';
import type { LocalDate } from '../../shared/time';
import type { Provider } from '../providers/provider';
import { defaultBackoff } from './backoff';
import { BackoffBook } from './backoff-book';
import { ConnectionBlocks, connectionKeyOf } from './connection-blocks';
import { connectionBackoffKey } from './connection-loss';
import { ConnectionPlanner } from './connection-planner';
import { DayFetcher } from './day-fetcher';
import { errorNameOf } from './failure';
import { RequestGate } from './gate';
import { callsOf, defaultBackfillWindow } from './plan';
import { RefreshTimes } from './refresh-times';
import type { SyncSchedulerOptions, Timers } from './scheduler-options';
import { SiteSync } from './site-sync';
import { syncStatusOf } from './status';

/** Whether a tick refreshes every connection, or only those whose interval has passed. */
type TickScope = 'all' | 'due';

/** How often to look for new connections when there is none at all (s). */
const IDLE_INTERVAL_SECONDS = 60;

export type { ProviderSource, SyncSchedulerOptions, Timers } from './scheduler-options';

/** Progress of the backfill calls of the running tick. */
type Progress = NonNullable<SyncStatus['progress']>;

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
  private paused = false;
  private timer: unknown = null;
  private unsubscribeNetwork: (() => void) | null = null;
  private currentTick: Promise<void> | null = null;
  /** True from the start of a tick's work to its end (set before the first status of the tick). */
  private ticking = false;
  private lastRunAt: number | null = null;
  private nextRunAt: number | null = null;
  private progress: Progress | null = null;
  private siteCounts: Map<ProviderId, number> | null = null;
  private readonly blocks = new ConnectionBlocks();
  private readonly times: RefreshTimes;
  private readonly days: DayFetcher;
  private readonly planner: ConnectionPlanner;
  private readonly lostListeners = new Set<(connectionId: string, message: string) => void>();

  constructor(private readonly options: SyncSchedulerOptions) {
    this.timers = options.timers ?? defaultTimers;
    this.lastRunAt = options.lastRun?.load() ?? null;
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
      onConnectionLost: (connectionId, message) => {
        for (const listener of this.lostListeners) listener(connectionId, message);
      },
    });
    this.times = new RefreshTimes((provider) => this.intervalSecondsFor(provider));
    this.planner = new ConnectionPlanner({
      sites: this.sites,
      cache: options.cache,
      intervalSeconds: (provider) => this.intervalSecondsFor(provider),
    });
    this.days = new DayFetcher({
      cache: options.cache,
      clock: options.clock,
      sites: this.sites,
      providerOf: (site) => this.providerFor(site.provider, site.connectionId),
      mayCall: () => !this.stopped && options.network.isOnline(),
    });
  }

  /**
   * Subscribes to lost grants (the connection lifecycle takes it from there): called once per
   * connection whose calls were refused, with the reason for the user. Returns the unsubscribe.
   */
  onConnectionLost(listener: (connectionId: string, message: string) => void): () => void {
    this.lostListeners.add(listener);
    return () => this.lostListeners.delete(listener);
  }

  /** Starts ticking: one tick now, then each connection every `intervalSeconds(provider)`. */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.unsubscribeNetwork = this.options.network.onChange((online) => this.onNetwork(online));
    void this.tickAndReschedule('all');
  }

  /** Pauses refreshing at the person's request (tray "Pause"): no tick, no timer, not offline. */
  pause(): void {
    if (this.paused || this.stopped) return;
    this.paused = true;
    this.cancelTimer();
    this.publish();
  }

  /** Ends a pause and refreshes what fell due meanwhile. */
  async resume(): Promise<void> {
    if (!this.paused || this.stopped) return;
    this.paused = false;
    await (this.started ? this.tickAndReschedule('due') : this.publish());
  }

  /** Stops ticking and waits for calls in flight; leaves no timer behind. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer();
    this.unsubscribeNetwork?.();
    this.unsubscribeNetwork = null;
    await Promise.allSettled([this.currentTick, ...this.days.pending()]);
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
      if (provider.connectionId !== connectionId) continue;
      this.times.forget(connectionKeyOf(provider));
      this.planner.forget(connectionKeyOf(provider));
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

  /** Resolves at a moment when no tick or day fetch is writing (the updater installs then). */
  async whenIdle(): Promise<void> {
    while (this.currentTick || this.days.pending().length > 0) {
      await Promise.allSettled([this.currentTick, ...this.days.pending()]);
    }
  }

  /** The refresh interval of one provider kind (s), e.g. to judge whether a site is stale. */
  intervalSecondsFor(provider: ProviderId): number {
    const seconds = Math.round(this.options.intervalSeconds(provider));
    return Number.isFinite(seconds) && seconds >= 1 ? seconds : 60;
  }

  /** The scheduler's state for the status bar. */
  status(): SyncStatus {
    return syncStatusOf({
      online: this.options.network.isOnline(),
      paused: this.paused,
      running: this.ticking,
      lastRunAt: this.lastRunAt,
      nextRunAt: this.nextRunAt,
      siteCounts: this.countSites(),
      intervalOf: (provider) => this.intervalSecondsFor(provider),
      progress: this.progress ? { ...this.progress } : null,
      lastError: this.backoff.latestMessage(this.options.words),
    });
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
   * day the cache has only a daily total for (see day-fetcher.ts for what it throws).
   */
  ensureIntervals(siteId: string, localDate: LocalDate): Promise<void> {
    return this.days.ensure(siteId, localDate);
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
    if (this.stopped || this.paused || !this.options.network.isOnline()) return;
    const started = this.options.clock.now();
    const providers = this.usableProviders().filter(
      (provider) => scope === 'all' || this.times.isDue(provider, started),
    );
    if (providers.length === 0) return;
    for (const provider of providers) this.times.listed(provider, started);
    const split = this.planner.split(providers, started);
    if (split.asleep.length === providers.length) return;
    this.ticking = true;
    this.publish();
    const updated = new Set<string>();
    const listed = await this.sites.listAndStore(split.toList, updated);
    this.planner.listed(split.toList, listed, this.options.clock.now());
    this.siteCounts = null;
    const now = this.options.clock.now();
    const plans = [...listed, ...split.direct].map((entry) => ({
      entry,
      work: this.sites.plan(entry, now),
    }));
    const backfillCalls = plans
      .filter((p) => p.work.kind === 'backfill')
      .reduce((sum, p) => sum + callsOf(p.work), 0);
    this.progress = backfillCalls > 0 ? { done: 0, total: backfillCalls } : null;
    if (this.progress) this.publish();

    await Promise.all(
      plans.map(async ({ entry, work }) => {
        const news = await this.sites.perform(entry, work, updated, (calls) => {
          if (work.kind === 'backfill') this.advanceProgress(calls);
        });
        if (news !== null) this.planner.fetched(entry.record.id, news);
        else if (work.kind === 'skip' && work.reason === 'idle') this.planner.idle(entry.record.id);
      }),
    );

    this.progress = null;
    this.lastRunAt = this.options.clock.now();
    this.options.lastRun?.save(this.lastRunAt);
    const skipped = plans.filter((p) => p.work.kind === 'skip').length;
    this.options.log.info('sync tick', {
      connections: providers.length,
      listed: split.toList.length,
      asleep: split.asleep.length,
      sites: plans.length,
      skipped,
      updated: updated.size,
    });
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
      // Only what is due: a flapping network must not turn into extra paid calls.
      void this.tickAndReschedule('due');
    } else {
      this.cancelTimer();
      this.publish();
    }
  }

  private scheduleNext(): void {
    this.cancelTimer();
    if (!this.started || this.stopped || this.paused || !this.options.network.isOnline()) return;
    const now = this.options.clock.now();
    const next = this.times.nextDue(this.usableProviders(), now) ?? now + IDLE_INTERVAL_SECONDS;
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
      this.times.forget(key);
      this.planner.forget(key);
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
