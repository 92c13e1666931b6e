/**
 * Enphase answers (already JSON) into the app's shapes, without any I/O so every quirk is a row
 * in a test table: systems into sites (zone checked, coordinates from the zone, -1 sizes as
 * unknown), `production_micro` into intervals past a cursor, `energy_lifetime` into local days
 * minus the trailing zeros that mean "not reported yet", and device groups into devices.
 */
import type { Device } from '../../../shared/domain';
import type { LocalDate } from '../../../shared/time';
import { addDays, addMonths, isValidTimeZone, localDateOf } from '../../../shared/time';
import type {
  DailySample,
  IntervalBatch,
  IntervalSample,
  ProviderSite,
  RemoteSystemInfo,
} from '../provider';
import {
  deviceSchema,
  devicesSchema,
  energyLifetimeSchema,
  microIntervalSchema,
  productionMicroSchema,
  systemSchema,
  systemsPageSchema,
  type EnphaseSystem,
} from './schemas';
import { mapDeviceStatus, mapSystemStatus } from './status';
import { zoneCoordinates } from './zone-coordinates';

/** Thrown by the parsers when an answer does not have the documented shape at all. */
export class UnreadableAnswerError extends Error {
  override name = 'UnreadableAnswerError';
}

/** The zone a site's local days are counted in: Enphase's own, or UTC when it names none. */
export function siteZoneOf(system: EnphaseSystem): string {
  const zone = system.timezone?.trim() ?? '';
  return zone !== '' && isValidTimeZone(zone) ? zone : 'UTC';
}

/** One page of `/systems`: the systems the app can use (odd items dropped) and the total. */
export function parseSystemsPage(body: unknown): {
  systems: EnphaseSystem[];
  total: number | null;
  dropped: number;
} {
  const page = systemsPageSchema.safeParse(body);
  if (!page.success) throw new UnreadableAnswerError('systems page');
  const systems: EnphaseSystem[] = [];
  let dropped = 0;
  for (const item of page.data.systems) {
    const parsed = systemSchema.safeParse(item);
    if (parsed.success) systems.push(parsed.data);
    else dropped += 1;
  }
  return { systems, total: page.data.total, dropped };
}

function nameOf(system: EnphaseSystem): string {
  return system.name?.trim() || system.public_name?.trim() || `System ${system.system_id}`;
}

/** A system as the site picker shows it (no capacity: the list has none and summaries cost). */
export function toRemoteSystem(system: EnphaseSystem): RemoteSystemInfo {
  return {
    externalId: system.system_id,
    name: nameOf(system),
    city: system.address.city ?? '',
    timeZone: siteZoneOf(system),
    capacityW: system.system_size !== null && system.system_size > 0 ? system.system_size : null,
    status: mapSystemStatus(system.status).status,
  };
}

/** A system as the scheduler's site, with the capacity known from a summary (0 if none). */
export function toProviderSite(system: EnphaseSystem, capacityW: number | null): ProviderSite {
  const zone = siteZoneOf(system);
  const { latitude, longitude } = zoneCoordinates(zone);
  const status = mapSystemStatus(system.status);
  const listed = system.system_size !== null && system.system_size > 0 ? system.system_size : null;
  return {
    externalId: system.system_id,
    name: nameOf(system),
    city: system.address.city ?? '',
    country: system.address.country ?? '',
    timeZone: zone,
    latitude,
    longitude,
    capacityW: listed ?? capacityW ?? 0,
    status: status.status,
    statusDetail: status.detail,
    // No energy in the past week: Enphase says so with null, and a call would find nothing.
    lastEnergyAt: system.last_energy_at ?? 0,
    uploadEverySeconds: uploadPeriodOf(system.connection_type),
  };
}

/** Gateways on Wi-Fi or Ethernet upload every 15 minutes (reference: field realities). */
export const FAST_UPLOAD_SECONDS = 15 * 60;
/** Cellular gateways upload every 6 hours; an unknown connection is treated the same (safe side). */
export const SLOW_UPLOAD_SECONDS = 6 * 3600;

/** A system's upload period from its `connection_type`. */
export function uploadPeriodOf(connectionType: string | null | undefined): number {
  const type = (connectionType ?? '').toLowerCase();
  return type === 'wifi' || type === 'ethernet' ? FAST_UPLOAD_SECONDS : SLOW_UPLOAD_SECONDS;
}

