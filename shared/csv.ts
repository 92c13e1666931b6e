/**
 * CSV for spreadsheet users (RFC 4180): the per-chart export of a site page, and the rows of the
 * portfolio export. A text cell that a spreadsheet would run as a formula is defused with a
 * leading quote (OWASP "CSV injection"). Written by hand rather than with csv-stringify: its
 * browser build's typings pull @types/node into shared/ and renderer/, and a few columns need
 * twenty lines, not 80 KB.
 */
import { DateTime } from 'luxon';
import type { SeriesRange, SiteSeries } from './domain';

/** One cell's value before quoting; null and undefined become an empty cell. */
export type CsvCell = string | number | null | undefined;

// The characters that start a formula (ASCII and full-width forms)…
const FORMULA_CHARS = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20';
// …at the very start, or after leading whitespace (spreadsheets trim spaces and line breaks
// before they parse a cell); a leading tab or carriage return alone is defused too (OWASP).
const FORMULA_START = new RegExp(`^(?:[\\t\\r]|[\\s\\u3000]*[${FORMULA_CHARS}])`);

/** True when a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** One cell as RFC 4180 text: numbers as-is, formula-looking text defused, quotes doubled. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = looksLikeFormula(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, as RFC 4180 and Excel expect. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** An instant as ISO 8601 in a zone, with its UTC offset: a DST day's two 01:30s differ. */
export function isoWithOffset(epochSeconds: number, zone: string): string {
  return DateTime.fromSeconds(epochSeconds, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

/** Wh (or W) to kWh (or kW), rounded to the watt-hour so floating noise never shows. */
export function toKilo(value: number | null): number | null {
  return value === null ? null : Math.round(value) / 1000;
}

/** Wh to kWh kept to the milliwatt-hour, so a day's intervals still add up to its energy. */
export function intervalKwh(wh: number | null | undefined): number | null {
  return wh === null || wh === undefined ? null : Math.round(wh * 1000) / 1_000_000;
}

/** Header row of a Day export: one row per interval, energy in kWh and average power in kW. */
export const DAY_CSV_COLUMNS = [
  'interval end (site local time; ISO 8601 with UTC offset)',
  'energy in the interval (kWh)',
  'average power over the interval (kW)',
  'previous day at the same time (kWh)',
] as const;

/** Header row of a week, month, year or lifetime export: one row per bucket, energy in kWh. */
export const PERIOD_CSV_COLUMNS = [
  'period (site local date)',
  'period start (ISO 8601 with UTC offset)',
  'energy (kWh)',
  'previous period (kWh)',
] as const;

/**
 * The CSV text of the series a chart shows. A Day export is energy per interval (Wh from main,
 * kWh here) with the chart's power beside it; every other range is energy per local period.
 */
export function seriesToCsv(
  series: Pick<SiteSeries, 'points' | 'unit' | 'range'>,
  timeZone: string,
): string {
  if (series.range === 'day') {
    const rows = series.points.map((p) => [
      isoWithOffset(p.t, timeZone),
      intervalKwh(p.wh),
      toKilo(p.value),
      intervalKwh(p.previousWh),
    ]);
    return toCsv([DAY_CSV_COLUMNS, ...rows]);
  }
  const rows = series.points.map((p) => [
    p.label,
    isoWithOffset(p.t, timeZone),
    toKilo(p.value),
    toKilo(p.previous),
  ]);
  return toCsv([PERIOD_CSV_COLUMNS, ...rows]);
}

/** A file-name-safe slug of a site name: [a-z0-9-], at most 60 characters, never empty. */
export function fileSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'site'
  );
}

/** A safe download name: `enalysis-<site>-<range>-<anchor>.csv`, the site reduced to [a-z0-9-]. */
export function csvFileName(site: string, range: SeriesRange, anchor: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(anchor) ? anchor : 'date';
  return `enalysis-${fileSlug(site)}-${range}-${day}.csv`;
}
