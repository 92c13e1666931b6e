import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../../../electron/cache/cache';
import type { SiteRecord } from '../../../../electron/cache/types';
import { InvalidRequestError, UnavailableError } from '../../../../electron/errors';
import { PortfolioExporter } from '../../../../electron/reports/exporter';
import { EconomicsService } from '../../../../electron/reports/economics-store';
import { createWords, englishWords, type Words } from '../../../../electron/i18n/words';
import ExcelJS from 'exceljs';
import { ConfStore } from '../../../harness/conf-store';
import { FolderSaveFile } from '../../../harness/folder-save-file';
import { MemoryLogger } from '../../../harness/memory-logger';
import { testSite } from './fixtures';

const hostile: SiteRecord = testSite('demo:hostile', {
  name: '=HYPERLINK("http://x","y")',
  city: 'Berlin',
  capacityW: 5_000,
});

function setup(words: Words = englishWords) {
  const dir = mkdtempSync(join(tmpdir(), 'exporter-'));
  const cache = openCache(join(dir, 'cache.sqlite'));
  cache.upsertSite(hostile);
  cache.upsertDailyReported(hostile.id, [{ localDate: '2026-11-02', wh: 12_345 }]);
  const economics = new EconomicsService(new ConfStore(dir), 'de-DE', new MemoryLogger(), words);
  const saver = new FolderSaveFile(join(dir, 'out'));
  return { cache, saver, exporter: new PortfolioExporter(cache, economics, saver, words) };
}

describe('PortfolioExporter', () => {
  it('writes a CSV where the hostile name is defused text and energy is in kWh', async () => {
    const { exporter, saver, cache } = setup();
    const result = await exporter.export([hostile], {
      from: '2026-11-01',
      to: '2026-11-02',
      granularity: 'day',
      format: 'csv',
    });
    expect(result).toEqual({
      fileName: 'enalysis-portfolio-2026-11-01-to-2026-11-02-daily.csv',
      rows: 2,
    });
    const lines = readFileSync(saver.written[0]!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Site,Site ID,.*Energy \(kWh\).*Savings \(EUR\)/);
    expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""y""\)",demo:hostile,DE,/);
    expect(lines[2]).toContain(',12.345,');
    cache.close();
  });

  it('refuses an inverted or empty choice and says when saving is unavailable', async () => {
    const { exporter, cache } = setup();
    const request = {
      from: '2026-11-02',
      to: '2026-11-01',
      granularity: 'day',
      format: 'csv',
    } as const;
    await expect(exporter.export([hostile], request)).rejects.toThrow(InvalidRequestError);
    await expect(
      exporter.export([], { ...request, from: '2026-11-01', to: '2026-11-01' }),
    ).rejects.toThrow('Choose at least one site');
    const economics = new EconomicsService(
      new ConfStore(mkdtempSync(join(tmpdir(), 'e-'))),
      'en',
      new MemoryLogger(),
      englishWords,
    );
    await expect(
      new PortfolioExporter(cache, economics, undefined, englishWords).export([hostile], {
        ...request,
        from: '2026-11-01',
      }),
    ).rejects.toThrow(UnavailableError);
    cache.close();
  });

  it('answers a cancelled dialog with no file name', async () => {
    const { exporter, saver, cache } = setup();
    saver.cancelNext();
    const result = await exporter.export([hostile], {
      from: '2026-11-01',
      to: '2026-11-30',
      granularity: 'month',
      format: 'xlsx',
    });
    expect(result).toEqual({ fileName: null, rows: 1 });
    expect(saver.written).toEqual([]);
    cache.close();
  });

  it('heads the workbook in the user’s language and keeps the CSV’s English headers for tools', async () => {
    const { exporter, saver, cache } = setup(
      createWords(() => ({ language: 'de', formats: 'de-DE' })),
    );
    const request = { from: '2026-11-01', to: '2026-11-02', granularity: 'day' } as const;
    await exporter.export([hostile], { ...request, format: 'xlsx' });
    await exporter.export([hostile], { ...request, format: 'csv' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saver.written[0]!);
    const sheet = workbook.getWorksheet('Ertrag')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      'Anlage',
      'Anlagen-ID',
      'Land',
      'Zeitzone',
      'Datum (Ortszeit)',
    ]);
    expect(sheet.getRow(3).getCell(8).value).toBe(12.345);
    const csv = readFileSync(saver.written[1]!, 'utf8');
    expect(csv).toMatch(/^Site,Site ID,Country,Time zone,Local date,/);
    cache.close();
  });
});
