/**
 * What the scheduler is built from: the provider source, ports, intervals and callbacks.
 * Kept apart from scheduler.ts so the scheduler file holds only behaviour.
 */
import type { ProviderId, SyncStatus } from '../../shared/domain';
import type { CacheStore } from '../cache/types';
import type { Clock, KeyValueStore, Logger, NetworkMonitor } from '../ports';
import type { Words } from '../i18n/words';
import type { Provider } from '../providers/provider';
import type { BackoffPolicy } from './backoff';
import type { BackfillWindow } from './plan';

/**
 * The providers to sync, one per connection: a fixed map (keys are not used), or a function
 * giving the current ones (connections come and go; the core drops a connection needing re-auth).
 */
export type ProviderSource = ReadonlyMap<unknown, Provider> | (() => Iterable<Provider>);

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
  /**
   * Where the end of the last completed tick is kept, so "Last update" after a restart (offline,
   * or paused) names the real last refresh instead of "never". Default: memory only.
   */
  lastRun?: { load(): number | null; save(at: number): void };
  /** Called after a tick (or syncSites) with the ids of sites whose stored data changed. */
  onDataUpdated(siteIds: string[]): void;
  /** Called whenever the status changes (tick start and end, progress, online changes). */
  onStatus(status: SyncStatus): void;
  /** The language of the status's sentences and last error, read at each status (default English). */
  words?: Words;
}

/** The settings-store key of the last completed refresh. */
const lastRunKey = 'lastRefreshAt';

/** `lastRun` kept in the app's key-value store, so "last refreshed" survives a restart. */
export function storedLastRun(store: KeyValueStore): NonNullable<SyncSchedulerOptions['lastRun']> {
  return {
    load: () => {
      const at = store.get<unknown>(lastRunKey);
      return typeof at === 'number' && Number.isSafeInteger(at) && at > 0 ? at : null;
    },
    save: (at) => store.set(lastRunKey, at),
  };
}
