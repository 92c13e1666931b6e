/**
 * What an emulated SolarEdge site and the accounts that reach it are made of: the fields site
 * details report (name, peak power, installation date, zone, location) plus what the production
 * model needs (place, panels, climate) and the field quirks a site may carry (an inverter that
 * trips, a communication gap whose quarters stay null). The default fleet lives in fixtures.ts.
 */
import { isLocalDate, isValidTimeZone, type LocalDate } from '../../../shared/time';

/** One SolarEdge site. */
export interface SiteSpec {
  siteId: number;
  name: string;
  /** IANA zone: every timestamp of the site is written in its wall-clock time. */
  timezone: string;
  location: { country: string; city: string; address: string; zip: string };
  latitude: number;
  longitude: number;
  /** DC peak power (W); site details report it in kW as `peakPower`. */
  peakPowerW: number;
  tiltDeg: number;
  azimuthDeg: number;
  performanceRatio: number;
  climate: { clear: number; overcast: number };
  /** Local date the site went live: no energy (null) before its local midnight. */
  installationDate: LocalDate;
  inverters: { count: number; model: string };
  /** An inverter that trips on a cycle (the demo model's recurring fault): an open alert. */
  inverterFault?: { tripAt: number; cycleDays: number; resetAfterDays: number; index: number };
  /**
   * A communication gap on a cycle whose quarters never arrive: `/power` and `/energy` answer
   * null for them for good, and days count without them.
   */
  dataGap?: { startAt: number; cycleDays: number; hours: number };
}

/** A fleet (installer) account reached with an `X-API-Key`. */
export interface FleetAccountSpec {
  name: string;
  apiKey: string;
  sites: SiteSpec[];
}

/** A homeowner who signs in on the authorize page and grants Site Access to one site. */
export interface OwnerSpec {
  login: string;
  password: string;
  sites: SiteSpec[];
}

/** A fixture that could not describe a real account or site. */
export class InvalidSiteFixtureError extends Error {
  override name = 'InvalidSiteFixtureError';
}

/** Rejects fleets the emulator could not serve consistently (duplicate ids, bad zones…). */
export function assertValidFleet(
  accounts: readonly FleetAccountSpec[],
  owners: readonly OwnerSpec[],
): void {
  const ids = new Set<number>();
  const keys = new Set<string>();
  const logins = new Set<string>();
  const fail = (problem: string): never => {
    throw new InvalidSiteFixtureError(problem);
  };
  for (const account of accounts) {
    if (account.apiKey.length < 8 || keys.has(account.apiKey)) fail(`bad key for ${account.name}`);
    keys.add(account.apiKey);
  }
  for (const owner of owners) {
    const login = owner.login.toLowerCase();
    if (!login.includes('@') || logins.has(login)) fail(`bad or duplicate login ${login}`);
    if (owner.sites.length === 0) fail(`${login} owns no site`);
    logins.add(login);
  }
  for (const site of [...accounts, ...owners].flatMap((holder) => holder.sites)) {
    if (ids.has(site.siteId)) fail(`duplicate site id ${site.siteId}`);
    ids.add(site.siteId);
    if (!(Number.isSafeInteger(site.siteId) && site.siteId > 0)) fail('site id must be > 0');
    if (!isValidTimeZone(site.timezone)) fail(`site ${site.siteId}: unknown zone`);
    if (!isLocalDate(site.installationDate)) fail(`site ${site.siteId}: installationDate`);
    if (!(site.inverters.count >= 1)) fail(`site ${site.siteId}: no inverter`);
    if (site.inverterFault && site.inverters.count < 2) fail(`site ${site.siteId}: one inverter`);
    const gap = site.dataGap;
    if (gap && !(gap.hours > 0 && gap.hours < gap.cycleDays * 24)) {
      fail(`site ${site.siteId}: the data gap must end before the next cycle`);
    }
  }
}
