/**
 * Loads every site's tags once (`tags.list`) and keeps them in step with edits (`tags.set`
 * answers with the full list), so the table, the groups and the site page agree at once.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { TagList } from '../../../shared/contract';
import { enalysis, settle } from '../api';
import { useInvoke } from '../hooks/useInvoke';
import { SiteTagsContext, type SiteTagsState } from './tagsContext';

/** Provides the site tags to the tree. */
export function SiteTagsProvider({ children }: { children: ReactNode }) {
  const loaded = useInvoke('tags.list', () => enalysis().tags.list());
  const [saved, setSaved] = useState<TagList | null>(null);
  const list = saved ?? loaded.lastValue;
  const save = useCallback(async (siteId: string, tags: string[]) => {
    const result = await settle(() => enalysis().tags.set({ siteId, tags }));
    if (!result.ok) return result.error;
    setSaved(result.value);
    return null;
  }, []);
  const state = useMemo<SiteTagsState>(
    () => ({ bySite: new Map(list?.sites.map((s) => [s.siteId, s.tags]) ?? []), save }),
    [list, save],
  );
  return <SiteTagsContext.Provider value={state}>{children}</SiteTagsContext.Provider>;
}
