/**
 * Made-up Enphase accounts of any size for tests and the day simulation: systems spread over
 * real places in several zones (legacy names and a southern-hemisphere site included), some on
 * cellular gateways, sizes from a home to a warehouse. Deterministic: the same count gives the
 * same account.
 */
import type { AccountSpec, ConnectionType, SystemSpec } from '../../emulators/enphase';

interface Place {
  zone: string;
  city: string;
  state: string;
  country: string;
  latitude: number;
  longitude: number;
}

const places: Place[] = [
  {
    zone: 'America/Los_Angeles',
    city: 'Sacramento',
    state: 'CA',
    country: 'US',
    latitude: 38.56,
    longitude: -121.49,
  },
  {
    zone: 'US/Pacific',
    city: 'Portland',
    state: 'OR',
    country: 'US',
    latitude: 45.52,
    longitude: -122.68,
  },
  {
    zone: 'America/Denver',
    city: 'Denver',
    state: 'CO',
    country: 'US',
    latitude: 39.74,
    longitude: -104.99,
  },
  {
    zone: 'America/Phoenix',
    city: 'Tucson',
    state: 'AZ',
    country: 'US',
    latitude: 32.22,
    longitude: -110.97,
  },
  {
    zone: 'America/Chicago',
    city: 'Austin',
    state: 'TX',
    country: 'US',
    latitude: 30.27,
    longitude: -97.74,
  },
  {
    zone: 'America/New_York',
    city: 'Raleigh',
    state: 'NC',
    country: 'US',
    latitude: 35.78,
    longitude: -78.64,
  },
  {
    zone: 'US/Eastern',
    city: 'Boston',
    state: 'MA',
    country: 'US',
    latitude: 42.36,
    longitude: -71.06,
  },
  {
    zone: 'Pacific/Honolulu',
    city: 'Honolulu',
    state: 'HI',
    country: 'US',
    latitude: 21.31,
    longitude: -157.86,
  },
  {
    zone: 'Europe/Amsterdam',
    city: 'Utrecht',
    state: 'UT',
    country: 'NL',
    latitude: 52.09,
    longitude: 5.12,
  },
  {
    zone: 'Australia/Sydney',
    city: 'Sydney',
    state: 'NSW',
    country: 'AU',
    latitude: -33.87,
    longitude: 151.21,
  },
];

const sizes = [3_280, 7_380, 12_300, 28_800, 45_600, 98_400, 150_000, 500_000];

/**
 * An account with `count` systems, ids from `firstId`; every seventh system is cellular.
 * `firstIndex` starts the rotation of places, sizes and gateways further on, so several small
 * accounts together look like one varied fleet.
 */
export function manySystemsAccount(
  count: number,
  options: {
    login?: string;
    password?: string;
    firstId?: number;
    firstIndex?: number;
    userId?: string;
  } = {},
): AccountSpec {
  const firstId = options.firstId ?? 5_100_000;
  const offset = options.firstIndex ?? 0;
  const systems: SystemSpec[] = Array.from({ length: count }, (_, n) => {
    const i = n + offset;
    const place = places[i % places.length]!;
    const capacityW = sizes[(i * 3) % sizes.length]!;
    const connectionType: ConnectionType =
      i % 7 === 3 ? 'cellular' : i % 2 === 0 ? 'wifi' : 'ethernet';
    return {
      systemId: firstId + n,
      name: `${place.city} Building ${i + 1}`,
      publicName: 'Residential System',
      timezone: place.zone,
      address: {
        city: place.city,
        state: place.state,
        country: place.country,
        postal_code: '00000',
      },
      // Spread the buildings a little around the city, as a real portfolio would be.
      latitude: place.latitude + ((i % 5) - 2) * 0.05,
      longitude: place.longitude + ((i % 3) - 1) * 0.05,
      capacityW,
      tiltDeg: 20,
      azimuthDeg: place.latitude < 0 ? 0 : 180,
      performanceRatio: 0.8,
      climate: { clear: 0.5, overcast: 0.15 },
      connectionType,
      operationalDate: '2021-03-01',
      micros: {
        count: Math.max(2, Math.round(capacityW / 400)),
        model: 'IQ8M',
        sku: 'IQ8M-72-2-US',
        partNumber: '800-01127-r02',
      },
      ...(i % 4 === 1 && { nightIntervals: 'omit' as const }),
    };
  });
  return {
    login: options.login ?? 'many-systems@example.com',
    password: options.password ?? 'sunny-roofs-many',
    userId: options.userId ?? '2319999',
    companyId: '879999',
    passwordLastChanged: 1_693_526_400,
    systems,
  };
}
