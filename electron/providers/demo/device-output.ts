/**
 * What each demo inverter produced: the site's modelled output shared among the inverters
 * running at each moment, by a fixed per-inverter weight (panel mismatch, a little shade), so
 * the inverters of a site always add up to exactly what its meter shows. A tripped inverter
 * keeps what it produced before the trip and reports 0 W since.
 */
import { addDays, localDateOf, startOfLocalDay } from '../../../shared/time';
import { DEMO_INTERVAL_SECONDS, demoEnergyBetween, demoIntervalAt, demoTripAt } from './model';
import { hash01, stringHash } from './noise';
import type { DemoSiteSpec } from './sites';

/** One inverter's output at an instant: power of the newest interval and energy since local midnight. */
export interface InverterOutput {
  powerW: number;
  energyTodayWh: number;
}

/** Fixed weights around 1 (±6 %), one per inverter, stable per site. */
function weightsOf(site: DemoSiteSpec): number[] {
  const key = stringHash(site.slug);
  return Array.from(
    { length: site.inverters.count },
    (_, i) => 0.94 + 0.12 * hash01(key, 0x1f2e3d, i),
  );
}

/** The site meter's output at `now`: the newest interval's power and today's energy so far. */
export function demoSiteOutput(site: DemoSiteSpec, now: number, seed: number): InverterOutput {
  const newest = Math.floor(now / DEMO_INTERVAL_SECONDS) * DEMO_INTERVAL_SECONDS;
  const dayStart = startOfLocalDay(localDateOf(now, site.timeZone), site.timeZone);
  return {
    powerW: demoIntervalAt(site, newest, seed).w,
    energyTodayWh: demoEnergyBetween(site, dayStart, newest, seed),
  };
}

/** Every inverter's output at `now`, in the site's inverter order; they sum to the site's. */
export function demoInverterOutputs(
  site: DemoSiteSpec,
  now: number,
  seed: number,
): InverterOutput[] {
  const weights = weightsOf(site);
  const all = weights.reduce((sum, w) => sum + w, 0);
  const trippedAt = demoTripAt(site, now);
  const tripped = trippedAt === null ? null : (site.fault?.inverterIndex ?? null);
  const running = tripped === null ? all : all - weights[tripped]!;
  const newest = Math.floor(now / DEMO_INTERVAL_SECONDS) * DEMO_INTERVAL_SECONDS;
  const today = localDateOf(now, site.timeZone);
  const dayStart = startOfLocalDay(today, site.timeZone);
  const dayEnd = startOfLocalDay(addDays(today, 1), site.timeZone);
  const meter = demoSiteOutput(site, now, seed);
  // Today's energy before and after a trip that happened today; all "after" otherwise.
  const split = trippedAt === null ? dayStart : Math.min(Math.max(trippedAt, dayStart), dayEnd);
  const before =
    split > dayStart ? demoEnergyBetween(site, dayStart, Math.min(split, newest), seed) : 0;
  const after = meter.energyTodayWh - before;
  return weights.map((w, i) => {
    if (i === tripped) return { powerW: 0, energyTodayWh: (before * w) / all };
    return {
      powerW: (meter.powerW * w) / running,
      energyTodayWh: (before * w) / all + (after * w) / running,
    };
  });
}
