/**
 * SolarEdge answers (already JSON) into the app's shapes, without I/O so every quirk is a row
 * in a test table: sites with their zone (checked), size in W and installation date; power and
 * energy buckets as UTC instants in W and Wh (through units.ts and site-time.ts, the only places
 * that convert); the overview; devices and open alerts.
 */
import type { Device, SiteStatus } from '../../../shared/domain';
import { isLocalDate, isValidTimeZone, type LocalDate } from '../../../shared/time';
import { readSitesPage } from './dialect';
import {
  alertSchema,
  alertsSchema,
  deviceSchema,
  devicesSchema,
  overviewSchema,
  pointSchema,
  seriesSchema,
  siteSchema,
  unwrap,
  type SolarEdgeSiteRaw,
} from './schemas';
import { siteSeriesToUtc, siteTimeToUtc } from './site-time';
import { energyToWh, isEnergyUnit, peakPowerToW, powerToW, UnknownUnitError } from './units';

/** Thrown when an answer does not have the expected shape at all. */
export class UnreadableSolarEdgeAnswerError extends Error {
  override name = 'UnreadableSolarEdgeAnswerError';
}

/** A site as the app needs it. */
export interface SolarEdgeSite {
  externalId: string;
  name: string;
  status: SiteStatus;
  /** Peak power (W), null when SolarEdge does not say. */
  capacityW: number | null;
  installationDate: LocalDate | null;
  /** The zone every timestamp of the site is written in (UTC when SolarEdge names none). */
  timeZone: string;
  city: string;
  country: string;
  /** End of the newest data SolarEdge has (UTC), or null. */
  lastUpdateAt: number | null;
}

/** One bucket: its start (UTC epoch s) and its value in Wh or W (null: no data). */
export interface SeriesPoint {
  start: number;
  value: number | null;
}

/** A parsed series and how many of its buckets could not be placed in time. */
export interface ParsedSeries {
  points: SeriesPoint[];
  dropped: number;
}

/** An open alert of a site. */
export interface SolarEdgeAlert {
  id: string;
  siteId: string | null;
  type: string;
  severity: string;
  openedAt: number | null;
  serial: string | null;
  description: string;
}

const siteStatuses: Record<string, SiteStatus> = {
  active: 'normal',
  pending: 'warning',
  pendingcommunication: 'warning',
  disabled: 'offline',
  inactive: 'offline',
};

const deviceStatuses: Record<string, SiteStatus> = {
  active: 'normal',
  ok: 'normal',
  normal: 'normal',
  fault: 'fault',
  error: 'fault',
  disconnected: 'offline',
  offline: 'offline',
  inactive: 'offline',
};

function statusOf(table: Record<string, SiteStatus>, raw: string | null): SiteStatus {
  if (raw === null || raw.trim() === '') return 'normal';
  const key = raw.toLowerCase().replace(/[^a-z]/g, '');
  return Object.hasOwn(table, key) ? table[key]! : 'warning';
}

function zoneOf(raw: SolarEdgeSiteRaw): string {
  const zone = (raw.location.timezone ?? raw.location.timeZone ?? '').trim();
  return zone !== '' && isValidTimeZone(zone) ? zone : 'UTC';
}

function toSite(raw: SolarEdgeSiteRaw): SolarEdgeSite {
  const zone = zoneOf(raw);
  const installed = raw.installationDate?.slice(0, 10) ?? '';
  return {
    externalId: raw.id,
    name: raw.name?.trim() || `Site ${raw.id}`,
    status: statusOf(siteStatuses, raw.status),
    capacityW: peakPowerToW(raw.peakPower),
    installationDate: isLocalDate(installed) ? installed : null,
    timeZone: zone,
    city: raw.location.city ?? '',
    country: raw.location.country ?? '',
    lastUpdateAt: raw.lastUpdateTime === null ? null : siteTimeToUtc(raw.lastUpdateTime, zone),
  };
}

/** `/sites/{id}` (V2, or V1's `{details: …}`). */
export function parseSite(body: unknown): SolarEdgeSite {
  const parsed = siteSchema.safeParse(unwrap(body, 'details'));
  if (!parsed.success) throw new UnreadableSolarEdgeAnswerError('site details');
  return toSite(parsed.data);
}

/** One `/sites` page in either list shape: the usable sites, the total and how many were odd. */
export function parseSitesPage(body: unknown): {
  sites: SolarEdgeSite[];
  total: number | null;
  dropped: number;
} {
  const page = readSitesPage(body);
  if (!page) throw new UnreadableSolarEdgeAnswerError('sites list');
  const sites: SolarEdgeSite[] = [];
  let dropped = 0;
  for (const item of page.items) {
    const parsed = siteSchema.safeParse(item);
    if (parsed.success) sites.push(toSite(parsed.data));
    else dropped += 1;
  }
  return { sites, total: page.total, dropped };
}

