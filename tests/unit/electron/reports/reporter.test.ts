import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../../../electron/cache/cache';
import { NotFoundError, UnavailableError } from '../../../../electron/errors';
import { EconomicsService } from '../../../../electron/reports/economics-store';
import { englishWords } from '../../../../electron/i18n/words';
import { Reporter, reportRoute } from '../../../../electron/reports/reporter';
import { ConfStore } from '../../../harness/conf-store';
import { FolderSaveFile } from '../../../harness/folder-save-file';
import { MemoryLogger } from '../../../harness/memory-logger';
import { testSite } from './fixtures';

function setup(withPorts: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'reporter-'));
  const cache = openCache(join(dir, 'cache.sqlite'));
  const site = testSite('demo:one', { name: 'One & Co' });
  cache.upsertSite(site);
  cache.upsertDailyReported(site.id, [{ localDate: '2026-10-05', wh: 7_000 }]);
  const printed: string[] = [];
  const saver = new FolderSaveFile(join(dir, 'out'));
  const reporter = new Reporter({
    cache,
    economics: new EconomicsService(new ConfStore(dir), 'de-DE', new MemoryLogger(), englishWords),
    clock: { now: () => Date.UTC(2026, 10, 17) / 1000 },
    visibleSites: () => [site],
    ratioFor: () => 0.8,
    ...(withPorts
      ? {
          printer: {
            print: async (route: string) => {
              printed.push(route);
              return new TextEncoder().encode('%PDF-1.7');
            },
          },
          saveFile: saver,
        }
      : {}),
  });
  return { cache, reporter, printed, saver };
}

describe('Reporter', () => {
  it('reports one site by id and refuses a site that is not shown', () => {
    const { reporter, cache } = setup(false);
    const report = reporter.get({ scope: 'demo:one', period: '2026-10' });
    expect(report.scope).toEqual({ kind: 'site', siteId: 'demo:one', name: 'One & Co' });
    expect(report.totals.wh).toBe(7_000);
    expect(report.currency).toBe('EUR');
    expect(() => reporter.get({ scope: 'demo:gone', period: '2026-10' })).toThrow(NotFoundError);
    cache.close();
  });

  it('prints the report route and saves it under a name from the site', async () => {
    const { reporter, printed, saver, cache } = setup(true);
    expect(await reporter.savePdf({ scope: 'demo:one', period: '2026' })).toEqual({
      fileName: 'enalysis-report-one-co-2026.pdf',
      rows: 1,
    });
    expect(printed).toEqual(['#/report?scope=demo%3Aone&period=2026']);
    expect(printed[0]).toBe(reportRoute({ scope: 'demo:one', period: '2026' }));
    expect(saver.written).toHaveLength(1);
    cache.close();
  });

  it('says when printing or saving is not available', async () => {
    const { reporter, cache } = setup(false);
    await expect(reporter.pdf({ scope: 'fleet', period: '2026-10' })).rejects.toThrow(
      UnavailableError,
    );
    await expect(reporter.savePdf({ scope: 'fleet', period: '2026-10' })).rejects.toThrow(
      UnavailableError,
    );
    cache.close();
  });
});
