/**
 * What choosing, reconnecting and disconnecting do to a connection's site rows in the cache.
 * New sites are stored by the scheduler (it lists them with coordinates and starts backfill)
 * when the lifecycle announces that a connection's sites changed. Removing a system from the selection deletes its site row but KEEPS its
 * cached history (it comes back if the system is chosen again); disconnecting either keeps the
 * rows as "Disconnected; showing cached data" (no connection, status offline) or deletes them
 * with their data.
 */
import type { ProviderId, SiteStatus } from '../../shared/domain';
import type { CacheStore } from '../cache/types';
import type { StoredText } from '../i18n/stored-text';
import type { Message } from '../i18n/words';
import { siteIdOf } from '../model/site';
import type { ConnectionRecord } from '../vault/records';

/** The cache operations a connection's transitions use on its site rows. */
export type ConnectionCache = Pick<
  CacheStore,
  'getSite' | 'upsertSite' | 'deleteSite' | 'setSiteStatus'
>;

/** What a disconnected site that kept its data says about itself (in the user's language). */
export const DISCONNECTED_DETAIL: Message = { key: 'status.disconnected' };

/** Which external ids a new selection adds and removes (pure; order of `chosen` kept, duplicates dropped). */
export function planSiteChoice(
  current: readonly string[],
  chosen: readonly string[],
): { selection: string[]; added: string[]; removed: string[] } {
  const selection = [...new Set(chosen)];
  const before = new Set(current);
  const after = new Set(selection);
  return {
    selection,
    added: selection.filter((id) => !before.has(id)),
    removed: current.filter((id) => !after.has(id)),
  };
}

/** Removes site rows; their history stays unless `withData`. */
export function removeSites(
  cache: ConnectionCache,
  provider: ProviderId,
  externalIds: readonly string[],
  withData: boolean,
): void {
  for (const externalId of externalIds) cache.deleteSite(siteIdOf(provider, externalId), withData);
}

/** After a disconnect: keep the rows as offline, unconnected cached sites, or delete them with data. */
export function releaseSites(
  cache: ConnectionCache,
  record: ConnectionRecord,
  keepData: boolean,
): void {
  if (!keepData) {
    removeSites(cache, record.provider, record.siteExternalIds, true);
    return;
  }
  for (const externalId of record.siteExternalIds) {
    const site = cache.getSite(siteIdOf(record.provider, externalId));
    if (!site || site.connectionId !== record.id) continue;
    cache.upsertSite({
      ...site,
      connectionId: null,
      status: 'offline',
      statusDetail: DISCONNECTED_DETAIL,
    });
  }
}

/**
 * Sets the status of a connection's sites (needs_reauth when the grant is gone); with
 * `onlyFrom`, only sites currently in that status change (reconnect clears only needs_reauth).
 */
export function setSitesStatus(
  cache: ConnectionCache,
  record: ConnectionRecord,
  status: SiteStatus,
  detail: StoredText | null,
  onlyFrom?: SiteStatus,
): void {
  for (const externalId of record.siteExternalIds) {
    const site = cache.getSite(siteIdOf(record.provider, externalId));
    if (!site || site.connectionId !== record.id) continue;
    if (onlyFrom !== undefined && site.status !== onlyFrom) continue;
    cache.setSiteStatus(site.id, status, detail);
  }
}
