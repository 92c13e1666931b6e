/**
 * CSV export of the series a site chart shows (RFC 4180). Spreadsheet users open these files, so
 * a text cell that a spreadsheet would run as a formula is defused with a leading quote (OWASP
 * "CSV injection"). Written by hand rather than with csv-stringify: its browser build's typings
 * pull @types/node into shared/ and renderer/, and four columns need twenty lines, not 80 KB.
 */
import type { SeriesRange, SiteSeries } from './domain';

/** Header row of every export: one row per chart bucket, raw numbers in the series' unit. */
export const CSV_COLUMNS = ['label', 'value', 'previous', 'unit'] as const;

/** One cell's value before quoting; null and undefined become an empty cell. */
export type CsvCell = string | number | null | undefined;

// Leading characters spreadsheets treat as the start of a formula (ASCII and full-width forms).
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell as RFC 4180 text: numbers as-is, formula-looking text defused, quotes doubled. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, as RFC 4180 and Excel expect. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The CSV text of a series: `label,value,previous,unit`, values in W (day) or Wh. */
export function seriesToCsv(series: Pick<SiteSeries, 'points' | 'unit'>): string {
  const rows = series.points.map((p) => [p.label, p.value, p.previous, series.unit]);
  return toCsv([CSV_COLUMNS, ...rows]);
}

/** A safe download name: `enalysis-<site>-<range>-<anchor>.csv`, the site reduced to [a-z0-9-]. */
export function csvFileName(site: string, range: SeriesRange, anchor: string): string {
  const slug =
    site
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'site';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(anchor) ? anchor : 'date';
  return `enalysis-${slug}-${range}-${day}.csv`;
}
