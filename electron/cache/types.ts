/**
 * The shape of what the cache stores and answers. The implementation is electron/cache/cache.ts
 * (node:sqlite); the services and the scheduler only depend on these types.
 */
import type { ProviderId } from '../../shared/domain';
import type { LocalDate } from '../../shared/time';
import type { StoredText } from '../i18n/stored-text';
import type { DailySample, IntervalSample, SiteDescription } from '../model/site';
import type { AlertStore } from './alerts';
import type { FlowInterval } from './flows';
import type { TagStore } from './tags';

/** A site row: what the app knows about a building, keyed by the app's own id. */
export interface SiteRecord extends SiteDescription {
  /** `${provider}:${externalId}` (for demo: `demo:<slug>`). */
  id: string;
  provider: ProviderId;
  externalId: string;
  connectionId: string | null;
  /** When the site was added (epoch s). */
  addedAt: number;
}

/** Per-site facts for the portfolio, computed in one pass over the cache. */
export interface SiteSnapshot {
  siteId: string;
  localDate: LocalDate;
  todayWh: number;
  /** Power of the newest interval if it ended within the last 30 minutes, else 0. */
  currentW: number;
  lastIntervalAt: number | null;
  /** Today's average power per local hour (W), 24 values (23/25 on DST days). */
  hourlyW: number[];
}

/** One recorded provider request, so budgets survive restarts. */
export interface LedgerEntry {
  provider: ProviderId;
  connectionId: string | null;
  siteId: string | null;
  endpoint: string;
  status: number;
  at: number;
  /** What the call cost (µ$) for providers that bill per request; 0 when absent. */
  costMicroUsd?: number;
}

export type { DailySample, IntervalSample };
export type { FlowInterval };

/** What the cache was told to do at open time when the file could not be used. */
export interface CacheRecovery {
  /** Where the unreadable file was moved. */
  movedTo: string;
  /** A sentence for the user, e.g. "The local cache was damaged and has been rebuilt…". */
  message: string;
}

/**
 * The cache's operations. Writes are idempotent (the same interval twice is stored once) and
 * every daily total is kept per the SITE's local day.
 */
export interface CacheStore {
  /** Set when opening had to move a corrupt file aside and start fresh. */
  readonly recovery: CacheRecovery | null;
  /** Alerts raised by insight/ and the user's silences, kept across restarts. */
  readonly alerts: AlertStore;
  /** The labels a person gives sites to group them in the portfolio. */
  readonly tags: TagStore;
  close(): void;

  upsertSite(site: SiteRecord): void;
  listSites(): SiteRecord[];
  getSite(siteId: string): SiteRecord | null;
  setSiteStatus(siteId: string, status: SiteRecord['status'], detail: StoredText | null): void;
  /**
   * Removes the site and, with `withData`, every interval, daily total and cursor of it.
   * Without `withData` the history stays and comes back if the site is upserted again.
   * Removing an unknown site is a no-op.
   */
  deleteSite(siteId: string, withData: boolean): void;

  /**
   * Stores intervals (insert or replace by (site, endAt)) in one transaction and recomputes the
   * interval-based daily totals of every local day they touch. Returns how many were written.
   * An interval belongs to the local day containing `endAt - 1 s` (the one ending at local
   * midnight closes the day before). Throws UnknownSiteError for a site not in the list and
   * InvalidDataError (before writing anything) for a NaN, infinite or negative `wh`/`w` or an
   * `endAt` that is not a whole number of seconds in 2000–2100; within a batch the last
   * interval given for an instant wins.
   */
  upsertIntervals(siteId: string, intervals: IntervalSample[]): number;
  /**
   * Stores provider-reported daily totals. A day whose total was computed from intervals keeps
   * that total (intervals are the finer truth); reported totals fill the other days.
   */
  upsertDailyReported(siteId: string, days: DailySample[]): number;
  /** Intervals with from < endAt <= to, ordered by endAt. */
  intervals(siteId: string, from: number, to: number): IntervalSample[];
  /** Daily totals for local days in [from, to], ordered; days without data are absent. */
  daily(siteId: string, from: LocalDate, to: LocalDate): DailySample[];
  /** Monthly totals (`YYYY-MM`) for months overlapping [from, to], each for the whole month. */
  monthly(siteId: string, from: LocalDate, to: LocalDate): { month: string; wh: number }[];
  /** Sum of every daily total of the site. */
  lifetimeWh(siteId: string): number;
  /** First local date with data, or null. */
  firstDate(siteId: string): LocalDate | null;
  /** Newest interval end, or null. */
  lastIntervalAt(siteId: string): number | null;
  /**
   * The first and last interval ends with energy in (from, to], or null when none had any:
   * when the site's own panels started and stopped that day (sync/own-daylight.ts).
   */
  productionSpan(siteId: string, from: number, to: number): { first: number; last: number } | null;
  /**
   * Portfolio facts for every site in the list at instant `now`, ordered by name. Current power
   * and the last interval only count intervals that ended by `now`.
   */
  snapshot(now: number): SiteSnapshot[];
  /** Fleet energy per local date in [from, to] summed over all sites. */
  fleetDaily(from: LocalDate, to: LocalDate): DailySample[];

  /** Sync cursors: opaque per (site, kind) values, e.g. the last interval end fetched. */
  getCursor(siteId: string, kind: string): string | null;
  setCursor(siteId: string, kind: string, value: string): void;

  /** Records a provider request in the ledger. */
  recordRequest(entry: LedgerEntry): void;
  /** How many requests a provider made in [from, now] (only those answered `status`, if given). */
  countRequests(provider: ProviderId, from: number, status?: number): number;
  /** What a provider's requests since `from` cost (µ$), from the ledger. */
  spendMicroUsd(provider: ProviderId, from: number): number;
  /** Home, grid and battery flows of intervals with from < endAt <= to (none for solar only). */
  flows(siteId: string, from: number, to: number): FlowInterval[];
}
