/**
 * `site.flows`: the flows a site measured over local days [from, to], summed from the cached
 * intervals (solar) and interval flows (home, grid, battery), with the newest state of charge.
 * A site with no flow rows in the span reads as not measured, so a solar-only site is unchanged.
 */
import type { SiteFlows } from '../../shared/flows';
import { addDays, startOfLocalDay, type LocalDate } from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import type { flowKeys } from '../model/site';

type Summed = Exclude<(typeof flowKeys)[number], 'socPercent'>;

/** See the module comment. */
export function buildSiteFlows(
  cache: Pick<CacheStore, 'flows' | 'intervals'>,
  site: Pick<SiteRecord, 'id' | 'timeZone'>,
  from: LocalDate,
  to: LocalDate,
): SiteFlows {
  const start = startOfLocalDay(from, site.timeZone);
  const end = startOfLocalDay(addDays(to, 1), site.timeZone);
  const rows = cache.flows(site.id, start, end);
  const base = { siteId: site.id, from, to };
  const empty = {
    solarWh: null,
    homeWh: null,
    gridImportWh: null,
    gridExportWh: null,
    batteryChargeWh: null,
    batteryDischargeWh: null,
    socPercent: null,
    socAt: null,
  };
  if (rows.length === 0) return { ...base, measured: false, ...empty };
  const totals: Record<Summed, number | null> = {
    homeWh: null,
    gridImportWh: null,
    gridExportWh: null,
    batteryChargeWh: null,
    batteryDischargeWh: null,
  };
  let soc: { percent: number; at: number } | null = null;
  for (const row of rows) {
    for (const key of Object.keys(totals) as Summed[]) {
      const value = row[key];
      if (value !== null) totals[key] = (totals[key] ?? 0) + value;
    }
    if (row.socPercent !== null) soc = { percent: row.socPercent, at: row.endAt };
  }
  const solarWh = cache.intervals(site.id, start, end).reduce((sum, i) => sum + i.wh, 0);
  return {
    ...base,
    measured: true,
    ...totals,
    solarWh,
    socPercent: soc?.percent ?? null,
    socAt: soc?.at ?? null,
  };
}
