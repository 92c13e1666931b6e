/**
 * Older days on demand: when the user opens a day the cache has only a daily total for, its
 * intervals are fetched once (one call), and a second request for the same day joins the
 * first. Recent days come with the regular ticks and cost nothing here.
 */
import type { LocalDate } from '../../shared/time';
import { endOfLocalDay, isLocalDate, localDateOf, startOfLocalDay } from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import { InvalidRequestError, NotFoundError, UnavailableError } from '../errors';
import type { Clock } from '../ports';
import type { Provider } from '../providers/provider';
import { emptyDayCursor, emptyDayValue, stillEmpty } from './empty-days';
import { INTERVALS_CURSOR, parseInstantCursor } from './site-records';
import type { SiteSync } from './site-sync';

/** What the fetcher needs from the scheduler. */
export interface DayFetcherDeps {
  cache: CacheStore;
  clock: Clock;
  sites: SiteSync;
  /** The usable provider of a stored site's connection, if any. */
  providerOf(site: SiteRecord): Provider | undefined;
  /** False while offline or stopping. */
  mayCall(): boolean;
}

/** See the module comment. */
export class DayFetcher {
  private readonly running = new Map<string, Promise<void>>();

  constructor(private readonly deps: DayFetcherDeps) {}

  /**
   * Makes sure `localDate` of the site has its intervals. Throws NotFoundError (unknown site),
   * InvalidRequestError (bad date) or UnavailableError (offline, no provider, or the call
   * failed: the message says which, without secrets).
   */
  async ensure(siteId: string, localDate: LocalDate): Promise<void> {
    if (typeof localDate !== 'string' || !isLocalDate(localDate)) {
      throw new InvalidRequestError({ key: 'error.notADate', params: { date: String(localDate) } });
    }
    const { cache, clock } = this.deps;
    const site = cache.getSite(siteId);
    if (!site) throw new NotFoundError({ key: 'error.siteGone' });
    const start = startOfLocalDay(localDate, site.timeZone);
    const end = endOfLocalDay(localDate, site.timeZone);
    if (start >= clock.now() || cache.intervals(siteId, start, end).length > 0) return;
    const cursor = parseInstantCursor(cache.getCursor(siteId, INTERVALS_CURSOR));
    if (cursor !== null && start >= cursor) return;
    const remembered = emptyDayCursor(localDate);
    if (stillEmpty(cache.getCursor(siteId, remembered), clock.now())) return;

    const provider = this.deps.providerOf(site);
    if (!provider) {
      throw new UnavailableError({ key: 'error.sync.noSource', params: { site: site.name } });
    }
    if (!this.deps.mayCall()) {
      throw new UnavailableError({ key: 'error.sync.dayOffline', params: { date: localDate } });
    }
    const key = `${siteId}|${localDate}`;
    const running = this.running.get(key);
    if (running) return running;
    const remember = () => {
      const now = clock.now();
      const value = emptyDayValue(localDate, localDateOf(now, site.timeZone), now);
      cache.setCursor(siteId, remembered, value);
    };
    const work = this.deps.sites
      .fetchDay(provider, site, localDate, start, end)
      .then(
        () => {
          if (cache.intervals(siteId, start, end).length === 0) remember();
        },
        (error: unknown) => {
          if (error instanceof InvalidRequestError) remember();
          throw error;
        },
      )
      .finally(() => this.running.delete(key));
    this.running.set(key, work);
    return work;
  }

  /** The fetches still running (the scheduler waits for them when stopping). */
  pending(): Promise<void>[] {
    return [...this.running.values()];
  }
}
