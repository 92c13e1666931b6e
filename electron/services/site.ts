/** The `site.get` answer: header facts and devices for the site page. */
import type { SiteDetail } from '../../shared/domain';
import type { CacheStore, SiteRecord } from '../cache/types';
import type { Words } from '../i18n/words';
import type { SiteAlertStatus } from '../insight/site-status';
import { daylightOf } from './daylight';
import type { DeviceListing } from './devices';
import { isSiteStale } from './freshness';
import { toSiteInfo } from './site-info';

/** Builds the site page header from the cache and the (cached) device list. */
export function buildSiteDetail(
  cache: CacheStore,
  site: SiteRecord,
  now: number,
  refreshSeconds: number,
  devices: DeviceListing,
  alert: SiteAlertStatus | undefined,
  words: Words,
): SiteDetail {
  const snap = cache.snapshot(now).find((s) => s.siteId === site.id);
  const lastIntervalAt = cache.lastIntervalAt(site.id);
  return {
    site: toSiteInfo(site, alert, words),
    localDate: snap?.localDate ?? '1970-01-01',
    todayWh: snap?.todayWh ?? 0,
    currentW: snap?.currentW ?? 0,
    lifetimeWh: cache.lifetimeWh(site.id),
    firstDate: cache.firstDate(site.id),
    lastIntervalAt,
    stale: isSiteStale(site, lastIntervalAt, now, refreshSeconds),
    devices: devices.devices,
    deviceReporting: devices.reporting,
    daylight: daylightOf(site, now),
  };
}
