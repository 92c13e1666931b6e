/**
 * The default accounts: a school district's facilities office (A, one cellular site), a small
 * owner with a home and a clinic (B) and a property manager's portfolio (C, 12 systems: more
 * than one page at size 10). Real places, zones with and without daylight saving (legacy names
 * like `US/Pacific` included), sizes from a 3 kW home to a 500 kW warehouse, and the field
 * quirks the app must survive: a dead micro, a silent gateway, night intervals left out and a
 * status value the app may not know.
 */
import type { AccountSpec, MicroModel, SystemSpec } from './systems';

/** Login of account A (3 systems, one cellular). */
export const ACCOUNT_A = 'facility-a@example.com';
/** Login of account B (2 systems). */
export const ACCOUNT_B = 'facility-b@example.com';
/** Login of account C (12 systems). */
export const ACCOUNT_C = 'portfolio-c@example.com';

const micro = {
  iq7plus: { model: 'IQ7+', sku: 'IQ7PLUS-72-2-US', partNumber: '800-00625-r02' },
  iq8m: { model: 'IQ8M', sku: 'IQ8M-72-2-US', partNumber: '800-01127-r02' },
  iq8a: { model: 'IQ8A', sku: 'IQ8A-72-2-US', partNumber: '800-01129-r02' },
  iq8h: { model: 'IQ8H', sku: 'IQ8H-240-72-2-US', partNumber: '800-01131-r02' },
  iq8plus: { model: 'IQ8+', sku: 'IQ8PLUS-72-2-US', partNumber: '800-01125-r02' },
  iq8p3p: { model: 'IQ8P-3P', sku: 'IQ8P-3P-72-E-US', partNumber: '800-02016-r01' },
} satisfies Record<string, MicroModel>;

type Place = Pick<SystemSpec, 'timezone' | 'address' | 'latitude' | 'longitude'>;

function place(
  timezone: string,
  city: string,
  state: string,
  postalCode: string,
  latitude: number,
  longitude: number,
  country = 'US',
): Place {
  return {
    timezone,
    address: { city, state, country, postal_code: postalCode },
    latitude,
    longitude,
  };
}

/** A system with the usual roof (south, 20°) and a temperate climate unless told otherwise. */
function system(
  fields: Omit<
    SystemSpec,
    'publicName' | 'tiltDeg' | 'azimuthDeg' | 'performanceRatio' | 'climate'
  > &
    Partial<SystemSpec>,
): SystemSpec {
  return {
    publicName: 'Residential System',
    tiltDeg: 20,
    azimuthDeg: 180,
    performanceRatio: 0.8,
    climate: { clear: 0.45, overcast: 0.2 },
    ...fields,
  };
}

const accountA: AccountSpec = {
  login: ACCOUNT_A,
  password: 'sunny-roofs-a',
  userId: '2310001',
  companyId: '870012',
  passwordLastChanged: 1_693_526_400,
  systems: [
    system({
      systemId: 4_201_101,
      name: 'Riverside Elementary School',
      publicName: 'Riverside Elementary Solar',
      ...place('America/Los_Angeles', 'Sacramento', 'CA', '95818', 38.555, -121.49),
      capacityW: 98_400,
      tiltDeg: 10,
      climate: { clear: 0.7, overcast: 0.08 },
      connectionType: 'wifi',
      operationalDate: '2021-08-20',
      micros: { count: 240, ...micro.iq8m },
    }),
    system({
      systemId: 4_201_102,
      name: 'Maple Street Community Center',
      ...place('US/Pacific', 'Davis', 'CA', '95616', 38.5449, -121.7405),
      capacityW: 45_600,
      climate: { clear: 0.7, overcast: 0.08 },
      connectionType: 'ethernet',
      operationalDate: '2022-03-14',
      micros: { count: 114, ...micro.iq8m },
    }),
    system({
      systemId: 4_201_103,
      name: 'Cedar Ridge Pump Station',
      ...place('US/Pacific', 'Placerville', 'CA', '95667', 38.7296, -120.7985),
      capacityW: 12_300,
      tiltDeg: 30,
      climate: { clear: 0.6, overcast: 0.12 },
      connectionType: 'cellular',
      operationalDate: '2023-05-02',
      micros: { count: 30, ...micro.iq8plus },
    }),
  ],
};

