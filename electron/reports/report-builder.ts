/**
 * Builds a report from the cache: per-site energy over the period's local dates, the same dates
 * a year earlier, expected production and the performance index (insight's model, with the
 * site's learned performance ratio), the period's alerts and the energy they cost, specific yield,
 * availability, savings and CO2, a ranking by specific yield and the chart buckets. Every site's
 * numbers use its own time zone's calendar.
 */
import type { Report, ReportAlert, ReportSite } from '../../shared/report';
import {
  addDays,
  addMonths,
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
  type LocalDate,
} from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import { expectedWhBetween } from '../insight/expected';
import { availabilityOf } from './availability';
import { effectiveRates, valueOfEnergy } from './economics';
import type { EconomicsSettings } from '../../shared/economics';

/** The local dates of a `YYYY-MM` or `YYYY` period. */
export function periodDates(period: string): {
  kind: 'month' | 'year';
  from: LocalDate;
  to: LocalDate;
} {
  if (period.length === 4) return { kind: 'year', from: `${period}-01-01`, to: `${period}-12-31` };
  const from = `${period}-01`;
  return { kind: 'month', from, to: addDays(addMonths(from, 1), -1) };
}

/** The same local date one year earlier (29 February → 28 February). */
export function yearEarlier(date: LocalDate): LocalDate {
  return addMonths(date, -12);
}

/** What the builder needs besides the cache. */
export interface ReportInput {
  sites: SiteRecord[];
  scope: Report['scope'];
  period: string;
  now: number;
  economics: EconomicsSettings;
  currency: string;
  factorSource: string;
  /** The site's learned performance ratio (insight's, as learned today). */
  ratioFor(site: SiteRecord): number;
}

/** Actual over expected, or null when nothing was expected. */
export function performanceIndex(wh: number, expectedWh: number): number | null {
  return expectedWh > 0 ? wh / expectedWh : null;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Builds the report. */
export function buildReport(cache: CacheStore, input: ReportInput): Report {
  const { kind, from, to } = periodDates(input.period);
  const bucketOf = (date: LocalDate) => (kind === 'month' ? date : date.slice(0, 7));
  const buckets = new Map<string, { wh: number; previousWh: number | null }>();
  let through = from;
  let slotsDaylight = 0;
  let slotsCovered = 0;
  const alerts: ReportAlert[] = [];

  const sites: ReportSite[] = input.sites.map((site) => {
    const today = localDateOf(input.now, site.timeZone);
    const last = to < today ? to : today;
    const days = last >= from ? cache.daily(site.id, from, last) : [];
    const previous = last >= from ? cache.daily(site.id, yearEarlier(from), yearEarlier(last)) : [];
    if (days.length > 0 && days.at(-1)!.localDate > through) through = days.at(-1)!.localDate;
    for (const day of days) {
      const bucket = buckets.get(bucketOf(day.localDate)) ?? { wh: 0, previousWh: null };
      bucket.wh += day.wh;
      buckets.set(bucketOf(day.localDate), bucket);
    }
    for (const day of previous) {
      const key = bucketOf(addMonths(day.localDate, 12));
      const bucket = buckets.get(key) ?? { wh: 0, previousWh: null };
      bucket.previousWh = (bucket.previousWh ?? 0) + day.wh;
      buckets.set(key, bucket);
    }
    const wh = sum(days.map((d) => d.wh));
    const start = startOfLocalDay(from, site.timeZone);
    const end = Math.min(endOfLocalDay(to, site.timeZone), input.now);
    const judged =
      end > start
        ? availabilityOf(
            site,
            cache.intervals(site.id, start, end).map((i) => i.endAt),
            start,
            end,
          )
        : null;
    if (judged) {
      slotsDaylight += judged.daylightSlots;
      slotsCovered += judged.coveredSlots;
    }
    const worth = valueOfEnergy(wh, effectiveRates(input.economics, site));
    const expectedWh = end > start ? expectedWhBetween(site, start, end, input.ratioFor(site)) : 0;
    const siteAlerts = cache.alerts
      .list({ siteId: site.id })
      // Every alert over the period's local dates, also one that began this very instant.
      .filter((a) => a.startAt < endOfLocalDay(to, site.timeZone) && (a.endAt ?? Infinity) > start)
      .map((a) => ({
        siteId: site.id,
        siteName: site.name,
        rule: a.rule,
        startAt: a.startAt,
        endAt: a.endAt,
        lostKwh: a.lostKwh,
      }))
      .sort((a, b) => a.startAt - b.startAt);
    alerts.push(...siteAlerts);
    return {
      siteId: site.id,
      name: site.name,
      city: site.city,
      country: site.country,
      timeZone: site.timeZone,
      capacityW: site.capacityW,
      wh,
      previousWh: previous.length > 0 ? sum(previous.map((d) => d.wh)) : null,
      specificYield: site.capacityW > 0 ? wh / site.capacityW : 0,
      availability: judged?.share ?? null,
      savings: worth.savings,
      co2Kg: worth.co2Kg,
      expectedWh,
      performanceIndex: performanceIndex(wh, expectedWh),
      lostKwh: sum(siteAlerts.map((a) => a.lostKwh)),
    };
  });

  sites.sort((a, b) => b.specificYield - a.specificYield || a.name.localeCompare(b.name));
  const totalWh = sum(sites.map((s) => s.wh));
  const capacityW = sum(sites.map((s) => s.capacityW));
  const withPrevious = sites.filter((s) => s.previousWh !== null);
  const expectedWh = sum(sites.map((s) => s.expectedWh));
  return {
    scope: input.scope,
    period: { kind, label: input.period, from, to, through },
    generatedAt: input.now,
    currency: input.currency,
    factorSource: input.factorSource,
    totals: {
      wh: totalWh,
      previousWh: withPrevious.length > 0 ? sum(withPrevious.map((s) => s.previousWh ?? 0)) : null,
      capacityW,
      specificYield: capacityW > 0 ? totalWh / capacityW : 0,
      availability: slotsDaylight > 0 ? slotsCovered / slotsDaylight : null,
      savings: sum(sites.map((s) => s.savings)),
      co2Kg: sum(sites.map((s) => s.co2Kg)),
      expectedWh,
      performanceIndex: performanceIndex(totalWh, expectedWh),
      lostKwh: sum(alerts.map((a) => a.lostKwh)),
    },
    sites,
    buckets: [...buckets]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([label, bucket]) => ({ label, ...bucket })),
    alerts: [...alerts].sort(
      (a, b) => a.siteName.localeCompare(b.siteName) || a.startAt - b.startAt,
    ),
  };
}
