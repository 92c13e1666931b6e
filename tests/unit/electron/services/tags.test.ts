import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { createDispatcher, type Handlers } from '../../../../electron/ipc/dispatch';
import { createTagHandlers } from '../../../../electron/services/tags';
import { MemoryLogger } from '../../../harness/memory-logger';
import { makeSite, openTestCache, tempFolder } from '../cache/fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;
let dispatch: ReturnType<typeof createDispatcher>;

beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir);
  cache.upsertSite(makeSite({ id: 'demo:a', name: 'Alpha' }));
  // Only the tag channels are called here; the dispatcher checks every payload on the way.
  dispatch = createDispatcher(createTagHandlers(cache) as Handlers, new MemoryLogger());
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

describe('tag channels', () => {
  it('store a site’s tags and answer with every site’s tags', async () => {
    expect(
      await dispatch('tags.set', { siteId: 'demo:a', tags: [' North  campus', 'north campus'] }),
    ).toEqual({
      ok: true,
      value: { sites: [{ siteId: 'demo:a', tags: ['North campus'] }] },
    });
    expect(await dispatch('tags.list', {})).toEqual({
      ok: true,
      value: { sites: [{ siteId: 'demo:a', tags: ['North campus'] }] },
    });
  });

  it('refuse a tag that is empty or too long with a clear message, storing nothing', async () => {
    const empty = await dispatch('tags.set', { siteId: 'demo:a', tags: ['  '] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const long = await dispatch('tags.set', { siteId: 'demo:a', tags: ['x'.repeat(41)] });
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(cache.tags.list()).toEqual([]);
  });

  it('say so when the site is no longer in the app', async () => {
    expect(await dispatch('tags.set', { siteId: 'demo:gone', tags: ['Schools'] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
