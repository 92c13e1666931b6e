import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { openCache } from '../../../../electron/cache/cache';
import { InvalidDataError, UnknownSiteError } from '../../../../electron/cache/errors';
import { TAGS_PER_SITE_MAX } from '../../../../shared/tags';
import { makeSite, openTestCache, tempFolder } from './fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;

beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir);
  cache.upsertSite(makeSite({ id: 'demo:a', name: 'Alpha' }));
  cache.upsertSite(makeSite({ id: 'demo:b', name: 'Beta' }));
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

describe('site tags in the cache', () => {
  it('stores a site’s tags in the order given and lists only sites that have some', () => {
    expect(cache.tags.set('demo:a', ['North campus', 'Schools'])).toEqual([
      'North campus',
      'Schools',
    ]);
    expect(cache.tags.of('demo:a')).toEqual(['North campus', 'Schools']);
    expect(cache.tags.of('demo:b')).toEqual([]);
    expect(cache.tags.list()).toEqual([{ siteId: 'demo:a', tags: ['North campus', 'Schools'] }]);
  });

  it('replaces the tags on each edit; an empty list removes them all', () => {
    cache.tags.set('demo:a', ['North campus', 'Schools']);
    cache.tags.set('demo:a', ['Schools', 'Depots']);
    expect(cache.tags.of('demo:a')).toEqual(['Schools', 'Depots']);
    cache.tags.set('demo:a', []);
    expect(cache.tags.list()).toEqual([]);
  });

  it('cleans what was typed: spaces trimmed and collapsed, case-insensitive duplicates once', () => {
    expect(
      cache.tags.set('demo:a', ['  North   campus ', 'north campus', '', 'NORTH CAMPUS']),
    ).toEqual(['North campus']);
  });

  it('refuses too long a tag or too many, and keeps what was stored', () => {
    cache.tags.set('demo:a', ['Schools']);
    expect(() => cache.tags.set('demo:a', ['x'.repeat(41)])).toThrow(InvalidDataError);
    const many = Array.from({ length: TAGS_PER_SITE_MAX + 1 }, (_, i) => `Tag ${i}`);
    expect(() => cache.tags.set('demo:a', many)).toThrow(/at most 12 tags/);
    expect(() => cache.tags.set('demo:a', [42 as unknown as string])).toThrow(InvalidDataError);
    expect(cache.tags.of('demo:a')).toEqual(['Schools']);
  });

  it('refuses tags for a site that is not in the list', () => {
    expect(() => cache.tags.set('demo:nowhere', ['Schools'])).toThrow(UnknownSiteError);
  });

  it('a site removed without its data keeps its tags for when it comes back', () => {
    cache.tags.set('demo:a', ['North campus']);
    cache.deleteSite('demo:a', false);
    expect(cache.tags.list()).toEqual([]);
    expect(cache.tags.of('demo:a')).toEqual([]);
    expect(() => cache.tags.set('demo:a', ['Schools'])).toThrow(UnknownSiteError);
    cache.upsertSite(makeSite({ id: 'demo:a', name: 'Alpha' }));
    expect(cache.tags.of('demo:a')).toEqual(['North campus']);
  });

  it('a site removed with its data loses its tags, also when added again', () => {
    cache.tags.set('demo:a', ['North campus']);
    cache.deleteSite('demo:a', true);
    cache.upsertSite(makeSite({ id: 'demo:a', name: 'Alpha' }));
    expect(cache.tags.of('demo:a')).toEqual([]);
  });

  it('keeps tags across a restart', () => {
    cache.tags.set('demo:b', ['Depots']);
    cache.close();
    cache = openCache(cache.filePath);
    expect(cache.tags.list()).toEqual([{ siteId: 'demo:b', tags: ['Depots'] }]);
  });
});
