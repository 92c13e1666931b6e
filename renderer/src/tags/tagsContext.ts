/** Site tags for every screen that groups or shows them (portfolio table, site page). */
import { createContext, useContext } from 'react';
import type { IpcError } from '../../../shared/contract';
import type { TagsBySite } from '../model/portfolioFilter';

/** What the tags provider offers. */
export interface SiteTagsState {
  /** Each site's tags by site id (empty until loaded; untagged sites absent). */
  bySite: TagsBySite;
  /** Stores a site's tags; resolves to null once saved, or to why it was not. */
  save: (siteId: string, tags: string[]) => Promise<IpcError | null>;
}

/** The context object; use `useSiteTags()` rather than this. */
export const SiteTagsContext = createContext<SiteTagsState | null>(null);

/** The site tags, loaded once and kept in step with every edit. */
export function useSiteTags(): SiteTagsState {
  const state = useContext(SiteTagsContext);
  if (!state) throw new Error('useSiteTags must be used inside SiteTagsProvider');
  return state;
}