/** Whether one `day` window from `since` reaches `now` (a local day is 23–25 h long). */
export function granularityFor(since: number, now: number): 'day' | 'week' {
  return now - since <= 23 * 3600 ? 'day' : 'week';
}

/** Intervals of a `production_micro` answer that end after `since`, in the app's units. */
export function parseIntervals(body: unknown, since: number): IntervalBatch {
  const parsed = productionMicroSchema.safeParse(body);
  if (!parsed.success) throw new UnreadableAnswerError('interval list');
  const byEnd = new Map<number, IntervalSample>();
  let previousEnd: number | null = null;
  for (const item of parsed.data.intervals) {
    const interval = microIntervalSchema.safeParse(item);
    if (!interval.success) continue;
    const { end_at: endAt, enwh, powr } = interval.data;
    if (endAt === null || enwh === null) continue;
    // Average power when Enphase leaves it out: the energy over the interval's length.
    const length = previousEnd !== null && endAt > previousEnd ? endAt - previousEnd : 300;
    previousEnd = endAt;
    if (endAt <= since) continue;
    byEnd.set(endAt, { endAt, wh: enwh, w: powr ?? (enwh * 3600) / Math.min(length, 3600) });
  }
  const intervals = [...byEnd.values()].sort((a, b) => a.endAt - b.endAt);
  return { intervals, lastEnergyAt: parsed.data.meta.last_energy_at };
}

/**
 * Daily totals of an `energy_lifetime` answer for local days in [from, to]: days before the
 * system went live are left out, and so are the zeros after the last day with energy (Enphase
 * writes 0 for days it has not received yet).
 */
export function parseDaily(
  body: unknown,
  from: LocalDate,
  to: LocalDate,
  zone: string,
): DailySample[] {
  const parsed = energyLifetimeSchema.safeParse(body);
  if (!parsed.success) throw new UnreadableAnswerError('daily energy list');
  const { start_date: start, production, meta } = parsed.data;
  const operational = meta.operational_at === null ? null : localDateOf(meta.operational_at, zone);
  const days: DailySample[] = [];
  production.forEach((raw, index) => {
    const wh = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : null;
    const localDate = addDays(start, index);
    if (wh === null || localDate < from || localDate > to) return;
    if (operational !== null && localDate < operational) return;
    days.push({ localDate, wh });
  });
  let last = days.length - 1;
  while (last >= 0 && days[last]!.wh === 0) last -= 1;
  return days.slice(0, last + 1);
}

/** Every device of a `/devices` answer; the group names become the kinds (`micros` → `micro`). */
export function parseDevices(body: unknown): Device[] {
  const parsed = devicesSchema.safeParse(body);
  if (!parsed.success) throw new UnreadableAnswerError('device list');
  const devices: Device[] = [];
  for (const [group, items] of Object.entries(parsed.data.devices)) {
    if (!Array.isArray(items)) continue;
    const kind =
      group
        .toLowerCase()
        .replace(/[^a-z_]/g, '')
        .replace(/s$/, '') || 'device';
    // Enphase promises no order; by serial, "Inverter 12" names the same micro on every call.
    const usable = items
      .map((item) => deviceSchema.safeParse(item))
      .flatMap((device) => (device.success ? [device.data] : []))
      .sort((a, b) =>
        (a.serial_number ?? '').localeCompare(b.serial_number ?? '', 'en', { numeric: true }),
      );
    for (const d of usable) {
      devices.push({
        kind,
        serial: d.serial_number ?? '',
        model: d.model ?? d.product_name ?? d.sku ?? '',
        status: mapDeviceStatus(d.status),
        lastReportAt: d.last_report_at,
      });
      if (devices.length >= 10_000) return devices;
    }
  }
  return devices;
}

/**
 * The start of a daily request ending at `to`: `from`, or the earliest date Enphase accepts in
 * one `energy_lifetime` call (the span must stay under two years).
 */
export function clampToTwoYears(from: LocalDate, to: LocalDate): LocalDate {
  let earliest = addDays(addMonths(to, -24), 1);
  // Month ends clamp (Feb 29 + 24 months = Feb 28): step until the span is really under 2 years.
  while (addMonths(earliest, 24) <= to) earliest = addDays(earliest, 1);
  return from < earliest ? earliest : from;
}
