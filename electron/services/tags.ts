/**
 * The `tags.*` channels: the labels a person gives sites to group them in the portfolio. Thin:
 * the cache cleans and checks the tags (electron/cache/tags.ts) and says why it refuses.
 */
import type { TagList } from '../../shared/contract';
import type { CacheStore } from '../cache/types';
import type { Handlers } from '../ipc/dispatch';

/** The channels this module answers. */
export type TagChannels = 'tags.list' | 'tags.set';

/** Builds the tag handlers over the cache. */
export function createTagHandlers(cache: Pick<CacheStore, 'tags'>): Pick<Handlers, TagChannels> {
  const list = (): TagList => ({ sites: cache.tags.list() });
  return {
    'tags.list': list,
    'tags.set': ({ siteId, tags }) => {
      cache.tags.set(siteId, tags);
      return list();
    },
  };
}