const accountB: AccountSpec = {
  login: ACCOUNT_B,
  password: 'sunny-roofs-b',
  userId: '2310002',
  companyId: '',
  passwordLastChanged: 1_717_200_000,
  systems: [
    system({
      systemId: 4_202_201,
      name: 'Harbor View Residence',
      ...place('Pacific/Honolulu', 'Honolulu', 'HI', '96816', 21.2846, -157.8),
      capacityW: 3_280,
      tiltDeg: 15,
      climate: { clear: 0.5, overcast: 0.1 },
      connectionType: 'wifi',
      operationalDate: '2020-11-05',
      micros: { count: 8, ...micro.iq7plus },
      nightIntervals: 'omit',
    }),
    system({
      systemId: 4_202_202,
      name: 'Grand Mesa Medical Office',
      publicName: 'Grand Mesa Medical',
      ...place('US/Mountain', 'Grand Junction', 'CO', '81501', 39.0639, -108.5506),
      capacityW: 120_000,
      tiltDeg: 15,
      climate: { clear: 0.6, overcast: 0.12 },
      connectionType: 'ethernet',
      operationalDate: '2019-06-28',
      micros: { count: 300, ...micro.iq8h },
    }),
  ],
};

const accountC: AccountSpec = {
  login: ACCOUNT_C,
  password: 'sunny-roofs-c',
  userId: '2310003',
  companyId: '870345',
  passwordLastChanged: 1_706_745_600,
  systems: [
    system({
      systemId: 4_303_301,
      name: 'Desert Ridge Logistics Center',
      publicName: 'Desert Ridge Logistics',
      ...place('America/Phoenix', 'Phoenix', 'AZ', '85050', 33.6846, -111.97),
      capacityW: 500_000,
      tiltDeg: 10,
      climate: { clear: 0.75, overcast: 0.05 },
      connectionType: 'ethernet',
      operationalDate: '2020-02-11',
      micros: { count: 1_052, ...micro.iq8p3p },
    }),
    system({
      systemId: 4_303_302,
      name: 'Beacon Hill Condominiums',
      ...place('America/New_York', 'Boston', 'MA', '02108', 42.3588, -71.0707),
      capacityW: 36_000,
      tiltDeg: 25,
      climate: { clear: 0.35, overcast: 0.3 },
      connectionType: 'ethernet',
      operationalDate: '2021-05-19',
      micros: { count: 90, ...micro.iq8a },
    }),
    system({
      systemId: 4_303_303,
      name: 'Lakeshore Medical Plaza',
      ...place('America/Chicago', 'Chicago', 'IL', '60611', 41.8925, -87.6198),
      capacityW: 210_000,
      tiltDeg: 10,
      climate: { clear: 0.4, overcast: 0.25 },
      connectionType: 'ethernet',
      operationalDate: '2022-09-30',
      micros: { count: 500, ...micro.iq8h },
    }),
    system({
      systemId: 4_303_304,
      name: 'Front Range Self Storage',
      ...place('US/Mountain', 'Denver', 'CO', '80216', 39.785, -104.96),
      capacityW: 150_000,
      tiltDeg: 10,
      climate: { clear: 0.55, overcast: 0.15 },
      connectionType: 'ethernet',
      operationalDate: '2019-10-08',
      micros: { count: 350, ...micro.iq8h },
    }),
    system({
      systemId: 4_303_305,
      name: 'Rainier Valley Library',
      ...place('US/Pacific', 'Seattle', 'WA', '98118', 47.5436, -122.2866),
      capacityW: 28_800,
      tiltDeg: 25,
      climate: { clear: 0.25, overcast: 0.45 },
      connectionType: 'wifi',
      operationalDate: '2023-04-17',
      micros: { count: 72, ...micro.iq8m },
    }),
    system({
      systemId: 4_303_306,
      name: 'Barton Creek Townhomes',
      ...place('America/Chicago', 'Austin', 'TX', '78746', 30.2694, -97.8),
      capacityW: 7_380,
      climate: { clear: 0.55, overcast: 0.15 },
      connectionType: 'wifi',
      operationalDate: '2024-01-22',
      micros: { count: 18, ...micro.iq8m },
      // 2024-03-05 10:35 local, then every 9 days for 4 days.
      microFault: { tripAt: 1_709_656_500, cycleDays: 9, resetAfterDays: 4, microIndex: 7 },
    }),
    system({
      systemId: 4_303_307,
      name: 'Coral Gables Dental Clinic',
      ...place('US/Eastern', 'Coral Gables', 'FL', '33134', 25.7508, -80.2717),
      capacityW: 24_600,
      tiltDeg: 15,
      climate: { clear: 0.45, overcast: 0.2 },
      connectionType: 'cellular',
      operationalDate: '2021-12-03',
      micros: { count: 60, ...micro.iq8a },
    }),
    system({
      systemId: 4_303_308,
      name: 'Midtown Fire Station 12',
      ...place('America/Anchorage', 'Anchorage', 'AK', '99503', 61.1875, -149.8813),
      capacityW: 18_400,
      tiltDeg: 45,
      climate: { clear: 0.3, overcast: 0.4 },
      connectionType: 'ethernet',
      operationalDate: '2022-06-21',
      // 40 IQ8M from the first build, 14 IQ8A added over the apparatus bay.
      micros: { count: 54, ...micro.iq8m },
      extension: { count: 14, ...micro.iq8a },
    }),
    system({
      systemId: 4_303_309,
      name: 'Wasatch Front Office Park',
      ...place('America/Denver', 'Salt Lake City', 'UT', '84101', 40.7563, -111.9),
      capacityW: 96_000,
      tiltDeg: 15,
      climate: { clear: 0.55, overcast: 0.15 },
      connectionType: 'ethernet',
      operationalDate: '2020-08-14',
      micros: { count: 240, ...micro.iq8h },
      // 2024-02-12 16:20 local, then every 6 days for 40 hours.
      gatewayOffline: { startAt: 1_707_780_000, cycleDays: 6, offlineHours: 40 },
    }),
    system({
      systemId: 4_303_310,
      name: 'Distillery District Lofts',
      ...place('America/Toronto', 'Toronto', 'ON', 'M5A 3C4', 43.6503, -79.3596, 'CA'),
      capacityW: 54_000,
      tiltDeg: 25,
      climate: { clear: 0.35, overcast: 0.3 },
      connectionType: 'wifi',
      operationalDate: '2023-07-07',
      micros: { count: 135, ...micro.iq8m },
      nightIntervals: 'omit',
    }),
    system({
      systemId: 4_303_311,
      name: 'Canyon Road Adobe',
      ...place('America/Denver', 'Santa Fe', 'NM', '87501', 35.687, -105.9378),
      capacityW: 5_740,
      tiltDeg: 25,
      climate: { clear: 0.7, overcast: 0.08 },
      connectionType: 'wifi',
      operationalDate: '2018-09-12',
      micros: { count: 14, ...micro.iq7plus },
      statusOverride: 'meter_issue',
    }),
    system({
      systemId: 4_303_312,
      name: 'Zuidas Office Tower',
      ...place('Europe/Amsterdam', 'Amsterdam', 'NH', '1082 MT', 52.3383, 4.8722, 'NL'),
      capacityW: 82_000,
      tiltDeg: 15,
      climate: { clear: 0.25, overcast: 0.4 },
      connectionType: 'ethernet',
      operationalDate: '2022-02-28',
      micros: { count: 200, ...micro.iq8p3p },
    }),
  ],
};

/** The default accounts, A, B and C. */
export const defaultAccounts: readonly AccountSpec[] = [accountA, accountB, accountC];
