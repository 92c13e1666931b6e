/**
 * The demo fleet's production model, as pure functions of (site, instant, seed): clear-sky
 * irradiance from the sun's position, a deterministic cloud factor, and the tripped inverter.
 * Nothing here reads a clock, so re-fetching an interval always gives the same numbers and tests
 * can recompute what the provider returned.
 */
import { clearSkyPowerW, sunPosition, type SunPosition } from '../../solar/clear-sky';
import type { IntervalSample } from '../provider';
import { hash01, stringHash, valueNoise } from './noise';
import type { DemoSiteSpec } from './sites';

/** Length of one demo interval (s): Enphase's micro telemetry uses 5 minutes too. */
export const DEMO_INTERVAL_SECONDS = 300;

/** The kind of weather a site gets on one (solar) day. */
export type DemoDayKind = 'clear' | 'partly' | 'overcast';

/**
 * Clear-sky power (W) of the site's array at an instant (the shared model in solar/clear-sky.ts,
 * with the site's capacity and performance ratio). Zero while the sun is below the horizon.
 */
export function demoClearSkyPowerAt(spec: DemoSiteSpec, epochSeconds: number): number {
  return clearSkyPowerW(spec, sunAt(spec, epochSeconds));
}

function sunAt(spec: DemoSiteSpec, epochSeconds: number): SunPosition {
  return sunPosition(spec.latitude, spec.longitude, epochSeconds);
}

const siteKeys = new Map<string, number>();

/** The weather key's hash (the slug's by default), remembered: it salts every random draw of the site. */
function siteKey(spec: DemoSiteSpec): number {
  const name = spec.weatherKey ?? spec.slug;
  let key = siteKeys.get(name);
  if (key === undefined) {
    key = stringHash(name);
    siteKeys.set(name, key);
  }
  return key;
}

/** Days bucketed at the site's solar midnight, when the sun is down and a change is invisible. */
function solarDayIndex(spec: DemoSiteSpec, epochSeconds: number): number {
  return Math.floor((epochSeconds + spec.longitude * 240) / 86_400);
}

/** The weather kind of the solar day containing the instant, drawn from the site's climate. */
export function demoDayKind(spec: DemoSiteSpec, epochSeconds: number, seed: number): DemoDayKind {
  const draw = hash01(seed, siteKey(spec), solarDayIndex(spec, epochSeconds));
  if (draw < spec.climate.clear) return 'clear';
  if (draw >= 1 - spec.climate.overcast) return 'overcast';
  return 'partly';
}

/**
 * Share of the clear-sky power that gets through the clouds (0–1): near 1 on clear days, deep
 * smooth dips on partly cloudy days, a dull low level on overcast days.
 */
export function demoCloudFactor(spec: DemoSiteSpec, epochSeconds: number, seed: number): number {
  const key = siteKey(spec);
  const kind = demoDayKind(spec, epochSeconds, seed);
  if (kind === 'clear') return 0.95 + 0.05 * valueNoise(seed, key, epochSeconds, 7200);
  if (kind === 'overcast') return 0.12 + 0.3 * valueNoise(seed, key, epochSeconds, 5400);
  const drift = 0.6 * valueNoise(seed, key, epochSeconds, 900);
  const front = 0.4 * valueNoise(seed, key, epochSeconds, 3600);
  const dip = smoothstep(0.42, 0.78, drift + front);
  return 0.98 - 0.72 * dip;
}

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

/** The trip in effect at an instant (epoch s of the trip), or null while the site is healthy. */
export function demoTripAt(spec: DemoSiteSpec, epochSeconds: number): number | null {
  const fault = spec.fault;
  if (!fault) return null;
  const cycle = fault.cycleDays * 86_400;
  const trip = fault.tripAt + Math.floor((epochSeconds - fault.tripAt) / cycle) * cycle;
  return epochSeconds - trip < fault.resetAfterDays * 86_400 ? trip : null;
}

/** Share of the array producing at an instant: 1, or the inverters still running after a trip. */
export function demoFaultFactor(spec: DemoSiteSpec, epochSeconds: number): number {
  if (demoTripAt(spec, epochSeconds) === null) return 1;
  const count = spec.inverters.count;
  return (count - 1) / count;
}

