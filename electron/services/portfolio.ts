/**
 * The `portfolio.get` answer: every visible site with today's numbers, plus fleet totals.
 * One cache snapshot feeds the whole page, so it stays fast at hundreds of sites.
 */
import type { Portfolio, PortfolioRow } from '../../shared/domain';
import { addDays } from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import type { expectedWhBetween } from '../insight/expected';
import type { Words } from '../i18n/words';
import type { SiteAlertStatus } from '../insight/site-status';
import { regionalIndexes } from '../insight/regional-index';
import { vsExpected } from '../insight/vs-expected';
import { daylightOf } from './daylight';
import { isSiteStale } from './freshness';
import { toSiteInfo } from './site-info';

/** Days of fleet history on the portfolio chart. */
export const fleetDays = 30;

/** Builds the portfolio for the given sites at instant `now`. */
export function buildPortfolio(
  cache: CacheStore,
  sites: SiteRecord[],
  now: number,
  refreshSeconds: (site: SiteRecord) => number,
  performanceRatio: (site: SiteRecord) => number,
  siteAlerts: ReadonlyMap<string, SiteAlertStatus>,
  words: Words,
  /** How expected energy is integrated (an ExpectedSoFar remembers it between calls). */
  expectedWh?: typeof expectedWhBetween,
): Portfolio {
  const snapshots = new Map(cache.snapshot(now).map((s) => [s.siteId, s]));
  const rows: PortfolioRow[] = [];
  for (const site of sites) {
    const snap = snapshots.get(site.id);
    if (!snap) continue;
    rows.push({
      site: toSiteInfo(site, siteAlerts.get(site.id), words),
      localDate: snap.localDate,
      todayWh: snap.todayWh,
      currentW: snap.currentW,
      specificYield: site.capacityW > 0 ? snap.todayWh / site.capacityW : 0,
      lastIntervalAt: snap.lastIntervalAt,
      stale: isSiteStale(site, snap.lastIntervalAt, now, refreshSeconds(site)),
      sparkline: snap.hourlyW,
      daylight: daylightOf(site, now),
      vsExpected: {
        regionalIndex: null, // set below, once every row's own figure is known
        ...vsExpected(
          {
            site,
            localDate: snap.localDate,
            todayWh: snap.todayWh,
            lastIntervalAt: snap.lastIntervalAt,
            performanceRatio: performanceRatio(site),
          },
          expectedWh,
        ),
      },
    });
  }
  const regional = regionalIndexes(
    rows.map(({ site, vsExpected: v }) => ({ ...site, index: v.index })),
  );
  for (const row of rows) row.vsExpected.regionalIndex = regional.get(row.site.id) ?? null;
  const latest = rows.reduce((max, r) => (r.localDate > max ? r.localDate : max), '');
  const visible = new Set(sites.map((s) => s.id));
  const fleetDaily = latest
    ? fleetDailyOf(cache, visible, addDays(latest, -(fleetDays - 1)), latest)
    : [];
  return {
    generatedAt: now,
    rows,
    totals: {
      todayWh: sum(rows.map((r) => r.todayWh)),
      currentW: sum(rows.map((r) => r.currentW)),
      capacityW: sum(sites.map((s) => s.capacityW)),
    },
    fleetDaily,
  };
}

function fleetDailyOf(cache: CacheStore, visible: Set<string>, from: string, to: string) {
  const all = cache.listSites();
  if (all.every((s) => visible.has(s.id))) return cache.fleetDaily(from, to);
  // Mixed fleets (demo beside real sites): sum only the visible ones.
  const byDate = new Map<string, number>();
  for (const id of visible) {
    for (const day of cache.daily(id, from, to))
      byDate.set(day.localDate, (byDate.get(day.localDate) ?? 0) + day.wh);
  }
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([localDate, wh]) => ({ localDate, wh }));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
