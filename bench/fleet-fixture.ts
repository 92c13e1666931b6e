/**
 * A synthetic fleet for benchmarks: sites in eight zones and a cheap, deterministic clear-sky
 * curve with cloud dips, so benches can fill a cache with years of data in seconds.
 */
import type { IntervalSample, SiteRecord } from '../electron/cache/types';

const zones = [
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Europe/London',
  'Australia/Sydney',
  'Asia/Tokyo',
  'America/Sao_Paulo',
];
const longitudes = [-74, -88, -118, 13, 0, 151, 140, -47];
const step = 300;
/** A fixed "now" for every bench: 16:00 UTC, so every zone is somewhere in its day. */
export const benchNow = Date.UTC(2025, 5, 15, 16, 0, 0) / 1000;

/** The i-th synthetic site of a benchmark fleet (zones and sizes vary with i). */
export function fleetSite(index: number): SiteRecord {
  const zone = index % zones.length;
  return {
    id: `demo:bench-${index}`,
    provider: 'demo',
    externalId: `bench-${index}`,
    connectionId: null,
    name: `Bench site ${String(index).padStart(3, '0')}`,
    city: 'Bench',
    country: 'XX',
    timeZone: zones[zone] as string,
    latitude: 40,
    longitude: longitudes[zone] as number,
    capacityW: 5_000 + (index % 7) * 1_000,
    status: 'normal',
    statusDetail: null,
    addedAt: benchNow - 400 * 86_400,
  };
}

/** A clear-sky bell by solar time with cheap deterministic cloud dips. */
export function fleetIntervals(record: SiteRecord, from: number, to: number): IntervalSample[] {
  const out: IntervalSample[] = [];
  const solarOffset = (record.longitude / 15) * 3600;
  for (let endAt = from + step; endAt <= to; endAt += step) {
    const solarHour = ((((endAt - step / 2 + solarOffset) % 86_400) + 86_400) % 86_400) / 3600;
    const sun = Math.sin(((solarHour - 6) / 12) * Math.PI);
    const cloud = 0.6 + 0.4 * Math.abs(Math.sin(endAt * 0.0007 + record.capacityW));
    const w = sun > 0 ? Math.round(record.capacityW * sun * cloud) : 0;
    out.push({ endAt, w, wh: (w * step) / 3600 });
  }
  return out;
}