function parseSeries(
  body: unknown,
  zone: string,
  after: number,
  convert: (value: number | null, unit: string | null) => number | null,
  what: string,
): ParsedSeries {
  const parsed = seriesSchema.safeParse(unwrap(unwrap(body, 'energy'), 'power'));
  if (!parsed.success) throw new UnreadableSolarEdgeAnswerError(what);
  const raw = parsed.data.values.flatMap((item) => {
    const point = pointSchema.safeParse(item);
    return point.success ? [point.data] : [];
  });
  const instants = siteSeriesToUtc(
    raw.map((point) => point.timestamp),
    zone,
    after,
  );
  const byStart = new Map<number, SeriesPoint>();
  let dropped = parsed.data.values.length - raw.length;
  raw.forEach((point, index) => {
    const start = instants[index];
    if (start === null || start === undefined) {
      dropped += 1;
      return;
    }
    byStart.set(start, { start, value: converted(convert, point.value, parsed.data.unit, what) });
  });
  return { points: [...byStart.values()].sort((a, b) => a.start - b.start), dropped };
}

/** A conversion whose unknown unit makes the answer unreadable (a guess could be 1,000× off). */
function converted(
  convert: (value: number | null, unit: string | null) => number | null,
  value: number | null,
  unit: string | null,
  what: string,
): number | null {
  try {
    return convert(value, unit);
  } catch (error) {
    if (error instanceof UnknownUnitError) throw new UnreadableSolarEdgeAnswerError(what);
    throw error;
  }
}

/**
 * `/energy` buckets as Wh. `after` is the instant just before the requested span (see
 * siteSeriesToUtc); a unit the app does not know makes the whole answer unreadable.
 */
export function parseEnergySeries(body: unknown, zone: string, after: number): ParsedSeries {
  return parseSeries(
    body,
    zone,
    after,
    (value, unit) => {
      if (unit === null || !isEnergyUnit(unit))
        throw new UnreadableSolarEdgeAnswerError('energy unit');
      return energyToWh(value, unit);
    },
    'energy series',
  );
}

/** `/power` buckets as W (average power of each quarter hour). */
export function parsePowerSeries(body: unknown, zone: string, after: number): ParsedSeries {
  return parseSeries(body, zone, after, (value, unit) => powerToW(value, unit), 'power series');
}

/** `/overview`: the span's energy (Wh), the current power (W), the end of the data (UTC). */
export function parseOverview(
  body: unknown,
  zone: string,
): { energyWh: number | null; powerW: number | null; lastUpdateAt: number | null } {
  const parsed = overviewSchema.safeParse(unwrap(body, 'overview'));
  if (!parsed.success) throw new UnreadableSolarEdgeAnswerError('overview');
  const { energy, power, lastUpdateTime } = parsed.data;
  if (energy.value !== null && (energy.unit === null || !isEnergyUnit(energy.unit))) {
    throw new UnreadableSolarEdgeAnswerError('overview energy unit');
  }
  return {
    energyWh: energy.value === null ? null : energyToWh(energy.value, energy.unit!),
    powerW: powerToW(power.value, power.unit),
    lastUpdateAt: lastUpdateTime === null ? null : siteTimeToUtc(lastUpdateTime, zone),
  };
}

/** `/devices`: every device; the type becomes the kind (`INVERTER` → `inverter`). */
export function parseDevices(body: unknown, zone: string): Device[] {
  const parsed = devicesSchema.safeParse(body);
  if (!parsed.success) throw new UnreadableSolarEdgeAnswerError('device list');
  const items = parsed.data.devices.length > 0 ? parsed.data.devices : parsed.data.list;
  return items.slice(0, 10_000).flatMap((item) => {
    const device = deviceSchema.safeParse(item);
    if (!device.success) return [];
    const d = device.data;
    const at = d.lastUpdateTime === null ? null : siteTimeToUtc(d.lastUpdateTime, zone);
    return [
      {
        kind: (d.type ?? 'device').toLowerCase().replace(/[^a-z_]/g, '') || 'device',
        serial: d.serialNumber ?? '',
        model: d.model ?? d.name ?? '',
        status: statusOf(deviceStatuses, d.status),
        lastReportAt: at !== null && at >= 0 ? at : null,
      },
    ];
  });
}

/** `/alerts`: the open ones (closed alerts, if listed, are left out). */
export function parseAlerts(
  body: unknown,
  zoneOfSite: (siteId: string | null) => string,
): SolarEdgeAlert[] {
  const parsed = alertsSchema.safeParse(body);
  if (!parsed.success) throw new UnreadableSolarEdgeAnswerError('alert list');
  return parsed.data.alerts.flatMap((item) => {
    const alert = alertSchema.safeParse(item);
    if (!alert.success) return [];
    const a = alert.data;
    if (a.status !== null && a.status.toUpperCase() !== 'OPEN') return [];
    return [
      {
        id: a.alertId,
        siteId: a.siteId,
        type: a.type ?? 'UNKNOWN',
        severity: a.severity ?? 'UNKNOWN',
        openedAt: a.openedTime === null ? null : siteTimeToUtc(a.openedTime, zoneOfSite(a.siteId)),
        serial: a.serialNumber,
        description: a.description ?? '',
      },
    ];
  });
}
