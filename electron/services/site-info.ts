/** Maps a cache row to what the renderer may see of a site (no provider internals). */
import type { SiteInfo } from '../../shared/domain';
import type { SiteRecord } from '../cache/types';

/** The renderer's view of a site. */
export function toSiteInfo(site: SiteRecord): SiteInfo {
  return {
    id: site.id,
    provider: site.provider,
    name: site.name,
    city: site.city,
    country: site.country,
    timeZone: site.timeZone,
    latitude: site.latitude,
    longitude: site.longitude,
    capacityW: site.capacityW,
    status: site.status,
    statusDetail: site.statusDetail,
    connectionId: site.connectionId,
  };
}
