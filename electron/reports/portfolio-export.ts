/**
 * The portfolio export's table: one row per site and local day (or month), with the period's
 * bounds as instants in the site's zone (so a daylight-saving day shows both its offsets),
 * energy in kWh, specific yield, savings and CO2 avoided. Pure: the caller reads the cache.
 */
import { isoWithOffset, toKilo, type CsvCell } from '../../shared/csv';
import {
  addDays,
  addMonths,
  eachDay,
  endOfLocalDay,
  startOfLocalDay,
  startOfMonth,
  type LocalDate,
} from '../../shared/time';
import type { Words } from '../i18n/words';
import { valueOfEnergy, type EffectiveRates } from './economics';

/** Per day or per month. */
export type ExportGranularity = 'day' | 'month';

/** One site's input: who it is, what applies to it, and its daily totals in the range. */
export interface ExportSite {
  id: string;
  name: string;
  country: string;
  timeZone: string;
  capacityW: number;
  rates: EffectiveRates;
  daily: readonly { localDate: LocalDate; wh: number }[];
}

/** A finished table: header and rows of plain cells. */
export interface ExportTable {
  columns: string[];
  rows: CsvCell[][];
}

/** The column headers in the words given; each says its unit. */
export function exportColumns(
  granularity: ExportGranularity,
  currency: string,
  words: Words,
): string[] {
  return [
    words.t('report.col.site'),
    words.t('report.col.siteId'),
    words.t('report.col.country'),
    words.t('report.col.timeZone'),
    words.t(granularity === 'day' ? 'report.col.localDate' : 'report.col.localMonth'),
    words.t('report.col.periodStart'),
    words.t('report.col.periodEnd'),
    words.t('report.col.energy'),
    words.t('report.col.yield'),
    words.t('report.col.savings', { currency }),
    words.t('report.col.co2'),
  ];
}

/** Local periods covering [from, to]: days, or whole months (clipped to the range). */
function periodsOf(
  from: LocalDate,
  to: LocalDate,
  granularity: ExportGranularity,
): { label: string; first: LocalDate; last: LocalDate }[] {
  if (granularity === 'day') return eachDay(from, to).map((d) => ({ label: d, first: d, last: d }));
  const out = [];
  for (let month = startOfMonth(from); month <= to; month = addMonths(month, 1)) {
    const first = month < from ? from : month;
    const end = addDays(addMonths(month, 1), -1);
    out.push({ label: month.slice(0, 7), first, last: end > to ? to : end });
  }
  return out;
}

/** Rounds money to the cent and mass to the gram, so files carry no floating noise. */
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The table for these sites over local dates [from, to], headed in `words`. A period without any stored day has
 * empty energy, yield, savings and CO2 cells: "no data" is not zero production.
 */
export function buildExportTable(
  sites: readonly ExportSite[],
  from: LocalDate,
  to: LocalDate,
  granularity: ExportGranularity,
  currency: string,
  words: Words,
): ExportTable {
  const periods = periodsOf(from, to, granularity);
  const rows: CsvCell[][] = [];
  for (const site of sites) {
    const byDate = new Map(site.daily.map((d) => [d.localDate, d.wh]));
    for (const period of periods) {
      let wh: number | null = null;
      for (const day of eachDay(period.first, period.last)) {
        const value = byDate.get(day);
        if (value !== undefined) wh = (wh ?? 0) + value;
      }
      const worth = wh === null ? null : valueOfEnergy(wh, site.rates);
      rows.push([
        site.name,
        site.id,
        site.country,
        site.timeZone,
        period.label,
        isoWithOffset(startOfLocalDay(period.first, site.timeZone), site.timeZone),
        isoWithOffset(endOfLocalDay(period.last, site.timeZone), site.timeZone),
        toKilo(wh),
        wh === null || site.capacityW <= 0 ? null : round(wh / site.capacityW, 4),
        worth === null ? null : round(worth.savings, 2),
        worth === null ? null : round(worth.co2Kg, 3),
      ]);
    }
  }
  return { columns: exportColumns(granularity, currency, words), rows };
}
