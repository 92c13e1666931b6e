/**
 * Connections whose records went down with a damaged settings file. The cache still knows their
 * sites and which connection each belonged to, so each lost connection comes back as a
 * `needs_reauth` record (the owner signs in again; cached data stays). When an owner signs in
 * and their account lists every site of such a record, the sign-in takes those sites over.
 */
import type { CacheStore, SiteRecord } from '../cache/types';
import { siteIdOf } from '../sync/site-records';
import { englishWords, type Message } from '../i18n/words';
import { accountLabelOf, lostAccountPrefix, type ProviderNames } from './problems';
import type { ConnectionRecord, ConnectionRecords } from './records';

/** Account ids of restored records start with this: the real id is only known after sign-in. */

/** What a restored connection says until its owner signs in again. */
function lostProblem(provider: string): Message {
  return { key: 'notice.connection.lost', params: { provider } };
}

/** The cache port this module needs. */
export type LostRecordCache = Pick<CacheStore, 'listSites' | 'upsertSite'>;

/**
 * Recreates a `needs_reauth` record for every connection the cache's sites name but the records
 * do not hold; their sites show "needs reauth". Returns the restored records.
 */
export function restoreLostConnections(
  records: ConnectionRecords,
  cache: LostRecordCache,
  now: number,
  providerName: ProviderNames,
): ConnectionRecord[] {
  const known = new Set(records.all().map((record) => record.id));
  const orphans = new Map<string, SiteRecord[]>();
  for (const site of cache.listSites()) {
    if (site.connectionId === null || site.provider === 'demo' || known.has(site.connectionId))
      continue;
    orphans.set(site.connectionId, [...(orphans.get(site.connectionId) ?? []), site]);
  }
  const restored: ConnectionRecord[] = [];
  for (const [id, sites] of orphans) {
    const provider = sites[0]!.provider;
    const problem = lostProblem(providerName(provider));
    const accountId = `${lostAccountPrefix}${id}`.slice(0, 200);
    const record: ConnectionRecord = {
      id,
      provider,
      accountId,
      accountLabel: englishWords.say(accountLabelOf(providerName(provider), accountId)),
      tokenBlob: null,
      expiresAt: 0,
      scope: '',
      createdAt: Math.min(...sites.map((site) => site.addedAt), now),
      refreshedAt: null,
      state: 'needs_reauth',
      problem,
      siteExternalIds: sites.map((site) => site.externalId),
    };
    records.save(record);
    for (const site of sites) {
      cache.upsertSite({ ...site, status: 'needs_reauth', statusDetail: problem });
    }
    restored.push(record);
  }
  return restored;
}

/**
 * After `record`'s owner signed in and their account listed `listed` systems: every restored
 * record of the same provider whose sites are all among them is merged into `record` (its site
 * rows, with their history, now belong to `record`) and dropped. Returns the merged record, or
 * null when nothing was taken over.
 */
export function adoptLostConnections(
  records: ConnectionRecords,
  cache: Pick<CacheStore, 'getSite' | 'upsertSite'>,
  record: ConnectionRecord,
  listed: readonly string[],
): ConnectionRecord | null {
  const visible = new Set(listed);
  const lost = records
    .all()
    .filter(
      (r) =>
        r.id !== record.id &&
        r.provider === record.provider &&
        r.accountId.startsWith(lostAccountPrefix) &&
        r.siteExternalIds.length > 0 &&
        r.siteExternalIds.every((id) => visible.has(id)),
    );
  if (lost.length === 0) return null;
  const taken = lost.flatMap((r) => r.siteExternalIds);
  for (const old of lost) {
    records.remove(old.id);
    for (const externalId of old.siteExternalIds) {
      const site = cache.getSite(siteIdOf(old.provider, externalId));
      if (site?.connectionId !== old.id) continue;
      cache.upsertSite({ ...site, connectionId: record.id, status: 'normal', statusDetail: null });
    }
  }
  return records.update(record.id, (r) => ({
    ...r,
    siteExternalIds: [...new Set([...r.siteExternalIds, ...taken])],
  }));
}
