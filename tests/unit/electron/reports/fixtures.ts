/** A cache site row for report tests: a 10 kWp demo site in Berlin unless told otherwise. */
import type { SiteRecord } from '../../../../electron/cache/types';

/** The site `id` with any fields replaced. */
export function testSite(id: string, fields: Partial<SiteRecord> = {}): SiteRecord {
  return {
    id,
    provider: 'demo',
    externalId: id,
    connectionId: null,
    name: id,
    city: '',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    latitude: 52.5,
    longitude: 13.4,
    capacityW: 10_000,
    status: 'normal',
    statusDetail: null,
    addedAt: 1_700_000_000,
    ...fields,
  };
}
