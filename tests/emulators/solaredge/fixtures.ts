/**
 * The default fleet: an installer's fleet account with five sites (two pages at three sites a
 * page) in zones that change clocks in both directions and one that never does, a second
 * installer with one site (to prove keys see only their own), and two homeowners who grant
 * Site Access through OAuth (one of them owns two sites and picks one on the consent page).
 */
import type { FleetAccountSpec, OwnerSpec, SiteSpec } from './sites';

/** The fleet account's key (5 sites). */
export const FLEET_KEY = 'se-fleet-key-northwind-0001';
/** Another installer's key (1 site). */
export const OTHER_FLEET_KEY = 'se-fleet-key-harbor-0002';
/** Homeowner A (one site in Munich). */
export const OWNER_A = 'owner-a@example.com';
/** Homeowner B (Melbourne and Toronto). */
export const OWNER_B = 'owner-b@example.com';

/** Site ids worth naming in tests. */
export const SITE = {
  berlin: 3_101_001,
  newYork: 3_101_002,
  sydney: 3_101_003,
  phoenix: 3_101_004,
  leeds: 3_101_005,
  lisbon: 3_201_001,
  munich: 4_101_001,
  melbourne: 4_201_001,
  toronto: 4_201_002,
} as const;

type Place = Pick<SiteSpec, 'timezone' | 'location' | 'latitude' | 'longitude'>;

function place(
  timezone: string,
  country: string,
  city: string,
  address: string,
  zip: string,
  latitude: number,
  longitude: number,
): Place {
  return { timezone, location: { country, city, address, zip }, latitude, longitude };
}

/** A site with the usual roof (south, 15°) unless told otherwise. */
function site(
  fields: Omit<SiteSpec, 'tiltDeg' | 'azimuthDeg' | 'performanceRatio' | 'climate'> &
    Partial<SiteSpec>,
): SiteSpec {
  return {
    tiltDeg: 15,
    azimuthDeg: 180,
    performanceRatio: 0.82,
    climate: { clear: 0.45, overcast: 0.2 },
    ...fields,
  };
}

const northwind: FleetAccountSpec = {
  name: 'Northwind Facilities',
  apiKey: FLEET_KEY,
  sites: [
    site({
      siteId: SITE.berlin,
      name: 'Berlin Logistics Hub',
      ...place('Europe/Berlin', 'Germany', 'Berlin', 'Am Borsigturm 40', '13507', 52.59, 13.28),
      peakPowerW: 250_000,
      installationDate: '2021-04-12',
      inverters: { count: 3, model: 'SE82.8K' },
      inverterFault: { tripAt: 1_790_000_000, cycleDays: 11, resetAfterDays: 4, index: 2 },
    }),
    site({
      siteId: SITE.newYork,
      name: 'Brooklyn Navy Yard Annex',
      ...place(
        'America/New_York',
        'United States',
        'New York',
        '63 Flushing Ave',
        '11205',
        40.7,
        -73.97,
      ),
      peakPowerW: 120_000,
      installationDate: '2022-06-01',
      inverters: { count: 2, model: 'SE66.6K' },
    }),
    site({
      siteId: SITE.sydney,
      name: 'Parramatta Library',
      ...place(
        'Australia/Sydney',
        'Australia',
        'Parramatta',
        '5 Parramatta Sq',
        '2150',
        -33.815,
        151.0,
      ),
      azimuthDeg: 0,
      peakPowerW: 60_000,
      installationDate: '2020-11-20',
      inverters: { count: 2, model: 'SE30K' },
      climate: { clear: 0.55, overcast: 0.12 },
    }),
    site({
      siteId: SITE.phoenix,
      name: 'Tempe Transit Depot',
      ...place(
        'America/Phoenix',
        'United States',
        'Tempe',
        '1800 E Rio Salado Pkwy',
        '85281',
        33.43,
        -111.91,
      ),
      peakPowerW: 400_000,
      tiltDeg: 5,
      installationDate: '2023-02-15',
      inverters: { count: 4, model: 'SE100K' },
      climate: { clear: 0.8, overcast: 0.04 },
      dataGap: { startAt: 1_790_020_800, cycleDays: 9, hours: 5 },
    }),
    site({
      siteId: SITE.leeds,
      name: 'Leeds Medical Centre',
      ...place(
        'Europe/London',
        'United Kingdom',
        'Leeds',
        '12 Park Square E',
        'LS1 2LF',
        53.8,
        -1.55,
      ),
      peakPowerW: 45_000,
      installationDate: '2024-09-01',
      inverters: { count: 1, model: 'SE40K' },
      climate: { clear: 0.25, overcast: 0.35 },
    }),
  ],
};

const harbor: FleetAccountSpec = {
  name: 'Harbor Installers',
  apiKey: OTHER_FLEET_KEY,
  sites: [
    site({
      siteId: SITE.lisbon,
      name: 'Escola Secundária Camões',
      ...place(
        'Europe/Lisbon',
        'Portugal',
        'Lisboa',
        'Praça José Fontana',
        '1050-129',
        38.73,
        -9.145,
      ),
      peakPowerW: 80_000,
      installationDate: '2022-03-10',
      inverters: { count: 2, model: 'SE50K' },
      climate: { clear: 0.6, overcast: 0.1 },
    }),
  ],
};

const ownerA: OwnerSpec = {
  login: OWNER_A,
  password: 'sunny-se-a',
  sites: [
    site({
      siteId: SITE.munich,
      name: 'Hofmann Home',
      ...place('Europe/Berlin', 'Germany', 'München', 'Leopoldstraße 12', '80802', 48.16, 11.58),
      peakPowerW: 9_800,
      tiltDeg: 35,
      installationDate: '2019-07-03',
      inverters: { count: 1, model: 'SE8K' },
    }),
  ],
};

const ownerB: OwnerSpec = {
  login: OWNER_B,
  password: 'sunny-se-b',
  sites: [
    site({
      siteId: SITE.melbourne,
      name: 'Brunswick House',
      ...place(
        'Australia/Melbourne',
        'Australia',
        'Brunswick',
        '9 Sydney Rd',
        '3056',
        -37.77,
        144.96,
      ),
      azimuthDeg: 0,
      peakPowerW: 6_600,
      tiltDeg: 22,
      installationDate: '2021-12-01',
      inverters: { count: 1, model: 'SE5000H' },
    }),
    site({
      siteId: SITE.toronto,
      name: 'Muskoka Cottage',
      ...place('America/Toronto', 'Canada', 'Toronto', '44 Lakeshore Rd', 'M8V 1A1', 43.6, -79.5),
      peakPowerW: 8_000,
      tiltDeg: 30,
      installationDate: '2023-05-20',
      inverters: { count: 1, model: 'SE7600H' },
    }),
  ],
};

/** The fleet (API-key) accounts by default. */
export const defaultFleetAccounts: readonly FleetAccountSpec[] = [northwind, harbor];
/** The homeowners by default. */
export const defaultOwners: readonly OwnerSpec[] = [ownerA, ownerB];
