/**
 * Flows beside solar: stored with their intervals for sites that measure them, read back per
 * span, none for a solar-only site, invalid amounts refused before anything is written, and a
 * site deleted with its data takes its flows along. The ledger's cost column sums a month's
 * spend per provider.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { InvalidDataError } from '../../../../electron/cache/errors';
import type { IntervalSample } from '../../../../electron/cache/types';
import { makeSite, openTestCache, tempFolder } from './fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;
const T = 1_790_000_100;
const flows = {
  homeWh: 40,
  gridImportWh: 10,
  gridExportWh: 0,
  batteryChargeWh: 5,
  batteryDischargeWh: 0,
  socPercent: 62.5,
};

beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir);
  cache.upsertSite(makeSite({ id: 'tesla:1' }));
  cache.upsertSite(makeSite({ id: 'tesla:2' }));
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

describe('interval flows', () => {
  it('stores the flows of a site that measures them and none for a solar-only one', () => {
    const withFlows: IntervalSample[] = [
      { endAt: T, wh: 30, w: 360, flows },
      { endAt: T + 300, wh: 31, w: 372, flows: { ...flows, socPercent: null, homeWh: 41 } },
    ];
    cache.upsertIntervals('tesla:1', withFlows);
    cache.upsertIntervals('tesla:2', [{ endAt: T, wh: 30, w: 360 }]);
    expect(cache.flows('tesla:1', T - 1, T + 300)).toEqual([
      { endAt: T, ...flows },
      { endAt: T + 300, ...flows, socPercent: null, homeWh: 41 },
    ]);
    expect(cache.flows('tesla:1', T, T + 300)).toHaveLength(1);
    expect(cache.flows('tesla:2', 0, T + 1_000)).toEqual([]);
    expect(cache.intervals('tesla:2', 0, T + 1_000)).toEqual([{ endAt: T, wh: 30, w: 360 }]);
  });

  it('refuses a negative amount or a charge over 100 % before writing anything', () => {
    expect(() =>
      cache.upsertIntervals('tesla:1', [
        { endAt: T, wh: 30, w: 360, flows },
        { endAt: T + 300, wh: 30, w: 360, flows: { ...flows, gridImportWh: -1 } },
      ]),
    ).toThrow(InvalidDataError);
    expect(() =>
      cache.upsertIntervals('tesla:1', [
        { endAt: T, wh: 30, w: 360, flows: { ...flows, socPercent: 101 } },
      ]),
    ).toThrow(/socPercent/);
    expect(cache.intervals('tesla:1', 0, T + 1_000)).toEqual([]);
    expect(cache.flows('tesla:1', 0, T + 1_000)).toEqual([]);
  });

  it('a later fetch corrects the flows, and deleting a site with its data drops them', () => {
    cache.upsertIntervals('tesla:1', [{ endAt: T, wh: 30, w: 360, flows }]);
    cache.upsertIntervals('tesla:1', [
      { endAt: T, wh: 30, w: 360, flows: { ...flows, homeWh: 7 } },
    ]);
    expect(cache.flows('tesla:1', 0, T)[0]?.homeWh).toBe(7);
    cache.deleteSite('tesla:1', true);
    cache.upsertSite(makeSite({ id: 'tesla:1' }));
    expect(cache.flows('tesla:1', 0, T)).toEqual([]);
  });
});

describe('spend in the ledger', () => {
  it('sums the cost of a provider since an instant; entries without a cost count 0', () => {
    const entry = { connectionId: 'c', siteId: null, endpoint: 'x', status: 200 };
    cache.recordRequest({ ...entry, provider: 'tesla', at: T - 10, costMicroUsd: 2_000 });
    cache.recordRequest({ ...entry, provider: 'tesla', at: T, costMicroUsd: 2_000 });
    cache.recordRequest({ ...entry, provider: 'tesla', at: T + 1, costMicroUsd: 0 });
    cache.recordRequest({ ...entry, provider: 'enphase', at: T + 2 });
    expect(cache.spendMicroUsd('tesla', T)).toBe(2_000);
    expect(cache.spendMicroUsd('tesla', 0)).toBe(4_000);
    expect(cache.spendMicroUsd('enphase', 0)).toBe(0);
    expect(() =>
      cache.recordRequest({ ...entry, provider: 'tesla', at: T, costMicroUsd: 0.5 }),
    ).toThrow(InvalidDataError);
  });
});
