/**
 * A large fleet in a real cache, for the E2E tests and the bench of the portfolio at 1,000
 * sites: varied building names (some long enough to be cut), cities, statuses and providers,
 * and today's production for each, written through the cache's own API before the app starts.
 */
import { join } from 'node:path';
import { openCache } from '../../electron/cache/cache';
import type { SiteRecord } from '../../electron/cache/types';
import type { ProviderId, SiteStatus } from '../../shared/domain';
import { fleetIntervals } from '../../bench/fleet-fixture';

const buildings = [
  'Library',
  'Depot',
  'Gymnasium',
  'Town Hall',
  'Primary School',
  'Fire Station',
  'Warehouse',
  'Clinic',
  'Swimming Pool',
  'Office Block',
];
const areas = ['North Campus', 'Riverside', 'Harbour', 'Old Town', 'Airport', 'Westgate'];
const places: [city: string, country: string, zone: string, longitude: number][] = [
  ['Berlin', 'DE', 'Europe/Berlin', 13],
  ['Zürich', 'CH', 'Europe/Zurich', 8],
  ['Boston', 'US', 'America/New_York', -71],
  ['Denver', 'US', 'America/Denver', -105],
  ['Lyon', 'FR', 'Europe/Paris', 5],
  ['Leeds', 'GB', 'Europe/London', -2],
];
const providers: ProviderId[] = ['enphase', 'solaredge', 'tesla', 'demo'];

/** A name too long for any column: the table, sidebar and kiosk cut it and must show it whole on request. */
export const longSiteName =
  'Nordwestdeutsche Berufsschule für Elektrotechnik und Solaranlagen, Gebäude';

/** The i-th site of a large fleet (deterministic). */
export function largeFleetSite(index: number, now: number): SiteRecord {
  const [city, country, timeZone, longitude] = places[index % places.length] as (typeof places)[0];
  const building = buildings[index % buildings.length] as string;
  const area = areas[Math.floor(index / buildings.length) % areas.length] as string;
  const number = String(index + 1).padStart(4, '0');
  const name = index % 25 === 7 ? `${longSiteName} ${number}` : `${area} ${building} ${number}`;
  const status: SiteStatus =
    index % 29 === 3
      ? 'fault'
      : index % 13 === 5
        ? 'warning'
        : index % 41 === 9
          ? 'offline'
          : 'normal';
  const provider = providers[index % providers.length] as ProviderId;
  return {
    id: `${provider}:fleet-${number}`,
    provider,
    externalId: `fleet-${number}`,
    connectionId: null,
    name,
    city,
    country,
    timeZone,
    latitude: 45,
    longitude,
    capacityW: 8_000 + (index % 11) * 4_000,
    status,
    statusDetail: status === 'fault' ? 'Inverter 2 not reporting' : null,
    addedAt: now - 30 * 86_400,
  };
}

/**
 * Writes `count` sites with the last two days of 5-minute production into the cache file of
 * `dataDir`, and `tags(i)` as each site's tags. Returns the sites.
 */
export function seedLargeFleet(
  dataDir: string,
  count: number,
  now: number,
  tags: (index: number) => string[] = () => [],
): SiteRecord[] {
  const cache = openCache(join(dataDir, 'cache.sqlite'), { clock: { now: () => now } });
  const sites: SiteRecord[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const site = largeFleetSite(i, now);
      cache.upsertSite(site);
      cache.upsertIntervals(site.id, fleetIntervals(site, now - 2 * 86_400, now));
      const own = tags(i);
      if (own.length > 0) cache.tags.set(site.id, own);
      sites.push(site);
    }
  } finally {
    cache.close();
  }
  return sites;
}
