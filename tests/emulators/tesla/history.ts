/**
 * `calendar_history?kind=energy`: the site's flows in buckets of the period (`day`: five-minute
 * samples; `week`/`month`: local days; `year`: local months; each an option), for the buckets
 * whose start lies in [start_date, end_date], in the `time_zone` asked (default the site's).
 * Timestamps are bucket starts, ISO with the zone's offset, so an autumn day writes 02:00–02:55
 * twice with different offsets. Only samples the cloud has count; a bucket with none is left out.
 */
import { DateTime } from 'luxon';
import { isValidTimeZone, localDateOf } from '../../../shared/time';
import { localMidnight, nextDate } from '../enphase/days';
import type { Bucket, Period, TeslaContext } from './context';
import { fleetError, fleetOk } from './errors';
import { SAMPLE_SECONDS, type FlowSample, type SiteModel } from './model';

/** Longest span each period accepts (s), with an hour to spare for daylight-saving days. */
export const periodSpanCaps: Record<Period, number> = {
  day: 25 * 3600,
  week: 7 * 86_400 + 3600,
  month: 31 * 86_400 + 3600,
  year: 366 * 86_400 + 3600,
};

/** Five-minute samples for a day, days for a week or month, months for a year. */
export const defaultBuckets: Record<Period, Bucket> = {
  day: '5min',
  week: 'day',
  month: 'day',
  year: 'month',
};

const periods = new Set<string>(['day', 'week', 'month', 'year']);

/** Answers one calendar_history request for a site the caller may read. */
export function calendarHistory(
  context: TeslaContext,
  model: SiteModel,
  query: URLSearchParams,
): Response {
  if (query.get('kind') !== 'energy')
    return fleetError(400, 'kind must be energy in this emulator');
  const period = query.get('period') ?? 'day';
  if (!periods.has(period)) return fleetError(400, `invalid period ${period.slice(0, 20)}`);
  const zone = query.get('time_zone') ?? model.spec.timezone;
  if (!isValidTimeZone(zone)) return fleetError(400, 'invalid time_zone');
  const end = instantOf(query.get('end_date'));
  if (end === null) return fleetError(400, 'end_date must be an RFC 3339 instant');
  const givenStart = query.get('start_date');
  const start =
    givenStart === null ? periodStart(period as Period, end, zone) : instantOf(givenStart);
  if (start === null || start > end) return fleetError(400, 'invalid date range');
  if (end - start > periodSpanCaps[period as Period]) return fleetError(400, 'invalid date range');
  const series = buckets(context, model, context.buckets[period as Period], start, end, zone);
  return fleetOk({
    serial_number: `TG${model.spec.energySiteId}`,
    period,
    installation_time_zone: model.spec.timezone,
    time_series: series,
  });
}

function instantOf(text: string | null): number | null {
  if (text === null) return null;
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!parsed.isValid || !/([+-]\d{2}:?\d{2}|Z)$/.test(text)) return null;
  return Math.floor(parsed.toSeconds());
}

function periodStart(period: Period, end: number, zone: string): number {
  const local = DateTime.fromSeconds(end, { zone });
  const from = {
    day: local.startOf('day'),
    week: local.startOf('day').minus({ days: 6 }),
    month: local.startOf('month'),
    year: local.startOf('year'),
  }[period];
  return Math.floor(from.toSeconds());
}

function buckets(
  context: TeslaContext,
  model: SiteModel,
  bucket: Bucket,
  start: number,
  end: number,
  zone: string,
): Record<string, number | string>[] {
  const out: Record<string, number | string>[] = [];
  const siteZone = model.spec.timezone;
  // Samples are simulated per the site's local day: gather every day the window's buckets
  // touch (a bucket starting at `end` runs on past it), up to the newest known sample.
  const reach = { '5min': SAMPLE_SECONDS, day: 86_400 + 3600, month: 32 * 86_400 }[bucket];
  const first = localDateOf(start - 86_400, siteZone);
  const last = localDateOf(Math.min(end + reach, context.fleet.dataEnd()), siteZone);
  const samples: FlowSample[] = [];
  for (let date = first; date <= last; date = nextDate(date)) {
    samples.push(...context.fleet.knownSamples(model, date));
  }
  const groups = new Map<number, FlowSample[]>();
  for (const sample of samples) {
    const key = bucketStart(bucket, sample.start, zone);
    if (key < start || key > end) continue;
    const group = groups.get(key) ?? [];
    group.push(sample);
    groups.set(key, group);
  }
  for (const [at, group] of [...groups].sort((a, b) => a[0] - b[0])) {
    out.push(entryOf(model, at, zone, group));
  }
  return out;
}

function bucketStart(bucket: Bucket, at: number, zone: string): number {
  if (bucket === '5min') return at - (at % SAMPLE_SECONDS);
  if (bucket === 'day') return localMidnight(localDateOf(at, zone), zone);
  return Math.floor(DateTime.fromSeconds(at, { zone }).startOf('month').toSeconds());
}

/** One time_series entry: Tesla's field names, Wh. */
function entryOf(
  model: SiteModel,
  at: number,
  zone: string,
  group: FlowSample[],
): Record<string, number | string> {
  const sum = (pick: (sample: FlowSample) => number) => group.reduce((t, s) => t + pick(s), 0);
  const solar = sum((s) => s.solar);
  const entry: Record<string, number | string> = {
    timestamp: DateTime.fromSeconds(at, { zone }).toISO({ suppressMilliseconds: true })!,
    solar_energy_exported: solar,
    total_solar_generation: solar,
    generator_energy_exported: 0,
  };
  if (!model.spec.loadMeter) return entry;
  const fromSolarToHome = sum((s) => Math.min(s.solar, s.home));
  return {
    ...entry,
    grid_energy_imported: sum((s) => s.gridImport),
    grid_energy_exported_from_solar: sum((s) => s.gridExport),
    grid_energy_exported_from_battery: 0,
    grid_energy_exported_from_generator: 0,
    grid_services_energy_imported: 0,
    grid_services_energy_exported: 0,
    battery_energy_exported: sum((s) => s.batteryDischarge),
    battery_energy_imported_from_grid: 0,
    battery_energy_imported_from_solar: sum((s) => s.batteryCharge),
    battery_energy_imported_from_generator: 0,
    consumer_energy_imported_from_grid: sum((s) => s.gridImport),
    consumer_energy_imported_from_solar: fromSolarToHome,
    consumer_energy_imported_from_battery: sum((s) => s.batteryDischarge),
    consumer_energy_imported_from_generator: 0,
    total_home_usage: sum((s) => s.home),
    total_battery_charge: sum((s) => s.batteryCharge),
    total_battery_discharge: sum((s) => s.batteryDischarge),
    total_grid_energy_exported: sum((s) => s.gridExport),
  };
}