/** What the site would produce at an instant without its fault (W): the "expected" output. */
export function demoExpectedPowerAt(
  spec: DemoSiteSpec,
  epochSeconds: number,
  seed: number,
): number {
  const clearSky = demoClearSkyPowerAt(spec, epochSeconds);
  if (clearSky === 0) return 0;
  return clearSky * demoCloudFactor(spec, epochSeconds, seed);
}

/** The site's production at an instant (W): expected output times the share not tripped. */
export function demoPowerAt(site: DemoSiteSpec, epochSeconds: number, seed: number): number {
  return powerFromSun(site, epochSeconds, seed, sunAt(site, epochSeconds));
}

function powerFromSun(
  site: DemoSiteSpec,
  epochSeconds: number,
  seed: number,
  sun: SunPosition,
): number {
  const clearSky = clearSkyPowerW(site, sun);
  if (clearSky === 0) return 0;
  const expected = clearSky * demoCloudFactor(site, epochSeconds, seed);
  return expected * demoFaultFactor(site, epochSeconds);
}

/** A meter reports average power to 0.1 W; the interval's energy follows from that power. */
function toInterval(endAt: number, power: number): IntervalSample {
  const w = Math.round(power * 10) / 10;
  return { endAt, w, wh: (w * DEMO_INTERVAL_SECONDS) / 3600 };
}

/**
 * The interval ending at `endAt` (a multiple of 5 minutes), its average power taken at the
 * interval's midpoint. The definition every faster path below must match exactly.
 */
export function demoIntervalAt(site: DemoSiteSpec, endAt: number, seed: number): IntervalSample {
  return toInterval(endAt, demoPowerAt(site, endAt - DEMO_INTERVAL_SECONDS / 2, seed));
}

/** The apparent altitude moves at most 15°/h: 1.25° per interval, with 1° to spare. */
const DEGREES_PER_INTERVAL = 1.25;
const NIGHT_MARGIN_DEGREES = 1;

/**
 * Visits every interval with `from < endAt <= to`, in order. At night it skips the sun position
 * for the intervals the sun cannot climb back above the horizon in, which halves the work of a
 * year-long backfill and changes no value (they are exactly 0 either way).
 */
function forEachInterval(
  site: DemoSiteSpec,
  from: number,
  to: number,
  seed: number,
  visit: (sample: IntervalSample) => void,
): void {
  let endAt = (Math.floor(from / DEMO_INTERVAL_SECONDS) + 1) * DEMO_INTERVAL_SECONDS;
  while (endAt <= to) {
    const midpoint = endAt - DEMO_INTERVAL_SECONDS / 2;
    const sun = sunAt(site, midpoint);
    if (sun.altitude > 0) {
      visit(toInterval(endAt, powerFromSun(site, midpoint, seed, sun)));
      endAt += DEMO_INTERVAL_SECONDS;
      continue;
    }
    const skippable = Math.floor((-sun.altitude - NIGHT_MARGIN_DEGREES) / DEGREES_PER_INTERVAL);
    const dark = 1 + Math.max(0, skippable);
    for (let i = 0; i < dark && endAt <= to; i++, endAt += DEMO_INTERVAL_SECONDS) {
      visit({ endAt, w: 0, wh: 0 });
    }
  }
}

/** Every interval with `from < endAt <= to`, in order (bounds need not be aligned). */
export function demoIntervals(
  site: DemoSiteSpec,
  from: number,
  to: number,
  seed: number,
): IntervalSample[] {
  const out: IntervalSample[] = [];
  forEachInterval(site, from, to, seed, (sample) => out.push(sample));
  return out;
}

/** Sum of the energy of every interval with `from < endAt <= to` (Wh), in interval order. */
export function demoEnergyBetween(
  site: DemoSiteSpec,
  from: number,
  to: number,
  seed: number,
): number {
  let wh = 0;
  forEachInterval(site, from, to, seed, (sample) => {
    wh += sample.wh;
  });
  return wh;
}
