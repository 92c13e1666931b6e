/** One test site and a fresh cache holding it, shared by the series and comparison tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache } from '../../../../electron/cache/cache';
import type { CacheStore, SiteRecord } from '../../../../electron/cache/types';

/** A demo-provider site in `timeZone` at the given place. */
export function testSite(
  id: string,
  timeZone: string,
  place: { city: string; country: string; latitude: number; longitude: number },
): SiteRecord {
  return {
    id: `demo:${id}`,
    provider: 'demo',
    externalId: id,
    connectionId: null,
    name: id,
    timeZone,
    ...place,
    capacityW: 10_000,
    status: 'normal',
    statusDetail: null,
    addedAt: 1_700_000_000,
  };
}

/** A new cache file in a temp folder with `site` in its list. */
export function cacheWith(site: SiteRecord): CacheStore {
  const cache = openCache(join(mkdtempSync(join(tmpdir(), 'series-')), 'cache.sqlite'));
  cache.upsertSite(site);
  return cache;
}
