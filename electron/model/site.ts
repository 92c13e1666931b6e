/**
 * What a site is, for every layer: its identity (the app's id from provider + external id),
 * its descriptive fields (written once here; providers list them, the cache stores them, the
 * scheduler copies them) and the production samples providers return and the cache stores.
 * Low in the tree: cache, providers and sync all import it; it imports only shared/ (and the
 * type of a stored sentence).
 */
import type { ProviderId, SiteStatus } from '../../shared/domain';
import type { LocalDate } from '../../shared/time';
import type { StoredText } from '../i18n/stored-text';

/** The app's id for a provider's site. */
export function siteIdOf(provider: ProviderId, externalId: string): string {
  return `${provider}:${externalId}`;
}

/** Provider ids become part of our ids and of log lines: short, printable, no separators games. */
export function isUsableExternalId(externalId: unknown): externalId is string {
  return (
    typeof externalId === 'string' &&
    externalId.length > 0 &&
    externalId.length <= 128 &&
    /^[\w.@:-]+$/.test(externalId)
  );
}

/** What describes a building, whoever holds it (provider list, cache row). */
export interface SiteDescription {
  name: string;
  city: string;
  country: string;
  /** IANA zone; legacy links like "US/Pacific" are allowed. */
  timeZone: string;
  latitude: number;
  longitude: number;
  capacityW: number;
  status: SiteStatus;
  /** The status sentence, put into words where it is shown (null when all is well). */
  statusDetail: StoredText | null;
  /**
   * When the provider says the status began (epoch seconds), where it says: a fault's alert then
   * starts there, not when the app first saw it. Absent or null: not known.
   */
  statusSince?: number | null;
}

/** The descriptive fields by name: every copy between shapes goes through `descriptionOf`. */
const descriptionKeys = [
  'name',
  'city',
  'country',
  'timeZone',
  'latitude',
  'longitude',
  'capacityW',
  'status',
  'statusDetail',
  'statusSince',
] as const satisfies readonly (keyof SiteDescription)[];

/** Just the descriptive fields of anything that has them. */
export function descriptionOf(site: SiteDescription): SiteDescription {
  const out = {} as Record<keyof SiteDescription, unknown>;
  for (const key of descriptionKeys) out[key] = site[key];
  return out as SiteDescription;
}

/**
 * What a site with more than solar measures over one interval (Wh), and its battery's state of
 * charge at the interval's end (%). `null` always means "not measured here", never zero.
 */
export interface IntervalFlows {
  homeWh: number | null;
  gridImportWh: number | null;
  gridExportWh: number | null;
  batteryChargeWh: number | null;
  batteryDischargeWh: number | null;
  socPercent: number | null;
}

/** The flow names, in the order the site page lists them. */
export const flowKeys = [
  'homeWh',
  'gridImportWh',
  'gridExportWh',
  'batteryChargeWh',
  'batteryDischargeWh',
  'socPercent',
] as const satisfies readonly (keyof IntervalFlows)[];

/** One production interval; `endAt` marks the END of the interval (epoch s). */
export interface IntervalSample {
  endAt: number;
  /** Energy produced during the interval (Wh). */
  wh: number;
  /** Average power during the interval (W). */
  w: number;
  /** Home, grid and battery, for sites that measure them (absent: solar only). */
  flows?: IntervalFlows;
}

/** One local day's energy as reported by the provider. */
export interface DailySample {
  localDate: LocalDate;
  wh: number;
}
