/**
 * What an emulated Tesla energy site and its owner are made of: the fields `products` and
 * `site_info` report (name, zone, nameplate power, Powerwalls) plus what the production and
 * household model needs (place, panels, climate, household load). The defaults live in fixtures.ts.
 */
import { isLocalDate, isValidTimeZone, type LocalDate } from '../../../shared/time';

/** Fleet API regions the emulator serves (China is left out: no test needs it). */
export type TeslaRegion = 'NA' | 'EU';

/** One energy site (a solar roof, with or without Powerwalls). */
export interface EnergySiteSpec {
  energySiteId: number;
  name: string;
  /** IANA zone: `installation_time_zone`, and the zone of every timestamp. */
  timezone: string;
  latitude: number;
  longitude: number;
  /** The PV array's nameplate (W): `site_info.nameplate_power` here (see README). */
  pvW: number;
  tiltDeg: number;
  azimuthDeg: number;
  performanceRatio: number;
  climate: { clear: number; overcast: number };
  /** Local date the site went live: nothing before its local midnight. */
  installationDate: LocalDate;
  /** Powerwalls (13.5 kWh, 5 kW each); 0 for a solar-only site. */
  powerwalls: number;
  /** A site meter that sees the household: without one only solar is known. */
  loadMeter: boolean;
  /** Household load: a floor all day, plus a morning and an evening peak (W). */
  household: { baseW: number; peakW: number };
}

/** An owner who signs in on the authorize page; their account lives in one region. */
export interface TeslaOwnerSpec {
  login: string;
  password: string;
  region: TeslaRegion;
  sites: EnergySiteSpec[];
  /** Vehicles also appear in `products`; the app must skip them. */
  vehicles: { id: number; vin: string; displayName: string }[];
}

/** A fixture that could not describe a real account or site. */
export class InvalidTeslaFixtureError extends Error {
  override name = 'InvalidTeslaFixtureError';
}

/** Rejects owners the emulator could not serve consistently (duplicate ids, bad zones…). */
export function assertValidOwners(owners: readonly TeslaOwnerSpec[]): void {
  const ids = new Set<number>();
  const logins = new Set<string>();
  const fail = (problem: string): never => {
    throw new InvalidTeslaFixtureError(problem);
  };
  for (const owner of owners) {
    const login = owner.login.toLowerCase();
    if (!login.includes('@') || logins.has(login)) fail(`bad or duplicate login ${login}`);
    logins.add(login);
    for (const site of owner.sites) {
      if (ids.has(site.energySiteId)) fail(`duplicate site id ${site.energySiteId}`);
      ids.add(site.energySiteId);
      if (!isValidTimeZone(site.timezone)) fail(`site ${site.energySiteId}: unknown zone`);
      if (!isLocalDate(site.installationDate)) fail(`site ${site.energySiteId}: date`);
      if (!(Number.isInteger(site.powerwalls) && site.powerwalls >= 0)) fail('powerwalls ≥ 0');
      if (site.powerwalls > 0 && !site.loadMeter) fail('a Powerwall site always meters load');
    }
  }
}
