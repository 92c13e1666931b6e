/**
 * When is a site's data "stale"? Pure so the rule is tested with a table and used the same way
 * by the portfolio and the site page.
 */
import type { SiteRecord } from '../cache/types';
import { isQuietNight } from '../sync/night';

/** Never call data stale sooner than this, whatever the refresh interval. */
export const minimumStaleSeconds = 60 * 60;

/**
 * Data is stale when nothing new arrived for three refresh intervals (and at least an hour):
 * one missed refresh is normal (cloud lag, cellular gateways), three in a row is worth a mark.
 */
export function isStale(
  lastIntervalAt: number | null,
  now: number,
  refreshSeconds: number,
): boolean {
  if (lastIntervalAt === null) return true;
  return now - lastIntervalAt > Math.max(minimumStaleSeconds, 3 * refreshSeconds);
}

/**
 * A site's data is stale by the rule above, except during a quiet night: when the newest data
 * already reaches past sunset and the sun has stayed down since, nothing new is expected (real
 * providers are not even asked at night), so an evening's data is not "old".
 */
export function isSiteStale(
  site: Pick<SiteRecord, 'latitude' | 'longitude'>,
  lastIntervalAt: number | null,
  now: number,
  refreshSeconds: number,
): boolean {
  if (!isStale(lastIntervalAt, now, refreshSeconds)) return false;
  return (
    lastIntervalAt === null || !isQuietNight(site.latitude, site.longitude, lastIntervalAt, now)
  );
}
