/** Maps a cache row to what the renderer may see of a site (no provider internals). */
import type { SiteInfo } from '../../shared/domain';
import type { SiteRecord } from '../cache/types';
import { withAlertStatus, type SiteAlertStatus } from '../insight/site-status';

/** The renderer's view of a site; its status is the worse of the provider's and its open alerts'. */
export function toSiteInfo(site: SiteRecord, alert?: SiteAlertStatus): SiteInfo {
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
    ...withAlertStatus(site.status, site.statusDetail, alert),
    connectionId: site.connectionId,
  };
}
