/**
 * The default owners: one in North America (a solar-only roof with a site meter, a solar +
 * Powerwall home, and a car) and one in Europe (a solar + two Powerwalls home in a zone with
 * daylight saving, and a solar-only roof without a site meter), so tests see both regions,
 * both site kinds and products that are not energy sites.
 */
import type { EnergySiteSpec, TeslaOwnerSpec } from './sites';

/** North American owner. */
export const NA_OWNER = 'na-owner@example.com';
/** European owner. */
export const EU_OWNER = 'eu-owner@example.com';
/** Their passwords on the emulator's sign-in page. */
export const PASSWORDS: Record<string, string> = {
  [NA_OWNER]: 'sunny-tesla-na',
  [EU_OWNER]: 'sunny-tesla-eu',
};

/** Energy site ids worth naming in tests. */
export const ENERGY_SITE = {
  austin: 2_252_110_001,
  sanDiego: 2_252_110_002,
  munich: 2_252_220_001,
  dublin: 2_252_220_002,
} as const;

function site(
  fields: Omit<EnergySiteSpec, 'tiltDeg' | 'azimuthDeg' | 'performanceRatio' | 'climate'> &
    Partial<EnergySiteSpec>,
): EnergySiteSpec {
  return {
    tiltDeg: 25,
    azimuthDeg: 180,
    performanceRatio: 0.8,
    climate: { clear: 0.5, overcast: 0.2 },
    ...fields,
  };
}

const naOwner: TeslaOwnerSpec = {
  login: NA_OWNER,
  password: PASSWORDS[NA_OWNER]!,
  region: 'NA',
  sites: [
    site({
      energySiteId: ENERGY_SITE.austin,
      name: 'Austin Studio',
      timezone: 'America/Chicago',
      latitude: 30.27,
      longitude: -97.74,
      pvW: 8_400,
      installationDate: '2023-03-01',
      powerwalls: 0,
      loadMeter: true,
      household: { baseW: 350, peakW: 1_800 },
      climate: { clear: 0.6, overcast: 0.1 },
    }),
    site({
      energySiteId: ENERGY_SITE.sanDiego,
      name: 'Hillcrest House',
      timezone: 'America/Los_Angeles',
      latitude: 32.75,
      longitude: -117.16,
      pvW: 7_200,
      installationDate: '2026-06-15',
      powerwalls: 1,
      loadMeter: true,
      household: { baseW: 450, peakW: 2_200 },
      climate: { clear: 0.7, overcast: 0.05 },
    }),
  ],
  vehicles: [{ id: 1_492_931_520_101, vin: '5YJ3E7EB2KF000001', displayName: 'Sparky' }],
};

const euOwner: TeslaOwnerSpec = {
  login: EU_OWNER,
  password: PASSWORDS[EU_OWNER]!,
  region: 'EU',
  sites: [
    site({
      energySiteId: ENERGY_SITE.munich,
      name: 'Haus am Englischen Garten',
      timezone: 'Europe/Berlin',
      latitude: 48.16,
      longitude: 11.6,
      pvW: 11_000,
      tiltDeg: 35,
      installationDate: '2026-08-01',
      powerwalls: 2,
      loadMeter: true,
      household: { baseW: 400, peakW: 2_500 },
    }),
    site({
      energySiteId: ENERGY_SITE.dublin,
      name: 'Ranelagh Roof',
      timezone: 'Europe/Dublin',
      latitude: 53.32,
      longitude: -6.25,
      pvW: 4_800,
      installationDate: '2024-05-10',
      powerwalls: 0,
      loadMeter: false,
      household: { baseW: 300, peakW: 1_500 },
      climate: { clear: 0.25, overcast: 0.4 },
    }),
  ],
  vehicles: [],
};

/** The owners by default. */
export const defaultTeslaOwners: readonly TeslaOwnerSpec[] = [naOwner, euOwner];
