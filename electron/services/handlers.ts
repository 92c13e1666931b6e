/**
 * The handler behind every invoke channel. Thin: the dispatcher has already validated the
 * request; each handler looks things up, calls a service and returns a contract-shaped value.
 */
import type { UpdateState } from '../../shared/contract';
import type { AppInfo } from '../../shared/domain';
import { isLocalDate, localDateOf } from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import type { SiteAlertStatus } from '../insight/site-status';
import type { AlertChannels } from '../insight/watch';
import { InvalidRequestError, NotFoundError } from '../errors';
import type { Words } from '../i18n/words';
import type { Handlers } from '../ipc/dispatch';
import type { Clock, Logger } from '../ports';
import type { Provider } from '../providers/provider';
import type { SyncScheduler } from '../sync/scheduler';
import type { ConnectionChannels } from './connections';
import type { ReportChannels } from './report-handlers';
import { DeviceBook } from './devices';
import { ExpectedSoFar } from '../insight/expected-so-far';
import { buildPortfolio } from './portfolio';
import { buildSeries } from './series';
import { buildSiteFlows } from './flows';
import type { SettingsService } from './settings';
import { buildSiteDetail } from './site';
import { createTagHandlers } from './tags';

/** What the handlers need. */
export interface HandlerDeps {
  cache: CacheStore;
  settings: SettingsService;
  scheduler: SyncScheduler;
  /** The provider serving a site now, or null (disconnected, needs re-auth, demo hidden). */
  providerFor: (site: SiteRecord) => Provider | null;
  /** The sites the portfolio shows (the demo fleet only while it is shown). */
  visibleSites: () => SiteRecord[];
  clock: Clock;
  log: Logger;
  appInfo: () => AppInfo;
  /** The connection handlers built by `createConnections(...)` (services/connections/setup.ts). */
  connectionHandlers: Pick<Handlers, ConnectionChannels>;
  /** `providers.list` (services/providers.ts). */
  providerHandlers: Pick<Handlers, 'providers.list'>;
  /** Money, CO2, exports and reports (services/report-handlers.ts). */
  reportHandlers: Pick<Handlers, ReportChannels>;
  /** The update service (electron/update/service.ts); absent while updates are off. */
  updates?: { state(): UpdateState; restartToUpdate(): UpdateState };
  /** The alerts.* channels, answered by insight/watch.ts. */
  alertHandlers: Pick<Handlers, AlertChannels>;
  /** The site's learned performance ratio today (insight/watch.ts), for "vs expected". */
  performanceRatio: (site: SiteRecord) => number;
  /** What each site's open alerts say about its health (insight/watch.ts). */
  siteAlerts: () => ReadonlyMap<string, SiteAlertStatus>;
  /** Puts stored status sentences into words in the language of the answer. */
  words: Words;
}

/** The answer while updates are off (development, no feed): nothing is ever ready. */
const noUpdate: UpdateState = { readyVersion: null, restarting: false };

/** Builds the full handler map. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { cache, settings, scheduler, clock } = deps;
  const devices = new DeviceBook(deps);
  const refreshSeconds = (site: SiteRecord) => scheduler.intervalSecondsFor(site.provider);
  const expectedSoFar = new ExpectedSoFar();

  const siteOrThrow = (siteId: string): SiteRecord => {
    const site = cache.getSite(siteId);
    if (!site) throw new NotFoundError('That site is not in this app any more.');
    return site;
  };

  return {
    'app.info': () => deps.appInfo(),
    'portfolio.get': () => {
      // One interval per provider per answer: asking the scheduler for each of 1,000 sites
      // recomputed the same budget a thousand times.
      const perProvider = new Map<SiteRecord['provider'], number>();
      const refreshOnce = (site: SiteRecord) => {
        const known = perProvider.get(site.provider);
        if (known !== undefined) return known;
        const seconds = refreshSeconds(site);
        perProvider.set(site.provider, seconds);
        return seconds;
      };
      return buildPortfolio(
        cache,
        deps.visibleSites(),
        clock.now(),
        refreshOnce,
        deps.performanceRatio,
        deps.siteAlerts(),
        deps.words,
        (site, from, to, ratio) => expectedSoFar.whBetween(site, from, to, ratio),
      );
    },
    'site.get': async ({ siteId }) => {
      const site = siteOrThrow(siteId);
      const deviceList = await devices.listingOf(site);
      const alert = deps.siteAlerts().get(site.id);
      const now = clock.now();
      const refresh = refreshSeconds(site);
      return buildSiteDetail(cache, site, now, refresh, deviceList, alert, deps.words);
    },
    'site.series': async ({ siteId, range, anchor }) => {
      const site = siteOrThrow(siteId);
      if (!isLocalDate(anchor)) throw new InvalidRequestError(`${anchor} is not a calendar date.`);
      const now = clock.now();
      const today = localDateOf(now, site.timeZone);
      const request = {
        site,
        range,
        anchor: anchor > today ? today : anchor,
        now,
        performanceRatio: deps.performanceRatio(site),
      };
      const series = buildSeries(cache, request);
      if (range === 'day' && series.points.length === 0 && request.anchor < today) {
        // Older intervals are fetched only when someone opens that day.
        await scheduler.ensureIntervals(site.id, request.anchor);
        return buildSeries(cache, request);
      }
      return series;
    },
    'site.flows': ({ siteId, from, to }) => {
      const site = siteOrThrow(siteId);
      if (to < from) throw new InvalidRequestError('The flows span ends before it starts.');
      return buildSiteFlows(cache, site, from, to);
    },
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'sync.status': () => scheduler.status(),
    'sync.refreshNow': async () => {
      await scheduler.refreshNow();
      return scheduler.status();
    },
    'update.status': () => deps.updates?.state() ?? noUpdate,
    'update.restart': () => deps.updates?.restartToUpdate() ?? noUpdate,
    ...deps.connectionHandlers,
    ...deps.providerHandlers,
    ...deps.reportHandlers,
    ...deps.alertHandlers,
    ...createTagHandlers(cache),
  };
}
