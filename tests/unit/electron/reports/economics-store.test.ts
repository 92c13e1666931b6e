import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache } from '../../../../electron/cache/cache';
import type { SiteRecord } from '../../../../electron/cache/types';
import { InvalidRequestError, NotFoundError } from '../../../../electron/errors';
import { EconomicsService } from '../../../../electron/reports/economics-store';
import { createWords, englishWords } from '../../../../electron/i18n/words';
import { ConfStore } from '../../../harness/conf-store';
import { MemoryLogger } from '../../../harness/memory-logger';
import { testSite } from './fixtures';

function site(id: string, country: string, timeZone: string): SiteRecord {
  return testSite(id, { country, timeZone });
}

function setup(locale = 'de-DE', words = englishWords) {
  const dir = mkdtempSync(join(tmpdir(), 'economics-'));
  const store = new ConfStore(dir);
  const log = new MemoryLogger();
  return { store, log, service: new EconomicsService(store, locale, log, words), dir };
}

describe('EconomicsService', () => {
  it('starts with no prices, the locale’s currency and the documented table', () => {
    const view = setup('en-AU').service.view();
    expect(view.currency).toBe('AUD');
    expect(view.settings.currency).toBeNull();
    expect(view.settings.fleet.electricityPrice).toBe(0);
    expect(view.tableSource).toMatch(/Ember.*2023/);
    expect(view.table.find((r) => r.country === 'AU')?.kgPerKwh).toBe(0.549);
  });

  it('names the source of the grid factors in the user’s language, the year not grouped', () => {
    const german = createWords(() => ({ language: 'de', formats: 'de-DE' }));
    const view = setup('de-DE', german).service.view();
    expect(view.tableSource).toMatch(/^Netzfaktoren: Ember .*, 2023 .*Durchschnitt von 2023\.$/);
  });

  it('keeps the fleet default, currency and a site override across a restart', () => {
    const { store, service } = setup();
    service.update({
      currency: 'CHF',
      fleet: { electricityPrice: 0.25, feedInPrice: 0.05, selfConsumptionShare: 0.6 },
    });
    const a = site('demo:a', 'DE', 'Europe/Berlin');
    service.setSite({ siteId: a.id, override: { electricityPrice: 0.4 } }, a);
    const again = new EconomicsService(store, 'en-US', new MemoryLogger(), englishWords).view();
    expect(again.currency).toBe('CHF');
    expect(again.settings.fleet).toEqual({
      electricityPrice: 0.25,
      feedInPrice: 0.05,
      selfConsumptionShare: 0.6,
    });
    expect(again.settings.sites['demo:a']).toEqual({ electricityPrice: 0.4 });
    service.setSite({ siteId: a.id, override: null }, a);
    expect(service.view().settings.sites).toEqual({});
  });

  it('refuses a site that does not exist and a damaged store falls back to defaults with a log line', () => {
    const { store, service, log } = setup();
    expect(() => service.setSite({ siteId: 'x', override: {} }, null)).toThrow(NotFoundError);
    store.set('economics', { fleet: 'broken' });
    expect(service.view().settings.fleet.electricityPrice).toBe(0);
    expect(log.text()).toMatch(/money and CO2 settings were invalid/);
  });

  it('values each site’s own local days from the cache', () => {
    const { service, dir } = setup();
    const cache = openCache(join(dir, 'cache.sqlite'));
    const berlin = site('demo:berlin', 'DE', 'Europe/Berlin');
    const tokyo = site('demo:tokyo', 'JP', 'Asia/Tokyo');
    for (const s of [berlin, tokyo]) cache.upsertSite(s);
    cache.upsertDailyReported(berlin.id, [
      { localDate: '2026-10-31', wh: 99_000 },
      { localDate: '2026-11-01', wh: 10_000 },
      { localDate: '2026-11-30', wh: 20_000 },
    ]);
    cache.upsertDailyReported(tokyo.id, [{ localDate: '2026-11-15', wh: 5_000 }]);
    service.update({
      fleet: { electricityPrice: 0.3, feedInPrice: 0.1, selfConsumptionShare: 0.5 },
    });
    const value = service.value(cache, [berlin, tokyo], '2026-11-01', '2026-11-30');
    expect(value.currency).toBe('EUR');
    expect(value.sites.map((s) => [s.siteId, s.wh, s.factorSource])).toEqual([
      ['demo:berlin', 30_000, 'table'],
      ['demo:tokyo', 5_000, 'world-average'],
    ]);
    // 30 kWh × (0.5 × 0.30 + 0.5 × 0.10) = 6; 30 kWh × 0.381 kg = 11.43 kg.
    expect(value.sites[0]!.savings).toBeCloseTo(6, 9);
    expect(value.sites[0]!.co2Kg).toBeCloseTo(11.43, 9);
    expect(value.totals.wh).toBe(35_000);
    expect(value.totals.savings).toBeCloseTo(7, 9);
    expect(() => service.value(cache, [berlin], '2026-12-01', '2026-11-01')).toThrow(
      InvalidRequestError,
    );
    cache.close();
  });

  it('refuses to store a value outside the schema', () => {
    const { service } = setup();
    expect(() => service.update({ emissionFactors: { DE: 5 } })).toThrow(/emissionFactors/);
  });
});
