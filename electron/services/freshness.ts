/**
 * When is a site's data "stale"? Pure so the rule is tested with a table and used the same way
 * by the portfolio and the site page.
 */

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
