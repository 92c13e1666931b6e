/**
 * Turning what a provider lists into the cache's site rows and back, plus the cursor encoding:
 * the small conversions the scheduler would otherwise repeat inline.
 */
import type { ProviderId } from '../../shared/domain';
import type { SiteRecord } from '../cache/types';
import type { ProviderSite } from '../providers/provider';

/** Cursor kind: the newest interval end stored (epoch s, as text). */
export const INTERVALS_CURSOR = 'intervals';
/** Cursor kind: the last local date whose daily total was backfilled (`YYYY-MM-DD`). */
export const DAILY_CURSOR = 'daily';

/** The app's id for a provider's site. */
export function siteIdOf(provider: ProviderId, externalId: string): string {
  return `${provider}:${externalId}`;
}

/** Provider ids become part of our ids and of log lines: short, printable, no separators games. */
export function isUsableExternalId(externalId: unknown): externalId is string {
  return (
    typeof externalId === 'string' &&
    externalId.length > 0 &&
    externalId.length <= 128 &&
    /^[\w.@:-]+$/.test(externalId)
  );
}

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
    name: site.name,
    city: site.city,
    country: site.country,
    timeZone: site.timeZone,
    latitude: site.latitude,
    longitude: site.longitude,
    capacityW: site.capacityW,
    status: site.status,
    statusDetail: site.statusDetail,
    addedAt: existing?.addedAt ?? now,
  };
}

/** True when storing `next` would change what the user sees of the site. */
export function siteChanged(previous: SiteRecord | null, next: SiteRecord): boolean {
  if (previous === null) return true;
  return (Object.keys(next) as (keyof SiteRecord)[]).some((key) => previous[key] !== next[key]);
}

/** A stored site as the provider interface wants it (for on-demand fetches). */
export function toProviderSite(site: SiteRecord): ProviderSite {
  return {
    externalId: site.externalId,
    name: site.name,
    city: site.city,
    country: site.country,
    timeZone: site.timeZone,
    latitude: site.latitude,
    longitude: site.longitude,
    capacityW: site.capacityW,
    status: site.status,
    statusDetail: site.statusDetail,
    lastEnergyAt: null,
  };
}

/** Reads the intervals cursor; anything unreadable counts as "never fetched". */
export function parseInstantCursor(value: string | null): number | null {
  if (value === null || !/^\d{1,12}$/.test(value)) return null;
  return Number(value);
}
