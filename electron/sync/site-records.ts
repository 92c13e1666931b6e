/**
 * Turning what a provider lists into the cache's site rows and back, plus the cursor encoding:
 * the small conversions the scheduler would otherwise repeat inline.
 */
import type { ProviderId } from '../../shared/domain';
import type { SiteRecord } from '../cache/types';
import { descriptionOf, siteIdOf } from '../model/site';
import type { ProviderSite } from '../providers/provider';

export { isUsableExternalId, siteIdOf } from '../model/site';

/** Cursor kind: the newest interval end stored (epoch s, as text). */
export const INTERVALS_CURSOR = 'intervals';
/** Cursor kind: the last local date whose daily total was backfilled (`YYYY-MM-DD`). */
export const DAILY_CURSOR = 'daily';

/**
 * The row to store for a listed site; keeps what the app owns (addedAt) and the connection,
 * unless the connection that listed it is given.
 */
export function toSiteRecord(
  provider: ProviderId,
  site: ProviderSite,
  existing: SiteRecord | null,
  now: number,
  connectionId: string | null = existing?.connectionId ?? null,
): SiteRecord {
  return {
    id: siteIdOf(provider, site.externalId),
    provider,
    externalId: site.externalId,
    connectionId,
    ...descriptionOf(site),
    addedAt: existing?.addedAt ?? now,
  };
}

/** True when storing `next` would change what the user sees of the site. */
export function siteChanged(previous: SiteRecord | null, next: SiteRecord): boolean {
  if (previous === null) return true;
  // A status message is an object: the same key and params is the same sentence. An optional
  // field a provider leaves out (statusSince) is stored as null: the same as absent.
  const same = (key: keyof SiteRecord) =>
    key === 'statusDetail'
      ? JSON.stringify(previous.statusDetail) === JSON.stringify(next.statusDetail)
      : (previous[key] ?? null) === (next[key] ?? null);
  return (Object.keys(next) as (keyof SiteRecord)[]).some((key) => !same(key));
}

/** A stored site as the provider interface wants it (for on-demand fetches). */
export function toProviderSite(site: SiteRecord): ProviderSite {
  return {
    externalId: site.externalId,
    ...descriptionOf(site),
    lastEnergyAt: null,
  };
}

/** Reads the intervals cursor; anything unreadable counts as "never fetched". */
export function parseInstantCursor(value: string | null): number | null {
  if (value === null || !/^\d{1,12}$/.test(value)) return null;
  return Number(value);
}
