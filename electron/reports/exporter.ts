/**
 * The portfolio export end to end: read each chosen site's local days from the cache, build the
 * table, serialise it as CSV or XLSX, and hand the bytes to the save-file port. The renderer only
 * says which sites, which dates, which granularity and format; main picks the file name.
 */
import { toCsv } from '../../shared/csv';
import { daysBetween, type LocalDate } from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import { InvalidRequestError, UnavailableError } from '../errors';
import { englishWords, type Words } from '../i18n/words';
import type { SaveFilePort } from '../ports';
import type { EconomicsService } from './economics-store';
import { effectiveRates } from './economics';
import { exportFileName } from './file-names';
import { buildExportTable, type ExportGranularity, type ExportTable } from './portfolio-export';
import { tableToXlsx } from './xlsx';

/** The longest range one export may cover (10 years of days is ~3,650 rows per site). */
export const MAX_EXPORT_DAYS = 3660;

/** What the renderer asks for. */
export interface ExportRequest {
  from: LocalDate;
  to: LocalDate;
  granularity: ExportGranularity;
  format: 'csv' | 'xlsx';
}

/** Builds export tables and writes them through the save-file port. */
export class PortfolioExporter {
  constructor(
    private readonly cache: CacheStore,
    private readonly economics: EconomicsService,
    private readonly saveFile: SaveFilePort | undefined,
    private readonly words: Words,
  ) {}

  /** The table for these sites, without writing anything, headed in `words` (the user's). */
  table(
    sites: SiteRecord[],
    request: Omit<ExportRequest, 'format'>,
    words: Words = this.words,
  ): ExportTable {
    const { from, to, granularity } = request;
    if (from > to) throw new InvalidRequestError({ key: 'error.reports.exportBackwards' });
    if (daysBetween(from, to) >= MAX_EXPORT_DAYS) {
      throw new InvalidRequestError({ key: 'error.reports.exportTooLong' });
    }
    if (sites.length === 0) throw new InvalidRequestError({ key: 'error.reports.noSites' });
    const settings = this.economics.settings();
    const input = sites.map((site) => ({
      id: site.id,
      name: site.name,
      country: site.country,
      timeZone: site.timeZone,
      capacityW: site.capacityW,
      rates: effectiveRates(settings, site),
      daily: this.cache.daily(site.id, from, to),
    }));
    const currency = this.economics.currency(settings);
    return buildExportTable(input, from, to, granularity, currency, words);
  }

  /** Writes the export; resolves the saved file's name (null: cancelled) and the row count. */
  async export(
    sites: SiteRecord[],
    request: ExportRequest,
  ): Promise<{ fileName: string | null; rows: number }> {
    if (!this.saveFile) throw new UnavailableError({ key: 'error.reports.noSaving' });
    // The workbook is a document people read: headed in their language. The CSV is for other
    // tools (ISO dates, '.' decimals): its headers stay the stable English names.
    const words = request.format === 'csv' ? englishWords : this.words;
    const table = this.table(sites, request, words);
    const bytes =
      request.format === 'csv'
        ? new TextEncoder().encode(toCsv([table.columns, ...table.rows]))
        : await tableToXlsx(table, words.t('report.sheet'));
    const name = exportFileName(request.from, request.to, request.granularity, request.format);
    const fileName = await this.saveFile.save(name, request.format, bytes);
    return { fileName, rows: table.rows.length };
  }
}
