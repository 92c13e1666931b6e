/** Maps a cache row to what the renderer may see of a site (no provider internals). */
import type { SiteInfo } from '../../shared/domain';
import type { SiteRecord } from '../cache/types';
import { sayStored } from '../i18n/stored-text';
import type { Words } from '../i18n/words';
import { withAlertStatus, type SiteAlertStatus } from '../insight/site-status';

/**
 * The renderer's view of a site; its status is the worse of the provider's and its open alerts',
 * its sentence in the language of the answer.
 */
export function toSiteInfo(
  site: SiteRecord,
  alert: SiteAlertStatus | undefined,
  words: Words,
): SiteInfo {
  const { status, statusDetail } = withAlertStatus(site.status, site.statusDetail, alert);
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
    status,
    statusDetail: statusDetail === null ? null : sayStored(words, statusDetail),
    connectionId: site.connectionId,
  };
}
